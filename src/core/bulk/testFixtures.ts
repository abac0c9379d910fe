/** The simulated rate-limited server and pacer run the ratePacer.*.test.ts files share. */
import { createPacer, DEFAULT_PACER_OPTIONS, type PacerOptions, type RateHeaders } from './ratePacer';

/** No rate-limit headers (a browser hides them on a cross-origin answer). */
export const NONE: RateHeaders = { limit: null, remaining: null, resetSeconds: null };

/**
 * A server with fixed windows opened by the first request after the previous window
 * ended (refused requests count too), as the fake CMA plays the documented limit.
 */
export function fixedWindowServer(limit: number, windowMs: number) {
  let windowStart = Number.NEGATIVE_INFINITY;
  let used = 0;
  return (at: number): { status: number; headers: RateHeaders } => {
    if (at >= windowStart + windowMs) {
      windowStart = at;
      used = 0;
    }
    used += 1;
    const resetSeconds = Math.max(1, Math.ceil((windowStart + windowMs - at) / 1000));
    return {
      status: used <= limit ? 200 : 429,
      headers: { limit, remaining: Math.max(0, limit - used), resetSeconds },
    };
  };
}

export type Simulation = { finishedAt: number; rejected: number; startTimes: number[] };

/**
 * Drives `count` requests through a pacer against `server` with a fake clock: each request
 * reaches the server `upMs(i)` after it leaves and its answer comes back `downMs` later.
 * A 429 is sent again (it was not carried out), as the API layer does.
 */
export function simulate(
  count: number,
  server: (at: number) => { status: number; headers: RateHeaders },
  options: { upMs: (i: number) => number; downMs: number; hideHeaders?: boolean; pacer?: Partial<PacerOptions> },
): Simulation {
  const pacer = createPacer({ ...DEFAULT_PACER_OPTIONS, ...options.pacer });
  type Event = { at: number; run: () => void };
  const events: Event[] = [];
  const schedule = (at: number, run: () => void) => {
    events.push({ at, run });
    events.sort((a, b) => a.at - b.at);
  };
  let now = 0;
  let pending = count;
  let done = 0;
  let rejected = 0;
  let sent = 0;
  let wakeAt = Number.POSITIVE_INFINITY;
  const startTimes: number[] = [];

  function pump() {
    while (pending > 0) {
      const decision = pacer.decide(now);
      if (decision.kind === 'full') return;
      if (decision.kind === 'wait') {
        if (now + decision.ms < wakeAt) {
          wakeAt = now + decision.ms;
          schedule(wakeAt, () => {
            wakeAt = Number.POSITIVE_INFINITY;
            pump();
          });
        }
        return;
      }
      pending -= 1;
      pacer.started(now);
      startTimes.push(now);
      const index = sent;
      sent += 1;
      const arrival = now + options.upMs(index);
      schedule(arrival, () => {
        const answer = server(arrival);
        schedule(arrival + options.downMs, () => {
          pacer.answered(now, answer.status, options.hideHeaders ? NONE : answer.headers);
          pacer.settled();
          if (answer.status === 429) {
            rejected += 1;
            pending += 1;
          } else {
            done += 1;
          }
          pump();
        });
      });
    }
  }

  pump();
  while (events.length > 0 && done < count) {
    const next = events.shift();
    if (!next) break;
    now = next.at;
    next.run();
  }
  return { finishedAt: now, rejected, startTimes };
}
