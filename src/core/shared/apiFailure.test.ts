import { describeFailure, publishedReferenceIds } from './apiFailure';

const api = (status: number, ...codes: string[]) => ({ kind: 'api' as const, status, codes });

describe('describeFailure', () => {
  it.each([
    [api(422, 'VALIDATION_INVALID'), 'Nothing was unpublished. A locale you picked is no longer published'],
    [api(422, 'PUBLISHED_CHILDREN'), 'Nothing was unpublished. This record has published child records'],
    [api(422, 'PUBLISHED_REFERENCES'), 'Nothing was unpublished. Published records link to this record'],
    [api(403, 'INSUFFICIENT_PERMISSIONS'), 'Nothing was unpublished. Your role does not allow this'],
    [api(403), 'Your role does not allow this'],
    [api(401, 'INVALID_AUTHORIZATION_HEADER'), 'did not accept the plugin’s access token'],
    [api(401), 'did not accept the plugin’s access token'],
    [api(404, 'NOT_FOUND'), 'This record no longer exists'],
    [api(422, 'ITEM_LOCKED'), 'The record is locked'],
    [api(429, 'RATE_LIMIT_EXCEEDED'), 'rate limit was reached'],
    [{ kind: 'rate-limited' as const }, 'rate limit was reached'],
    [api(422, 'SOMETHING_NEW'), 'DatoCMS refused the request (error SOMETHING_NEW).'],
    [api(400), 'DatoCMS refused the request (HTTP 400).'],
  ])('explains %j without doubt about the outcome', (failure, text) => {
    const described = describeFailure(failure, 'unpublish');
    expect(described.message).toContain(text);
    expect(described.outcomeUnknown).toBe(false);
  });

  it('prefers a code it knows over an unknown first one', () => {
    expect(describeFailure(api(422, 'SOMETHING_NEW', 'VALIDATION_INVALID'), 'unpublish').message).toContain(
      'no longer published',
    );
  });

  it.each([[{ kind: 'timeout' as const }], [{ kind: 'network' as const }], [api(503)]])(
    'says the outcome of a write is unknown after %j',
    (failure) => {
      const described = describeFailure(failure, 'unpublish');
      expect(described.outcomeUnknown).toBe(true);
      expect(described.message).toMatch(/not (known|certain) whether the change was made/);
    },
  );

  it('does not speak of an unknown outcome for a failed read', () => {
    expect(describeFailure({ kind: 'timeout' }, 'read')).toEqual({
      message: 'DatoCMS did not answer in time, so the publication state could not be read. Try again.',
      outcomeUnknown: false,
    });
  });

  it('says the plan is gone, not the record, when cancelling meets a 404', () => {
    expect(describeFailure(api(404, 'NOT_FOUND'), 'cancel-schedule').message).toBe(
      'The scheduled unpublishing was not cancelled. There is no scheduled unpublishing any more: it may have run or been cancelled meanwhile (or the record was deleted).',
    );
  });

  it('speaks only of the read when reading the state meets a server error', () => {
    expect(describeFailure(api(500), 'read')).toEqual({
      message: 'DatoCMS had an internal error (HTTP 500), so the publication state could not be read. Try again.',
      outcomeUnknown: false,
    });
  });
});

describe('PUBLISHED_REFERENCES: the records that link here', () => {
  const refused = (details: unknown) => ({
    kind: 'api' as const,
    status: 422,
    codes: ['PUBLISHED_REFERENCES'],
    details: [details],
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
  ])('reads the ids from %s', (_label, details) => {
    expect(publishedReferenceIds(refused(details))).toEqual(['a', 'b']);
  });

  it.each([[{}], [null], ['text'], [{ references: 'a' }], [{ references: [1, { id: 2 }] }]])(
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
      codes: ['VALIDATION_INVALID', 'PUBLISHED_REFERENCES'],
      details: [{ items: ['x'] }, { items: ['a'] }],
    };
    expect(publishedReferenceIds(failure)).toEqual(['a']);
    expect(publishedReferenceIds({ kind: 'timeout' })).toEqual([]);
  });

  it('names the records, by title when the caller knows it, the first 20 and the count of the rest', () => {
    const ids = Array.from({ length: 23 }, (_, i) => `r${i}`);
    const titles = new Map([['r0', '“Home” (Page)']]);
    const message = describeFailure(
      refused({ items: ids }),
      'unpublish',
      (id) => titles.get(id) ?? `record ${id}`,
    ).message;
    expect(message).toMatch(/^Nothing was unpublished\. Published records link to this record/);
    expect(message).toMatch(/ Linked from: “Home” \(Page\), record r1, record r2, .*, record r19 and 3 more\.$/);
    expect(message).not.toContain('r20');
    expect(describeFailure(refused({ items: ['a'] }), 'unpublish').message).toMatch(/Linked from: record a\.$/);
    expect(describeFailure(refused({ items: ['a'] }), 'unpublish').outcomeUnknown).toBe(false);
  });
});
