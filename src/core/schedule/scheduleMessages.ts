/** What the editor reads after planning, changing or cancelling a scheduled unpublishing. */
import { describeFailure } from '../shared/apiFailure';
import type { LocaleNamer } from '../shared/localeNames';
import { isPlanKnown, type PendingPlan } from '../unpublish/publicationState';
import type { ReplaceResult } from './replaceResult';
import { describeInstant, describeScheduleScope, UNKNOWN_TIME } from './scheduleDisplay';

export const SCHEDULE_TEXT = {
  cardTitle: 'Scheduled unpublishing',
  change: 'Change',
  cancelSchedule: 'Cancel the schedule',
  cancelTitle: 'Cancel the scheduled unpublishing?',
  cancelAfter: 'After cancelling, it stays live until someone unpublishes it.',
  keep: 'Keep it',
  cancelled: 'The scheduled unpublishing was cancelled.',
  formName: 'Schedule unpublishing',
  date: 'Date',
  submit: 'Schedule unpublishing',
  submitChange: 'Replace the plan',
  back: 'Back',
  inBrowserZone: "in your browser's time zone",
  pickOne: 'Pick one…',
  // DatoCMS keeps one plan per record: saving the form replaces the pending one.
  replacesPlan: 'This replaces the pending plan shown above.',
} as const;

/** Above the form: what the plan takes offline. */
export function takeOfflineAt(scope: string): string {
  return `Take ${scope} offline at:`;
}

/** The first line of the pending plan: what goes offline, and how soon (null: DatoCMS did not say when). */
export function goesOffline(scope: string, relative: string | null): string {
  const Scope = `${scope.charAt(0).toUpperCase()}${scope.slice(1)}`;
  return relative === null ? `${Scope} goes offline ${UNKNOWN_TIME}` : `${Scope} goes offline ${relative}:`;
}

/** The time field's label: the zone it is read in, named. */
export function timeLabel(timeZone: string): string {
  return `Time (${timeZone}, the project's time zone)`;
}

type Words = {
  uiLocale: string;
  name: LocaleNamer;
  timeZone: string;
  browserTimeZone: string;
  now: number;
  /** The record form has unsaved changes (DatoCMS may lock the record for them). */
  formDirty?: boolean;
};

export function describePlan(plan: PendingPlan, words: Words): string {
  const scope = describeScheduleScope(plan, words);
  const Scope = `${scope.charAt(0).toUpperCase()}${scope.slice(1)}`;
  if (plan.at === null) return `${Scope} will go offline ${UNKNOWN_TIME}`;
  const when = describeInstant(plan.at, {
    projectTimeZone: words.timeZone,
    browserTimeZone: words.browserTimeZone,
    uiLocale: words.uiLocale,
    now: words.now,
  });
  return `${Scope} will go offline ${when.relative}, on ${when.project}.`;
}

/**
 * How saving a plan ended, in one message: the panel shows the resulting plan itself, so a success says only
 * that it happened (as a toast) and a failure says what failed. `previous`: the pending plan the save replaced.
 */
export function describeReplaceResult(
  result: ReplaceResult,
  previous: PendingPlan | null,
  words: Words,
): { tone: 'success' | 'error'; message: string } {
  switch (result.kind) {
    case 'saved':
      return {
        tone: 'success',
        message: previous ? 'The scheduled unpublishing was replaced.' : 'The unpublishing is scheduled.',
      };
    case 'failed':
      return { tone: 'error', message: describeFailure(result.failure, 'schedule', words).message };
    case 'restored':
      return {
        tone: 'error',
        // The panel shows the plan that was kept: the message does not say it again.
        message: `${describeFailure(result.failure, 'schedule', words).message} Your previous plan was kept.`,
      };
    case 'lost':
      if (previous && !isPlanKnown(previous)) {
        return {
          tone: 'error',
          message: `The new plan could not be saved (${describeFailure(result.failure, 'schedule', words).message}) and the previous plan could not be put back, because DatoCMS did not say which locales it named: nothing is scheduled now. Plan again if it is still needed.`,
        };
      }
      return {
        tone: 'error',
        message: `The new plan could not be saved (${describeFailure(result.failure, 'schedule', words).message}) and the previous plan could not be put back: nothing is scheduled now. Plan again if it is still needed.`,
      };
    case 'unknown':
      return {
        tone: 'error',
        message: `${describeFailure(result.failure, 'schedule', words).message} The previous plan could not be put back, so the new one was probably saved: check the plan shown above.`,
      };
  }
}
