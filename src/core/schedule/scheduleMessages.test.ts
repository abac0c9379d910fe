import { createLocaleNamer } from '../shared/localeNames';
import { describePlan, describeReplaceResult } from './scheduleMessages';

const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const words = {
  uiLocale: 'en-GB',
  name: createLocaleNamer('en'),
  timeZone: 'Europe/Rome',
  browserTimeZone: 'Europe/Rome',
  now: Date.parse(NINE_IN_ROME) - 2 * 3_600_000,
};
const VALIDATION = { kind: 'api' as const, status: 422, errors: [{ code: 'VALIDATION_INVALID', details: {} }] };

describe('describePlan', () => {
  it('says when, and that its locales are not known, for a plan DatoCMS named without its details', () => {
    expect(describePlan({ at: NINE_IN_ROME, locales: 'not-known' }, words)).toMatch(
      /^The record \(which locales, DatoCMS did not say\) will go offline in 2 hours, on Monday,? 1 March 2027(,| at) 09:00 \(Europe\/Rome\)\.$/,
    );
  });

  it('says the time is not known when neither the answer nor the record tells it', () => {
    expect(describePlan({ at: null, locales: 'not-known' }, words)).toBe(
      'The record (which locales, DatoCMS did not say) will go offline at a time DatoCMS did not say.',
    );
  });
});

describe('describeReplaceResult', () => {
  const next = { at: NINE_IN_ROME, locales: null };

  it('says a save happened without repeating the plan the panel shows', () => {
    expect(describeReplaceResult({ kind: 'saved' }, null, words)).toEqual({
      tone: 'success',
      message: 'The unpublishing is scheduled.',
    });
    expect(describeReplaceResult({ kind: 'saved' }, next, words).message).toBe(
      'The scheduled unpublishing was replaced.',
    );
  });

  it('says the previous plan was kept, once, without writing it out again', () => {
    const restored = describeReplaceResult({ kind: 'restored', failure: VALIDATION }, next, words);
    expect(restored.tone).toBe('error');
    expect(restored.message.endsWith(' Your previous plan was kept.')).toBe(true);
    expect(restored.message).not.toMatch(/will go offline/);
  });

  it('says why a previous plan whose locales were not known could not be put back', () => {
    const result = describeReplaceResult(
      { kind: 'lost', failure: VALIDATION },
      { at: null, locales: 'not-known' },
      words,
    );
    expect(result.tone).toBe('error');
    expect(result.message).toContain('because DatoCMS did not say which locales it named: nothing is scheduled now.');
  });

  it('asks to save or discard the form’s changes when the record is locked and the form is dirty', () => {
    const locked = { kind: 'api' as const, status: 422, errors: [{ code: 'ITEM_LOCKED', details: {} }] };
    expect(describeReplaceResult({ kind: 'failed', failure: locked }, null, { ...words, formDirty: true })).toEqual({
      tone: 'error',
      message:
        'No unpublishing was scheduled. The record is locked while this form has unsaved changes. Save or discard your changes first, then try again.',
    });
  });
});
