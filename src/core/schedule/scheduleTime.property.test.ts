import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { checkScheduleTime } from './scheduleTime';
import { defaultWallClock, type WallClock, wallClockOf } from './wallClock';

/** Long before any date used here: only the wall-clock reading matters. */
const FAR_PAST = Date.UTC(1990, 0, 1);

describe('properties', { timeout: 30_000 }, () => {
  const zones = [
    'Europe/Rome',
    'Europe/London',
    'America/New_York',
    'America/Adak',
    'America/Santiago',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'Pacific/Auckland',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Asia/Kolkata',
    'Asia/Tehran',
    'UTC',
  ];
  const zone = fc.constantFrom(...zones);
  // Whole minutes between 2000 and 2100: what the form can express.
  const minuteInstant = fc
    .integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2100, 0, 1) / 60_000 })
    .map((minutes) => minutes * 60_000);
  const isoSeconds = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  // Transitions are denser around midnight-to-03:00; weigh them in.
  const wallClock: fc.Arbitrary<WallClock> = fc
    .record({
      date: fc.date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2099, 11, 31)),
        noInvalidDate: true,
      }),
      hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })),
      minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 15, 30, 45)),
    })
    .map(({ date, hour, minute }) => ({
      date: date.toISOString().slice(0, 10),
      time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    }));

  it('reading an instant as a wall clock and checking it back gives the same instant', () => {
    fc.assert(
      fc.property(minuteInstant, zone, (ms, timeZone) => {
        const instant = isoSeconds(ms);
        const input = {
          wallClock: wallClockOf(instant, timeZone),
          timeZone,
          now: FAR_PAST,
          minLeadMinutes: 5,
          uiLocale: 'en',
        };
        let result = checkScheduleTime(input);
        if (!result.ok && result.reason === 'ambiguous') {
          expect(result.choices.map((c) => c.instant)).toContain(instant);
          result = checkScheduleTime({ ...input, chosenInstant: instant });
        }
        expect(result).toEqual({ ok: true, instant });
      }),
      { numRuns: 2000 },
    );
  });

  it('any real wall clock is accepted, asked about or refused as a gap, and comes back unchanged', () => {
    fc.assert(
      fc.property(wallClock, zone, (wall, timeZone) => {
        const result = checkScheduleTime({
          wallClock: wall,
          timeZone,
          now: FAR_PAST,
          minLeadMinutes: 5,
          uiLocale: 'en',
        });
        if (result.ok) {
          expect(result.instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
          expect(wallClockOf(result.instant, timeZone)).toEqual(wall);
        } else if (result.reason === 'ambiguous') {
          const [first, second] = result.choices;
          expect(Date.parse(first.instant)).toBeLessThan(Date.parse(second.instant));
          expect(wallClockOf(first.instant, timeZone)).toEqual(wall);
          expect(wallClockOf(second.instant, timeZone)).toEqual(wall);
        } else {
          expect(result.reason).toBe('gap');
          expect(result.message).toContain('clocks go forward');
        }
      }),
      { numRuns: 3000 },
    );
  });

  // Any instant, or one up to three hours before one of the zone's clock changes (where the next full hour
  // may not exist: Lord Howe Island moves its clocks by half an hour), half of the time each.
  const anyNow = fc.record({
    now: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
    timeZone: zone,
  });
  const nowBeforeClockChange = fc
    .record({
      from: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
      timeZone: zone,
      before: fc.integer({ min: -1, max: 3 * 3600_000 }),
    })
    .map(({ from, timeZone, before }) => {
      const change = Temporal.Instant.fromEpochMilliseconds(from)
        .toZonedDateTimeISO(timeZone)
        .getTimeZoneTransition('next');
      return { now: (change?.epochMilliseconds ?? from) - before, timeZone };
    });

  it('the default wall clock is a full hour, one to three hours ahead, and can be scheduled', () => {
    fc.assert(
      fc.property(fc.oneof(anyNow, nowBeforeClockChange), ({ now, timeZone }) => {
        const wall = defaultWallClock(now, timeZone);
        expect(wall.time).toMatch(/^\d{2}:00$/);
        const input = { wallClock: wall, timeZone, now, minLeadMinutes: 60, uiLocale: 'en' };
        let result = checkScheduleTime(input);
        if (!result.ok && result.reason === 'ambiguous') {
          result = checkScheduleTime({ ...input, chosenInstant: result.choices[1].instant });
        }
        if (!result.ok) throw new Error(`${JSON.stringify(wall)} in ${timeZone} at ${now}: ${result.message}`);
        const ahead = Date.parse(result.instant) - now;
        expect(ahead).toBeGreaterThanOrEqual(3600_000);
        expect(ahead).toBeLessThanOrEqual(3 * 3600_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later `now` never turns a refusal into an acceptance', () => {
    fc.assert(
      fc.property(
        minuteInstant,
        zone,
        fc.integer({ min: -7200_000, max: 7200_000 }),
        fc.integer({ min: 0, max: 3600_000 }),
        (ms, timeZone, offset, later) => {
          const input = {
            wallClock: wallClockOf(isoSeconds(ms), timeZone),
            timeZone,
            minLeadMinutes: 5,
            uiLocale: 'en',
            chosenInstant: isoSeconds(ms),
          };
          const before = checkScheduleTime({ ...input, now: ms + offset });
          const after = checkScheduleTime({ ...input, now: ms + offset + later });
          if (!before.ok) expect(after.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
