// How an API failure reads for the editor: describeFailure's wording by status and code (and its exact
// messages), and mayHaveHappened (whether a failed write may still have been carried out).
import { describeFailure, mayHaveHappened } from './apiFailure';
import { api, entry } from './testFixtures';

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

describe('describeFailure: exact messages', () => {
  it('says the record is gone for a bare 404', () => {
    expect(describeFailure(api(404), 'unpublish')).toEqual({
      message: 'Nothing was unpublished. This record no longer exists: it may have been deleted meanwhile.',
      outcomeUnknown: false,
    });
    expect(describeFailure(api(404), 'cancel-schedule').message).toBe(
      'The scheduled unpublishing was not cancelled. There is no scheduled unpublishing any more: it may have run or been cancelled meanwhile (or the record was deleted).',
    );
  });

  it('says the rate limit was reached for a bare 429', () => {
    expect(describeFailure(api(429), 'unpublish')).toEqual({
      message: 'Nothing was unpublished. The DatoCMS API rate limit was reached. Wait a minute and try again.',
      outcomeUnknown: false,
    });
  });

  it('speaks of the missing plan only for a 404, when cancelling', () => {
    expect(describeFailure(entry(422, 'ITEM_LOCKED', {}), 'cancel-schedule').message).toBe(
      'The scheduled unpublishing was not cancelled. The record is locked by another operation right now. Try again in a moment.',
    );
  });

  it('speaks of the unsaved form only for a lock', () => {
    expect(describeFailure(api(404, 'NOT_FOUND'), 'unpublish', { formDirty: true }).message).toBe(
      'Nothing was unpublished. This record no longer exists: it may have been deleted meanwhile.',
    );
  });

  it('gives a failed read no "nothing changed" prefix', () => {
    expect(describeFailure(api(400), 'read')).toEqual({
      message: 'DatoCMS refused the request (HTTP 400).',
      outcomeUnknown: false,
    });
    expect(describeFailure(api(403), 'read')).toEqual({
      message:
        'Your role does not allow this: unpublishing needs the “publish” permission on this model and these locales. Ask a project administrator.',
      outcomeUnknown: false,
    });
  });

  it('says a write may have happened from HTTP 500 on, not below', () => {
    expect(describeFailure(api(500), 'unpublish')).toEqual({
      message:
        'DatoCMS had an internal error (HTTP 500), so it is not certain whether the change was made. The panel shows the state read afterwards; try again if it is still needed.',
      outcomeUnknown: true,
    });
    expect(describeFailure(api(499), 'schedule')).toEqual({
      message: 'No unpublishing was scheduled. DatoCMS refused the request (HTTP 499).',
      outcomeUnknown: false,
    });
  });

  it('says the connection was lost, for a write and for a read', () => {
    expect(describeFailure({ kind: 'network' }, 'unpublish')).toEqual({
      message:
        'The connection to DatoCMS was lost, so it is not known whether the change was made. The panel shows the state read afterwards: check it before trying again.',
      outcomeUnknown: true,
    });
    expect(describeFailure({ kind: 'network' }, 'read')).toEqual({
      message: 'The connection to DatoCMS was lost, so the publication state could not be read. Try again.',
      outcomeUnknown: false,
    });
  });
});

describe('mayHaveHappened', () => {
  it.each([
    [{ kind: 'timeout' as const }, true],
    [{ kind: 'network' as const }, true],
    [api(500), true],
    [api(503, 'SOMETHING_NEW'), true],
    [api(499), false],
    [api(422, 'ITEM_LOCKED'), false],
    [api(404), false],
    [{ kind: 'rate-limited' as const }, false],
  ])('%j: %s', (failure, expected) => {
    expect(mayHaveHappened(failure)).toBe(expected);
  });
});
