/**
 * What decides, per environment and record, what a bulk run may send: that
 * environment's plugin settings (plugins and their parameters are per environment)
 * and the editor's role there (role rules name their environment).
 */
import type { RenderModalCtx } from 'datocms-plugin-sdk';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';
import type { RecordPolicy } from '../../core/bulk/recordRequest';
import { type PluginConfig, settingsForModel } from '../../core/config/pluginConfig';
import { unpublishPermission } from '../../core/roles/rolePermissions';

export type EnvironmentSettings = {
  environment: string;
  config: PluginConfig;
  /** The settings could not be read there, and this environment's were applied instead. */
  borrowed: boolean;
};

export function recordPolicy(ctx: RenderModalCtx, settings: EnvironmentSettings, record: BulkRecordRef): RecordPolicy {
  const model = settingsForModel(settings.config, record.itemTypeId);
  const itemType = ctx.itemTypes[record.itemTypeId];
  const permission = unpublishPermission(
    ctx.currentRole,
    {
      itemTypeId: record.itemTypeId,
      itemTypeName: itemType?.attributes.name ?? '',
      environment: settings.environment,
      siteLocales: ctx.site.attributes.locales,
      creatorIsCurrentUser: record.creatorId === ctx.currentUser.id,
      stageId: record.stageId,
      workflowId: itemType?.relationships.workflow?.data?.id ?? null,
    },
    ctx.ui.locale,
  );
  return {
    enabled: model.enabled,
    allowWholeRecord: model.allowWholeRecord,
    allowScheduling: model.allowScheduling,
    minLeadMinutes: model.minLeadMinutes,
    permission,
  };
}
