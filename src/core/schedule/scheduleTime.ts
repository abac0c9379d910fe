/**
 * Reading the schedule form's date and time as a wall clock in the project's
 * time zone, and turning it into the exact UTC instant sent to the API.
 *
 * All time-zone work goes through Temporal (the polyfill, loaded lazily with the
 * form): wall clocks that do not exist (clocks go forward) are refused, and wall
 * clocks that happen twice (clocks go back) make the editor choose. Nothing here
 * reads the machine's time zone: every zone is passed in.
 */
import { Temporal } from 'temporal-polyfill';
import { safeLocale } from '../shared/localeNames';
import { DEFAULT_LEAD_MINUTES, isLeadMinutes } from './leadTime';

/** What the form's `<input type=date>` and `<input type=time>` hold. */
export type WallClock = {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' (an 'HH:MM:SS' is accepted too) */
  time: string;
};

export type AmbiguousChoice = {
  /** e.g. '02:30 CEST (UTC+02:00), the first' */
  label: string;
  /** ISO 8601 UTC, seconds precision. */
  instant: string;
};

export type ScheduleTimeCheck =
  | {
      ok: true;
      /** ISO 8601 UTC, seconds precision, ending in 'Z', e.g. '2027-03-01T08:00:00Z'. */
      instant: string;
    }
  | { ok: false; reason: 'malformed' | 'past' | 'too-soon' | 'gap'; message: string }
  | { ok: false; reason: 'ambiguous'; message: string; choices: [AmbiguousChoice, AmbiguousChoice] };

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

type Refusal = { ok: false; reason: 'malformed'; message: string };

function malformed(message: string): Refusal {
  return { ok: false, reason: 'malformed', message };
}

