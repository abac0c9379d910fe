// describeInstant: how a planned instant reads in the project's and the browser's zones, as an absolute time
// and relative to now.
import { describeInstant } from './scheduleDisplay';
import { DAY, HOUR, NINE_IN_ROME, nineInRome } from './testFixtures';

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
