/**
 * What a bulk run will do, per environment and record, decided before anything is
 * sent (so the confirmation can name it exactly), and the report it starts from.
 */
import type { EffectGroup } from '../preflight/preflight';
import type { ApiFailure } from '../shared/apiFailure';
import type { PendingPlan, ScheduledUnpublishing } from '../unpublish/publicationState';
import type { LocalePick, UnpublishRequest } from '../unpublish/unpublishRequest';
import type { BulkMode, BulkReport, ReportLine } from './bulkReport';
import {
  type PlanChoice,
  type RecordPolicy,
  reduceForRecord,
  reduceForSchedule,
  type SkipReason,
} from './recordRequest';

/** A record's state as read in one environment. */
export type RecordRead =
  | { kind: 'read'; live: string[]; plan: PendingPlan | null }
  | { kind: 'not-found' }
  | { kind: 'failed'; failure: ApiFailure };

export type Step =
  | { kind: 'unpublish'; request: UnpublishRequest; offline: string[] }
  | { kind: 'schedule'; plan: ScheduledUnpublishing; previous: PendingPlan | null; offline: string[] }
  | { kind: 'skip'; reason: SkipReason }
  /** The state could not be read: nothing is sent (a retry reads it again). */
  | { kind: 'read-failed'; failure: ApiFailure };

export type PlannedRecord = { recordId: string; step: Step };

export type EnvironmentPlan = { environment: string; records: PlannedRecord[] };

export type PlanInput = {
  pick: LocalePick;
  mode: BulkMode;
  planChoice: PlanChoice;
  /** Epoch ms, to check a schedule's lead time. */
  now: number;
};

/** The step for one record in one environment. */
export function stepFor(read: RecordRead, policy: RecordPolicy, input: PlanInput): Step {
  if (read.kind === 'not-found') return { kind: 'skip', reason: { kind: 'not-found' } };
  if (read.kind === 'failed') return { kind: 'read-failed', failure: read.failure };
  if (input.mode.kind === 'now') {
    const reduced = reduceForRecord(input.pick, read.live, policy);
    return reduced.kind === 'skip'
      ? reduced
      : { kind: 'unpublish', request: reduced.request, offline: reduced.offline };
  }
  // Its answer is already a step: a skip, or the schedule with the plan it replaces.
  return reduceForSchedule(
    input.pick,
    { liveLocales: read.live, plan: read.plan },
    policy,
    { at: input.mode.at, now: input.now },
    input.planChoice,
  );
}

/**
 * The plan with the records DatoCMS would refuse (`refused`: the records that block each)
 * skipped: the plugin never sends a write it knows will be refused.
 */
export function skipRefused(plan: EnvironmentPlan, refused: ReadonlyMap<string, EffectGroup>): EnvironmentPlan {
  return {
    ...plan,
    records: plan.records.map(({ recordId, step }) => {
      const blocking = refused.get(recordId);
      return {
        recordId,
        step: blocking && isWrite(step) ? { kind: 'skip', reason: { kind: 'linked-refuses', blocking } } : step,
      };
    }),
  };
}

export function isWrite(step: Step): step is Extract<Step, { kind: 'unpublish' | 'schedule' }> {
  return step.kind === 'unpublish' || step.kind === 'schedule';
}

/** Records that go offline the same way: the same locales, or the whole record. */
export type OfflineGroup = { wholeRecord: boolean; locales: string[]; count: number };

function isWholeRecord(step: Extract<Step, { kind: 'unpublish' | 'schedule' }>): boolean {
  return step.kind === 'unpublish' ? step.request.scope === 'whole-record' : step.plan.locales === null;
}

/** What goes offline in one environment, grouped, the largest group first. */
export function offlineGroups(plan: EnvironmentPlan): OfflineGroup[] {
  const groups = new Map<string, OfflineGroup>();
  for (const { step } of plan.records) {
    if (!isWrite(step)) continue;
    const wholeRecord = isWholeRecord(step);
    const key = wholeRecord ? '*' : step.offline.join('\n');
    const group = groups.get(key) ?? { wholeRecord, locales: wholeRecord ? [] : step.offline, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

export type PlanCounts = {
  writes: number;
  skipped: number;
  readFailed: number;
  /** Records whose existing plan is replaced (schedule mode). */
  replacing: number;
  /** Records whose existing plan is kept (schedule mode). */
  keeping: number;
};

export function planCounts(plan: EnvironmentPlan): PlanCounts {
  const counts: PlanCounts = { writes: 0, skipped: 0, readFailed: 0, replacing: 0, keeping: 0 };
  for (const { step } of plan.records) {
    if (step.kind === 'read-failed') counts.readFailed += 1;
    if (step.kind === 'skip') counts.skipped += 1;
    if (step.kind === 'skip' && step.reason.kind === 'plan-kept') counts.keeping += 1;
    if (isWrite(step)) counts.writes += 1;
    if (step.kind === 'schedule' && step.previous) counts.replacing += 1;
  }
  return counts;
}

/** The records (in the current environment) that already have a plan: listed before anything is sent. */
export function recordsWithPlans(reads: ReadonlyMap<string, RecordRead>): Array<{
  recordId: string;
  plan: PendingPlan;
}> {
  const found: Array<{ recordId: string; plan: PendingPlan }> = [];
  for (const [recordId, read] of reads) {
    if (read.kind === 'read' && read.plan) found.push({ recordId, plan: read.plan });
  }
  return found;
}

/** The report before the run: skips and failed reads are final, every write is not sent yet. */
export function initialReport(mode: BulkMode, plans: readonly EnvironmentPlan[]): BulkReport {
  const lines: ReportLine[] = [];
  for (const plan of plans) {
    for (const { recordId, step } of plan.records) {
      const outcome = lineBefore(step);
      lines.push({ environment: plan.environment, recordId, outcome });
    }
  }
  return { mode, environments: plans.map((p) => p.environment), lines };
}

function lineBefore(step: Step): ReportLine['outcome'] {
  if (step.kind === 'skip') return { kind: 'skipped', reason: step.reason };
  if (step.kind === 'read-failed') return { kind: 'failed', phase: 'read', failure: step.failure };
  return { kind: 'not-sent' };
}
