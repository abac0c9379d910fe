import { type ApiFailure, describeFailure } from '../shared/apiFailure';
import { createLocaleNamer } from '../shared/localeNames';
import type { ScheduledUnpublishing } from '../unpublish/publicationState';
import type { ReplaceResult } from './replaceResult';
import { describeInstant } from './scheduleDisplay';
import { describePlan, describeReplaceResult } from './scheduleMessages';

const HOUR = 3600_000;
/** 09:00 in Rome, Monday 1 March 2027. */
const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const words = {
  uiLocale: 'en-GB',
  name: createLocaleNamer('en-GB'),
  timeZone: 'Europe/Rome',
  browserTimeZone: 'Europe/Rome',
  now: Date.parse(NINE_IN_ROME) - 3 * HOUR,
};

/** What describeInstant writes for `at` with these words (its own tests pin the wording). */
const when = (at: string, w = words) =>
  describeInstant(at, {
    projectTimeZone: w.timeZone,
    browserTimeZone: w.browserTimeZone,
    uiLocale: w.uiLocale,
    now: w.now,
  });

const italian: ScheduledUnpublishing = { at: NINE_IN_ROME, locales: ['it'] };
const wholeRecord: ScheduledUnpublishing = { at: NINE_IN_ROME, locales: null };
const earlier: ScheduledUnpublishing = { at: '2027-03-01T07:00:00Z', locales: ['it', 'es'] };

const serverError: ApiFailure = { kind: 'api', status: 500, codes: [] };
const refused: ApiFailure = { kind: 'api', status: 422, codes: ['INVALID_DATE'] };

describe('describePlan', () => {
  it('says what goes offline, how far away and when in the project zone, as one sentence', () => {
    expect(describePlan(italian, words)).toBe(`Italian will go offline in 3 hours, on ${when(NINE_IN_ROME).project}.`);
    expect(when(NINE_IN_ROME).project).toMatch(/^Monday,? 1 March 2027(,| at) 09:00 \(Europe\/Rome\)$/);
  });

  it('starts with a capital letter for the whole record and for several locales', () => {
    expect(describePlan(wholeRecord, words)).toBe(
      `The whole record will go offline in 3 hours, on ${when(NINE_IN_ROME).project}.`,
    );
    expect(describePlan(earlier, words)).toMatch(/^Italian and Spanish will go offline in 2 hours, on /);
  });

  it('names locales in the UI language and writes the date in it', () => {
    const italianWords = { ...words, uiLocale: 'it', name: createLocaleNamer('it') };
    const sentence = describePlan({ at: NINE_IN_ROME, locales: ['en'] }, italianWords);
    expect(sentence).toBe(`Inglese will go offline tra 3 ore, on ${when(NINE_IN_ROME, italianWords).project}.`);
    expect(sentence).toContain('lunedì 1 marzo 2027');
  });

  it('uses the project zone, not the browser one', () => {
    const newYork = { ...words, timeZone: 'America/New_York' };
    expect(describePlan(italian, newYork)).toContain('(America/New_York)');
    expect(describePlan(italian, newYork)).toContain('03:00');
  });
});

describe('describeReplaceResult', () => {
  const describeResult = (result: ReplaceResult, previous: ScheduledUnpublishing | null = earlier) =>
    describeReplaceResult(result, italian, previous, words);

  it('saved: a success naming the new plan', () => {
    expect(describeResult({ kind: 'saved' })).toEqual({
      tone: 'success',
      message: `Scheduled. ${describePlan(italian, words)}`,
    });
  });

  it('failed: the failure as scheduling words, nothing else', () => {
    expect(describeResult({ kind: 'failed', failure: refused })).toEqual({
      tone: 'error',
      message: describeFailure(refused, 'schedule').message,
    });
    expect(describeResult({ kind: 'failed', failure: refused }).message).toBe(
      'No unpublishing was scheduled. DatoCMS did not accept the date. Pick another date and time.',
    );
  });

  it('restored: the failure, then that the previous plan was kept, described', () => {
    expect(describeResult({ kind: 'restored', failure: refused })).toEqual({
      tone: 'error',
      message: `${describeFailure(refused, 'schedule').message} Your previous plan was kept: ${describePlan(earlier, words)}`,
    });
  });

  it('restored without a previous plan to describe: the sentence ends cleanly', () => {
    expect(describeResult({ kind: 'restored', failure: refused }, null)).toEqual({
      tone: 'error',
      message: `${describeFailure(refused, 'schedule').message} Your previous plan was kept:`,
    });
  });

  it('lost: neither plan stands, and the editor is told to plan again', () => {
    expect(describeResult({ kind: 'lost', failure: refused })).toEqual({
      tone: 'error',
      message: `The new plan could not be saved (${describeFailure(refused, 'schedule').message}) and the previous plan could not be put back: nothing is scheduled now. Plan again if it is still needed.`,
    });
  });

  it('unknown: the new plan was probably saved; check the plan shown', () => {
    expect(describeResult({ kind: 'unknown', failure: serverError })).toEqual({
      tone: 'error',
      message: `${describeFailure(serverError, 'schedule').message} The previous plan could not be put back, so the new one was probably saved: check the plan shown above.`,
    });
    expect(describeResult({ kind: 'unknown', failure: serverError }).message).toMatch(
      /^DatoCMS had an internal error \(HTTP 500\), so it is not certain whether the change was made\./,
    );
  });

  it('speaks of the schedule, never of an unpublish', () => {
    for (const kind of ['failed', 'restored', 'lost', 'unknown'] as const) {
      const { message } = describeResult({ kind, failure: refused });
      expect(message).not.toContain('Nothing was unpublished');
    }
  });
});
