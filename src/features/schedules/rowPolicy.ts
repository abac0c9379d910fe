import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { type PluginConfig, settingsForModel } from '../../core/config/pluginConfig';
import { recordPermission } from '../../core/roles/recordPermission';
import type { PlannedRecord } from '../../core/schedules/planRows';
import type { PanelPolicy } from '../unpublish/panelPolicy';

/** The model's settings and the editor's role for one plan's record, as the panel reads them. */
export function rowPolicy(ctx: RenderPageCtx, config: PluginConfig, plan: PlannedRecord): PanelPolicy {
  const permission = recordPermission(ctx, plan, ctx.environment);
  return { settings: settingsForModel(config, plan.modelId), permission };
}

/** Whether the role may unpublish anything of the record: what cancelling or changing its plan needs. */
export function mayTouchPlan(policy: PanelPolicy): boolean {
  return policy.permission.wholeRecord || policy.permission.locales.length > 0;
}
