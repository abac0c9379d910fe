import { readModalParameters } from './modalParameters';
import { recordTitle } from './recordTitle';

describe('readModalParameters', () => {
  it('reads the records and the pick, dropping what cannot be read and repeats', () => {
    expect(
      readModalParameters({
        records: [
          { id: 'r1', itemTypeId: 'm', title: 'One', creatorId: 'u1', stageId: null },
          { id: 'r1', itemTypeId: 'm', title: 'Again' },
          { id: 'r2', itemTypeId: 'm' },
          { itemTypeId: 'm' },
          'r3',
        ],
        pick: { wholeRecord: false, locales: ['it', 3] },
      }),
    ).toEqual({
      records: [
        { id: 'r1', itemTypeId: 'm', title: 'One', creatorId: 'u1', stageId: null },
        { id: 'r2', itemTypeId: 'm', title: 'r2', creatorId: null, stageId: null },
      ],
      pick: { wholeRecord: false, locales: ['it'] },
    });
  });

  it('gives no records for anything else', () => {
    expect(readModalParameters(undefined)).toEqual({ records: [] });
    expect(readModalParameters({ records: 'r1', pick: 'all' })).toEqual({ records: [] });
  });
});

describe('recordTitle', () => {
  it('reads a plain title, or a localized one in the first locale that has one', () => {
    expect(recordTitle('Hello', ['en'])).toBe('Hello');
    expect(recordTitle({ en: '', it: 'Ciao' }, ['en', 'it'])).toBe('Ciao');
    expect(recordTitle({ de: 'Hallo' }, ['en'])).toBe('Hallo');
    expect(recordTitle({ en: '' }, ['en'])).toBeNull();
    expect(recordTitle(42, ['en'])).toBeNull();
  });
});