/** The zone's canonical id, or null when Temporal does not know it. */
function knownTimeZone(timeZone: string): string | null {
  if (timeZone.trim() === '') return null;
  try {
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

function formatPlainDate(uiLocale: string, date: Temporal.PlainDate): string {
  return formatCalendarDate(uiLocale, date.year, date.month, date.day);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A wall clock as the form's time input shows it in the editor's language ('02:30 AM' in English, '02:30' in
 * British English): formatted in UTC from its own fields, so no zone offset is involved.
 */
function clock(uiLocale: string, time: Temporal.PlainTime | Temporal.PlainDateTime): string {
  const withSeconds = time.second !== 0;
  return new Intl.DateTimeFormat(safeLocale(uiLocale), {
    timeZone: 'UTC',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
  }).format(Date.UTC(2000, 0, 1, time.hour, time.minute, time.second));
}

function instantString(zoned: Temporal.ZonedDateTime): string {
  return zoned.toInstant().toString({ smallestUnit: 'second' });
}

/** Parses the form's strings into a wall clock, or says what is wrong with them. */
function readWallClock(wallClock: WallClock, uiLocale: string): { ok: true; value: Temporal.PlainDateTime } | Refusal {
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

/** The wall clocks on either side of the zone transition that follows `before`. */
function transitionAround(before: Temporal.ZonedDateTime, uiLocale: string): { from: string; to: string } | null {
  const transition = before.getTimeZoneTransition('next');
  if (!transition) return null;
  // The last wall clock shown before the change, e.g. 01:59:59.999… → 02:00 (clocks go forward).
  const lastBefore = transition
    .subtract({ nanoseconds: 1 })
    .toPlainDateTime()
    .round({ smallestUnit: 'minute', roundingMode: 'ceil' });
  return { from: clock(uiLocale, lastBefore), to: clock(uiLocale, transition.toPlainDateTime()) };
}

/** 'CEST' where the UI language has an abbreviation for it; nothing when it would only be 'GMT+2'. */
function zoneAbbreviation(zoned: Temporal.ZonedDateTime, uiLocale: string): string | null {
  try {
    const name = new Intl.DateTimeFormat(safeLocale(uiLocale), { timeZone: zoned.timeZoneId, timeZoneName: 'short' })
      .formatToParts(zoned.epochMilliseconds)
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && !/^(GMT|UTC)|\d/.test(name) ? name : null;
  } catch {
    return null;
  }
}

function choiceLabel(zoned: Temporal.ZonedDateTime, uiLocale: string, which: 'first' | 'second'): string {
  const abbreviation = zoneAbbreviation(zoned, uiLocale);
  const shown = `${clock(uiLocale, zoned.toPlainDateTime())}${abbreviation ? ` ${abbreviation}` : ''} (UTC${zoned.offset})`;
  // Short enough for a select in the sidebar: the question above it says that clocks go back.
  return `${shown}, the ${which}`;
}

function sameInstant(candidate: string | undefined, instant: Temporal.Instant): boolean {
  if (candidate === undefined) return false;
  try {
    return Temporal.Instant.from(candidate).epochNanoseconds === instant.epochNanoseconds;
  } catch {
    return false;
  }
}

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** The model's setting; a value the settings would not accept is read as the default, as the settings read it. */
function leadMinutes(minLeadMinutes: number): number {
  return isLeadMinutes(minLeadMinutes) ? minLeadMinutes : DEFAULT_LEAD_MINUTES;
}

/** past / too-soon, or ok. */
function checkLead(
  zoned: Temporal.ZonedDateTime,
  input: { now: number; minLeadMinutes: number; uiLocale: string },
  zoneName: string,
): ScheduleTimeCheck {
  const at = zoned.epochMilliseconds;
  if (at <= input.now) {
    return {
      ok: false,
      reason: 'past',
      message: `That time has already passed in ${zoneName}. Pick a time in the future.`,
    };
  }
  const lead = leadMinutes(input.minLeadMinutes);
  const earliest = input.now + lead * 60_000;
  if (at < earliest) {
    const earliestWallClock = Temporal.Instant.fromEpochMilliseconds(Math.ceil(earliest / 60_000) * 60_000)
      .toZonedDateTimeISO(zoneName)
      .toPlainDateTime();
    const sameDay = earliestWallClock.toPlainDate().equals(zoned.toPlainDate());
    const when = sameDay
      ? clock(input.uiLocale, earliestWallClock)
      : `${clock(input.uiLocale, earliestWallClock)} on ${formatPlainDate(input.uiLocale, earliestWallClock.toPlainDate())}`;
    return {
      ok: false,
      reason: 'too-soon',
      message: `Schedule at least ${minutes(lead)} ahead: pick ${when} (${zoneName}) or later.`,
    };
  }
  return { ok: true, instant: instantString(zoned) };
}

/**
 * Checks the form's date and time, read in the project's time zone, and gives
 * the UTC instant to schedule, or why it cannot be scheduled.
 */
export function checkScheduleTime(input: {
  wallClock: WallClock;
  /** The project's IANA zone (ctx.site.attributes.timezone), e.g. 'Europe/Rome'. */
  timeZone: string;
  /** Epoch milliseconds. */
  now: number;
  minLeadMinutes: number;
  /** When the wall clock is ambiguous, the instant the editor picked among `choices`. */
  chosenInstant?: string;
  /** For the messages' dates, e.g. 'en'. */
  uiLocale: string;
}): ScheduleTimeCheck {
  const zone = knownTimeZone(input.timeZone);
  if (!zone) {
    return malformed(
      input.timeZone.trim() === ''
        ? "The project has no time zone set, so a time cannot be scheduled. Ask an administrator to set it in the project's settings."
        : `The project's time zone “${input.timeZone}” is unknown, so a time cannot be scheduled. Ask an administrator to check it in the project's settings.`,
    );
  }
  const read = readWallClock(input.wallClock, input.uiLocale);
  if (!read.ok) return read;
  const wallClock = read.value;

  let earlier: Temporal.ZonedDateTime;
  let later: Temporal.ZonedDateTime;
  try {
    earlier = wallClock.toZonedDateTime(zone, { disambiguation: 'earlier' });
    later = wallClock.toZonedDateTime(zone, { disambiguation: 'later' });
  } catch {
    // Beyond the range Temporal can represent (years around ±270,000).
    return malformed(`${input.wallClock.date} is too far away to schedule.`);
  }

  if (earlier.epochNanoseconds === later.epochNanoseconds) {
    return checkLead(earlier, input, zone);
  }

  const day = formatPlainDate(input.uiLocale, wallClock.toPlainDate());
  const transition = transitionAround(earlier, input.uiLocale);
  const asShown = clock(input.uiLocale, wallClock);

  if (!earlier.toPlainDateTime().equals(wallClock)) {
    const change = transition ? `: clocks go forward from ${transition.from} to ${transition.to}` : '';
    return {
      ok: false,
      reason: 'gap',
      message: `${asShown} does not exist on ${day} in ${zone}${change}. Pick another time.`,
    };
  }

  const chosen = [earlier, later].find((candidate) => sameInstant(input.chosenInstant, candidate.toInstant()));
  if (chosen) return checkLead(chosen, input, zone);
  // When even the second one is past or too soon, there is nothing to choose between.
  const laterLead = checkLead(later, input, zone);
  if (!laterLead.ok) return laterLead;

  const change = transition ? ` (clocks go back from ${transition.from} to ${transition.to})` : '';
  return {
    ok: false,
    reason: 'ambiguous',
    message: `${asShown} happens twice on ${day} in ${zone}${change}. Which one do you mean?`,
    choices: [
      { label: choiceLabel(earlier, input.uiLocale, 'first'), instant: instantString(earlier) },
      { label: choiceLabel(later, input.uiLocale, 'second'), instant: instantString(later) },
    ],
  };
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
