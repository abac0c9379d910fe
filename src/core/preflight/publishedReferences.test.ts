import { describeFailure } from '../shared/apiFailure';
import { linkedFromNote, publishedReferenceIds } from './publishedReferences';

describe('PUBLISHED_REFERENCES: the records that link here', () => {
  const refused = (details: Record<string, unknown>) => ({
    kind: 'api' as const,
    status: 422,
    errors: [{ code: 'PUBLISHED_REFERENCES', details }],
  });

  // The errors page lists the code without an example: each assumed shape is read.
  it.each([
    [
      'a list of { id, type } under references',
      {
        references: [
          { id: 'a', type: 'item' },
          { id: 'b', type: 'item' },
        ],
      },
    ],
    [
      'JSON:API data under references',
      {
        references: {
          data: [
            { id: 'a', type: 'item' },
            { id: 'b', type: 'item' },
          ],
        },
      },
    ],
    ['ids under items', { items: ['a', 'b'] }],
    ['ids under item_ids', { item_ids: ['a', 'b', 'a'] }],
    ['records', { records: [{ id: 'a' }, 'b'] }],
    ['ids among holes and numbers', { items: [null, 'a', 3, null, 'b'] }],
    [
      '{ item_id, field, referenced_item_id } under references (the target is not named)',
      {
        references: [
          { item_id: 'a', field: 'category', referenced_item_id: 'target', strategy: 'fail' },
          { item_id: 'b', field: 'main', referenced_item_id: 'target', strategy: 'delete_references' },
        ],
      },
    ],
  ])('reads the ids from %s', (_label, details) => {
    expect(publishedReferenceIds(refused(details))).toEqual(['a', 'b']);
  });

  it.each([[{}], [{ references: null }], [{ items: 'text' }], [{ references: 'a' }], [{ references: [1, { id: 2 }] }]])(
    'names no record from %j',
    (details) => {
      expect(publishedReferenceIds(refused(details))).toEqual([]);
      expect(describeFailure(refused(details), 'unpublish').message).toBe(
        'Nothing was unpublished. Published records link to this record through a field that does not let it go offline while they link to it: remove the link from them, or unpublish them first.',
      );
    },
  );

  it('reads only the details of the PUBLISHED_REFERENCES error', () => {
    const failure = {
      kind: 'api' as const,
      status: 422,
      errors: [
        { code: 'VALIDATION_INVALID', details: { items: ['x'] } },
        { code: 'PUBLISHED_REFERENCES', details: { items: ['a'] } },
      ],
    };
    expect(publishedReferenceIds(failure)).toEqual(['a']);
    expect(publishedReferenceIds({ kind: 'timeout' })).toEqual([]);
  });

  it('names the records, by title when the caller knows it, the first 20 and the count of the rest', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `r${i}`);
    const titles = new Map([['r0', '“Home” (Page)']]);
    const note = linkedFromNote(refused({ items: ids }), (id) => titles.get(id) ?? `record ${id}`);
    expect(note).toMatch(/^ Linked from: “Home” \(Page\), record r1, record r2, .*, record r19 and 3 more\.$/);
    expect(note).not.toContain('r20');
    expect(linkedFromNote(refused({ items: ['a'] }), (id) => id)).toBe(' Linked from: a.');
    expect(linkedFromNote(refused({}), (id) => id)).toBe('');
  });
});
