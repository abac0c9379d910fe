import { describe as describeValue, isRecordObject, pathOf, show } from './configValues';

describe('describe (a saved value in a repair message)', () => {
  it('names each kind of scalar the way an editor would read it', () => {
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(false)).toBe('false');
    expect(describeValue(5)).toBe('5');
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(12n)).toBe('12n');
    expect(describeValue(Symbol('x'))).toBe('a symbol');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue(null)).toBe('null');
  });

  it('quotes a string, cutting one longer than 40 characters to 39 and an ellipsis', () => {
    expect(describeValue('none')).toBe('"none"');
    expect(describeValue('')).toBe('""');
    const forty = 'a'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    expect(describeValue(`${forty}b`)).toBe(`"${'a'.repeat(39)}…"`);
  });

  it('spells out a short list, one level deep', () => {
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue(['before', 5, null])).toBe('["before", 5, null]');
    expect(describeValue([[1], [1, 2], []])).toBe('[a list of 1 item, a list of 2 items, an empty list]');
    expect(describeValue([[[1]]])).toBe('[a list of 1 item]');
  });

  it('counts the items of a longer list', () => {
    expect(describeValue([1, 2, 3, 4])).toBe('a list of 4 items');
  });

  it('names objects by kind', () => {
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(new Date(0))).toBe('a Date');
    expect(describeValue(new Map())).toBe('a Map');
  });
});

describe('show (a valid value)', () => {
  it('shows JSON, and what JSON cannot show as text', () => {
    expect(show(['before', 'info'])).toBe('["before","info"]');
    expect(show('none')).toBe('"none"');
    expect(show(undefined)).toBe('undefined');
  });
});

describe('pathOf', () => {
  it('joins plain names with dots and brackets the others', () => {
    expect(pathOf('models', 'abc-1_Z', 'minLeadMinutes')).toBe('models.abc-1_Z.minLeadMinutes');
    expect(pathOf('models', 'a b')).toBe('models["a b"]');
    expect(pathOf('x.y')).toBe('["x.y"]');
  });
});

describe('isRecordObject', () => {
  it('accepts plain objects only', () => {
    expect(isRecordObject({})).toBe(true);
    expect(isRecordObject(Object.create(null))).toBe(true);
    expect(isRecordObject(null)).toBe(false);
    expect(isRecordObject(undefined)).toBe(false);
    expect(isRecordObject('{}')).toBe(false);
    expect(isRecordObject(3)).toBe(false);
    expect(isRecordObject([])).toBe(false);
    expect(isRecordObject(new Date(0))).toBe(false);
    expect(isRecordObject(new Map())).toBe(false);
  });
});
