// checkScheduleTime's refusals of the time itself: in the past or sooner than the lead time, and malformed input.
import { check, expectRefused } from './testFixtures';

describe('checkScheduleTime: past and too soon', () => {
  // 09:00 in Rome on 1 March 2027 is 08:00Z.
  const at = Date.UTC(2027, 2, 1, 8, 0);
  const nineInRome = (now: number, minLeadMinutes = 5) =>
    check('2027-03-01', '09:00', 'Europe/Rome', { now, minLeadMinutes, uiLocale: 'en-GB' });

  it('refuses a time that has passed, or is this very instant', () => {
    const result = expectRefused(nineInRome(at + 1), 'past');
    expect(result.message).toBe('That time has already passed in Europe/Rome. Pick a time in the future.');
    expectRefused(nineInRome(at), 'past');
    expectRefused(nineInRome(at + 24 * 3600_000), 'past');
  });

  it('refuses a time closer than the minimum lead, naming the earliest time allowed', () => {
    const result = expectRefused(nineInRome(at - 4 * 60_000), 'too-soon');
    expect(result.message).toBe('Schedule at least 5 minutes ahead: pick 09:01 (Europe/Rome) or later.');
    expectRefused(nineInRome(at - 5 * 60_000 + 1), 'too-soon');
  });

  it('accepts exactly the minimum lead', () => {
    expect(nineInRome(at - 5 * 60_000)).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
    expect(nineInRome(at - 30 * 60_000, 30)).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
  });

  it('uses the configured lead in the message', () => {
    expect(expectRefused(nineInRome(at - 29 * 60_000, 30), 'too-soon').message).toContain('at least 30 minutes ahead');
    expect(expectRefused(nineInRome(at - 30_000, 1), 'too-soon').message).toContain('at least 1 minute ahead');
  });

  it('names the day of the earliest time when it is another day', () => {
    // 23:58 in Rome, a 10-minute lead: nothing before 00:08 the next day.
    const result = expectRefused(
      check('2027-03-01', '23:59', 'Europe/Rome', {
        now: Date.UTC(2027, 2, 1, 22, 58),
        minLeadMinutes: 10,
        uiLocale: 'en-GB',
      }),
      'too-soon',
    );
    expect(result.message).toBe(
      'Schedule at least 10 minutes ahead: pick 00:08 on 2 March 2027 (Europe/Rome) or later.',
    );
  });

  it('with no lead, accepts anything strictly in the future', () => {
    expect(nineInRome(at - 1, 0)).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
    expectRefused(nineInRome(at, 0), 'past');
  });

  it.each([Number.NaN, -1, 2.5, 10081])(
    'falls back to the default 5 minutes when the lead is not one the settings accept (%d)',
    (lead) => {
      expectRefused(nineInRome(at - 4 * 60_000, lead), 'too-soon');
      expect(nineInRome(at - 5 * 60_000, lead)).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
    },
  );

  it('accepts the longest lead the settings allow (a week)', () => {
    expectRefused(nineInRome(at - 10079 * 60_000, 10080), 'too-soon');
    expect(nineInRome(at - 10080 * 60_000, 10080)).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
  });

  it('compares instants, not wall clocks: the same wall clock in a zone ahead has already passed', () => {
    // 08:30Z: 09:00 in London is still ahead, 09:00 in Rome (08:00Z) is gone, 09:00 in Kiritimati long gone.
    const now = Date.UTC(2027, 2, 1, 8, 30);
    expect(check('2027-03-01', '09:00', 'Europe/London', { now, minLeadMinutes: 30 })).toEqual({
      ok: true,
      instant: '2027-03-01T09:00:00Z',
    });
    expectRefused(check('2027-03-01', '09:00', 'Europe/Rome', { now }), 'past');
    expectRefused(check('2027-03-01', '09:00', 'Pacific/Kiritimati', { now }), 'past');
    expect(check('2027-03-01', '09:00', 'America/Adak', { now })).toEqual({
      ok: true,
      instant: '2027-03-01T19:00:00Z',
    });
  });
});

describe('checkScheduleTime: malformed input', () => {
  it.each([
    ['', '', 'Enter a date and a time.'],
    ['  ', '', 'Enter a date and a time.'],
    ['', '09:00', 'Enter a date.'],
    ['2027-03-01', '', 'Enter a time.'],
    ['2027-02-30', '09:00', '30 February 2027 does not exist.'],
    ['2027-02-29', '09:00', '29 February 2027 does not exist.'],
    ['2027-04-31', '09:00', '31 April 2027 does not exist.'],
    ['2027-03-00', '09:00', '0 March 2027 does not exist.'],
    ['2027-13-01', '09:00', '“2027-13-01” is not a date: there is no month 13.'],
    ['2027-00-10', '09:00', '“2027-00-10” is not a date: there is no month 0.'],
    ['01/03/2027', '09:00', '“01/03/2027” is not a date: use the form YYYY-MM-DD.'],
    ['27-03-01', '09:00', '“27-03-01” is not a date: use the form YYYY-MM-DD.'],
    ['tomorrow', '09:00', '“tomorrow” is not a date: use the form YYYY-MM-DD.'],
    ['2027-03-01', '9:00', '“9:00” is not a time: use the form HH:MM.'],
    ['2027-03-01', '09:00 AM', '“09:00 AM” is not a time: use the form HH:MM.'],
    ['2027-03-01', '24:00', '24:00 is not a time of day: use a time from 00:00 to 23:59.'],
    ['2027-03-01', '12:60', '12:60 is not a time of day: use a time from 00:00 to 23:59.'],
    ['2027-03-01', '12:00:60', '12:00:60 is not a time of day: use a time from 00:00 to 23:59.'],
  ])('date %j, time %j: %s', (date, time, message) => {
    expect(check(date, time, 'Europe/Rome', { uiLocale: 'en-GB' })).toEqual({
      ok: false,
      reason: 'malformed',
      message,
    });
  });

  it('writes an impossible date as the UI language writes dates', () => {
    expect(expectRefused(check('2027-02-30', '09:00', 'Europe/Rome', { uiLocale: 'en-US' }), 'malformed').message).toBe(
      'February 30, 2027 does not exist.',
    );
    expect(expectRefused(check('2027-02-30', '09:00', 'Europe/Rome', { uiLocale: 'it' }), 'malformed').message).toBe(
      '30 febbraio 2027 does not exist.',
    );
    // An unusable UI locale falls back to English.
    expect(expectRefused(check('2027-02-30', '09:00', 'Europe/Rome', { uiLocale: '!!' }), 'malformed').message).toBe(
      'February 30, 2027 does not exist.',
    );
  });

  it('refuses an unknown project time zone, naming it, before anything else', () => {
    const result = expectRefused(check('', '', 'Mars/Base'), 'malformed');
    expect(result.message).toBe(
      "The project's time zone “Mars/Base” is unknown, so a time cannot be scheduled. Ask an administrator to check it in the project's settings.",
    );
    expectRefused(check('2027-03-01', '09:00', 'Mars/Base'), 'malformed');
    expect(expectRefused(check('2027-03-01', '09:00', ''), 'malformed').message).toContain('no time zone');
  });

  it('reads a zone of spaces as no zone, and a zone inside spaces as that zone', () => {
    expect(expectRefused(check('2027-03-01', '09:00', '  '), 'malformed').message).toBe(
      "The project has no time zone set, so a time cannot be scheduled. Ask an administrator to set it in the project's settings.",
    );
    expect(check('2027-03-01', '09:00', ' Europe/Rome ')).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
  });
});
