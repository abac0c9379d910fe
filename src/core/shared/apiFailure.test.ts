import { type ApiFailure, describeFailure, type FailureReason, failureReason, mayHaveHappened } from './apiFailure';

const api = (status: number, ...codes: string[]) => ({
  kind: 'api' as const,
  status,
  errors: codes.map((code) => ({ code, details: {} })),
});

/** One error entry, as the client parses it from the body. */
const entry = (status: number, code: string, details: Record<string, unknown>): ApiFailure => ({
  kind: 'api',
  status,
  errors: [{ code, details }],
});

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

/**
 * Every code the panel explains, in the two shapes DatoCMS may send it: the errors page's
 * (`INVALID_FIELD` at the top, the code in `details.code`) and the other nesting an official
 * plugin's fixture shows (the code at the top, `INVALID_FIELD` in `details`).
 */
const CATALOGUE: Array<[string, number, FailureReason, string]> = [
  ['VALIDATION_INVALID', 422, 'locale-not-live', 'A locale you picked is no longer published'],
  ['PUBLISHED_CHILDREN', 422, 'published-children', 'This record has published child records'],
  ['INSUFFICIENT_PERMISSIONS', 403, 'permission', 'Your role does not allow this'],
  ['INVALID_AUTHORIZATION_HEADER', 401, 'token', 'did not accept the plugin’s access token'],
  ['NOT_FOUND', 404, 'not-found', 'This record no longer exists'],
  ['ITEM_LOCKED', 422, 'locked', 'The record is locked'],
  ['RATE_LIMIT_EXCEEDED', 429, 'rate-limit', 'rate limit was reached'],
  ['INVALID_DATE', 422, 'date', 'DatoCMS did not accept the date'],
  ['ENVIRONMENT_IN_READ_ONLY_MODE', 422, 'read-only-environment', 'read-only mode'],
];

describe('failureReason: both nestings of every code the panel explains', () => {
  it.each(CATALOGUE)('%s at the top level', (code, status, reason, text) => {
    // A status that implies nothing, so that only the code can give the reason.
    const failure = entry(status === 422 ? 422 : 400, code, {});
    expect(failureReason(failure)).toBe(reason);
    expect(describeFailure(failure, 'unpublish').message).toContain(text);
  });

  it.each(CATALOGUE)('%s nested in the details of INVALID_FIELD', (code, _status, reason, text) => {
    const failure = entry(422, 'INVALID_FIELD', { code });
    expect(failureReason(failure)).toBe(reason);
    expect(describeFailure(failure, 'unpublish').message).toContain(text);
  });
});

describe('failureReason: validation errors on the fields the plugin sends', () => {
  it('reads the documented envelope on content_in_locales as a locale no longer live', () => {
    const documented = entry(422, 'INVALID_FIELD', { field: 'content_in_locales', code: 'VALIDATION_INVALID' });
    expect(failureReason(documented)).toBe('locale-not-live');
    expect(describeFailure(documented, 'unpublish').message).toBe(
      'Nothing was unpublished. A locale you picked is no longer published, or the record changed meanwhile (someone else may have unpublished it). The panel now shows the current state: check it and pick again.',
    );
  });

  it('reads the other nesting on content_in_locales the same way', () => {
    const other = entry(422, 'VALIDATION_INVALID', { field: 'content_in_locales', code: 'INVALID_FIELD' });
    expect(failureReason(other)).toBe('locale-not-live');
  });

  it('reads INVALID_FIELD on content_in_locales with any validation code as a locale no longer live', () => {
    expect(failureReason(entry(422, 'INVALID_FIELD', { field: 'content_in_locales', code: 'VALIDATION_FORMAT' }))).toBe(
      'locale-not-live',
    );
  });

  it('reads a validation error on the plan time as a refused date, in either nesting', () => {
    const documented = entry(422, 'INVALID_FIELD', { field: 'unpublishing_scheduled_at', code: 'VALIDATION_INVALID' });
    const other = entry(422, 'VALIDATION_INVALID', { field: 'unpublishing_scheduled_at' });
    expect(failureReason(documented)).toBe('date');
    expect(failureReason(other)).toBe('date');
    expect(describeFailure(documented, 'schedule').message).toBe(
      'No unpublishing was scheduled. DatoCMS did not accept the date. Pick another date and time.',
    );
  });

  it('does not call a validation error on another field a locale no longer live', () => {
    const failure = entry(422, 'INVALID_FIELD', { field: 'title', code: 'VALIDATION_REQUIRED' });
    expect(failureReason(failure)).toBeNull();
    expect(describeFailure(failure, 'unpublish').message).toBe(
      'Nothing was unpublished. DatoCMS refused the request (error INVALID_FIELD).',
    );
    expect(failureReason(entry(422, 'VALIDATION_INVALID', { field: 'title' }))).toBeNull();
  });

  it('finds the code it knows in a later entry of the error document', () => {
    const failure: ApiFailure = {
      kind: 'api',
      status: 422,
      errors: [
        { code: 'SOMETHING_NEW', details: {} },
        { code: 'INVALID_FIELD', details: { field: 'content_in_locales', code: 'VALIDATION_INVALID' } },
      ],
    };
    expect(failureReason(failure)).toBe('locale-not-live');
  });
});

describe('ITEM_LOCKED and the editor’s own form', () => {
  it.each([
    ['at the top level', entry(422, 'ITEM_LOCKED', {})],
    ['nested in INVALID_FIELD', entry(422, 'INVALID_FIELD', { code: 'ITEM_LOCKED' })],
  ])('with unsaved changes in the form (%s): save or discard them first', (_, failure) => {
    const message = describeFailure(failure, 'unpublish', { formDirty: true }).message;
    expect(message).toBe(
      'Nothing was unpublished. The record is locked while this form has unsaved changes. Save or discard your changes first, then try again.',
    );
    expect(message).not.toContain('another operation');
  });

  it('without unsaved changes: another operation holds the lock', () => {
    expect(describeFailure(entry(422, 'ITEM_LOCKED', {}), 'schedule', { formDirty: false }).message).toBe(
      'No unpublishing was scheduled. The record is locked by another operation right now. Try again in a moment.',
    );
  });
});

describe('failureReason: a field in the details', () => {
  it('does not explain INVALID_FIELD on a field the plugin does not send, whatever validation code it nests', () => {
    // The documented envelope: a known validation code on another field is not a locale no longer live.
    const failure = entry(422, 'INVALID_FIELD', { field: 'title', code: 'VALIDATION_INVALID' });
    expect(failureReason(failure)).toBeNull();
    expect(describeFailure(failure, 'unpublish').message).toBe(
      'Nothing was unpublished. DatoCMS refused the request (error INVALID_FIELD).',
    );
  });

  it('still explains a code that is not a validation error when the details name a field', () => {
    expect(failureReason(entry(422, 'ITEM_LOCKED', { field: 'title' }))).toBe('locked');
    expect(failureReason(entry(422, 'SOMETHING_NEW', { field: 'title', code: 'ITEM_LOCKED' }))).toBe('locked');
  });

  it('has no reason for a timeout or a lost connection', () => {
    expect(failureReason({ kind: 'timeout' })).toBeNull();
    expect(failureReason({ kind: 'network' })).toBeNull();
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
