import { defaultWallClock, wallClockOf } from './wallClock';

describe('defaultWallClock', () => {
  it.each([
    // 09:07 in Rome: an hour later is 10:07, so 11:00.
    [Date.UTC(2027, 2, 1, 8, 7), 'Europe/Rome', { date: '2027-03-01', time: '11:00' }],
    // Exactly 09:00: 10:00 is exactly one hour away.
    [Date.UTC(2027, 2, 1, 8, 0), 'Europe/Rome', { date: '2027-03-01', time: '10:00' }],
    // 23:30 in Rome: the next day.
    [Date.UTC(2027, 2, 1, 22, 30), 'Europe/Rome', { date: '2027-03-02', time: '01:00' }],
    // Kiritimati is already on the next day.
    [Date.UTC(2027, 2, 1, 10, 30), 'Pacific/Kiritimati', { date: '2027-03-02', time: '02:00' }],
    [Date.UTC(2027, 2, 1, 10, 30), 'America/Adak', { date: '2027-03-01', time: '02:00' }],
    // A full hour of the project's wall clock, not of UTC: 13:30 in India.
    [Date.UTC(2027, 2, 1, 8, 0), 'Asia/Kolkata', { date: '2027-03-01', time: '15:00' }],
    // 00:30 on the morning clocks go forward in Rome: 02:00 does not exist, so 03:00.
    [Date.UTC(2027, 2, 27, 23, 30), 'Europe/Rome', { date: '2027-03-28', time: '03:00' }],
    // Midnight on Lord Howe Island the night clocks go forward half an hour at 02:00: 02:00 does not
    // exist and 02:30 is not a full hour, so 03:00 (two hours away in real time).
    [2706096600001, 'Australia/Lord_Howe', { date: '2055-10-03', time: '03:00' }],
    // 00:30 there (14:00Z): an hour later is 01:30, so 02:00, which does not exist: 03:00.
    [Date.UTC(2027, 9, 2, 14, 0), 'Australia/Lord_Howe', { date: '2027-10-03', time: '03:00' }],
    // An unknown zone: UTC (the check then reports the zone).
    [Date.UTC(2027, 2, 1, 8, 7), 'Mars/Base', { date: '2027-03-01', time: '10:00' }],
  ])('at %s in %s: %j', (now, zone, expected) => {
    expect(defaultWallClock(now, zone)).toEqual(expected);
  });
});

describe('wallClockOf', () => {
  it.each([
    ['2027-03-01T08:00:00Z', 'Europe/Rome', { date: '2027-03-01', time: '09:00' }],
    ['2027-07-01T07:00:00Z', 'Europe/Rome', { date: '2027-07-01', time: '09:00' }],
    ['2027-10-31T00:30:00Z', 'Europe/Rome', { date: '2027-10-31', time: '02:30' }],
    ['2027-10-31T01:30:00Z', 'Europe/Rome', { date: '2027-10-31', time: '02:30' }],
    ['2026-12-31T10:30:00Z', 'Pacific/Kiritimati', { date: '2027-01-01', time: '00:30' }],
    ['2027-01-15T19:00:00Z', 'America/Adak', { date: '2027-01-15', time: '09:00' }],
    ['2027-01-14T22:00:00Z', 'Australia/Sydney', { date: '2027-01-15', time: '09:00' }],
    // Other spellings of an instant, and seconds dropped.
    ['2027-03-01T09:00:00.000+01:00', 'Europe/Rome', { date: '2027-03-01', time: '09:00' }],
    ['2027-03-01T08:00:59.999Z', 'Europe/Rome', { date: '2027-03-01', time: '09:00' }],
    ['2027-03-01T08:00:00Z', 'Mars/Base', { date: '2027-03-01', time: '08:00' }],
    ['not an instant', 'Europe/Rome', { date: '', time: '' }],
    ['2027-03-01T08:00:00', 'Europe/Rome', { date: '', time: '' }],
  ])('%s in %s is %j', (instant, zone, expected) => {
    expect(wallClockOf(instant, zone)).toEqual(expected);
  });
});

// Thousands of runs: generous time, for busy CI machines.
