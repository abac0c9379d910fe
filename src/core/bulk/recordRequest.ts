/**
 * What one record of a bulk run gets: the editor picks locales (or whole records)
 * once for many records, and each record is sent only what is both picked and live
 * on it. Like the panel, a record where every live locale is picked is unpublished
 * whole, with no body, and only where the model's settings and the role allow it;
 * anything else is skipped with its reason, never sent.
 */
import type { EffectGroup } from '../preflight/preflight';
import type { UnpublishPermission } from '../roles/rolePermissions';
import type { PendingPlan, ScheduledUnpublishing } from '../unpublish/publicationState';
import type { LocalePick, UnpublishRequest } from '../unpublish/unpublishRequest';

/** What decides what may be sent in one environment for one model. */
export type RecordPolicy = {
  /** The plugin is turned on for the model in that environment. */
  enabled: boolean;
  /** The model's "allow unpublishing the whole record" setting, in that environment. */
  allowWholeRecord: boolean;
  /** The model's "allow scheduling" setting, in that environment. */
  allowScheduling: boolean;
  /** The model's minimum lead time of a schedule, in that environment. */
  minLeadMinutes: number;
  permission: UnpublishPermission;
};

export type SkipReason =
  /** The plugin is turned off for the model in that environment. */
  | { kind: 'model-off' }
  /** The record does not exist in that environment (created after a fork, or deleted). */
  | { kind: 'not-found' }
  /** Nothing of the record is published. */
  | { kind: 'not-live' }
  /** Something is live, but none of the picked locales. */
  | { kind: 'picked-not-live' }
  /** Every live locale is picked, which takes the whole record offline: the model does not allow it. */
  | { kind: 'whole-record-off' }
  /** The role may not unpublish these locales (null: the whole record) here; `reason` from the role reading. */
  | { kind: 'role-forbids'; locales: string[] | null; reason: string | null }
  /** The model's settings do not allow scheduling. */
  | { kind: 'scheduling-off' }
  /** The instant is closer than the model's lead time in that environment. */
  | { kind: 'too-soon'; minLeadMinutes: number }
  /** The record already has a plan and the editor chose to keep it. */
  | { kind: 'plan-kept'; plan: PendingPlan }
  /** Published records link to it through a field that does not let it go offline: DatoCMS would refuse. */
  | { kind: 'linked-refuses'; blocking: EffectGroup };

export type RecordReduction =
  | {
      kind: 'send';
      request: UnpublishRequest;
      /** The locales that go offline (every live one for the whole record). */
      offline: string[];
    }
  | { kind: 'skip'; reason: SkipReason };

function wholeRecord(live: readonly string[], policy: RecordPolicy): RecordReduction {
  if (!policy.allowWholeRecord) return { kind: 'skip', reason: { kind: 'whole-record-off' } };
  if (!policy.permission.wholeRecord) {
    return { kind: 'skip', reason: { kind: 'role-forbids', locales: null, reason: policy.permission.reason } };
  }
  return { kind: 'send', request: { scope: 'whole-record' }, offline: [...live] };
}

/**
 * The request for one record, from the editor's pick and the locales live on it
 * (in the site's order, as `readPublicationState` gives them).
 */
export function reduceForRecord(
  pick: LocalePick,
  liveLocales: readonly string[],
  policy: RecordPolicy,
): RecordReduction {
  if (!policy.enabled) return { kind: 'skip', reason: { kind: 'model-off' } };
  if (liveLocales.length === 0) return { kind: 'skip', reason: { kind: 'not-live' } };
  if (pick.wholeRecord) return wholeRecord(liveLocales, policy);
  const picked = new Set(pick.locales);
  const locales = liveLocales.filter((l) => picked.has(l));
  if (locales.length === 0) return { kind: 'skip', reason: { kind: 'picked-not-live' } };
  // Every live locale: the API wants no body for that, never the full list.
  if (locales.length === liveLocales.length) return wholeRecord(liveLocales, policy);
  const forbidden = locales.filter((l) => !policy.permission.locales.includes(l));
  if (forbidden.length > 0) {
    return { kind: 'skip', reason: { kind: 'role-forbids', locales: forbidden, reason: policy.permission.reason } };
  }
  return { kind: 'send', request: { scope: 'locales', locales }, offline: locales };
}

export type PlanChoice = 'keep' | 'replace';

export type ScheduleReduction =
  | {
      kind: 'schedule';
      plan: ScheduledUnpublishing;
      /** The plan it replaces (a record holds one), or null. */
      previous: PendingPlan | null;
      offline: string[];
    }
  | { kind: 'skip'; reason: SkipReason };

/**
 * The plan for one record: the same scope as unpublishing now (`null` locales for the
 * whole record), at `at`; a record that already has a plan keeps it unless the editor
 * chose to replace plans.
 */
export function reduceForSchedule(
  pick: LocalePick,
  record: { liveLocales: readonly string[]; plan: PendingPlan | null },
  policy: RecordPolicy,
  when: { at: string; now: number },
  planChoice: PlanChoice,
): ScheduleReduction {
  const reduced = reduceForRecord(pick, record.liveLocales, policy);
  if (reduced.kind === 'skip') return reduced;
  if (!policy.allowScheduling) return { kind: 'skip', reason: { kind: 'scheduling-off' } };
  // The form checked the instant against this environment's lead time; another environment may ask more.
  if (Date.parse(when.at) - when.now < policy.minLeadMinutes * 60_000) {
    return { kind: 'skip', reason: { kind: 'too-soon', minLeadMinutes: policy.minLeadMinutes } };
  }
  if (record.plan && planChoice === 'keep') return { kind: 'skip', reason: { kind: 'plan-kept', plan: record.plan } };
  const locales = reduced.request.scope === 'locales' ? reduced.request.locales : null;
  return { kind: 'schedule', plan: { at: when.at, locales }, previous: record.plan, offline: reduced.offline };
}
