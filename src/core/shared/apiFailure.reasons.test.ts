// failureReason: the reason behind an API failure, for every code the panel explains (in both nestings),
// for validation errors on the fields the plugin sends, ITEM_LOCKED, and a field named in the details.
import { type ApiFailure, describeFailure, type FailureReason, failureReason } from './apiFailure';
import { entry } from './testFixtures';

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

  it('reads a nested code only when it is text: a list holding a known code explains nothing', () => {
    const failure = entry(422, 'SOMETHING_NEW', { code: ['ITEM_LOCKED'] });
    expect(failureReason(failure)).toBeNull();
    expect(describeFailure(failure, 'unpublish').message).toBe(
      'Nothing was unpublished. DatoCMS refused the request (error SOMETHING_NEW).',
    );
  });
});
