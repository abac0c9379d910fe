import { isEmptyPick, keepLive, NOTHING_PICKED, openingPick, pickFromPlan, toggleLocale } from './pick';

describe('isEmptyPick', () => {
  it('is empty with no locale and not the whole record', () => {
    expect(isEmptyPick(NOTHING_PICKED)).toBe(true);
    expect(NOTHING_PICKED).toEqual({ wholeRecord: false, locales: [] });
    expect(isEmptyPick({ wholeRecord: false, locales: ['it'] })).toBe(false);
    expect(isEmptyPick({ wholeRecord: true })).toBe(false);
  });
});

describe('keepLive', () => {
  it('drops picked locales that are no longer live, in the pick’s order', () => {
    expect(keepLive({ wholeRecord: false, locales: ['es', 'it', 'fr'] }, ['en', 'it', 'es'])).toEqual({
      wholeRecord: false,
      locales: ['es', 'it'],
    });
  });

  it('keeps the whole record as it is', () => {
    const whole = { wholeRecord: true } as const;
    expect(keepLive(whole, [])).toBe(whole);
  });
});

describe('toggleLocale', () => {
  it('adds a locale at the end, once', () => {
    expect(toggleLocale({ wholeRecord: false, locales: ['it'] }, 'es', true)).toEqual({
      wholeRecord: false,
      locales: ['it', 'es'],
    });
    expect(toggleLocale({ wholeRecord: false, locales: ['it'] }, 'it', true)).toEqual({
      wholeRecord: false,
      locales: ['it'],
    });
  });

  it('removes a locale', () => {
    expect(toggleLocale({ wholeRecord: false, locales: ['it', 'es'] }, 'it', false)).toEqual({
      wholeRecord: false,
      locales: ['es'],
    });
  });

  it('leaves the whole record for the one locale picked', () => {
    expect(toggleLocale({ wholeRecord: true }, 'it', true)).toEqual({ wholeRecord: false, locales: ['it'] });
    expect(toggleLocale({ wholeRecord: true }, 'it', false)).toEqual({ wholeRecord: false, locales: [] });
  });
});

describe('openingPick', () => {
  it("picks the form's locale when the model asks for it and it can be picked", () => {
    expect(openingPick('form-locale', 'it', ['en', 'it'])).toEqual({ wholeRecord: false, locales: ['it'] });
  });

  it('picks nothing otherwise', () => {
    expect(openingPick('form-locale', 'fr', ['en', 'it'])).toEqual(NOTHING_PICKED);
    expect(openingPick('none', 'it', ['en', 'it'])).toEqual(NOTHING_PICKED);
  });
});

describe('pickFromPlan', () => {
  it('starts from the plan’s locales that can still be picked', () => {
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: ['it', 'es'] }, ['en', 'it'])).toEqual({
      wholeRecord: false,
      locales: ['it'],
    });
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: ['fr'] }, ['en', 'it'])).toEqual(NOTHING_PICKED);
  });

  it('starts from the whole record for a whole-record plan', () => {
    expect(pickFromPlan({ at: '2027-03-01T08:00:00Z', locales: null }, [])).toEqual({ wholeRecord: true });
  });
});
