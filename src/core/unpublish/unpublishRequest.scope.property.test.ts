// Properties over generated sites, record states and picks: the scope a scheduled unpublishing gets, and
// checkLocalePick (which agrees with buildUnpublishRequest).
import fc from 'fast-check';
import { caseArb, name, offline, RUNS, setOf } from './testFixtures';
import { buildUnpublishRequest, checkLocalePick, type UnpublishRequest } from './unpublishRequest';

/** What the plugin schedules for a checked pick (src/features/schedule/Scheduling.tsx, ScheduleEditor). */
function scheduledLocales(request: UnpublishRequest): string[] | null {
  return request.scope === 'whole-record' ? null : request.locales;
}

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
