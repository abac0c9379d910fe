import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { parseConfig } from '../../core/config/parseConfig';
import { type ModelSettings, settingsForModel } from '../../core/config/pluginConfig';
import { isCreatedBy, type UnpublishPermission, unpublishPermission } from '../../core/roles/rolePermissions';

export type PanelPolicy = { settings: ModelSettings; permission: UnpublishPermission };

/** The model's settings and the editor's role, read from the ctx of the record being edited. */
export function panelPolicy(ctx: RenderItemFormSidebarPanelCtx): PanelPolicy {
  const settings = settingsForModel(parseConfig(ctx.plugin.attributes.parameters).config, ctx.itemType.id);
  const permission = unpublishPermission(
    ctx.currentRole,
    {
      itemTypeId: ctx.itemType.id,
      itemTypeName: ctx.itemType.attributes.name,
      environment: ctx.environment,
      siteLocales: ctx.site.attributes.locales,
      creatorIsCurrentUser: isCreatedBy(ctx.item?.relationships.creator?.data, ctx.currentUser),
      stageId: (ctx.item?.meta.stage as string | null | undefined) ?? null,
      workflowId: ctx.itemType.relationships.workflow?.data?.id ?? null,
    },
    ctx.ui.locale,
  );
  return { settings, permission };
}
