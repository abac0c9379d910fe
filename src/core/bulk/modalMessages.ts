/** The bulk modal's title, given when it is opened (kept apart: the opener loads before the modal's own words). */
export const BULK_MODAL_TITLE = 'Unpublish locales of the selected records';
