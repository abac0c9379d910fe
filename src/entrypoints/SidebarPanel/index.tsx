import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { SidebarPanel } from '../../features/unpublish/SidebarPanel';
import { render } from '../../ui/render';

export function renderItemFormSidebarPanel(_panelId: string, ctx: RenderItemFormSidebarPanelCtx) {
  render(<SidebarPanel ctx={ctx} />);
}
