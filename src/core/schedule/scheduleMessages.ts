/** What the editor reads after planning, changing or cancelling a scheduled unpublishing. */
import { describeFailure } from '../shared/apiFailure';
import type { LocaleNamer } from '../shared/localeNames';
import type { ScheduledUnpublishing } from '../unpublish/publicationState';
import type { ReplaceResult } from './replaceResult';
import { describeInstant, describeScheduleScope } from './scheduleDisplay';

type Words = { uiLocale: string; name: LocaleNamer; timeZone: string; browserTimeZone: string; now: number };

export function describePlan(plan: ScheduledUnpublishing, words: Words): string {
  const when = describeInstant(plan.at, {
    projectTimeZone: words.timeZone,
    browserTimeZone: words.browserTimeZone,
    uiLocale: words.uiLocale,
    now: words.now,
  });
  const scope = describeScheduleScope(plan, words);
  return `${scope.charAt(0).toUpperCase()}${scope.slice(1)} will go offline ${when.relative}, on ${when.project}.`;
}

/** `previous` is the plan that existed before a change, if any. */
export function describeReplaceResult(
  result: ReplaceResult,
  plan: ScheduledUnpublishing,
  previous: ScheduledUnpublishing | null,
  words: Words,
): { tone: 'success' | 'error'; message: string } {
  switch (result.kind) {
    case 'saved':
      return { tone: 'success', message: `Scheduled. ${describePlan(plan, words)}` };
    case 'failed':
      return { tone: 'error', message: describeFailure(result.failure, 'schedule').message };
    case 'restored':
      return {
        tone: 'error',
        message:
          `${describeFailure(result.failure, 'schedule').message} Your previous plan was kept: ${previous ? describePlan(previous, words) : ''}`.trim(),
      };
    case 'lost':
      return {
        tone: 'error',
        message: `The new plan could not be saved (${describeFailure(result.failure, 'schedule').message}) and the previous plan could not be put back: nothing is scheduled now. Plan again if it is still needed.`,
      };
    case 'unknown':
      return {
        tone: 'error',
        message: `${describeFailure(result.failure, 'schedule').message} The previous plan could not be put back, so the new one was probably saved: check the plan shown above.`,
      };
  }
}
