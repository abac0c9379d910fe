import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { type PluginConfig, settingsForModel } from '../../core/config/pluginConfig';
import { unpublishPermission } from '../../core/roles/rolePermissions';
import type { PlannedRecord } from '../../core/schedules/planRows';
import type { PanelPolicy } from '../unpublish/panelPolicy';

/** The model's settings and the editor's role for one plan's record, as the panel reads them. */
export function rowPolicy(ctx: RenderPageCtx, config: PluginConfig, plan: PlannedRecord): PanelPolicy {
  const model = ctx.itemTypes[plan.modelId];
  const permission = unpublishPermission(
    ctx.currentRole,
    {
      itemTypeId: plan.modelId,
      itemTypeName: model?.attributes.name ?? '',
      environment: ctx.environment,
      siteLocales: ctx.site.attributes.locales,
      creatorIsCurrentUser: plan.creatorId === ctx.currentUser.id,
      stageId: plan.stageId,
      workflowId: model?.relationships.workflow?.data?.id ?? null,
    },
    ctx.ui.locale,
  );
  return { settings: settingsForModel(config, plan.modelId), permission };
}

/** Whether the role may unpublish anything of the record: what cancelling or changing its plan needs. */
export function mayTouchPlan(policy: PanelPolicy): boolean {
  return policy.permission.wholeRecord || policy.permission.locales.length > 0;
}
