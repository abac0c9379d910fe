/**
 * A record's editor in DatoCMS, for `ctx.navigateTo`: sandbox environments have their own
 * prefix, the primary one none.
 */
export function recordEditorPath(
  place: { environment: string; isEnvironmentPrimary: boolean },
  modelId: string,
  itemId: string,
): string {
  const prefix = place.isEnvironmentPrimary ? '' : `/environments/${place.environment}`;
  return `${prefix}/editor/item_types/${modelId}/items/${itemId}/edit`;
}
