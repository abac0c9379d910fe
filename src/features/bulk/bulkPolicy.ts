/**
 * What decides, per environment and record, what a bulk run may send: that
 * environment's plugin settings (plugins and their parameters are per environment)
 * and the editor's role there (role rules name their environment).
 */
import type { RenderModalCtx } from 'datocms-plugin-sdk';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';
import type { RecordPolicy } from '../../core/bulk/recordRequest';
import { type PluginConfig, settingsForModel } from '../../core/config/pluginConfig';
import { recordPermission } from '../../core/roles/recordPermission';

export type EnvironmentSettings = {
  environment: string;
  config: PluginConfig;
  /** The settings could not be read there, and this environment's were applied instead. */
  borrowed: boolean;
};

export function recordPolicy(ctx: RenderModalCtx, settings: EnvironmentSettings, record: BulkRecordRef): RecordPolicy {
  const model = settingsForModel(settings.config, record.itemTypeId);
  const permission = recordPermission(ctx, { ...record, modelId: record.itemTypeId }, settings.environment);
  return {
    enabled: model.enabled,
    allowWholeRecord: model.allowWholeRecord,
    allowScheduling: model.allowScheduling,
    minLeadMinutes: model.minLeadMinutes,
    permission,
  };
}
