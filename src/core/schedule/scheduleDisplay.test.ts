import { panelPlanScope, planConflicts } from '../schedules/planConflicts';
import { createLocaleNamer } from '../shared/localeNames';
import { readPublicationState } from '../unpublish/publicationState';
import { rawState } from '../unpublish/testFixtures';
import {
  browserTimeZone,
  dayKey,
  describeDay,
  describeInstant,
  describeScheduleScope,
  timeOfDay,
} from './scheduleDisplay';

const name = createLocaleNamer('en');
const siteLocales = ['en', 'it', 'es', 'fr'];
const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** 09:00 in Rome, 03:00 in New York, Monday 1 March 2027. */
const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const nineInRome = Date.parse(NINE_IN_ROME);

function describe_(
  instant: string,
  projectTimeZone: string,
  browserTimeZone: string,
  now = nineInRome - 3 * DAY,
  uiLocale = 'en-GB',
) {
  return describeInstant(instant, { projectTimeZone, browserTimeZone, uiLocale, now });
}

describe('describeInstant: absolute times', () => {
  it('names the project zone and writes the date and time there', () => {
    const { project } = describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Rome');
    expect(project).toBe(
      `${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', dateStyle: 'full', timeStyle: 'short' }).format(nineInRome)} (Europe/Rome)`,
    );
    expect(project).toMatch(/^Monday,? 1 March 2027(,| at) 09:00 \(Europe\/Rome\)$/);
  });

  it('adds the browser zone when it reads differently', () => {
    const { project, browser } = describe_(NINE_IN_ROME, 'Europe/Rome', 'America/New_York');
    expect(project).toContain('09:00');
    expect(project).toContain('(Europe/Rome)');
    expect(browser).toMatch(/^Monday,? 1 March 2027(,| at) 03:00 \(America\/New_York\)$/);
  });

  it('gives the browser zone its own date when it is another day there', () => {
    // 00:30 in Rome is still the previous evening in New York, and already afternoon in Kiritimati.
    const instant = '2027-02-28T23:30:00Z';
    expect(describe_(instant, 'Europe/Rome', 'America/New_York').browser).toMatch(
      /^Sunday,? 28 February 2027(,| at) 18:30 /,
    );
    expect(describe_(instant, 'Europe/Rome', 'Pacific/Kiritimati').browser).toMatch(
      /^Monday,? 1 March 2027(,| at) 13:30 /,
    );
  });

  it('leaves the browser zone out when it is the project zone', () => {
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Rome').browser).toBeNull();
  });

  it('leaves the browser zone out when another zone shows the same wall clock', () => {
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Berlin').browser).toBeNull();
    expect(describe_('2027-07-01T07:00:00Z', 'Europe/Rome', 'Europe/Paris').browser).toBeNull();
  });

  it('decides at the instant shown: a zone without daylight time matches only in winter', () => {
    // Lagos is UTC+01:00 all year; Rome only in winter.
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Africa/Lagos').browser).toBeNull();
    expect(describe_('2027-07-01T07:00:00Z', 'Europe/Rome', 'Africa/Lagos', nineInRome).browser).toMatch(
      /08:00 \(Africa\/Lagos\)$/,
    );
    // London and Rome never match.
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/London').browser).toMatch(/08:00 \(Europe\/London\)$/);
  });

  it('tells the two occurrences of a repeated hour apart through the other zone', () => {
    const first = describe_('2027-10-31T00:30:00Z', 'Europe/Rome', 'UTC', nineInRome);
    const second = describe_('2027-10-31T01:30:00Z', 'Europe/Rome', 'UTC', nineInRome);
    expect(first.browser).toMatch(/00:30 \(UTC\)$/);
    expect(second.browser).toMatch(/01:30 \(UTC\)$/);
  });

  it('names the offset of a repeated hour, so the two 02:30s read differently', () => {
    const first = describe_('2027-10-31T00:30:00Z', 'Europe/Rome', 'Europe/Rome', nineInRome);
    const second = describe_('2027-10-31T01:30:00Z', 'Europe/Rome', 'Europe/Rome', nineInRome);
    expect(first.project).toMatch(/02:30 \(Europe\/Rome, UTC\+02:00\)$/);
    expect(second.project).toMatch(/02:30 \(Europe\/Rome, UTC\+01:00\)$/);
    // An hour that happens once keeps the zone alone, even on the day clocks change.
    expect(describe_('2027-10-31T03:30:00Z', 'Europe/Rome', 'Europe/Rome', nineInRome).project).toMatch(
      /04:30 \(Europe\/Rome\)$/,
    );
    // Lord Howe Island goes back by half an hour: 01:45 happens twice.
    expect(describe_('2027-04-03T14:45:00Z', 'Australia/Lord_Howe', 'UTC', nineInRome).project).toMatch(
      /01:45 \(Australia\/Lord_Howe, UTC\+11:00\)$/,
    );
    // New York repeats 01:30 on 7 November 2027: the browser line names its offset too.
    expect(describe_('2027-11-07T05:30:00Z', 'Europe/Rome', 'America/New_York', nineInRome).browser).toMatch(
      /01:30 \(America\/New_York, UTC-04:00\)$/,
    );
  });

  it('writes in the UI language', () => {
    const { project } = describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Rome', nineInRome - 3 * DAY, 'it');
    expect(project).toContain('lunedì');
    expect(project).toContain('marzo');
    expect(project).toMatch(/\(Europe\/Rome\)$/);
  });

  it('copes with unusable input instead of throwing', () => {
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Not/AZone').browser).toBeNull();
    expect(describe_(NINE_IN_ROME, 'Mars/Base', 'Europe/Rome').project).toMatch(/08:00 \(UTC\)$/);
    expect(describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Rome', nineInRome, '!!').project).toContain('(Europe/Rome)');
    expect(describe_('garbage', 'Europe/Rome', 'America/New_York')).toEqual({
      project: 'garbage',
      browser: null,
      relative: '',
    });
  });

  it('reads instants written with an offset or milliseconds', () => {
    expect(describe_('2027-03-01T09:00:00.000+01:00', 'Europe/Rome', 'Europe/Rome').project).toBe(
      describe_(NINE_IN_ROME, 'Europe/Rome', 'Europe/Rome').project,
    );
  });
});

describe('describeInstant: relative times', () => {
  const relative = (offset: number, projectTimeZone = 'Europe/Rome', uiLocale = 'en', now = nineInRome) =>
    describeInstant(new Date(now + offset).toISOString(), {
      projectTimeZone,
      browserTimeZone: projectTimeZone,
      uiLocale,
      now,
    }).relative;

  it.each([
    [5 * 60_000, 'in 5 minutes'],
    [59 * 60_000, 'in 59 minutes'],
    [-5 * 60_000, '5 minutes ago'],
    [20_000, 'this minute'],
    [-20_000, 'this minute'],
    [HOUR, 'in 1 hour'],
    [2 * HOUR, 'in 2 hours'],
    [-2 * HOUR, '2 hours ago'],
    [23 * HOUR, 'in 23 hours'],
    [3 * DAY, 'in 3 days'],
    [-3 * DAY, '3 days ago'],
    [45 * DAY, 'in 45 days'],
    [46 * DAY, 'in 2 months'],
    [100 * DAY, 'in 3 months'],
    [-100 * DAY, '3 months ago'],
    [365 * DAY, 'in 12 months'],
    [547 * DAY, 'in 18 months'],
    [548 * DAY, 'in 2 years'],
    [3 * 365 * DAY, 'in 3 years'],
    [-3 * 365 * DAY, '3 years ago'],
  ])('%d ms from now: %s', (offset, text) => {
    expect(relative(offset)).toBe(text);
  });

  it('says tomorrow and yesterday by the calendar of the project zone', () => {
    expect(relative(DAY + 2 * HOUR)).toBe('tomorrow');
    expect(relative(-DAY - 2 * HOUR)).toBe('yesterday');
    // 22:00 in Rome on 1 March; 30 hours later it is 04:00 on 3 March: two days.
    const lateEvening = Date.parse('2027-03-01T21:00:00Z');
    expect(relative(30 * HOUR, 'Europe/Rome', 'en', lateEvening)).toBe('in 2 days');
    // The same two instants in Tokyo: 06:00 on 2 March, then 12:00 on 3 March: tomorrow.
    expect(relative(30 * HOUR, 'Asia/Tokyo', 'en', lateEvening)).toBe('tomorrow');
  });

  it('never says "next month" or "next year", which would read as calendar months and years', () => {
    // 31 January to 17 March is 45 days, not "next month".
    expect(relative(45 * DAY, 'UTC', 'en', Date.parse('2027-01-31T12:00:00Z'))).toBe('in 45 days');
    for (let days = 40; days < 800; days += 3) {
      expect(relative(days * DAY)).not.toMatch(/next|last/);
      expect(relative(-days * DAY)).not.toMatch(/next|last/);
    }
  }, 30_000);

  it('keeps hours on the 25-hour day clocks go back', () => {
    // 00:10 CEST on 31 October in Rome; 24 hours later it is 23:10 CET, the same date.
    expect(relative(24 * HOUR, 'Europe/Rome', 'en', Date.parse('2027-10-30T22:10:00Z'))).toBe('in 24 hours');
  });

  it('writes in the UI language', () => {
    expect(relative(3 * DAY, 'Europe/Rome', 'it')).toBe('tra 3 giorni');
    expect(relative(DAY + HOUR, 'Europe/Rome', 'de')).toBe('morgen');
  });
});

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
