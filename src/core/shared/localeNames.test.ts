import { createLocaleNamer, formatList, nameLocales, safeLocale } from './localeNames';

describe('createLocaleNamer', () => {
  it('names locales in the UI language', () => {
    expect(createLocaleNamer('en')('it')).toBe('Italian');
    expect(createLocaleNamer('it')('en')).toBe('inglese');
    expect(createLocaleNamer('en')('en-US')).toBe('American English');
  });

  it('falls back to English for a UI language it has no names in', () => {
    expect(createLocaleNamer('xx')('it')).toBe('Italian');
  });

  it('shows the code of a locale the language has no name for', () => {
    expect(createLocaleNamer('en')('xx')).toBe('xx');
    expect(createLocaleNamer('en')('en-XX')).toBe('en-XX');
  });

  it('shows the code of a custom locale that is not a language tag', () => {
    expect(createLocaleNamer('en')('my_custom locale')).toBe('my_custom locale');
    expect(createLocaleNamer('en')('')).toBe('');
  });

  it('names locales in English when the UI locale is not a language tag', () => {
    const name = createLocaleNamer('!!');
    expect(name('it')).toBe('Italian');
    expect(name('en-US')).toBe('American English');
  });
});

describe('formatList', () => {
  it('joins as the UI language writes a list with "and"', () => {
    expect(formatList('en', ['Italian'])).toBe('Italian');
    expect(formatList('en', ['Italian', 'Spanish'])).toBe('Italian and Spanish');
    expect(formatList('en', ['English', 'Italian', 'Spanish'])).toBe('English, Italian, and Spanish');
    expect(formatList('it', ['inglese', 'spagnolo'])).toBe('inglese e spagnolo');
    expect(formatList('en', [])).toBe('');
  });

  it('joins in English when the UI locale is not a language tag', () => {
    expect(formatList('!!', ['Italian', 'Spanish'])).toBe('Italian and Spanish');
  });
});

describe('nameLocales', () => {
  it('names each locale, then lists them', () => {
    expect(nameLocales('en', createLocaleNamer('en'), ['it', 'es'])).toBe('Italian and Spanish');
    expect(nameLocales('en', (code) => code.toUpperCase(), ['it', 'es', 'fr'])).toBe('IT, ES, and FR');
  });
});

describe('safeLocale', () => {
  it('gives the canonical form of a language tag', () => {
    expect(safeLocale('en-us')).toBe('en-US');
    expect(safeLocale('it')).toBe('it');
  });

  it("gives 'en' for what is not a language tag", () => {
    expect(safeLocale('!!')).toBe('en');
    expect(safeLocale('')).toBe('en');
  });
});
