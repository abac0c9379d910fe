// scheduleDisplay beyond single instants: the browser's zone, a plan's scope in words, days in the project zone,
// a plan whose locales DatoCMS did not tell, and the module staying free of temporal-polyfill.
import { panelPlanScope, planConflicts } from '../schedules/planConflicts';
import { createLocaleNamer } from '../shared/localeNames';
import { readPublicationState } from '../unpublish/publicationState';
import { rawState } from '../unpublish/testFixtures';
import { browserTimeZone, dayKey, describeDay, describeScheduleScope, timeOfDay } from './scheduleDisplay';

const name = createLocaleNamer('en');
const siteLocales = ['en', 'it', 'es', 'fr'];

import { DAY, HOUR, NINE_IN_ROME, nineInRome } from './testFixtures';

describe('browserTimeZone', () => {
  it('is the zone the platform reports', () => {
    expect(browserTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(() => new Intl.DateTimeFormat('en', { timeZone: browserTimeZone() })).not.toThrow();
  });
});

describe('describeScheduleScope', () => {
  const scope = (locales: string[] | null, uiLocale = 'en') =>
    describeScheduleScope({ at: NINE_IN_ROME, locales }, { uiLocale, name });

  it.each([
    [null, 'the whole record'],
    [[], 'the whole record'],
    [['it'], 'Italian'],
    [['it', 'es'], 'Italian and Spanish'],
    [['en', 'it', 'es'], 'English, Italian, and Spanish'],
    [['x-custom'], 'x-custom'],
  ])('%j is %s', (locales, text) => {
    expect(scope(locales)).toBe(text);
  });

  it('joins the names as the UI language does', () => {
    expect(scope(['it', 'es'], 'it')).toBe('Italian e Spanish');
  });
});

describe('days in the project zone', () => {
  const rome = { projectTimeZone: 'Europe/Rome', uiLocale: 'en-GB', now: nineInRome };

  it('names the day the project zone shows, and how far it is by that calendar', () => {
    const today = describeDay(nineInRome, rome);
    expect(today.key).toBe(dayKey(nineInRome, 'Europe/Rome'));
    expect(today.label).toMatch(/^Monday,? 1 March 2027$/);
    expect(today.relative).toBe('today');
    expect(describeDay(nineInRome + DAY, rome).relative).toBe('tomorrow');
    expect(describeDay(nineInRome + 3 * DAY, rome).relative).toBe('in 3 days');
    expect(describeDay(nineInRome - DAY, rome).relative).toBe('yesterday');
  });

  it('puts 00:30 in Rome on the next day, though it is still the previous day in UTC', () => {
    const halfPastMidnight = Date.parse('2027-03-01T23:30:00Z');
    expect(dayKey(halfPastMidnight, 'Europe/Rome')).toBe(dayKey(nineInRome, 'Europe/Rome') + 1);
    expect(dayKey(halfPastMidnight, 'UTC')).toBe(dayKey(nineInRome, 'UTC'));
    expect(describeDay(halfPastMidnight, rome).label).toMatch(/^Tuesday,? 2 March 2027$/);
  });

  it('keeps the 25-hour day clocks go back as one day', () => {
    const start = Date.parse('2027-10-30T22:00:00Z');
    const end = Date.parse('2027-10-31T22:59:00Z');
    expect(dayKey(start, 'Europe/Rome')).toBe(dayKey(end, 'Europe/Rome'));
    expect(dayKey(end + 60_000, 'Europe/Rome')).toBe(dayKey(start, 'Europe/Rome') + 1);
  });

  it('writes the time of day in the project zone and the UI language', () => {
    expect(timeOfDay(nineInRome, rome)).toBe('09:00');
    expect(timeOfDay(nineInRome, { projectTimeZone: 'Europe/Rome', uiLocale: 'en-US' })).toBe('9:00 AM');
    expect(timeOfDay(nineInRome, { projectTimeZone: 'America/New_York', uiLocale: 'en-GB' })).toBe('03:00');
  });

  it('reads an unknown zone as UTC', () => {
    expect(timeOfDay(nineInRome, { projectTimeZone: 'Mars/Base', uiLocale: 'en-GB' })).toBe('08:00');
    expect(dayKey(nineInRome, 'Mars/Base')).toBe(dayKey(nineInRome, 'UTC'));
  });
});

describe('a plan whose locales DatoCMS did not tell', () => {
  const state = (published: string[]) => {
    const raw = rawState({ published });
    raw.data.relationships.scheduled_unpublishing = { data: { id: 'su9' } };
    delete raw.included;
    return readPublicationState(raw, siteLocales, { status: 'published', unpublishingScheduledAt: NINE_IN_ROME });
  };

  it('names its scope as not known', () => {
    const plan = state(['en']).scheduledUnpublishing;
    expect(plan && describeScheduleScope(plan, { uiLocale: 'en', name })).toBe(
      'the record (which locales, DatoCMS did not say)',
    );
  });

  it('claims no locale is skipped, but still warns when nothing is live and when it is overdue', () => {
    const settings = { allowScheduling: true, allowWholeRecord: true };
    const conflicts = (published: string[], now: number) => {
      const read = state(published);
      const plan = read.scheduledUnpublishing;
      if (!plan) throw new Error('the plan was not read');
      const facts = {
        at: plan.at,
        publicationAt: null,
        scope: panelPlanScope(plan, read),
        modelName: 'Article',
        settings,
      };
      return planConflicts(facts, { uiLocale: 'en-GB', name, timeZone: 'Europe/Rome', now }).map((c) => c.kind);
    };
    expect(conflicts(['en'], nineInRome - DAY)).toEqual([]);
    expect(conflicts([], nineInRome - DAY)).toEqual(['locales-not-live']);
    expect(conflicts(['en'], nineInRome + HOUR)).toEqual(['overdue']);
  });
});

describe('scheduleDisplay stays small', () => {
  // Every core module's source (keyed /src/core/…), to follow scheduleDisplay's imports through them.
  const sources = import.meta.glob<string>('/src/core/**/*.ts', { query: '?raw', import: 'default', eager: true });

  it('never imports temporal-polyfill, directly or through another module', () => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      const source = sources[path];
      if (source === undefined) throw new Error(`cannot read ${path}`);
      const specifiers = [
        ...source.matchAll(
          /\b(?:import|export)\s+(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g,
        ),
      ].map((match) => match[1] ?? match[2] ?? '');
      for (const specifier of specifiers) {
        expect(specifier, `${path} imports ${specifier}`).not.toMatch(/temporal/i);
        expect(specifier.startsWith('.'), `${path} imports the package ${specifier}`).toBe(true);
        const target = new URL(`${specifier}.ts`, `file://${path}`).pathname;
        expect(target.startsWith('/src/core/'), `${path} imports ${specifier} from outside src/core`).toBe(true);
        visit(target);
      }
    };
    visit('/src/core/schedule/scheduleDisplay.ts');
    expect([...seen].sort()).toEqual([
      '/src/core/schedule/scheduleDisplay.ts',
      '/src/core/shared/localeNames.ts',
      '/src/core/unpublish/publicationState.ts',
    ]);
  });
});
