import { pickableLocales, tallyLocales } from './localeTally';

describe('tallyLocales', () => {
  const all = ['en', 'it', 'es'];
  it('counts on how many records each locale is live, and where the role may unpublish it', () => {
    const tally = tallyLocales(all, [
      { live: ['en', 'it'], permitted: all },
      { live: ['it', 'es'], permitted: ['en', 'es'] },
      { live: [], permitted: all },
    ]);
    expect(tally).toEqual({
      records: 3,
      liveRecords: 2,
      locales: [
        { locale: 'en', liveOn: 1, allowedOn: 1 },
        { locale: 'it', liveOn: 2, allowedOn: 1 },
        { locale: 'es', liveOn: 1, allowedOn: 1 },
      ],
    });
  });

  it('keeps a live locale the site no longer lists, after the site ones', () => {
    const tally = tallyLocales(['en'], [{ live: ['en', 'de'], permitted: ['en'] }]);
    expect(tally.locales.map((l) => l.locale)).toEqual(['en', 'de']);
    expect(pickableLocales(tally)).toEqual(['en']);
  });

  it('offers no locale that is nowhere live, or that the role may unpublish nowhere', () => {
    const tally = tallyLocales(all, [
      { live: ['en', 'it'], permitted: ['en'] },
      { live: ['en'], permitted: ['en'] },
    ]);
    expect(pickableLocales(tally)).toEqual(['en']);
  });

  it('lists every site locale in the site’s order, also one live nowhere', () => {
    const tally = tallyLocales(all, [{ live: ['es', 'en'], permitted: all }]);
    expect(tally.locales).toEqual([
      { locale: 'en', liveOn: 1, allowedOn: 1 },
      { locale: 'it', liveOn: 0, allowedOn: 0 },
      { locale: 'es', liveOn: 1, allowedOn: 1 },
    ]);
  });
});
