import fc from 'fast-check';
import { createLocaleNamer } from '../shared/localeNames';
import { type PublicationState, readPublicationState } from './publicationState';
import { rawState } from './testFixtures';
import { buildUnpublishRequest, checkLocalePick, type LocalePick, type UnpublishRequest } from './unpublishRequest';

const name = createLocaleNamer('en');

/**
 * Locale codes a project may use: real ones (with display names), case and
 * region variants, and custom codes that are not well-formed language tags.
 */
const POOL = [
  'en',
  'it',
  'es',
  'fr',
  'de',
  'pt-BR',
  'pt',
  'en-GB',
  'zh-Hant',
  'sr-Latn',
  'ja',
  'EN',
  'qaa',
  'x-custom',
  'brand_1',
  'de-x-formal',
  'tlh',
  'zz',
] as const;

type Scenario = {
  /** The site's locales, in order. */
  site: string[];
  /** `published_version_locales` as the CMA answers it (any order). */
  published: string[];
  changed: string[];
  state: PublicationState;
  /** Codes neither in the site nor published in the record. */
  unknown: string[];
};

/**
 * A site, a record's published locales (a subset of the site's, in any order,
 * sometimes plus one the site no longer lists), some of them with changes.
 */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 })
  .chain((site) => {
    const others = POOL.filter((code) => !site.includes(code));
    return fc
      .record({
        publishedInSite: fc.shuffledSubarray(site),
        removedFromSite: fc.shuffledSubarray(others, { maxLength: 1 }),
      })
      .chain(({ publishedInSite, removedFromSite }) => {
        const published = [...publishedInSite, ...removedFromSite];
        return fc.subarray(published).map((changed): Scenario => {
          const state = readPublicationState(rawState({ published, changed }), site);
          return {
            site,
            published,
            changed,
            state,
            unknown: others.filter((code) => !published.includes(code)),
          };
        });
      });
  });

/**
 * A pick for a scenario: whole record; a valid-looking pick (live locales, any
 * click order); or anything (site locales, unknown codes, duplicates, empty).
 */
function pickArb(scenario: Scenario): fc.Arbitrary<LocalePick> {
  const live = scenario.state.liveLocales;
  const everything = [...scenario.site, ...scenario.published, ...scenario.unknown];
  const liveOnly: fc.Arbitrary<string[]> =
    live.length > 0 ? fc.shuffledSubarray(live, { minLength: 1 }) : fc.constant([]);
  const anything = fc.array(fc.constantFrom(...everything), { maxLength: 6 });
  const liveWithNoise = liveOnly.chain((picked) =>
    fc
      .tuple(fc.nat({ max: picked.length }), fc.constantFrom(...everything))
      .map(([at, extra]) => [...picked.slice(0, at), extra, ...picked.slice(at)]),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<LocalePick>({ wholeRecord: true }) },
    { weight: 4, arbitrary: liveOnly.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
    { weight: 2, arbitrary: liveWithNoise.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
    { weight: 2, arbitrary: anything.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
  );
}

const caseArb = scenarioArb.chain((scenario) => pickArb(scenario).map((pick) => ({ scenario, pick })));

const setOf = (items: readonly string[]) => [...new Set(items)].sort();

/** What a message shows for a locale: "Italian (it)", or “brand_1” for a code without a name. */
function labelOf(locale: string): string {
  const human = name(locale);
  return human === locale ? `“${locale}”` : `${human} (${locale})`;
}

type Offence =
  | { kind: 'nothing-live' }
  | { kind: 'empty' }
  | { kind: 'duplicate' | 'unknown' | 'not-live'; locale: string }
  | null;

/** The model: the first reason the pick cannot be carried out, in pick order (null: valid). */
function firstOffence(pick: LocalePick, state: PublicationState): Offence {
  if (state.liveLocales.length === 0) return { kind: 'nothing-live' };
  if (pick.wholeRecord) return null;
  if (pick.locales.length === 0) return { kind: 'empty' };
  const known = new Set(state.locales.map((l) => l.locale));
  const seen = new Set<string>();
  for (const locale of pick.locales) {
    if (seen.has(locale)) return { kind: 'duplicate', locale };
    seen.add(locale);
    if (!known.has(locale)) return { kind: 'unknown', locale };
    if (!state.liveLocales.includes(locale)) return { kind: 'not-live', locale };
  }
  return null;
}

/** The locales the request takes offline. */
function offline(request: UnpublishRequest, state: PublicationState): string[] {
  return request.scope === 'whole-record' ? [...state.liveLocales] : request.locales;
}

/** What the plugin schedules for a checked pick (src/features/schedule/Scheduling.tsx, ScheduleEditor). */
function scheduledLocales(request: UnpublishRequest): string[] | null {
  return request.scope === 'whole-record' ? null : request.locales;
}

const RUNS = { numRuns: 2000 };

describe('the generated scenarios', () => {
  it('cover valid picks, every kind of refusal, and whole-record conversions', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const offence = firstOffence(pick, scenario.state);
        const result = buildUnpublishRequest(pick, scenario.state, name);
        seen.add(offence ? offence.kind : result.ok ? `ok:${result.value.scope}` : 'ok:?');
        if (!pick.wholeRecord && result.ok && result.value.scope === 'whole-record') seen.add('ok:all-picked');
      }),
      RUNS,
    );
    expect([...seen].sort()).toEqual(
      [
        'duplicate',
        'empty',
        'not-live',
        'nothing-live',
        'ok:all-picked',
        'ok:locales',
        'ok:whole-record',
        'unknown',
      ].sort(),
    );
  });
});

