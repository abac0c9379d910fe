import { createLocaleNamer } from '../shared/localeNames';
import { readPublicationState } from './publicationState';
import { rawState } from './testFixtures';
import { buildUnpublishRequest, isSameRequest } from './unpublishRequest';

const name = createLocaleNamer('en');
const state = readPublicationState(rawState({ published: ['en', 'it', 'es'], changed: ['es'] }), [
  'en',
  'it',
  'es',
  'fr',
]);
const locales = (picked: string[]) => ({ wholeRecord: false as const, locales: picked });

describe('buildUnpublishRequest', () => {
  it('unpublishes exactly the picked live locales, in the site order', () => {
    expect(buildUnpublishRequest(locales(['it']), state, name)).toEqual({
      ok: true,
      value: { scope: 'locales', locales: ['it'] },
    });
    expect(buildUnpublishRequest(locales(['es', 'en']), state, name)).toEqual({
      ok: true,
      value: { scope: 'locales', locales: ['en', 'es'] },
    });
  });

  it('turns a pick of every live locale into a whole-record unpublish (no body)', () => {
    expect(buildUnpublishRequest(locales(['es', 'it', 'en']), state, name)).toEqual({
      ok: true,
      value: { scope: 'whole-record' },
    });
  });

  it('unpublishes the whole record when asked', () => {
    expect(buildUnpublishRequest({ wholeRecord: true }, state, name)).toEqual({
      ok: true,
      value: { scope: 'whole-record' },
    });
  });

  it.each([
    [[], 'Pick at least one published locale, or the whole record.'],
    [['fr'], 'French (fr) is not published in this record, so it cannot be unpublished.'],
    [['it', 'it'], 'Italian (it) is picked more than once.'],
    [['de'], 'German (de) is not a locale of this project.'],
    [['xx-custom'], '“xx-custom” is not a locale of this project.'],
    [['it', 'fr'], 'French (fr) is not published in this record, so it cannot be unpublished.'],
  ])('refuses the pick %j with a message naming the locale', (picked, message) => {
    expect(buildUnpublishRequest(locales(picked), state, name)).toEqual({ ok: false, message });
  });

  it('refuses anything on a record that is not live', () => {
    const draft = readPublicationState(rawState({ published: [] }), ['en']);
    for (const pick of [{ wholeRecord: true as const }, locales(['en'])]) {
      expect(buildUnpublishRequest(pick, draft, name)).toEqual({
        ok: false,
        message: 'This record is not published, so there is nothing to unpublish.',
      });
    }
  });
});

describe('isSameRequest', () => {
  it('is the same write only for the same scope and the same locales', () => {
    expect(isSameRequest({ scope: 'whole-record' }, { scope: 'whole-record' })).toBe(true);
    expect(isSameRequest({ scope: 'locales', locales: ['it'] }, { scope: 'locales', locales: ['it'] })).toBe(true);
    expect(isSameRequest({ scope: 'locales', locales: ['it'] }, { scope: 'whole-record' })).toBe(false);
    expect(isSameRequest({ scope: 'locales', locales: ['it'] }, { scope: 'locales', locales: ['it', 'es'] })).toBe(
      false,
    );
    expect(isSameRequest({ scope: 'locales', locales: ['it'] }, { scope: 'locales', locales: ['es'] })).toBe(false);
    expect(isSameRequest({ scope: 'whole-record' }, { scope: 'locales', locales: ['it'] })).toBe(false);
    // Same length, same first locale: every locale must match, not some.
    expect(
      isSameRequest({ scope: 'locales', locales: ['en', 'it'] }, { scope: 'locales', locales: ['en', 'es'] }),
    ).toBe(false);
  });
});
