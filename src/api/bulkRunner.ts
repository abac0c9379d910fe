/**
 * Running a bulk run's reads and writes: a few records at a time (the paced gate
 * decides when each request leaves), progress after each record, and Stop: from
 * the moment the signal aborts, no record starts and no write that has not left
 * yet leaves (src/api/bulk.ts, WriteGuard). Every record ends with a report line.
 */
import { isWrite, type PlanInput, type RecordRead, type Step, stepFor } from '../core/bulk/bulkPlan';
import type { LineOutcome, ReportLine } from '../core/bulk/bulkReport';
import type { RecordPolicy } from '../core/bulk/recordRequest';
import type { ReplaceResult } from '../core/schedule/replaceResult';
import type { BulkApi, EnvironmentApi, WriteGuard } from './bulk';
import { toApiFailure } from './cma';
import { StoppedError } from './pacedGate';

/** Records worked on at once; the gate keeps the requests within the rate limit. */
const WORKERS = 8;

export type Progress = { done: number; total: number; failures: number };

/**
 * Runs `work` on every item, `WORKERS` at a time, in order; items not started when
 * `signal` aborts get `whenStopped(item)`. Results come back in the items' order.
 */
export async function runPool<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  options: { signal: AbortSignal; whenStopped: (item: T) => R; onDone: (result: R) => void; workers?: number },
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index] as T;
      const result = options.signal.aborted ? options.whenStopped(item) : await work(item);
      results[index] = result;
      options.onDone(result);
    }
  }
  await Promise.all(Array.from({ length: Math.min(options.workers ?? WORKERS, items.length) }, worker));
  return results;
}

/** Reads the records' states in one environment (404: not found there). */
export async function readRecords(
  api: EnvironmentApi,
  recordIds: readonly string[],
  siteLocales: readonly string[],
  options: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
): Promise<Map<string, RecordRead>> {
  let done = 0;
  const reads = await runPool(recordIds, async (id) => [id, await api.readState(id, siteLocales)] as const, {
    signal: options.signal,
    whenStopped: (id) => [id, { kind: 'failed', failure: { kind: 'network' } }] as const,
    onDone: () => {
      done += 1;
      options.onProgress(done, recordIds.length);
    },
  });
  return new Map(reads);
}

/** One record of a run: its step if known, or null to read its state first (a retry after a failed read). */
export type RunItem = { environment: string; recordId: string; step: Step | null };

export type RunContext = {
  api: BulkApi;
  siteLocales: readonly string[];
  input: PlanInput;
  policyFor: (environment: string, recordId: string) => RecordPolicy;
};

function fromReplace(result: ReplaceResult, offline: string[], wholeRecord: boolean, replaced: boolean): LineOutcome {
  switch (result.kind) {
    case 'saved':
      return { kind: 'succeeded', offline, wholeRecord, replacedPlan: replaced };
    case 'failed':
      return { kind: 'failed', phase: 'write', failure: result.failure };
    default:
      return { kind: 'failed', phase: 'write', failure: result.failure, previousPlan: result.kind };
  }
}

async function write(env: EnvironmentApi, recordId: string, step: Step, guard: WriteGuard): Promise<LineOutcome> {
  if (step.kind === 'skip') return { kind: 'skipped', reason: step.reason };
  if (step.kind === 'read-failed') return { kind: 'failed', phase: 'read', failure: step.failure };
  if (step.kind === 'unpublish') {
    await env.unpublish(recordId, step.request, guard);
    return {
      kind: 'succeeded',
      offline: step.offline,
      wholeRecord: step.request.scope === 'whole-record',
      replacedPlan: false,
    };
  }
  const result = await env.replacePlan(recordId, step.previous, step.plan, guard);
  return fromReplace(result, step.offline, step.plan.locales === null, step.previous !== null);
}

async function runOne(item: RunItem, context: RunContext, signal: AbortSignal): Promise<LineOutcome> {
  const env = context.api.environment(item.environment);
  let step = item.step;
  if (step === null) {
    const read = await env.readState(item.recordId, context.siteLocales);
    step = stepFor(read, context.policyFor(item.environment, item.recordId), context.input);
  }
  const guard: WriteGuard = { stopped: () => signal.aborted, committed: false };
  try {
    const outcome = await write(env, item.recordId, step, guard);
    // A plan replacement stopped before its first write left: nothing was sent for it.
    if (outcome.kind === 'failed' && isWrite(step) && !guard.committed && signal.aborted) return { kind: 'not-sent' };
    return outcome;
  } catch (error) {
    if (error instanceof StoppedError) return { kind: 'not-sent' };
    return { kind: 'failed', phase: 'write', failure: toApiFailure(error) };
  }
}

/** Runs the records' writes (reading first where the step is not known), one report line each. */
export async function runRecords(
  items: readonly RunItem[],
  context: RunContext,
  options: { signal: AbortSignal; onProgress: (progress: Progress) => void },
): Promise<ReportLine[]> {
  const progress: Progress = { done: 0, total: items.length, failures: 0 };
  const wake = () => context.api.wake();
  options.signal.addEventListener('abort', wake);
  try {
    return await runPool(
      items,
      async (item): Promise<ReportLine> => ({ ...key(item), outcome: await runOne(item, context, options.signal) }),
      {
        signal: options.signal,
        whenStopped: (item) => ({ ...key(item), outcome: { kind: 'not-sent' } }),
        onDone: (line) => {
          progress.done += 1;
          if (line.outcome.kind === 'failed') progress.failures += 1;
          options.onProgress({ ...progress });
        },
      },
    );
  } finally {
    options.signal.removeEventListener('abort', wake);
  }
}

function key(item: RunItem): { environment: string; recordId: string } {
  return { environment: item.environment, recordId: item.recordId };
}