describe('buildUnpublishRequest (properties)', () => {
  it('refuses exactly the invalid picks, with a non-empty message', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const result = buildUnpublishRequest(pick, scenario.state, name);
        const offence = firstOffence(pick, scenario.state);
        expect(result.ok).toBe(offence === null);
        if (!result.ok) expect(result.message.trim()).not.toBe('');
      }),
      RUNS,
    );
  });

  it('takes offline exactly the picked set (every live locale for the whole record), never more', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const { state } = scenario;
        const result = buildUnpublishRequest(pick, state, name);
        if (!result.ok) return;
        const going = offline(result.value, state);
        const picked = pick.wholeRecord ? state.liveLocales : pick.locales;
        expect(setOf(going)).toEqual(setOf(picked));
        for (const locale of going) expect(picked).toContain(locale);
        for (const locale of going) expect(state.liveLocales).toContain(locale);
      }),
      RUNS,
    );
  });

  it('is a whole-record request (no body) exactly when the pick is the whole record or every live locale', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const { state } = scenario;
        const result = buildUnpublishRequest(pick, state, name);
        if (!result.ok) return;
        const everyLive = !pick.wholeRecord && setOf(pick.locales).join('\n') === setOf(state.liveLocales).join('\n');
        expect(result.value.scope === 'whole-record').toBe(pick.wholeRecord || everyLive);
        if (result.value.scope === 'whole-record') expect(result.value).toEqual({ scope: 'whole-record' });
      }),
      RUNS,
    );
  });

  it('lists each locale once, only live ones, in the site order, never all of them', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const { state, site } = scenario;
        const result = buildUnpublishRequest(pick, state, name);
        if (!result.ok || result.value.scope !== 'locales') return;
        const listed = result.value.locales;
        expect(listed.length).toBeGreaterThan(0);
        expect(new Set(listed).size).toBe(listed.length);
        for (const locale of listed) expect(state.liveLocales).toContain(locale);
        expect(listed.length).toBeLessThan(state.liveLocales.length);
        // Site order (a published locale the site no longer lists comes after the site's own).
        const rank = (locale: string) => {
          const index = site.indexOf(locale);
          return index === -1 ? site.length + state.liveLocales.indexOf(locale) : index;
        };
        expect(listed).toEqual([...listed].sort((a, b) => rank(a) - rank(b)));
        expect(listed).toEqual(state.liveLocales.filter((l) => listed.includes(l)));
      }),
      RUNS,
    );
  });

  it('does not depend on the order in which the locales were clicked', () => {
    fc.assert(
      fc.property(
        caseArb.chain(({ scenario, pick }) =>
          (pick.wholeRecord
            ? fc.constant([])
            : fc.shuffledSubarray([...pick.locales], { minLength: pick.locales.length })
          ).map((reordered) => ({ scenario, pick, reordered })),
        ),
        ({ scenario, pick, reordered }) => {
          if (pick.wholeRecord) return;
          const a = buildUnpublishRequest(pick, scenario.state, name);
          const b = buildUnpublishRequest({ wholeRecord: false, locales: reordered }, scenario.state, name);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(b.value).toEqual(a.value);
        },
      ),
      RUNS,
    );
  });

  it('names the offending locale in its refusal', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const result = buildUnpublishRequest(pick, scenario.state, name);
        const offence = firstOffence(pick, scenario.state);
        if (result.ok || !offence) return;
        switch (offence.kind) {
          case 'nothing-live':
            expect(result.message).toMatch(/not published/);
            break;
          case 'empty':
            expect(result.message).toMatch(/at least one/);
            break;
          case 'duplicate':
            expect(result.message).toContain(labelOf(offence.locale));
            expect(result.message).toMatch(/more than once/);
            break;
          case 'unknown':
            expect(result.message).toContain(labelOf(offence.locale));
            expect(result.message).toMatch(/not a locale of this project/);
            break;
          case 'not-live':
            expect(result.message).toContain(labelOf(offence.locale));
            expect(result.message).toMatch(/not published in this record/);
            break;
        }
        if (offence.kind === 'duplicate' || offence.kind === 'unknown' || offence.kind === 'not-live') {
          // The code itself is always shown, with the display name when there is one.
          expect(result.message).toMatch(
            new RegExp(`[(“]${offence.locale.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[)”]`),
          );
        }
      }),
      RUNS,
    );
  });
});

