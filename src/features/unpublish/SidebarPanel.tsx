import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { panelSituation } from '../../core/unpublish/panelSituation';
import { Callout } from '../../ui/Callout';
import { PluginCanvas } from '../../ui/PluginCanvas';
import { UnpublishPanel } from './UnpublishPanel';

/** The record sidebar panel: an explanation when nothing can be offered, the controls otherwise. */
export function SidebarPanel({ ctx }: { ctx: RenderItemFormSidebarPanelCtx }) {
  const situation = panelSituation({
    itemId: ctx.item?.id ?? null,
    model: ctx.itemType,
    accessToken: ctx.currentUserAccessToken,
  });
  return (
    <PluginCanvas ctx={ctx}>
      {situation.kind === 'explain' && <Callout tone="info">{situation.message}</Callout>}
      {situation.kind === 'ready' && <UnpublishPanel ctx={ctx} itemId={situation.itemId} token={situation.token} />}
    </PluginCanvas>
  );
}
