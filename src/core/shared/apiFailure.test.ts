import { describeFailure, mayHaveHappened } from './apiFailure';

const api = (status: number, ...codes: string[]) => ({ kind: 'api' as const, status, codes });

describe('describeFailure', () => {
  it.each([
    [api(422, 'VALIDATION_INVALID'), 'Nothing was unpublished. A locale you picked is no longer published'],
    [api(422, 'PUBLISHED_CHILDREN'), 'Nothing was unpublished. This record has published child records'],
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

describe('describeFailure: each rule on its own', () => {
  it('reads a bare 404 as the record gone', () => {
    expect(describeFailure(api(404), 'unpublish').message).toBe(
      'Nothing was unpublished. This record no longer exists: it may have been deleted meanwhile.',
    );
  });

  it('says nothing of a change when a read fails with a known code', () => {
    expect(describeFailure(api(404, 'NOT_FOUND'), 'read')).toEqual({
      message: 'This record no longer exists: it may have been deleted meanwhile.',
      outcomeUnknown: false,
    });
  });

  it('speaks of the plan only for a 404: other refusals of a cancel keep their own words', () => {
    expect(describeFailure(api(403, 'INSUFFICIENT_PERMISSIONS'), 'cancel-schedule').message).toBe(
      'The scheduled unpublishing was not cancelled. Your role does not allow this: unpublishing needs the “publish” permission on this model and these locales. Ask a project administrator.',
    );
  });

  it('reads a refused read (4xx without a known code) as a refusal, not as an internal error', () => {
    expect(describeFailure(api(400), 'read')).toEqual({
      message: 'DatoCMS refused the request (HTTP 400).',
      outcomeUnknown: false,
    });
  });

  it('tells a lost connection from a timeout', () => {
    expect(describeFailure({ kind: 'network' }, 'unpublish')).toEqual({
      message:
        'The connection to DatoCMS was lost, so it is not known whether the change was made. The panel shows the state read afterwards: check it before trying again.',
      outcomeUnknown: true,
    });
    expect(describeFailure({ kind: 'network' }, 'read').message).toBe(
      'The connection to DatoCMS was lost, so the publication state could not be read. Try again.',
    );
    expect(describeFailure({ kind: 'timeout' }, 'schedule').message).toMatch(/^DatoCMS did not answer in time, /);
  });

  it('words a given up rate limit for each action', () => {
    expect(describeFailure({ kind: 'rate-limited' }, 'schedule').message).toBe(
      'No unpublishing was scheduled. The DatoCMS API rate limit was reached. Wait a minute and try again.',
    );
  });
});

describe('mayHaveHappened', () => {
  it.each([
    [{ kind: 'timeout' as const }, true],
    [{ kind: 'network' as const }, true],
    [api(500), true],
    [api(503, 'ITEM_LOCKED'), true],
    [api(499), false],
    [api(422, 'VALIDATION_INVALID'), false],
    [api(429), false],
    [{ kind: 'rate-limited' as const }, false],
  ])('%j: %s', (failure, expected) => {
    expect(mayHaveHappened(failure)).toBe(expected);
  });
});
