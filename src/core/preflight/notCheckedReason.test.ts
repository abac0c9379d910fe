import type { ApiFailure } from '../shared/apiFailure';
import { notCheckedNote, notCheckedReason } from './preflightMessages';

describe('why the records that link here could not be checked', () => {
  it.each<[string, ApiFailure, string]>([
    ['no answer in time', { kind: 'timeout' }, 'DatoCMS did not answer in time'],
    ['a lost connection', { kind: 'network' }, 'the connection to DatoCMS was lost'],
    ['the rate limit', { kind: 'rate-limited' }, 'the DatoCMS API rate limit was reached'],
    [
      'a 403, whatever its code',
      { kind: 'api', status: 403, errors: [{ code: 'INSUFFICIENT_PERMISSIONS', details: {} }] },
      'your role may not read them',
    ],
    [
      'an error with a code, by its first code',
      {
        kind: 'api',
        status: 422,
        errors: [
          { code: 'INVALID_FIELD', details: {} },
          { code: 'OTHER', details: {} },
        ],
      },
      'DatoCMS answered with error INVALID_FIELD',
    ],
    [
      'an error without a document, by its status',
      { kind: 'api', status: 500, errors: [] },
      'DatoCMS answered HTTP 500',
    ],
  ])('says %s', (_label, failure, reason) => {
    expect(notCheckedReason(failure)).toBe(reason);
  });

  it('puts the reason in the note, with what may happen anyway', () => {
    expect(notCheckedNote(notCheckedReason({ kind: 'timeout' }))).toBe(
      ' The records that link here could not be checked (DatoCMS did not answer in time): DatoCMS may refuse this unpublish, or take records that link here offline too.',
    );
  });
});
