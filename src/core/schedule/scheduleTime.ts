/**
 * Checking the schedule form's wall clock (wallClock.ts reads it) in the project's
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
import { clock, formatPlainDate, knownTimeZone, malformed, readWallClock, type WallClock } from './wallClock';

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

function instantString(zoned: Temporal.ZonedDateTime): string {
  return zoned.toInstant().toString({ smallestUnit: 'second' });
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

  // readWallClock takes four-digit years only: far inside the range Temporal can represent (about ±270,000 years).
  const earlier = wallClock.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = wallClock.toZonedDateTime(zone, { disambiguation: 'later' });

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
