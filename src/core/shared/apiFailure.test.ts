import { describeFailure } from './apiFailure';

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
