// Properties of buildUnpublishRequest over generated sites, record states and picks: it refuses exactly the
// invalid picks (naming the offending locale) and takes offline exactly the picked live locales, in site order.
import fc from 'fast-check';
import type { PublicationState } from './publicationState';
import { caseArb, name, offline, RUNS, setOf } from './testFixtures';
import { buildUnpublishRequest, type LocalePick } from './unpublishRequest';

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
