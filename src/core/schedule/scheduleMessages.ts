/** What the editor reads after planning, changing or cancelling a scheduled unpublishing. */
import { describeFailure } from '../shared/apiFailure';
import type { LocaleNamer } from '../shared/localeNames';
import { isPlanKnown, type PendingPlan, type ScheduledUnpublishing } from '../unpublish/publicationState';
import type { ReplaceResult } from './replaceResult';
import { describeInstant, describeScheduleScope, UNKNOWN_TIME } from './scheduleDisplay';

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

/** `previous` is the plan that existed before a change, if any. */
export function describeReplaceResult(
  result: ReplaceResult,
  plan: ScheduledUnpublishing,
  previous: PendingPlan | null,
  words: Words,
): { tone: 'success' | 'error'; message: string } {
  switch (result.kind) {
    case 'saved':
      return { tone: 'success', message: `Scheduled. ${describePlan(plan, words)}` };
    case 'failed':
      return { tone: 'error', message: describeFailure(result.failure, 'schedule', words).message };
    case 'restored':
      return {
        tone: 'error',
        message:
          `${describeFailure(result.failure, 'schedule', words).message} Your previous plan was kept: ${previous ? describePlan(previous, words) : ''}`.trim(),
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
