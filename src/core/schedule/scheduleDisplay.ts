/**
 * Showing a planned unpublishing: when (in the project's zone, in the editor's
 * browser zone when that reads differently, and relative to now), on which day,
 * and what.
 *
 * Loaded with the panel's first paint, so it stays small: only the platform's
 * `Intl`, never the Temporal polyfill (not even through another module).
 * Every time zone is passed in; nothing reads the machine's zone except
 * `browserTimeZone()`, which exists to do exactly that.
 */
import { type LocaleNamer, nameLocales, safeLocale } from '../shared/localeNames';
import { isPlanKnown, type PendingPlan } from '../unpublish/publicationState';

export type InstantDescription = {
  /** e.g. 'Monday 1 March 2027 at 09:00 (Europe/Rome)' */
  project: string;
  /** The same instant in the browser's zone, or null when it reads the same as in the project's zone. */
  browser: string | null;
  /** e.g. 'in 3 days', 'in 2 hours', '2 hours ago' */
  relative: string;
};

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

/**
 * Formatters are costly to build and the plans page draws many rows: each one is built once per
 * locale and options.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | null>();

function cached<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, build: () => F): F | null {
  if (!formatters.has(key)) {
    try {
      formatters.set(key, build());
    } catch {
      formatters.set(key, null);
    }
  }
  return (formatters.get(key) as F | null | undefined) ?? null;
}

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const format = cached(`dt|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
  // Only an unknown zone makes it throw, and callers check the zone first: building it again throws the platform's error.
  return format ?? new Intl.DateTimeFormat(locale, options);
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return (
    cached(`rt|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })) ??
    new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
  );
}

function isKnownZone(timeZone: string): boolean {
  // The platform refuses the empty zone too.
  return cached(`zone|${timeZone}`, () => new Intl.DateTimeFormat('en', { timeZone })) !== null;
}

/** The date and time alone ('Monday 1 March 2027 at 09:00'), in the given zone. */
function formatDateTime(at: number, locale: string, timeZone: string): string {
  return dateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(at);
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
export function formatInZone(at: number, locale: string, timeZone: string): string {
  const zone = isKnownZone(timeZone) ? timeZone : 'UTC';
  return `${formatDateTime(at, locale, zone)} ${zoneNote(at, locale, zone)}`;
}

/** A day number for the calendar date the zone shows at `at`. */
function calendarDay(at: number, timeZone: string): number {
  const parts = dateTimeFormat('en-US', {
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
  const format = relativeFormat(locale);
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
export function scheduledLocales(locales: string[] | null): string[] | null {
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

export type DayDescription = {
  /** The calendar day in the project's zone, as a number: plans with the same key share a day. */
  key: number;
  /** e.g. 'Monday, 1 March 2027' */
  label: string;
  /** 'today', 'tomorrow', 'in 3 days', 'yesterday' (by the project zone's calendar). */
  relative: string;
};

/** The day an instant falls on in the project's zone; an unknown zone is read as UTC. */
export function describeDay(
  at: number,
  options: { projectTimeZone: string; uiLocale: string; now: number },
): DayDescription {
  const locale = safeLocale(options.uiLocale);
  const zone = isKnownZone(options.projectTimeZone) ? options.projectTimeZone : 'UTC';
  const key = calendarDay(at, zone);
  const days = key - calendarDay(options.now, zone);
  return {
    key,
    label: dateTimeFormat(locale, { timeZone: zone, dateStyle: 'full' }).format(at),
    // Never -0: both day numbers are whole, from dates that are never -0.
    relative: relativeFormat(locale).format(days, 'day'),
  };
}

/** Just the day number, for sorting thousands of plans into days. */
export function dayKey(at: number, projectTimeZone: string): number {
  return calendarDay(at, isKnownZone(projectTimeZone) ? projectTimeZone : 'UTC');
}

/** The time of day in the project's zone, e.g. '09:00' (en-GB) or '9:00 AM' (en). */
export function timeOfDay(at: number, options: { projectTimeZone: string; uiLocale: string }): string {
  const zone = isKnownZone(options.projectTimeZone) ? options.projectTimeZone : 'UTC';
  return dateTimeFormat(safeLocale(options.uiLocale), { timeZone: zone, timeStyle: 'short' }).format(at);
}
