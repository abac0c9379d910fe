/**
 * Opening the bulk modal: from the collection view's action (the selected records
 * arrive as full items) or from a record's panel (one record and its pick). Only
 * plain data crosses to the modal: ids, titles and what the role rules look at.
 */
import type { ExecuteItemsDropdownActionCtx, Item, RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { BULK_ACTION_ID, BULK_MODAL_ID } from '../../constants';
import { BULK_MODAL_TITLE } from '../../core/bulk/modalMessages';
import type { BulkModalParameters, BulkRecordRef } from '../../core/bulk/modalParameters';
import { recordTitle } from '../../core/bulk/recordTitle';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';

type Ctx = ExecuteItemsDropdownActionCtx | RenderItemFormSidebarPanelCtx;

/** The api_key of each model's title field (loading the model's fields when the ctx does not have them). */
async function titleKeys(ctx: Ctx, itemTypeIds: readonly string[]): Promise<Map<string, string | null>> {
  const keys = new Map<string, string | null>();
  for (const itemTypeId of new Set(itemTypeIds)) {
    const fieldId = ctx.itemTypes[itemTypeId]?.relationships.title_field.data?.id;
    let field = fieldId ? ctx.fields[fieldId] : undefined;
    if (fieldId && !field) {
      field = (await ctx.loadItemTypeFields(itemTypeId).catch(() => [])).find((f) => f.id === fieldId);
    }
    keys.set(itemTypeId, field?.attributes.api_key ?? null);
  }
  return keys;
}

function toRef(item: Item, titleKey: string | null, locales: readonly string[]): BulkRecordRef {
  const attributes = item.attributes as Record<string, unknown>;
  const title = titleKey ? recordTitle(attributes[titleKey], locales) : null;
  return {
    id: item.id,
    itemTypeId: item.relationships.item_type.data.id,
    title: title ?? `#${item.id}`,
    creatorId: item.relationships.creator?.data.id ?? null,
    stageId: item.meta.stage ?? null,
  };
}

async function open(ctx: Ctx, parameters: BulkModalParameters): Promise<void> {
  // closeDisabled: the modal has its own Close, which asks first while a run is going.
  await ctx.openModal({
    id: BULK_MODAL_ID,
    title: BULK_MODAL_TITLE,
    width: 'l',
    closeDisabled: true,
    parameters: parameters as unknown as Record<string, unknown>,
  });
}

/** The collection view's action (`itemsDropdownActions` declares it as BULK_ACTION_ID). */
export async function executeBulkAction(actionId: string, items: Item[], ctx: ExecuteItemsDropdownActionCtx) {
  if (actionId === BULK_ACTION_ID) await openBulkModal(ctx, items);
}

export async function openBulkModal(ctx: ExecuteItemsDropdownActionCtx, items: Item[]): Promise<void> {
  const keys = await titleKeys(
    ctx,
    items.map((item) => item.relationships.item_type.data.id),
  );
  const locales = [ctx.ui.locale, ...ctx.site.attributes.locales];
  const records = items.map((item) => toRef(item, keys.get(item.relationships.item_type.data.id) ?? null, locales));
  await open(ctx, { records });
}

/** From a record's panel: that record, the pick made there, and the environments to choose. */
export async function openFromPanel(ctx: RenderItemFormSidebarPanelCtx, pick: LocalePick): Promise<void> {
  const item = ctx.item;
  if (!item) return;
  const keys = await titleKeys(ctx, [ctx.itemType.id]);
  const locales = [ctx.locale, ...ctx.site.attributes.locales];
  await open(ctx, { records: [toRef(item as Item, keys.get(ctx.itemType.id) ?? null, locales)], pick });
}