describe('the scope of a scheduled unpublishing (properties)', () => {
  it('is null (whole record) exactly when the pick is the whole record or every live locale, else the picked set', () => {
    fc.assert(
      fc.property(caseArb, ({ scenario, pick }) => {
        const { state } = scenario;
        const result = buildUnpublishRequest(pick, state, name);
        if (!result.ok) return;
        const contentInLocales = scheduledLocales(result.value);
        const everyLive = !pick.wholeRecord && setOf(pick.locales).join('\n') === setOf(state.liveLocales).join('\n');
        if (pick.wholeRecord || everyLive) {
          expect(contentInLocales).toBeNull();
        } else {
          expect(contentInLocales).not.toBeNull();
          expect(setOf(contentInLocales ?? [])).toEqual(setOf(pick.locales));
          // Never the full list of live locales (the CMA refuses it: that is the whole record).
          expect((contentInLocales ?? []).length).toBeLessThan(state.liveLocales.length);
        }
      }),
      RUNS,
    );
  });
});

describe('checkLocalePick (properties)', () => {
  const localePickArb = caseArb
    .filter(({ pick }) => !pick.wholeRecord)
    .map(({ scenario, pick }) => ({
      scenario,
      locales: pick.wholeRecord ? [] : pick.locales,
    }));

  it('accepts exactly a non-empty pick of distinct live locales, and returns it in site order', () => {
    fc.assert(
      fc.property(localePickArb, ({ scenario, locales }) => {
        const { state } = scenario;
        const checked = checkLocalePick(locales, state, name);
        const valid =
          locales.length > 0 &&
          new Set(locales).size === locales.length &&
          locales.every((l) => state.liveLocales.includes(l));
        expect(checked.ok).toBe(valid);
        if (checked.ok) {
          expect(checked.value).toEqual(state.liveLocales.filter((l) => locales.includes(l)));
        } else {
          expect(checked.message.trim()).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('agrees with buildUnpublishRequest whenever something is live', () => {
    fc.assert(
      fc.property(localePickArb, ({ scenario, locales }) => {
        const { state } = scenario;
        fc.pre(state.liveLocales.length > 0);
        const checked = checkLocalePick(locales, state, name);
        const built = buildUnpublishRequest({ wholeRecord: false, locales }, state, name);
        expect(built.ok).toBe(checked.ok);
        if (!checked.ok && !built.ok) expect(built.message).toBe(checked.message);
        if (checked.ok && built.ok) expect(offline(built.value, state)).toEqual(checked.value);
      }),
      RUNS,
    );
  });

  it('refuses any pick on a record with nothing live', () => {
    fc.assert(
      fc.property(localePickArb, ({ scenario, locales }) => {
        fc.pre(scenario.state.liveLocales.length === 0);
        expect(checkLocalePick(locales, scenario.state, name).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
