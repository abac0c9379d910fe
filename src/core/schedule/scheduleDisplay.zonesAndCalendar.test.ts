// scheduleDisplay at the edges of zones and calendars: an offset of zero, a zone the platform does not know or does
// not report, exactly one day ahead, and dates before the Common Era.
import { browserTimeZone, dayKey, describeDay, describeInstant, formatInZone, timeOfDay } from './scheduleDisplay';
import { DAY, nineInRome } from './testFixtures';

const inZones = (instant: string, projectTimeZone: string, browserTimeZone: string) =>
  describeInstant(instant, { projectTimeZone, browserTimeZone, uiLocale: 'en-GB', now: nineInRome });

describe('the offset of a repeated hour', () => {
  it('writes an offset of zero as UTC+00:00, so the second 01:30 in London names one', () => {
    // London goes back from UTC+01:00 to UTC+00:00 at 02:00 on 31 October 2027: 01:30 happens twice.
    expect(inZones('2027-10-31T00:30:00Z', 'Europe/London', 'Europe/London').project).toMatch(
      /01:30 \(Europe\/London, UTC\+01:00\)$/,
    );
    expect(inZones('2027-10-31T01:30:00Z', 'Europe/London', 'Europe/London').project).toMatch(
      /01:30 \(Europe\/London, UTC\+00:00\)$/,
    );
  });
});

describe('a zone that is not a zone', () => {
  it('reads the empty zone as UTC, and says so', () => {
    expect(inZones('2027-03-01T08:00:00Z', '', 'Europe/Rome').project).toMatch(/08:00 \(UTC\)$/);
    expect(inZones('2027-03-01T08:00:00Z', 'Europe/Rome', '').browser).toBeNull();
    expect(dayKey(Date.parse('2027-03-01T23:30:00Z'), '')).toBe(dayKey(Date.parse('2027-03-01T23:30:00Z'), 'UTC'));
    expect(timeOfDay(nineInRome, { projectTimeZone: '', uiLocale: 'en-GB' })).toBe('08:00');
  });

  it('writes a time in an unknown zone in UTC, naming UTC', () => {
    expect(formatInZone(nineInRome, 'en-GB', 'Mars/Base')).toMatch(/^Monday,? 1 March 2027(,| at) 08:00 \(UTC\)$/);
    expect(formatInZone(nineInRome, 'en-GB', 'Europe/Rome')).toMatch(/ 09:00 \(Europe\/Rome\)$/);
  });

  it('puts a day in an unknown zone on the UTC calendar', () => {
    // 23:30 UTC on Monday is already Tuesday in Rome.
    const lateMonday = Date.parse('2027-03-01T23:30:00Z');
    const day = describeDay(lateMonday, { projectTimeZone: 'Mars/Base', uiLocale: 'en-GB', now: nineInRome });
    expect(day.label).toMatch(/^Monday,? 1 March 2027$/);
    expect(day.relative).toBe('today');
    expect(day.key).toBe(dayKey(lateMonday, 'UTC'));
  });
});

describe('browserTimeZone when the platform reports no zone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is UTC', () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: '' };
    });
    expect(browserTimeZone()).toBe('UTC');
  });
});

describe('exactly one day ahead', () => {
  it('counts by the calendar: 24 hours from now is tomorrow, 24 hours ago yesterday', () => {
    const relative = (offset: number) =>
      describeInstant(new Date(nineInRome + offset).toISOString(), {
        projectTimeZone: 'Europe/Rome',
        browserTimeZone: 'Europe/Rome',
        uiLocale: 'en',
        now: nineInRome,
      }).relative;
    expect(relative(DAY)).toBe('tomorrow');
    expect(relative(-DAY)).toBe('yesterday');
    expect(relative(DAY - 60_000)).toBe('in 24 hours');
  });
});

describe('days before the Common Era', () => {
  // ISO year 0 is 1 BC (a leap year in the proleptic Gregorian calendar), year -1 is 2 BC.
  const noon = (isoDate: string) => Date.parse(`${isoDate}T12:00:00Z`);

  it('follows 31 December 1 BC with 1 January AD 1', () => {
    expect(dayKey(noon('0001-01-01'), 'UTC') - dayKey(noon('0000-12-31'), 'UTC')).toBe(1);
    expect(dayKey(noon('0000-12-31'), 'UTC') - dayKey(noon('-000001-12-31'), 'UTC')).toBe(366);
  });

  it('says a day in 1 BC is yesterday, seen from 1 January AD 1', () => {
    const day = describeDay(noon('0000-12-31'), { projectTimeZone: 'UTC', uiLocale: 'en', now: noon('0001-01-01') });
    expect(day.relative).toBe('yesterday');
  });
});
