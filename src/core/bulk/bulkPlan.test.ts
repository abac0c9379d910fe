import type { EffectGroup } from '../preflight/preflight';
import type { PendingPlan } from '../unpublish/publicationState';
import {
  type EnvironmentPlan,
  initialReport,
  isWrite,
  offlineGroups,
  type PlanInput,
  planCounts,
  type RecordRead,
  recordsWithPlans,
  skipRefused,
  stepFor,
} from './bulkPlan';

const ALL = { locales: ['en', 'it', 'es'], wholeRecord: true, reason: null };
const policy = { enabled: true, allowWholeRecord: true, allowScheduling: true, minLeadMinutes: 5, permission: ALL };
const AT = '2027-03-01T08:00:00Z';
const NOW_MS = Date.parse(AT) - 60 * 60_000;
const italian = { wholeRecord: false as const, locales: ['it'] };
const schedule = (planChoice: 'keep' | 'replace', pick: PlanInput['pick'] = italian): PlanInput => ({
  pick,
  mode: { kind: 'schedule', at: AT },
  planChoice,
  now: NOW_MS,
});
const PLAN = { at: '2027-02-01T08:00:00Z', locales: ['en'] };
const read = (live: string[], plan: PendingPlan | null = null): RecordRead => ({ kind: 'read', live, plan });

describe('stepFor, scheduling', () => {
  it('schedules the picked live locales, with no previous plan', () => {
    expect(stepFor(read(['en', 'it']), policy, schedule('keep'))).toEqual({
      kind: 'schedule',
      plan: { at: AT, locales: ['it'] },
      previous: null,
      offline: ['it'],
    });
  });

  it('schedules the whole record (null locales) when every live locale is picked', () => {
    expect(stepFor(read(['it']), policy, schedule('keep'))).toEqual({
      kind: 'schedule',
      plan: { at: AT, locales: null },
      previous: null,
      offline: ['it'],
    });
  });

  it('keeps or replaces a plan the record already has, as the editor chose', () => {
    expect(stepFor(read(['en', 'it'], PLAN), policy, schedule('keep'))).toEqual({
      kind: 'skip',
      reason: { kind: 'plan-kept', plan: PLAN },
    });
    expect(stepFor(read(['en', 'it'], PLAN), policy, schedule('replace'))).toEqual({
      kind: 'schedule',
      plan: { at: AT, locales: ['it'] },
      previous: PLAN,
      offline: ['it'],
    });
  });

  it('skips what the policy refuses, the same way as unpublishing now', () => {
    expect(stepFor(read([]), policy, schedule('keep'))).toEqual({ kind: 'skip', reason: { kind: 'not-live' } });
    expect(stepFor(read(['en', 'it']), { ...policy, allowScheduling: false }, schedule('keep'))).toEqual({
      kind: 'skip',
      reason: { kind: 'scheduling-off' },
    });
  });

  it('gives a record not found or not read its own step, in either mode', () => {
    const failure = { kind: 'timeout' as const };
    for (const input of [schedule('keep'), { ...schedule('keep'), mode: { kind: 'now' as const } }]) {
      expect(stepFor({ kind: 'not-found' }, policy, input)).toEqual({ kind: 'skip', reason: { kind: 'not-found' } });
      expect(stepFor({ kind: 'failed', failure }, policy, input)).toEqual({ kind: 'read-failed', failure });
    }
  });
});

