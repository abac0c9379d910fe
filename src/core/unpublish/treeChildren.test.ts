import { liveDescendants, recordTitle } from './treeChildren';

const record = (id: string, parent: string | null, status: string, title: unknown = { en: id }) => ({
  id,
  attributes: { parent_id: parent, title },
  meta: { status },
});

describe('liveDescendants', () => {
  const tree = [
    record('root', null, 'published'),
    record('a', 'root', 'published', { en: 'Getting started', it: 'Iniziare' }),
    record('b', 'root', 'draft'),
    record('a1', 'a', 'updated'),
    record('b1', 'b', 'published'),
    record('other', null, 'published'),
  ];

  it('finds live children and grandchildren, nearest first, even under a draft child', () => {
    expect(liveDescendants('root', tree, 'title', 'it')).toEqual([
      { id: 'a', title: 'Iniziare' },
      { id: 'a1', title: 'a1' },
      { id: 'b1', title: 'b1' },
    ]);
  });

  it('finds nothing under a leaf and survives a cycle', () => {
    expect(liveDescendants('a1', tree, 'title', 'en')).toEqual([]);
    const cycle = [record('x', 'y', 'published'), record('y', 'x', 'published')];
    expect(liveDescendants('x', cycle, 'title', 'en')).toEqual([{ id: 'y', title: 'y' }]);
  });
});

describe('recordTitle', () => {
  it('reads the title in the form locale, then any locale, then falls back to the id', () => {
    expect(recordTitle(record('r', null, 'draft', { en: 'Hello', it: 'Ciao' }), 'title', 'it')).toBe('Ciao');
    expect(recordTitle(record('r', null, 'draft', { en: 'Hello', it: '' }), 'title', 'it')).toBe('Hello');
    expect(recordTitle(record('r', null, 'draft', 'Plain'), 'title', 'it')).toBe('Plain');
    expect(recordTitle(record('r', null, 'draft', null), 'title', 'it')).toBe('Record r');
    expect(recordTitle(record('r', null, 'draft'), null, 'en')).toBe('Record r');
  });
});
