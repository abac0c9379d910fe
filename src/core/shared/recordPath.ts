/** Where a record opens in DatoCMS, for `ctx.navigateTo`. */

/** The record editor's path in the current environment (a sandbox environment's paths carry its id). */
export function recordEditorPath(
  where: { environment: string; isEnvironmentPrimary: boolean },
  modelId: string,
  itemId: string,
): string {
  const prefix = where.isEnvironmentPrimary ? '' : `/environments/${where.environment}`;
  return `${prefix}/editor/item_types/${modelId}/items/${itemId}/edit`;
}
