import {
  DEFAULT_LEAD_MINUTES,
  isLeadMinutes,
  leadMinutesFromText,
  MAX_LEAD_MINUTES,
  MIN_LEAD_MINUTES,
} from './leadTime';

describe('lead time bounds', () => {
  it('are 0 to a week, 5 minutes by default', () => {
    expect([MIN_LEAD_MINUTES, MAX_LEAD_MINUTES, DEFAULT_LEAD_MINUTES]).toEqual([0, 7 * 24 * 60, 5]);
  });

  it.each([0, 1, 5, 10079, 10080, -0])('%d minutes is a lead time', (value) => {
    expect(isLeadMinutes(value)).toBe(true);
  });

  it.each([-1, 10081, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '5', null, undefined, true])(
    '%s is not a lead time',
    (value) => {
      expect(isLeadMinutes(value)).toBe(false);
    },
  );
});

describe('leadMinutesFromText', () => {
  it.each([
    ['0', 0],
    ['5', 5],
    [' 30 ', 30],
    ['10080', 10080],
    ['1e3', 1000],
  ])('%j is %d minutes', (text, minutes) => {
    expect(leadMinutesFromText(text)).toBe(minutes);
  });

  it.each(['', '   ', '-1', '10081', '2.5', 'abc', '5 minutes'])('%j is not a lead time', (text) => {
    expect(leadMinutesFromText(text)).toBeNull();
  });
});
