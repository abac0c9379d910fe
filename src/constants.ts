/** The ids the plugin gives DatoCMS for its surfaces: each hook finds its surface by these. */
export const SIDEBAR_PANEL_ID = 'selective-unpublish';
export const BULK_ACTION_ID = 'unpublish-locales';
export const BULK_MODAL_ID = 'bulk-unpublish';
export const SCHEDULES_PAGE_ID = 'scheduled-unpublishings';
