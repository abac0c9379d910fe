import fc from 'fast-check';
import type { ScheduledUnpublishing } from '../unpublish/publicationState';
import type { LocalePick } from '../unpublish/unpublishRequest';
import { type PlanChoice, type RecordPolicy, reduceForRecord, reduceForSchedule } from './recordRequest';

const POOL = ['en', 'it', 'es', 'fr', 'de', 'pt-BR', 'ja', 'brand_1'] as const;
const AT = '2027-03-01T08:00:00Z';
/** An hour before AT: leads of 0, 5 and 60 minutes pass, a week does not. */
const WHEN = { at: AT, now: Date.parse(AT) - 3_600_000 };

type Case = {
  site: string[];
  /** Live on the record, in the site's order. */
  live: string[];
  pick: LocalePick;
  policy: RecordPolicy;
  plan: ScheduledUnpublishing | null;
  planChoice: PlanChoice;
};

const caseArb: fc.Arbitrary<Case> = fc
  .uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 6 })
  .chain((site) =>
    fc.record({
      site: fc.constant(site),
      live: fc.subarray(site),
      pick: fc.oneof(
        { weight: 1, arbitrary: fc.constant<LocalePick>({ wholeRecord: true }) },
        {
          weight: 4,
          // Picked in the modal from the site's locales, in any order (and, to be safe, anything else).
          arbitrary: fc
            .array(fc.constantFrom(...POOL), { maxLength: 7 })
            .map((locales): LocalePick => ({ wholeRecord: false, locales })),
        },
      ),
      policy: fc.record({
        enabled: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        minLeadMinutes: fc.constantFrom(0, 5, 60, 10080),
        allowWholeRecord: fc.boolean(),
        allowScheduling: fc.boolean(),
        permission: fc.record({
          locales: fc.oneof(fc.constant(site), fc.subarray(site)),
          wholeRecord: fc.boolean(),
          reason: fc.option(fc.constant('Your role may unpublish only English.'), { nil: null }),
        }),
      }),
      plan: fc.option(
        fc.record({ at: fc.constant('2027-02-01T08:00:00Z'), locales: fc.option(fc.subarray(site), { nil: null }) }),
        { nil: null },
      ),
      planChoice: fc.constantFrom<PlanChoice>('keep', 'replace'),
    }),
  );

const RUNS = { numRuns: 3000 };

function pickedSet(pick: LocalePick, live: readonly string[]): Set<string> {
  return new Set(pick.wholeRecord ? live : pick.locales);
}

/** The model of why a record is skipped, checked in this order. */
function expectedSkip(policy: RecordPolicy, live: readonly string[], going: readonly string[]): string {
  if (!policy.enabled) return 'model-off';
  if (live.length === 0) return 'not-live';
  if (going.length === 0) return 'picked-not-live';
  if (going.length === live.length && !policy.allowWholeRecord) return 'whole-record-off';
  return 'role-forbids';
}

/** What reduceForSchedule should answer when it does not plan, given what unpublishing now would do. */
function expectedScheduleSkip(c: Case): unknown {
  const now = reduceForRecord(c.pick, c.live, c.policy);
  if (now.kind === 'skip') return now;
  if (!c.policy.allowScheduling) return { kind: 'skip', reason: { kind: 'scheduling-off' } };
  if (c.policy.minLeadMinutes > 60) {
    return { kind: 'skip', reason: { kind: 'too-soon', minLeadMinutes: c.policy.minLeadMinutes } };
  }
  if (c.plan && c.planChoice === 'keep') return { kind: 'skip', reason: { kind: 'plan-kept', plan: c.plan } };
  return null;
}

describe('reduceForRecord (properties)', () => {
  it('never sends a locale that is not both picked and live on the record', () => {
    fc.assert(
      fc.property(caseArb, ({ live, pick, policy }) => {
        const result = reduceForRecord(pick, live, policy);
        if (result.kind !== 'send' || result.request.scope !== 'locales') return;
        const picked = pickedSet(pick, live);
        for (const locale of result.request.locales) {
          expect(picked.has(locale)).toBe(true);
          expect(live).toContain(locale);
          expect(policy.permission.locales).toContain(locale);
        }
        expect(result.request.locales.length).toBeGreaterThan(0);
        // Never the full list: every live locale is the whole record, sent without a body.
        expect(result.request.locales.length).toBeLessThan(live.length);
        const sent = result.request.locales;
        expect(sent).toEqual(live.filter((l) => sent.includes(l)));
        expect(result.offline).toEqual(sent);
      }),
      RUNS,
    );
  });

  it('never sends a bodiless request for a model or a role that does not allow the whole record', () => {
    fc.assert(
      fc.property(caseArb, ({ live, pick, policy }) => {
        const result = reduceForRecord(pick, live, policy);
        if (result.kind !== 'send' || result.request.scope !== 'whole-record') return;
        expect(policy.allowWholeRecord).toBe(true);
        expect(policy.permission.wholeRecord).toBe(true);
        expect(result.request).toEqual({ scope: 'whole-record' });
        // Only when the whole record, or every live locale, was picked.
        const picked = pickedSet(pick, live);
        for (const locale of live) expect(picked.has(locale)).toBe(true);
        expect(result.offline).toEqual(live);
      }),
      RUNS,
    );
  });

  it('sends whenever something picked is live and allowed, and says why it skips otherwise', () => {
    fc.assert(
      fc.property(caseArb, ({ live, pick, policy }) => {
        const result = reduceForRecord(pick, live, policy);
        const going = live.filter((l) => pickedSet(pick, live).has(l));
        const everyLive = going.length === live.length;
        const wholeAllowed = policy.allowWholeRecord && policy.permission.wholeRecord;
        const localesAllowed = going.every((l) => policy.permission.locales.includes(l));
        const shouldSend = policy.enabled && going.length > 0 && (everyLive ? wholeAllowed : localesAllowed);
        expect(result.kind).toBe(shouldSend ? 'send' : 'skip');
        if (result.kind === 'send') return;
        expect(result.reason.kind).toBe(expectedSkip(policy, live, going));
      }),
      RUNS,
    );
  });
});

describe('reduceForSchedule (properties)', () => {
  it('plans exactly what would be unpublished now (null locales for the whole record), at the instant given', () => {
    fc.assert(
      fc.property(caseArb, ({ live, pick, policy, plan, planChoice }) => {
        const result = reduceForSchedule(pick, { liveLocales: live, plan }, policy, WHEN, planChoice);
        if (result.kind !== 'schedule') return;
        const now = reduceForRecord(pick, live, policy);
        expect(now.kind).toBe('send');
        if (now.kind !== 'send') return;
        expect(result.plan.at).toBe(AT);
        expect(result.plan.locales).toEqual(now.request.scope === 'locales' ? now.request.locales : null);
        expect(result.offline).toEqual(now.offline);
        expect(result.previous).toEqual(plan);
      }),
      RUNS,
    );
  });

  it('never plans where the model forbids scheduling or too soon, and replaces a plan only when the editor chose so', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = reduceForSchedule(c.pick, { liveLocales: c.live, plan: c.plan }, c.policy, WHEN, c.planChoice);
        const skip = expectedScheduleSkip(c);
        if (skip) expect(result).toEqual(skip);
        else expect(result.kind).toBe('schedule');
      }),
      RUNS,
    );
  });
});
