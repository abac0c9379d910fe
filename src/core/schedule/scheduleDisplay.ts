/**
 * Showing a planned unpublishing: when (in the project's zone, in the editor's
 * browser zone when that reads differently, and relative to now), what, and
 * what to watch out for.
 *
 * Loaded with the panel's first paint, so it stays small: only the platform's
 * `Intl`, never the Temporal polyfill (not even through another module).
 * Every time zone is passed in; nothing reads the machine's zone except
 * `browserTimeZone()`, which exists to do exactly that.
 */
import { type LocaleNamer, nameLocales, safeLocale } from '../shared/localeNames';
import { isPlanKnown, type PendingPlan, type PublicationState } from '../unpublish/publicationState';

export type InstantDescription = {
  /** e.g. 'Monday 1 March 2027 at 09:00 (Europe/Rome)' */
  project: string;
  /** The same instant in the browser's zone, or null when it reads the same as in the project's zone. */
  browser: string | null;
  /** e.g. 'in 3 days', 'in 2 hours', '2 hours ago' */
  relative: string;
};

export type ScheduleWarning =
  | { kind: 'locales-not-live'; locales: string[]; message: string }
  | { kind: 'publication-after-unpublishing'; message: string }
  | { kind: 'overdue'; message: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * Up to 45 calendar days the relative text counts days; then months (from 2:
 * never "next month", which would read as the calendar's next month); from
 * about a year and a half, years (from 2, for the same reason).
 */
const DAYS_BEFORE_MONTHS = 46;
const DAYS_BEFORE_YEARS = 548;
const DAYS_PER_MONTH = 365.2425 / 12;
const DAYS_PER_YEAR = 365.2425;

function isKnownZone(timeZone: string): boolean {
  if (timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The date and time alone ('Monday 1 March 2027 at 09:00'), in the given zone. */
function formatDateTime(at: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at);
}

/** The zone's offset from UTC at `at`, e.g. 'UTC+02:00' (Intl writes 'GMT+02:00', and 'GMT' for zero). */
function offsetAt(at: number, timeZone: string): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = name?.replace(/^GMT/, '') ?? '';
  return `UTC${offset === '' ? '+00:00' : offset}`;
}

/** Offset in minutes east of UTC, read from offsetAt. */
function offsetMinutes(at: number, timeZone: string): number {
  const match = /([+-])(\d{2}):(\d{2})/.exec(offsetAt(at, timeZone));
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * Whether the zone shows the same wall clock at another instant too (the hour repeated when clocks go
 * back): the other candidate is `at` shifted by the change of offset a day before or after.
 */
function isRepeatedWallClock(at: number, locale: string, timeZone: string): boolean {
  const here = offsetMinutes(at, timeZone);
  return [at - DAY, at + DAY].some((near) => {
    const shift = here - offsetMinutes(near, timeZone);
    return (
      shift !== 0 && formatDateTime(at + shift * MINUTE, locale, timeZone) === formatDateTime(at, locale, timeZone)
    );
  });
}

/** '(Europe/Rome)', or '(Europe/Rome, UTC+02:00)' when that wall clock happens twice there: the offset tells which. */
function zoneNote(at: number, locale: string, timeZone: string): string {
  return isRepeatedWallClock(at, locale, timeZone) ? `(${timeZone}, ${offsetAt(at, timeZone)})` : `(${timeZone})`;
}

/** 'Monday 1 March 2027 at 09:00 (Europe/Rome)'; an unknown zone is shown in UTC, and says so. */
function formatInZone(at: number, locale: string, timeZone: string): string {
  const zone = isKnownZone(timeZone) ? timeZone : 'UTC';
  return `${formatDateTime(at, locale, zone)} ${zoneNote(at, locale, zone)}`;
}

/** A day number for the calendar date the zone shows at `at`. */
function calendarDay(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    era: 'short',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - part('year') : part('year');
  // Calendar arithmetic on a UTC date: no zone offset is involved.
  const date = new Date(0);
  date.setUTCFullYear(year, part('month') - 1, part('day'));
  return Math.round(date.getTime() / DAY);
}

function relativeText(at: number, now: number, locale: string, timeZone: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // Math.round can give -0, which some languages write as "0 minutes ago".
  const say = (value: number, unit: Intl.RelativeTimeFormatUnit) => format.format(value === 0 ? 0 : value, unit);

  const elapsed = at - now;
  if (Math.abs(elapsed) < HOUR) return say(Math.round(elapsed / MINUTE), 'minute');
  if (Math.abs(elapsed) < DAY) return say(Math.round(elapsed / HOUR), 'hour');

  // Days count calendar dates in the project's zone, so that "tomorrow" is the
  // date shown next to it.
  const days = calendarDay(at, timeZone) - calendarDay(now, timeZone);
  // 24 to 25 hours within one calendar day (the day clocks go back).
  if (days === 0) return say(Math.round(elapsed / HOUR), 'hour');
  if (Math.abs(days) < DAYS_BEFORE_MONTHS) return say(days, 'day');
  if (Math.abs(days) < DAYS_BEFORE_YEARS) return say(Math.round(days / DAYS_PER_MONTH), 'month');
  return say(Math.round(days / DAYS_PER_YEAR), 'year');
}

/**
 * An instant in words: in the project's zone (named), in the browser's zone
 * when it reads differently there, and relative to `now`.
 */
export function describeInstant(
  instant: string,
  options: { projectTimeZone: string; browserTimeZone: string; uiLocale: string; now: number },
): InstantDescription {
  const at = Date.parse(instant);
  if (Number.isNaN(at)) return { project: instant, browser: null, relative: '' };
  const locale = safeLocale(options.uiLocale);
  const projectZone = isKnownZone(options.projectTimeZone) ? options.projectTimeZone : 'UTC';
  const projectWallClock = formatDateTime(at, locale, projectZone);

  let browser: string | null = null;
  if (isKnownZone(options.browserTimeZone)) {
    const browserWallClock = formatDateTime(at, locale, options.browserTimeZone);
    if (browserWallClock !== projectWallClock) {
      browser = `${browserWallClock} ${zoneNote(at, locale, options.browserTimeZone)}`;
    }
  }

  return {
    project: `${projectWallClock} ${zoneNote(at, locale, projectZone)}`,
    browser,
    relative: relativeText(at, options.now, locale, projectZone),
  };
}

/** The editor's browser zone, e.g. 'America/New_York'. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `null` and an empty list both mean the whole record. */
function scheduledLocales(locales: string[] | null): string[] | null {
  return locales && locales.length > 0 ? locales : null;
}

/** Said of a plan whose locales DatoCMS did not tell. */
export const UNKNOWN_SCOPE = 'the record (which locales, DatoCMS did not say)';
/** Said of a plan whose time neither the state request nor the record tells. */
export const UNKNOWN_TIME = 'at a time DatoCMS did not say.';

/** 'the whole record', 'Italian', 'Italian and Spanish'. */
export function describeScheduleScope(schedule: PendingPlan, options: { uiLocale: string; name: LocaleNamer }): string {
  if (!isPlanKnown(schedule)) return UNKNOWN_SCOPE;
  const locales = scheduledLocales(schedule.locales);
  return locales ? nameLocales(options.uiLocale, options.name, locales) : 'the whole record';
}

type WarningOptions = { uiLocale: string; name: LocaleNamer; now: number; timeZone?: string };

/** Locales the plan names that are no longer live (or, for the whole record, nothing live at all). */
function notLiveWarning(
  state: PublicationState,
  schedule: PendingPlan,
  options: WarningOptions,
): ScheduleWarning | null {
  // A plan whose locales are not known can only be checked as a whole: is anything left live?
  const locales = isPlanKnown(schedule) ? scheduledLocales(schedule.locales) : null;
  if (!locales) {
    if (state.liveLocales.length > 0) return null;
    return {
      kind: 'locales-not-live',
      locales: [],
      message: 'The record is no longer published: the scheduled unpublishing has nothing left to unpublish.',
    };
  }
  const live = new Set(state.liveLocales);
  const gone = locales.filter((l) => !live.has(l));
  if (gone.length === 0) return null;
  const names = nameLocales(options.uiLocale, options.name, gone);
  const are = gone.length === 1 ? 'is' : 'are';
  const consequence =
    gone.length === locales.length
      ? 'the scheduled unpublishing has nothing left to unpublish.'
      : `the scheduled unpublishing will skip ${gone.length === 1 ? 'it' : 'them'}.`;
  return { kind: 'locales-not-live', locales: gone, message: `${names} ${are} no longer published: ${consequence}` };
}

/** A scheduled publication at or after the unpublishing, which would publish the record again. */
function republishWarning(
  unpublishAt: number,
  publishAt: number,
  locale: string,
  zone: string,
): ScheduleWarning | null {
  if (Number.isNaN(unpublishAt) || Number.isNaN(publishAt)) return null;
  if (publishAt > unpublishAt) {
    return {
      kind: 'publication-after-unpublishing',
      message: `A scheduled publication on ${formatInZone(publishAt, locale, zone)} comes after this unpublishing and will publish the record again.`,
    };
  }
  if (publishAt === unpublishAt) {
    return {
      kind: 'publication-after-unpublishing',
      message: `A scheduled publication at the same time (${formatInZone(publishAt, locale, zone)}) may publish the record again right after this unpublishing.`,
    };
  }
  return null;
}

/** A plan whose time has passed but that DatoCMS has not run yet. */
function overdueWarning(unpublishAt: number, now: number, locale: string, zone: string): ScheduleWarning | null {
  if (Number.isNaN(unpublishAt) || unpublishAt > now) return null;
  return {
    kind: 'overdue',
    message: `This unpublishing was due on ${formatInZone(unpublishAt, locale, zone)} but has not run yet. DatoCMS should run it shortly: reload the record in a few minutes to check.`,
  };
}

/**
 * What the editor should know about the pending scheduled unpublishing: locales
 * it names that are no longer live, a scheduled publication that would publish
 * the record again after it, and a time already past.
 *
 * `timeZone` (the project's zone) is used for the dates in the messages; without
 * it they are written in UTC, and say so.
 */
export function scheduleWarnings(state: PublicationState, options: WarningOptions): ScheduleWarning[] {
  const schedule = state.scheduledUnpublishing;
  if (!schedule) return [];
  const locale = safeLocale(options.uiLocale);
  const zone = options.timeZone ?? 'UTC';
  const unpublishAt = schedule.at === null ? Number.NaN : Date.parse(schedule.at);
  const publishAt = state.scheduledPublicationAt === null ? NaN : Date.parse(state.scheduledPublicationAt);
  return [
    notLiveWarning(state, schedule, options),
    republishWarning(unpublishAt, publishAt, locale, zone),
    overdueWarning(unpublishAt, options.now, locale, zone),
  ].filter((warning): warning is ScheduleWarning => warning !== null);
}
