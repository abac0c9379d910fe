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

  it('drops a record without a model or with an empty id, and reads empty or odd fields as missing', () => {
    expect(
      readModalParameters({
        records: [
          { id: 'r1' },
          { id: '', itemTypeId: 'm' },
          { id: 'r2', itemTypeId: 'm', title: '', creatorId: 7, stageId: '' },
          { id: 'r3', itemTypeId: 'm', creatorId: 'u3', stageId: 's3' },
        ],
      }),
    ).toEqual({
      records: [
        { id: 'r2', itemTypeId: 'm', title: 'r2', creatorId: null, stageId: null },
        { id: 'r3', itemTypeId: 'm', title: 'r3', creatorId: 'u3', stageId: 's3' },
      ],
    });
  });

  it('reads a whole-record pick, and no pick from a half-formed one', () => {
    expect(readModalParameters({ records: [], pick: { wholeRecord: true, locales: ['it'] } })).toEqual({
      records: [],
      pick: { wholeRecord: true },
    });
    expect(readModalParameters({ records: [], pick: { wholeRecord: false } })).toEqual({ records: [] });
    expect(readModalParameters({ records: [], pick: { wholeRecord: 'yes', locales: ['it'] } })).toEqual({
      records: [],
    });
    expect(readModalParameters({ records: [], pick: { wholeRecord: false, locales: [] } })).toEqual({
      records: [],
      pick: { wholeRecord: false, locales: [] },
    });
  });

  it('gives no records for anything else', () => {
    expect(readModalParameters(undefined)).toEqual({ records: [] });
    expect(readModalParameters({ records: 'r1', pick: 'all' })).toEqual({ records: [] });
  });

  it('drops a record entry that is null', () => {
    expect(readModalParameters({ records: [null, { id: 'r1', itemTypeId: 'm' }] }).records.map((r) => r.id)).toEqual([
      'r1',
    ]);
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

  it('takes no blank title, and the requested locales before the others', () => {
    expect(recordTitle('  ', ['en'])).toBeNull();
    expect(recordTitle({ en: ' ', it: 'Ciao' }, ['en'])).toBe('Ciao');
    expect(recordTitle({ it: 'Ciao', en: 'Hello' }, ['en'])).toBe('Hello');
    expect(recordTitle({ en: 3, it: 'Ciao' }, ['en'])).toBe('Ciao');
    expect(recordTitle(null, ['en'])).toBeNull();
    expect(recordTitle(['Hello'], ['0'])).toBeNull();
  });
});
