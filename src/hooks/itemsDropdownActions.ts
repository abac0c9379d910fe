import type { ExecuteItemsDropdownActionCtx, Item, ItemDropdownActionsCtx, ItemType } from 'datocms-plugin-sdk';
import { bulkActionsFor } from '../core/bulk/bulkAction';

export function itemsDropdownActions(itemType: ItemType, ctx: ItemDropdownActionsCtx) {
  return bulkActionsFor(itemType, ctx.plugin.attributes.parameters);
}

export async function executeItemsDropdownAction(actionId: string, items: Item[], ctx: ExecuteItemsDropdownActionCtx) {
  // Only the collection view's action needs it (it checks the action's id): kept out of the first load.
  const { executeBulkAction } = await import('../features/bulk/openBulkModal');
  await executeBulkAction(actionId, items, ctx);
}
