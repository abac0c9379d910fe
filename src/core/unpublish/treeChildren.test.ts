import { loadTreeChildren } from './loadTreeChildren';
import { childrenStayingPublished, countRecords, liveTree, type RawRecord, recordTitle } from './treeChildren';

const record = (id: string, parent: string | null, status: string, title: unknown = { en: id }) => ({
  id,
  attributes: { parent_id: parent, title },
  meta: { status },
});

describe('liveTree', () => {
  const tree = [
    record('root', null, 'published'),
    record('a', 'root', 'published', { en: 'Getting started', it: 'Iniziare' }),
    record('b', 'root', 'draft'),
    record('a1', 'a', 'updated'),
    record('b1', 'b', 'published'),
    record('other', null, 'published'),
  ];

  it('nests live grandchildren under their live parent; a draft in between is skipped', () => {
    expect(liveTree('root', tree, 'title', 'it')).toEqual([
      { id: 'a', title: 'Iniziare', children: [{ id: 'a1', title: 'a1', children: [] }] },
      { id: 'b1', title: 'b1', children: [] },
    ]);
    expect(countRecords(liveTree('root', tree, 'title', 'it'))).toBe(3);
  });

  it('finds nothing under a leaf and survives a cycle', () => {
    expect(liveTree('a1', tree, 'title', 'en')).toEqual([]);
    const cycle = [record('x', 'y', 'published'), record('y', 'x', 'published')];
    expect(liveTree('x', cycle, 'title', 'en')).toEqual([{ id: 'y', title: 'y', children: [] }]);
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

describe('childrenStayingPublished', () => {
  const record = (id: string, parent: string | null, status: string, plannedAt?: string): RawRecord => ({
    id,
    attributes: { parent_id: parent, title: { en: `Title ${id}` } },
    meta: { status, unpublishing_scheduled_at: plannedAt ?? null },
  });

  it('keeps live descendants without a plan of their own at or before the parent’s', () => {
    const records = [
      record('root', null, 'published'),
      record('a', 'root', 'published'),
      record('b', 'root', 'published', '2027-03-01T07:00:00Z'),
      record('c', 'root', 'published', '2027-03-01T08:00:00Z'),
      record('d', 'root', 'updated', '2027-03-02T08:00:00Z'),
      record('e', 'root', 'draft'),
      record('f', 'a', 'published'),
      record('other', null, 'published'),
    ];
    expect(childrenStayingPublished('root', records, Date.parse('2027-03-01T08:00:00Z'), 'title', 'en')).toEqual([
      { id: 'a', title: 'Title a' },
      { id: 'd', title: 'Title d' },
      { id: 'f', title: 'Title f' },
    ]);
    expect(childrenStayingPublished('other', records, Date.parse('2027-03-01T08:00:00Z'), 'title', 'en')).toEqual([]);
  });
});

describe('loadTreeChildren', () => {
  it('loads the tree walk on demand', async () => {
    const treeChildren = await loadTreeChildren();
    expect(treeChildren.liveTree('root', [], null, 'en')).toEqual([]);
    expect(treeChildren.childrenStayingPublished).toBe(childrenStayingPublished);
  });
});
