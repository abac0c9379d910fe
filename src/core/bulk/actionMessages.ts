/**
 * The words of the bulk action where DatoCMS lists it (the collection view's menu): kept
 * apart from bulkMessages.ts because they are part of the plugin's first load.
 */
export const BULK_ACTION_LABEL = 'Unpublish locales…';