describe('a plan of schedules', () => {
  const plan: EnvironmentPlan = {
    environment: 'sandbox',
    records: [
      { recordId: 'a', step: stepFor(read(['en', 'it']), policy, schedule('replace')) },
      { recordId: 'b', step: stepFor(read(['en', 'it'], PLAN), policy, schedule('replace')) },
      { recordId: 'c', step: stepFor(read(['it']), policy, schedule('replace')) },
      { recordId: 'd', step: stepFor(read(['es', 'it'], PLAN), policy, schedule('keep')) },
      { recordId: 'e', step: stepFor({ kind: 'not-found' }, policy, schedule('keep')) },
      { recordId: 'f', step: stepFor({ kind: 'failed', failure: { kind: 'network' } }, policy, schedule('keep')) },
    ],
  };

  it('groups the writes, whole records apart, the largest group first', () => {
    expect(offlineGroups(plan)).toEqual([
      { wholeRecord: false, locales: ['it'], count: 2 },
      { wholeRecord: true, locales: [], count: 1 },
    ]);
  });

  it('counts the writes, the skips, the failed reads, and the plans replaced and kept', () => {
    expect(planCounts(plan)).toEqual({ writes: 3, skipped: 2, readFailed: 1, replacing: 1, keeping: 1 });
  });

  it('starts the report with the skips and failed reads final, the writes not sent', () => {
    expect(initialReport({ kind: 'schedule', at: AT }, [plan])).toEqual({
      mode: { kind: 'schedule', at: AT },
      environments: ['sandbox'],
      lines: [
        { environment: 'sandbox', recordId: 'a', outcome: { kind: 'not-sent' } },
        { environment: 'sandbox', recordId: 'b', outcome: { kind: 'not-sent' } },
        { environment: 'sandbox', recordId: 'c', outcome: { kind: 'not-sent' } },
        {
          environment: 'sandbox',
          recordId: 'd',
          outcome: { kind: 'skipped', reason: { kind: 'plan-kept', plan: PLAN } },
        },
        { environment: 'sandbox', recordId: 'e', outcome: { kind: 'skipped', reason: { kind: 'not-found' } } },
        {
          environment: 'sandbox',
          recordId: 'f',
          outcome: { kind: 'failed', phase: 'read', failure: { kind: 'network' } },
        },
      ],
    });
  });

  it('skips a refused write only, leaving a skip or a failed read as it was', () => {
    const blocking: EffectGroup = { effect: 'unknown', named: [], more: 1 };
    const refused = new Map([
      ['a', blocking],
      ['e', blocking],
      ['f', blocking],
    ]);
    const skipped = skipRefused(plan, refused);
    expect(skipped.environment).toBe('sandbox');
    expect(skipped.records.map((r) => [r.recordId, r.step.kind])).toEqual([
      ['a', 'skip'],
      ['b', 'schedule'],
      ['c', 'schedule'],
      ['d', 'skip'],
      ['e', 'skip'],
      ['f', 'read-failed'],
    ]);
    expect(skipped.records[0]?.step).toEqual({ kind: 'skip', reason: { kind: 'linked-refuses', blocking } });
    expect(skipped.records[4]?.step).toEqual({ kind: 'skip', reason: { kind: 'not-found' } });
  });

  it('puts the largest group first, wherever its records come in the plan', () => {
    const steps = [read(['it']), read(['en', 'it']), read(['en', 'it']), read(['es', 'it'])].map((r) =>
      stepFor(r, policy, schedule('keep')),
    );
    const later: EnvironmentPlan = {
      environment: 'main',
      records: steps.map((step, i) => ({ recordId: `r${i}`, step })),
    };
    expect(offlineGroups(later)).toEqual([
      { wholeRecord: false, locales: ['it'], count: 3 },
      { wholeRecord: true, locales: [], count: 1 },
    ]);
  });

  it('tells a write from the other steps', () => {
    expect(plan.records.map((r) => isWrite(r.step))).toEqual([true, true, true, false, false, false]);
  });
});

describe('recordsWithPlans', () => {
  it('lists the records read with a plan, in the order read', () => {
    const unknown = { at: null, locales: 'not-known' as const };
    const reads = new Map<string, RecordRead>([
      ['a', read(['en'], PLAN)],
      ['b', read(['en'])],
      ['c', { kind: 'not-found' }],
      ['d', read([], unknown)],
    ]);
    expect(recordsWithPlans(reads)).toEqual([
      { recordId: 'a', plan: PLAN },
      { recordId: 'd', plan: unknown },
    ]);
  });
});
