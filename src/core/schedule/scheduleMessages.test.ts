import { createLocaleNamer } from '../shared/localeNames';
import { describePlan, describeReplaceResult, goesOffline, takeOfflineAt, timeLabel } from './scheduleMessages';

const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const words = {
  uiLocale: 'en-GB',
  name: createLocaleNamer('en'),
  timeZone: 'Europe/Rome',
  browserTimeZone: 'Europe/Rome',
  now: Date.parse(NINE_IN_ROME) - 2 * 3_600_000,
};
const VALIDATION = { kind: 'api' as const, status: 422, errors: [{ code: 'VALIDATION_INVALID', details: {} }] };
/** What describeFailure says of VALIDATION when scheduling. */
const REFUSED =
  'No unpublishing was scheduled. A locale you picked is no longer published, or the record changed meanwhile (someone else may have unpublished it). The panel now shows the current state: check it and pick again.';

describe('the pending plan and the form, in words', () => {
  it('names what the form takes offline', () => {
    expect(takeOfflineAt('Italian and Spanish')).toBe('Take Italian and Spanish offline at:');
  });

  it('starts the pending plan with its scope, capitalised once, and how soon', () => {
    expect(goesOffline('the whole record', 'in 3 days')).toBe('The whole record goes offline in 3 days:');
    expect(goesOffline('italian and Spanish', 'tomorrow')).toBe('Italian and Spanish goes offline tomorrow:');
  });

  it('says the time is not known when DatoCMS did not say it', () => {
    expect(goesOffline('the whole record', null)).toBe('The whole record goes offline at a time DatoCMS did not say.');
  });

  it('names the zone the time field is read in', () => {
    expect(timeLabel('Europe/Rome')).toBe("Time (Europe/Rome, the project's time zone)");
  });
});

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

  it('says what failed, then that the previous plan was kept', () => {
    expect(describeReplaceResult({ kind: 'restored', failure: VALIDATION }, next, words).message).toBe(
      `${REFUSED} Your previous plan was kept.`,
    );
  });

  it('says nothing is scheduled when the previous plan could not be put back', () => {
    const lost = `The new plan could not be saved (${REFUSED}) and the previous plan could not be put back: nothing is scheduled now. Plan again if it is still needed.`;
    expect(describeReplaceResult({ kind: 'lost', failure: VALIDATION }, next, words)).toEqual({
      tone: 'error',
      message: lost,
    });
    expect(describeReplaceResult({ kind: 'lost', failure: VALIDATION }, null, words).message).toBe(lost);
  });

  it('says the new plan was probably saved when its outcome is unknown', () => {
    expect(describeReplaceResult({ kind: 'unknown', failure: VALIDATION }, next, words)).toEqual({
      tone: 'error',
      message: `${REFUSED} The previous plan could not be put back, so the new one was probably saved: check the plan shown above.`,
    });
  });

  it('says why a previous plan whose locales were not known could not be put back', () => {
    const result = describeReplaceResult(
      { kind: 'lost', failure: VALIDATION },
      { at: null, locales: 'not-known' },
      words,
    );
    expect(result.tone).toBe('error');
    expect(result.message).toBe(
      `The new plan could not be saved (${REFUSED}) and the previous plan could not be put back, because DatoCMS did not say which locales it named: nothing is scheduled now. Plan again if it is still needed.`,
    );
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
