import { NOTHING_PICKED, pickFromPlan } from './pick';

describe('pickFromPlan', () => {
  it('starts from the plan’s locales that can still be picked', () => {
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: ['it', 'fr'] }, ['en', 'it'])).toEqual({
      wholeRecord: false,
      locales: ['it'],
    });
  });
  it('starts from the whole record for a whole-record plan', () => {
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: null }, ['en'])).toEqual({ wholeRecord: true });
  });
  it('starts empty, never wider, when DatoCMS did not say which locales the plan names', () => {
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: 'not-known' }, ['en', 'it'])).toEqual(NOTHING_PICKED);
    expect(pickFromPlan({ at: null, locales: 'not-known' }, ['en'])).toEqual(NOTHING_PICKED);
  });
});
