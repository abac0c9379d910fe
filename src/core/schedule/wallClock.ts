/**
 * The schedule form's wall clock (its date and time inputs): reading what was typed, showing
 * dates and times as the editor's language writes them, and the values the form starts from.
 * Nothing here reads the machine's time zone: every zone is passed in. scheduleTime.ts checks
 * a wall clock in the project's zone and turns it into the instant sent to the API.
 */
import { Temporal } from 'temporal-polyfill';
import { safeLocale } from '../shared/localeNames';

/** What the form's `<input type=date>` and `<input type=time>` hold. */
export type WallClock = {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' (an 'HH:MM:SS' is accepted too) */
  time: string;
};

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

export type Refusal = { ok: false; reason: 'malformed'; message: string };

export function malformed(message: string): Refusal {
  return { ok: false, reason: 'malformed', message };
}

/** The zone's canonical id, or null when Temporal does not know it. */
export function knownTimeZone(timeZone: string): string | null {
  try {
    // Temporal refuses the empty zone too.
    return Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: timeZone.trim() }).timeZoneId;
  } catch {
    return null;
  }
}

/** '28 March 2027' / 'March 28, 2027', as the UI language writes dates; `day` may be out of range. */
function formatCalendarDate(uiLocale: string, year: number, month: number, day: number): string {
  // A real date of the same month, formatted at midnight UTC *in UTC*: no zone is involved.
  const firstOfMonth = Temporal.PlainDate.from({ year, month, day: 1 });
  const format = new Intl.DateTimeFormat(safeLocale(uiLocale), {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return format
    .formatToParts(firstOfMonth.toZonedDateTime('UTC').epochMilliseconds)
    .map((part) => (part.type === 'day' ? String(day) : part.value))
    .join('');
}

export function formatPlainDate(uiLocale: string, date: Temporal.PlainDate): string {
  return formatCalendarDate(uiLocale, date.year, date.month, date.day);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A wall clock as the form's time input shows it in the editor's language ('02:30 AM' in English, '02:30' in
 * British English): formatted in UTC from its own fields, so no zone offset is involved.
 */
export function clock(uiLocale: string, time: Temporal.PlainTime | Temporal.PlainDateTime): string {
  const withSeconds = time.second !== 0;
  return new Intl.DateTimeFormat(safeLocale(uiLocale), {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(Date.UTC(2000, 0, 1, time.hour, time.minute, time.second));
}

/** Parses the form's strings into a wall clock, or says what is wrong with them. */
export function readWallClock(
  wallClock: WallClock,
  uiLocale: string,
): { ok: true; value: Temporal.PlainDateTime } | Refusal {
  const dateText = wallClock.date.trim();
  const timeText = wallClock.time.trim();
  if (dateText === '' && timeText === '') return malformed('Enter a date and a time.');
  if (dateText === '') return malformed('Enter a date.');
  if (timeText === '') return malformed('Enter a time.');

  const dateMatch = DATE_PATTERN.exec(dateText);
  if (!dateMatch) return malformed(`“${dateText}” is not a date: use the form YYYY-MM-DD.`);
  const [year, month, day] = [Number(dateMatch[1]), Number(dateMatch[2]), Number(dateMatch[3])];
  if (month < 1 || month > 12) return malformed(`“${dateText}” is not a date: there is no month ${month}.`);
  let date: Temporal.PlainDate;
  try {
    date = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
  } catch {
    return malformed(`${formatCalendarDate(uiLocale, year, month, day)} does not exist.`);
  }

  const timeMatch = TIME_PATTERN.exec(timeText);
  if (!timeMatch) return malformed(`“${timeText}” is not a time: use the form HH:MM.`);
  let time: Temporal.PlainTime;
  try {
    time = Temporal.PlainTime.from(
      { hour: Number(timeMatch[1]), minute: Number(timeMatch[2]), second: Number(timeMatch[3] ?? '0') },
      { overflow: 'reject' },
    );
  } catch {
    return malformed(`${timeText} is not a time of day: use a time from 00:00 to 23:59.`);
  }
  return { ok: true, value: date.toPlainDateTime(time) };
}

function zoneOrUtc(timeZone: string): string {
  return knownTimeZone(timeZone) ?? 'UTC';
}

function toWallClock(zoned: Temporal.ZonedDateTime): WallClock {
  return { date: zoned.toPlainDate().toString(), time: `${pad(zoned.hour)}:${pad(zoned.minute)}` };
}

/**
 * The form's starting value: the next full hour at least one hour from `now`,
 * in the project's zone. (An unknown zone falls back to UTC; the check then
 * reports the zone.)
 *
 * A full hour the clocks skip is not offered: Temporal moves it to the end of the
 * gap, which is a full hour when clocks go forward by an hour (02:00 → 03:00 in
 * Rome) but 02:30 on Lord Howe Island, where they go forward by half an hour; the
 * form then starts from the next full hour that exists (03:00), as an editor would.
 */
export function defaultWallClock(now: number, timeZone: string): WallClock {
  let zoned = Temporal.Instant.fromEpochMilliseconds(now)
    .toZonedDateTimeISO(zoneOrUtc(timeZone))
    .add({ hours: 1 })
    .round({ smallestUnit: 'hour', roundingMode: 'ceil' });
  while (zoned.minute !== 0) zoned = zoned.round({ smallestUnit: 'hour', roundingMode: 'ceil' });
  return toWallClock(zoned);
}

/**
 * The project-zone wall clock of an instant (to prefill the form when changing
 * a plan). Seconds are dropped. An instant that cannot be read gives empty
 * fields; an unknown zone falls back to UTC.
 */
export function wallClockOf(instant: string, timeZone: string): WallClock {
  let parsed: Temporal.Instant;
  try {
    parsed = Temporal.Instant.from(instant);
  } catch {
    return { date: '', time: '' };
  }
  return toWallClock(parsed.toZonedDateTimeISO(zoneOrUtc(timeZone)));
}
