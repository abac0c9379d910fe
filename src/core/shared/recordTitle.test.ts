import { recordTitle } from './recordTitle';

const record = (attributes: Record<string, unknown>) => ({ id: '42', attributes });

describe('recordTitle', () => {
  it('uses the title field when it is a non-blank string', () => {
    expect(recordTitle(record({ title: 'Hello' }), 'title', 'en')).toBe('Hello');
  });

  it('falls back to the id when the title is blank or missing', () => {
    expect(recordTitle(record({ title: '   ' }), 'title', 'en')).toBe('Record 42');
    expect(recordTitle(record({ title: '' }), 'title', 'en')).toBe('Record 42');
    expect(recordTitle(record({ title: null }), 'title', 'en')).toBe('Record 42');
    expect(recordTitle(record({}), 'title', 'en')).toBe('Record 42');
  });

  it('falls back to the id when the model has no title field', () => {
    expect(recordTitle(record({ title: 'Hello' }), null, 'en')).toBe('Record 42');
  });

  it('uses the localized title in the given locale', () => {
    expect(recordTitle(record({ title: { en: 'Hello', it: 'Ciao' } }), 'title', 'it')).toBe('Ciao');
  });

  it('uses the first non-blank title of another locale when the locale has none', () => {
    expect(recordTitle(record({ title: { en: '  ', it: 'Ciao' } }), 'title', 'en')).toBe('Ciao');
    expect(recordTitle(record({ title: { en: null, de: '', it: 'Ciao' } }), 'title', 'fr')).toBe('Ciao');
  });

  it('falls back to the id when no locale has a title', () => {
    expect(recordTitle(record({ title: { en: '  ', it: null } }), 'title', 'en')).toBe('Record 42');
    expect(recordTitle(record({ title: {} }), 'title', 'en')).toBe('Record 42');
  });
});
