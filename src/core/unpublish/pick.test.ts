import { isEmptyPick, keepLive, NOTHING_PICKED, openingPick, pickFromPlan, toggleLocale } from './pick';

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

describe('isEmptyPick', () => {
  it('is empty only when neither the whole record nor any locale is picked', () => {
    expect(isEmptyPick(NOTHING_PICKED)).toBe(true);
    expect(isEmptyPick({ wholeRecord: false, locales: [] })).toBe(true);
    expect(isEmptyPick({ wholeRecord: false, locales: ['it'] })).toBe(false);
    expect(isEmptyPick({ wholeRecord: true })).toBe(false);
  });
});

describe('keepLive', () => {
  it('drops the picked locales that went offline, keeping the rest in order', () => {
    expect(keepLive({ wholeRecord: false, locales: ['fr', 'it', 'de'] }, ['de', 'fr'])).toEqual({
      wholeRecord: false,
      locales: ['fr', 'de'],
    });
  });
  it('keeps a locale pick whose locales are all still live', () => {
    expect(keepLive({ wholeRecord: false, locales: ['it'] }, ['en', 'it'])).toEqual({
      wholeRecord: false,
      locales: ['it'],
    });
  });
  it('empties a locale pick whose locales all went offline', () => {
    expect(keepLive({ wholeRecord: false, locales: ['it'] }, [])).toEqual(NOTHING_PICKED);
  });
  it('keeps the whole record picked whatever is still live', () => {
    expect(keepLive({ wholeRecord: true }, ['en'])).toEqual({ wholeRecord: true });
    expect(keepLive({ wholeRecord: true }, [])).toEqual({ wholeRecord: true });
  });
});

describe('toggleLocale', () => {
  it('adds a locale after the ones already picked', () => {
    expect(toggleLocale({ wholeRecord: false, locales: ['en'] }, 'it', true)).toEqual({
      wholeRecord: false,
      locales: ['en', 'it'],
    });
  });
  it('does not pick the same locale twice', () => {
    expect(toggleLocale({ wholeRecord: false, locales: ['it', 'en'] }, 'it', true)).toEqual({
      wholeRecord: false,
      locales: ['en', 'it'],
    });
  });
  it('removes only the unticked locale', () => {
    expect(toggleLocale({ wholeRecord: false, locales: ['en', 'it', 'fr'] }, 'it', false)).toEqual({
      wholeRecord: false,
      locales: ['en', 'fr'],
    });
  });
  it('replaces a whole-record pick with the one ticked locale', () => {
    expect(toggleLocale({ wholeRecord: true }, 'it', true)).toEqual({ wholeRecord: false, locales: ['it'] });
  });
  it('leaves nothing picked when a locale is unticked from a whole-record pick', () => {
    expect(toggleLocale({ wholeRecord: true }, 'it', false)).toEqual(NOTHING_PICKED);
  });
});

describe('openingPick', () => {
  it('picks the form’s locale when the model asks for it and it can be picked', () => {
    expect(openingPick('form-locale', 'it', ['en', 'it'])).toEqual({ wholeRecord: false, locales: ['it'] });
  });
  it('picks nothing when the form’s locale cannot be picked', () => {
    expect(openingPick('form-locale', 'fr', ['en', 'it'])).toEqual(NOTHING_PICKED);
  });
  it('picks nothing when the model does not ask for the form’s locale', () => {
    expect(openingPick('none', 'it', ['en', 'it'])).toEqual(NOTHING_PICKED);
  });
});
