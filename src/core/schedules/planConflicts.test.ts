import fc from 'fast-check';
import { FACTORY_DEFAULTS } from '../config/pluginConfig';
import { createLocaleNamer } from '../shared/localeNames';
import { type ConflictKind, type PlanFacts, planConflicts } from './planConflicts';

const name = createLocaleNamer('en');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** 09:00 in Rome, Monday 1 March 2027. */
const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const nineInRome = Date.parse(NINE_IN_ROME);
const words = { uiLocale: 'en-GB', name, timeZone: 'Europe/Rome', now: nineInRome - DAY };

function facts(extra: Partial<PlanFacts> = {}): PlanFacts {
  return { at: NINE_IN_ROME, publicationAt: null, modelName: 'Article', settings: FACTORY_DEFAULTS, ...extra };
}
const scope = (locales: string[] | null, liveLocales: string[]) => ({ locales, liveLocales });
const kinds = (f: PlanFacts, w = words) => planConflicts(f, w).map((c) => c.kind);

describe('planConflicts', () => {
  it('has nothing to say about a sound plan, known or not yet read', () => {
    expect(planConflicts(facts(), words)).toEqual([]);
    expect(planConflicts(facts({ scope: scope(['it'], ['en', 'it']) }), words)).toEqual([]);
    expect(planConflicts(facts({ scope: scope(null, ['en', 'it']) }), words)).toEqual([]);
    expect(planConflicts(facts({ publicationAt: '2027-02-28T08:00:00Z' }), words)).toEqual([]);
  });

  it('says a locale no longer live makes the plan fail or do less, and what to do', () => {
    expect(planConflicts(facts({ scope: scope(['it', 'es'], ['en', 'es']) }), words)).toEqual([
      {
        kind: 'locales-not-live',
        message:
          'Italian is no longer published: when the plan runs, DatoCMS may refuse it, or take only Spanish offline.',
        remedy: 'Change the plan to the locales still live, or cancel it.',
      },
    ]);
    const [several] = planConflicts(facts({ scope: scope(['it', 'en', 'fr'], ['en']) }), words);
    expect(several?.message).toBe(
      'Italian and French are no longer published: when the plan runs, DatoCMS may refuse it, or take only English offline.',
    );
  });

  it('says when nothing is left to unpublish', () => {
    expect(planConflicts(facts({ scope: scope(['it', 'es'], ['en']) }), words)).toEqual([
      {
        kind: 'locales-not-live',
        message:
          'Italian and Spanish are no longer published: the plan has nothing left to unpublish, and DatoCMS may refuse it when it runs.',
        remedy: 'Cancel the plan.',
      },
    ]);
    expect(planConflicts(facts({ scope: scope(null, []) }), words)).toEqual([
      {
        kind: 'locales-not-live',
        message: 'The record is no longer published: the plan has nothing left to unpublish.',
        remedy: 'Cancel the plan.',
      },
    ]);
  });

  it('says a later scheduled publication brings the record back online, dated in the project zone', () => {
    const [conflict] = planConflicts(facts({ publicationAt: '2027-03-05T08:00:00Z' }), words);
    expect(conflict?.kind).toBe('publication-after');
    expect(conflict?.message).toMatch(
      /^A scheduled publication on Friday,? 5 March 2027(,| at) 09:00 \(Europe\/Rome\) comes after this unpublishing and will publish the record again: it goes back online then\.$/,
    );
    expect(conflict?.remedy).toMatch(/^Cancel the scheduled publication/);
    const [same] = planConflicts(facts({ publicationAt: '2027-03-01T09:00:00+01:00' }), words);
    expect(same?.message).toMatch(/^A scheduled publication at the same time \(.*09:00 \(Europe\/Rome\)\) may publish/);
  });

  it('flags a whole-record plan on a tree parent whose children stay published', () => {
    const children = [
      { id: 'c1', title: 'Getting started' },
      { id: 'c2', title: 'Installation' },
    ];
    const [conflict] = planConflicts(facts({ scope: scope(null, ['en']), stayingChildren: children }), words);
    expect(conflict).toEqual({
      kind: 'published-children',
      message:
        '2 published child records (Getting started and Installation) stay published at this time: DatoCMS will refuse to unpublish their parent when the plan runs, and the record stays online.',
      remedy: 'Take those child records offline first, or schedule their unpublishing before this plan; or cancel it.',
    });
    // A plan of some locales, an unread scope, or no children: nothing said.
    expect(kinds(facts({ scope: scope(['en'], ['en', 'it']), stayingChildren: children }))).toEqual([]);
    expect(kinds(facts({ stayingChildren: children }))).toEqual([]);
    expect(kinds(facts({ scope: scope(null, ['en']), stayingChildren: [] }))).toEqual([]);
  });

  it('flags plans the model’s settings would no longer allow', () => {
    const noScheduling = { ...FACTORY_DEFAULTS, allowScheduling: false };
    expect(planConflicts(facts({ settings: noScheduling }), words)).toEqual([
      {
        kind: 'scheduling-off',
        message:
          'Scheduling is turned off for Article in this plugin’s settings, yet this plan is pending: it will still run.',
        remedy: 'Cancel it if it is no longer wanted (changing it needs scheduling turned back on).',
      },
    ]);
    const noWhole = { ...FACTORY_DEFAULTS, allowWholeRecord: false };
    expect(planConflicts(facts({ settings: noWhole, scope: scope(null, ['en', 'it']) }), words)).toEqual([
      {
        kind: 'whole-record-off',
        message:
          'This plan takes the whole record offline, which Article’s settings no longer allow: it will still run, and no locale will stay live.',
        remedy: 'Change it to keep at least one locale live, or cancel it.',
      },
    ]);
    const [every] = planConflicts(facts({ settings: noWhole, scope: scope(['it', 'en'], ['en', 'it']) }), words);
    expect(every?.message).toMatch(/^This plan takes every live locale offline/);
    expect(kinds(facts({ settings: noWhole, scope: scope(['it'], ['en', 'it']) }))).toEqual([]);
    // Not known before the record's state is read.
    expect(kinds(facts({ settings: noWhole }))).toEqual([]);
  });

  it('says when the time has passed and the plan has not run', () => {
    expect(kinds(facts(), { ...words, now: nineInRome - 1 })).toEqual([]);
    for (const now of [nineInRome, nineInRome + 10 * 60_000]) {
      const [conflict] = planConflicts(facts(), { ...words, now });
      expect(conflict?.kind).toBe('overdue');
      expect(conflict?.message).toMatch(
        /^This unpublishing was due on Monday,? 1 March 2027(,| at) 09:00 \(Europe\/Rome\)/,
      );
    }
  });

  it('lists every conflict that applies, in a stable order', () => {
    const all = facts({
      scope: scope(null, []),
      publicationAt: '2027-03-05T08:00:00Z',
      settings: { allowScheduling: false, allowWholeRecord: false },
      stayingChildren: [{ id: 'c1', title: 'Child' }],
    });
    expect(kinds(all, { ...words, now: nineInRome + HOUR })).toEqual([
      'locales-not-live',
      'publication-after',
      'published-children',
      'scheduling-off',
      'overdue',
    ]);
  });

  const locale = fc.constantFrom('en', 'it', 'es', 'fr');
  const arbitraryFacts = fc.record({
    planLocales: fc.option(fc.uniqueArray(locale, { maxLength: 4 }), { nil: null }),
    live: fc.uniqueArray(locale, { maxLength: 4 }),
    read: fc.boolean(),
    publicationOffset: fc.option(fc.integer({ min: -10 * DAY, max: 10 * DAY }), { nil: null }),
    allowScheduling: fc.boolean(),
    allowWholeRecord: fc.boolean(),
    children: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
  });

  type Arbitrary = typeof arbitraryFacts extends fc.Arbitrary<infer T> ? T : never;

  /** The kinds these facts give no ground for. */
  function groundless(f: Arbitrary): ConflictKind[] {
    const named = f.planLocales && f.planLocales.length > 0 ? f.planLocales : null;
    const everyNamedLive = named ? named.every((l) => f.live.includes(l)) : f.live.length > 0;
    const rules: [ConflictKind, boolean][] = [
      ['locales-not-live', !f.read || everyNamedLive],
      ['whole-record-off', !f.read || f.allowWholeRecord],
      ['published-children', !f.read],
      ['publication-after', f.publicationOffset === null || f.publicationOffset < 0],
      ['scheduling-off', f.allowScheduling],
      ['overdue', true],
    ];
    return rules.filter(([, absent]) => absent).map(([kind]) => kind);
  }

  it('never claims a fact it was not given, and always says what to do', () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const conflicts = planConflicts(
          facts({
            scope: f.read ? scope(f.planLocales, f.live) : undefined,
            publicationAt:
              f.publicationOffset === null ? null : new Date(nineInRome + f.publicationOffset).toISOString(),
            settings: { allowScheduling: f.allowScheduling, allowWholeRecord: f.allowWholeRecord },
            stayingChildren: f.children.map((title, i) => ({ id: `c${i}`, title })),
          }),
          words,
        );
        for (const conflict of conflicts) {
          expect(conflict.message.length).toBeGreaterThan(0);
          expect(conflict.remedy.length).toBeGreaterThan(0);
        }
        const found = conflicts.map((c) => c.kind);
        for (const kind of groundless(f)) expect(found).not.toContain(kind);
      }),
    );
  });
});
