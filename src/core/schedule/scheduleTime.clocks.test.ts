// checkScheduleTime on wall clocks that exist: plain ones, and those the clocks skip (a gap, refused) or repeat
// (ambiguous: the editor picks one of the two instants).
import { check, expectAmbiguous, expectRefused } from './testFixtures';

describe('checkScheduleTime: plain wall clocks', () => {
  it.each([
    // Europe/Rome: CET (+01:00) in winter, CEST (+02:00) in summer.
    ['2027-03-01', '09:00', 'Europe/Rome', '2027-03-01T08:00:00Z'],
    ['2027-07-01', '09:00', 'Europe/Rome', '2027-07-01T07:00:00Z'],
    ['2027-03-01', '00:30', 'Europe/Rome', '2027-02-28T23:30:00Z'],
    // Southern hemisphere: summer (daylight time) in January.
    ['2027-01-15', '09:00', 'Australia/Sydney', '2027-01-14T22:00:00Z'],
    ['2027-07-15', '09:00', 'Australia/Sydney', '2027-07-14T23:00:00Z'],
    ['2027-01-15', '09:00', 'Pacific/Auckland', '2027-01-14T20:00:00Z'],
    // Far from UTC: +14, and −10/−09.
    ['2027-01-01', '00:30', 'Pacific/Kiritimati', '2026-12-31T10:30:00Z'],
    ['2027-07-01', '09:00', 'Pacific/Kiritimati', '2027-06-30T19:00:00Z'],
    ['2027-01-15', '09:00', 'America/Adak', '2027-01-15T19:00:00Z'],
    ['2027-07-01', '09:00', 'America/Adak', '2027-07-01T18:00:00Z'],
    ['2027-12-31', '23:30', 'Pacific/Pago_Pago', '2028-01-01T10:30:00Z'],
    // Offsets that are not whole hours.
    ['2027-03-01', '09:00', 'Asia/Kolkata', '2027-03-01T03:30:00Z'],
    ['2027-03-01', '09:00', 'Asia/Kathmandu', '2027-03-01T03:15:00Z'],
    ['2027-03-01', '09:00', 'UTC', '2027-03-01T09:00:00Z'],
    // Leap day.
    ['2028-02-29', '12:00', 'Europe/Rome', '2028-02-29T11:00:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(check(date, time, zone)).toEqual({ ok: true, instant });
  });

  it('accepts seconds when the time input sends them', () => {
    expect(check('2027-03-01', '09:00:30', 'Europe/Rome')).toEqual({ ok: true, instant: '2027-03-01T08:00:30Z' });
  });

  it('repeats the seconds the editor typed when it asks about them', () => {
    expect(expectAmbiguous(check('2027-10-31', '02:30:15', 'Europe/Rome', { uiLocale: 'en-GB' })).message).toMatch(
      /^02:30:15 happens twice on 31 October 2027 in Europe\/Rome/,
    );
  });

  it('tolerates surrounding spaces and a lower-case zone id', () => {
    expect(check(' 2027-03-01 ', '09:00 ', 'europe/rome')).toEqual({ ok: true, instant: '2027-03-01T08:00:00Z' });
  });

  it('ignores a chosen instant when the wall clock is not ambiguous', () => {
    expect(check('2027-03-01', '09:00', 'Europe/Rome', { chosenInstant: '2027-03-01T07:00:00Z' })).toEqual({
      ok: true,
      instant: '2027-03-01T08:00:00Z',
    });
  });
});

describe('checkScheduleTime: clocks going forward (gap)', () => {
  it('refuses 02:30 on 28 March 2027 in Europe/Rome, saying why', () => {
    const result = expectRefused(check('2027-03-28', '02:30', 'Europe/Rome', { uiLocale: 'en-GB' }), 'gap');
    expect(result.message).toBe(
      '02:30 does not exist on 28 March 2027 in Europe/Rome: clocks go forward from 02:00 to 03:00. Pick another time.',
    );
  });

  it('writes the date as the UI language does', () => {
    const result = expectRefused(check('2027-03-28', '02:30', 'Europe/Rome', { uiLocale: 'en-US' }), 'gap');
    expect(result.message).toContain('on March 28, 2027 in Europe/Rome');
  });

  it('knows exactly where the gap starts and ends', () => {
    expectRefused(check('2027-03-28', '02:00', 'Europe/Rome'), 'gap');
    expectRefused(check('2027-03-28', '02:59', 'Europe/Rome'), 'gap');
    expect(check('2027-03-28', '01:59', 'Europe/Rome')).toEqual({ ok: true, instant: '2027-03-28T00:59:00Z' });
    expect(check('2027-03-28', '03:00', 'Europe/Rome')).toEqual({ ok: true, instant: '2027-03-28T01:00:00Z' });
  });

  it('ignores any chosen instant for a time that does not exist', () => {
    expectRefused(check('2027-03-28', '02:30', 'Europe/Rome', { chosenInstant: '2027-03-28T00:30:00Z' }), 'gap');
    expectRefused(check('2027-03-28', '02:30', 'Europe/Rome', { chosenInstant: '2027-03-28T01:30:00Z' }), 'gap');
  });

  it.each([
    ['2027-10-03', '02:30', 'Australia/Sydney', 'from 02:00 to 03:00'],
    ['2027-09-26', '02:30', 'Pacific/Auckland', 'from 02:00 to 03:00'],
    ['2027-03-14', '02:30', 'America/Adak', 'from 02:00 to 03:00'],
    // Lord Howe Island moves its clocks by half an hour.
    ['2027-10-03', '02:15', 'Australia/Lord_Howe', 'from 02:00 to 02:30'],
  ])('refuses %s %s in %s (clocks go forward %s)', (date, time, zone, change) => {
    const result = expectRefused(check(date, time, zone, { uiLocale: 'en-GB' }), 'gap');
    expect(result.message).toContain(`${time} does not exist`);
    expect(result.message).toContain(zone);
    expect(result.message).toContain(`clocks go forward ${change}`);
  });

  it('accepts the first minute after a southern-hemisphere gap', () => {
    // Sydney: 03:00 AEDT (+11:00) on 3 October 2027.
    expect(check('2027-10-03', '03:00', 'Australia/Sydney')).toEqual({ ok: true, instant: '2027-10-02T16:00:00Z' });
    expect(check('2027-10-03', '01:59', 'Australia/Sydney')).toEqual({ ok: true, instant: '2027-10-02T15:59:00Z' });
  });
});

describe('checkScheduleTime: clocks going back (ambiguous)', () => {
  it('asks which 02:30 is meant on 31 October 2027 in Europe/Rome, earlier first', () => {
    const result = expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome', { uiLocale: 'en-GB' }));
    expect(result.message).toBe(
      '02:30 happens twice on 31 October 2027 in Europe/Rome (clocks go back from 03:00 to 02:00). Which one do you mean?',
    );
    expect(result.choices.map((c) => c.instant)).toEqual(['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z']);
    const [first, second] = result.choices;
    expect(first.label).toBe('02:30 CEST (UTC+02:00), the first');
    expect(second.label).toBe('02:30 CET (UTC+01:00), the second');
  });

  it('leaves out zone names that would only repeat the offset', () => {
    // In American English, Rome's zone is only "GMT+2": the label keeps the UTC offset alone.
    const result = expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome', { uiLocale: 'en-US' }));
    expect(result.choices[0].label).toBe('02:30 AM (UTC+02:00), the first');
    expect(result.choices[1].label).toBe('02:30 AM (UTC+01:00), the second');
  });

  it('writes every clock as the time input shows it in the UI language', () => {
    // An American time input shows "02:30 AM": the question and its choices say it the same way.
    const result = expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome', { uiLocale: 'en-US' }));
    expect(result.message).toBe(
      '02:30 AM happens twice on October 31, 2027 in Europe/Rome (clocks go back from 03:00 AM to 02:00 AM). Which one do you mean?',
    );
  });

  it('gives back each choice once picked', () => {
    const { choices } = expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome'));
    for (const choice of choices) {
      expect(check('2027-10-31', '02:30', 'Europe/Rome', { chosenInstant: choice.instant })).toEqual({
        ok: true,
        instant: choice.instant,
      });
    }
  });

  it('recognises a chosen instant written another way', () => {
    expect(check('2027-10-31', '02:30', 'Europe/Rome', { chosenInstant: '2027-10-31T02:30:00.000+01:00' })).toEqual({
      ok: true,
      instant: '2027-10-31T01:30:00Z',
    });
  });

  it.each([
    ['2027-10-31T02:30:00Z'], // an hour after the second one
    ['2027-10-31T00:30:01Z'], // a second off
    ['not an instant'],
    [''],
  ])('treats a chosen instant matching neither (%s) as no choice', (chosenInstant) => {
    expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome', { chosenInstant }));
  });

  it('knows exactly where the repeated hour starts and ends', () => {
    expect(expectAmbiguous(check('2027-10-31', '02:00', 'Europe/Rome')).choices.map((c) => c.instant)).toEqual([
      '2027-10-31T00:00:00Z',
      '2027-10-31T01:00:00Z',
    ]);
    expectAmbiguous(check('2027-10-31', '02:59', 'Europe/Rome'));
    expect(check('2027-10-31', '01:59', 'Europe/Rome')).toEqual({ ok: true, instant: '2027-10-30T23:59:00Z' });
    expect(check('2027-10-31', '03:00', 'Europe/Rome')).toEqual({ ok: true, instant: '2027-10-31T02:00:00Z' });
  });

  it.each([
    // Sydney, 4 April 2027: 03:00 AEDT (+11:00) becomes 02:00 AEST (+10:00).
    ['2027-04-04', '02:30', 'Australia/Sydney', '2027-04-03T15:30:00Z', '2027-04-03T16:30:00Z', 'from 03:00 to 02:00'],
    // Auckland, 4 April 2027: 03:00 NZDT (+13:00) becomes 02:00 NZST (+12:00).
    ['2027-04-04', '02:30', 'Pacific/Auckland', '2027-04-03T13:30:00Z', '2027-04-03T14:30:00Z', 'from 03:00 to 02:00'],
    // Adak, 7 November 2027: 02:00 HDT (−09:00) becomes 01:00 HST (−10:00).
    ['2027-11-07', '01:30', 'America/Adak', '2027-11-07T10:30:00Z', '2027-11-07T11:30:00Z', 'from 02:00 to 01:00'],
    // Lord Howe Island, 4 April 2027: 02:00 (+11:00) becomes 01:30 (+10:30).
    [
      '2027-04-04',
      '01:45',
      'Australia/Lord_Howe',
      '2027-04-03T14:45:00Z',
      '2027-04-03T15:15:00Z',
      'from 02:00 to 01:30',
    ],
  ])('asks which %s %s is meant in %s', (date, time, zone, first, second, change) => {
    const result = expectAmbiguous(check(date, time, zone, { uiLocale: 'en-GB' }));
    expect(result.choices.map((c) => c.instant)).toEqual([first, second]);
    expect(result.message).toContain(`clocks go back ${change}`);
    expect(check(date, time, zone, { chosenInstant: first })).toEqual({ ok: true, instant: first });
    expect(check(date, time, zone, { chosenInstant: second })).toEqual({ ok: true, instant: second });
  });

  it('still refuses a chosen instant that has passed or is too soon', () => {
    // 01:00Z: the first 02:30 (00:30Z) has passed, the second (01:30Z) has not.
    const now = Date.UTC(2027, 9, 31, 1, 0);
    expectRefused(check('2027-10-31', '02:30', 'Europe/Rome', { now, chosenInstant: '2027-10-31T00:30:00Z' }), 'past');
    expect(check('2027-10-31', '02:30', 'Europe/Rome', { now, chosenInstant: '2027-10-31T01:30:00Z' })).toEqual({
      ok: true,
      instant: '2027-10-31T01:30:00Z',
    });
    expectRefused(
      check('2027-10-31', '02:30', 'Europe/Rome', {
        now: Date.UTC(2027, 9, 31, 1, 28),
        chosenInstant: '2027-10-31T01:30:00Z',
      }),
      'too-soon',
    );
  });

  it('does not ask when neither occurrence can be scheduled any more', () => {
    expectRefused(check('2027-10-31', '02:30', 'Europe/Rome', { now: Date.UTC(2027, 9, 31, 1, 30) }), 'past');
    expectRefused(check('2027-10-31', '02:30', 'Europe/Rome', { now: Date.UTC(2027, 9, 31, 1, 27) }), 'too-soon');
    // Only the first one has passed: still a real question.
    expectAmbiguous(check('2027-10-31', '02:30', 'Europe/Rome', { now: Date.UTC(2027, 9, 31, 1, 0) }));
  });
});
