import type { ItemFormSidebarPanelsCtx, ItemType } from 'datocms-plugin-sdk';
import { sidebarPanelsFor } from '../core/config/sidebarPanels';

export function itemFormSidebarPanels(itemType: ItemType, ctx: ItemFormSidebarPanelsCtx) {
  return sidebarPanelsFor(itemType, ctx.plugin.attributes.parameters);
}
