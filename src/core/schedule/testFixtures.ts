/** What the split schedule tests share: scheduleDisplay's clock, and scheduleTime's check and its readers. */
import { checkScheduleTime, type ScheduleTimeCheck } from './scheduleTime';

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

/** 09:00 in Rome, 03:00 in New York, Monday 1 March 2027. */
export const NINE_IN_ROME = '2027-03-01T08:00:00Z';
export const nineInRome = Date.parse(NINE_IN_ROME);

/** Long before any date used here: only the wall-clock reading matters. */
const FAR_PAST = Date.UTC(1990, 0, 1);

export function check(
  date: string,
  time: string,
  timeZone: string,
  extra: { now?: number; minLeadMinutes?: number; chosenInstant?: string; uiLocale?: string } = {},
): ScheduleTimeCheck {
  return checkScheduleTime({
    wallClock: { date, time },
    timeZone,
    now: extra.now ?? FAR_PAST,
    minLeadMinutes: extra.minLeadMinutes ?? 5,
    chosenInstant: extra.chosenInstant,
    uiLocale: extra.uiLocale ?? 'en',
  });
}

export function expectAmbiguous(result: ScheduleTimeCheck) {
  if (result.ok || result.reason !== 'ambiguous') throw new Error(`expected ambiguous, got ${JSON.stringify(result)}`);
  return result;
}

export function expectRefused(result: ScheduleTimeCheck, reason: 'malformed' | 'past' | 'too-soon' | 'gap') {
  if (result.ok || result.reason !== reason) throw new Error(`expected ${reason}, got ${JSON.stringify(result)}`);
  return result;
}
