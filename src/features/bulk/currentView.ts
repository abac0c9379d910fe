/** What the pick step shows, derived from the records read in the current environment and its settings. */
import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { BULK_TEXT } from '../../core/bulk/bulkMessages';
import type { RecordRead } from '../../core/bulk/bulkPlan';
import { type Tally, tallyLocales } from '../../core/bulk/localeTally';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';
import type { RecordPolicy } from '../../core/bulk/recordRequest';
import { parseConfig } from '../../core/config/parseConfig';
import type { PendingPlan } from '../../core/unpublish/publicationState';
import { recordPolicy } from './bulkPolicy';

export type CurrentView = {
  tally: Tally;
  readFailures: number;
  wholeRecords: { allowed: boolean; hint: string };
  schedule: { allowed: boolean; minLeadMinutes: number };
  existingPlans: Array<{ title: string; plan: PendingPlan }>;
};

export function currentView(
  ctx: RenderModalCtx,
  records: readonly BulkRecordRef[],
  reads: ReadonlyMap<string, RecordRead>,
): CurrentView {
  const settings = {
    environment: ctx.environment,
    config: parseConfig(ctx.plugin.attributes.parameters).config,
    borrowed: false,
  };
  const policies = new Map<string, RecordPolicy>(records.map((r) => [r.id, recordPolicy(ctx, settings, r)]));
  const read = records.flatMap((record) => {
    const state = reads.get(record.id);
    return state?.kind === 'read' ? [{ record, state, policy: policies.get(record.id) }] : [];
  });
  const tally = tallyLocales(
    ctx.site.attributes.locales,
    read.map(({ state, policy }) => ({
      live: state.live,
      permitted: policy?.enabled ? policy.permission.locales : [],
    })),
  );
  const all = [...policies.values()];
  const modelAllows = all.some((p) => p.allowWholeRecord);
  const roleAllows = all.some((p) => p.permission.wholeRecord);
  let hint: string = BULK_TEXT.wholeRecordsHint;
  if (!modelAllows) hint = BULK_TEXT.wholeRecordsOff;
  else if (!roleAllows) hint = BULK_TEXT.wholeRecordsRoleForbids;
  return {
    tally,
    readFailures: records.filter((r) => reads.get(r.id)?.kind === 'failed').length,
    wholeRecords: { allowed: modelAllows && roleAllows && tally.liveRecords > 0, hint },
    schedule: {
      allowed: all.some((p) => p.allowScheduling),
      minLeadMinutes: Math.max(0, ...all.map((p) => p.minLeadMinutes)),
    },
    existingPlans: read.flatMap(({ record, state }) => (state.plan ? [{ title: record.title, plan: state.plan }] : [])),
  };
}
