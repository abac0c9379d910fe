import fc from 'fast-check';
import { createPacer, DEFAULT_PACER_OPTIONS, type PacerOptions, type RateHeaders, readRateHeaders } from './ratePacer';

const NONE: RateHeaders = { limit: null, remaining: null, resetSeconds: null };

/**
 * A server with fixed windows opened by the first request after the previous window
 * ended (refused requests count too), as the fake CMA plays the documented limit.
 */
function fixedWindowServer(limit: number, windowMs: number) {
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

type Simulation = { finishedAt: number; rejected: number; startTimes: number[] };

/**
 * Drives `count` requests through a pacer against `server` with a fake clock: each request
 * reaches the server `upMs(i)` after it leaves and its answer comes back `downMs` later.
 * A 429 is sent again (it was not carried out), as the API layer does.
 */
function simulate(
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

describe('createPacer against a fixed-window limit read from the headers', () => {
  it('keeps to the limit the headers name (30, 60 or 100 per window), without a 429', () => {
    for (const limit of [30, 60, 100]) {
      const run = simulate(600, fixedWindowServer(limit, 3000), { upMs: () => 5, downMs: 5 });
      expect(run.rejected).toBeLessThanOrEqual(1);
      // The ideal: 600 requests at `limit` per 3 s.
      const ideal = (600 / limit) * 3000;
      expect(ideal / run.finishedAt).toBeGreaterThan(0.9);
    }
  });

  it('learns the limit from the first answer: only that first burst can overrun it', () => {
    const run = simulate(200, fixedWindowServer(20, 3000), { upMs: () => 2, downMs: 2 });
    // Before the first answer nothing is known, so at most `maxInFlight` leave at once.
    expect(run.startTimes.filter((t) => t === 0).length).toBeLessThanOrEqual(DEFAULT_PACER_OPTIONS.maxInFlight);
    expect(run.rejected).toBe(0);
  });

  it('never starts more than the limit in any window, whatever the latencies (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 80 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 50 }),
        fc.integer({ min: 0, max: 40 }),
        (limit, ups, downMs) => {
          const run = simulate(limit * 4, fixedWindowServer(limit, 3000), {
            upMs: (i) => ups[i % ups.length] ?? 0,
            downMs,
          });
          const times = run.startTimes;
          for (let i = limit; i < times.length; i += 1) {
            const earlier = times[i - limit] ?? 0;
            // Any `limit + 1` consecutive starts span more than the window.
            expect((times[i] ?? 0) - earlier).toBeGreaterThan(3000);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('createPacer: other requests sharing the budget', () => {
  it('stops at the remaining budget an answer names, until the window has passed', () => {
    const pacer = createPacer();
    pacer.started(0);
    pacer.answered(10, 200, { limit: 60, remaining: 2, resetSeconds: null });
    pacer.settled();
    expect(pacer.decide(10)).toEqual({ kind: 'go' });
    pacer.started(10);
    pacer.started(10);
    // Two left were taken: nothing more until the window (3 s + margin) from that answer.
    expect(pacer.decide(20)).toEqual({ kind: 'full' });
    pacer.settled();
    pacer.settled();
    expect(pacer.decide(20)).toEqual({ kind: 'wait', ms: 3000 + DEFAULT_PACER_OPTIONS.marginMs - 10 });
    expect(pacer.decide(3060)).toEqual({ kind: 'go' });
  });

  it('counts requests still in flight as spent when an answer names the budget left', () => {
    const pacer = createPacer();
    for (let i = 0; i < 4; i += 1) pacer.started(0);
    // Three others are still on their way and may not be counted in `remaining: 3` yet.
    pacer.answered(5, 200, { limit: 60, remaining: 3, resetSeconds: null });
    pacer.settled();
    expect(pacer.decide(5)).toEqual({ kind: 'full' });
  });
});

describe('createPacer: 429', () => {
  it('lets nothing leave until the reset the 429 names', () => {
    const pacer = createPacer();
    pacer.started(0);
    pacer.answered(100, 429, { limit: 60, remaining: 0, resetSeconds: 2 });
    pacer.settled();
    expect(pacer.decide(100)).toEqual({ kind: 'wait', ms: 2000 + DEFAULT_PACER_OPTIONS.marginMs });
    expect(pacer.decide(2150)).toEqual({ kind: 'go' });
    expect(pacer.snapshot().rateLimited).toBe(1);
  });

  it('waits for the longest reset when several 429s come in one burst', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, { limit: 60, remaining: 0, resetSeconds: 1 });
    pacer.answered(10, 429, { limit: 60, remaining: 0, resetSeconds: 3 });
    expect(pacer.decide(10)).toEqual({ kind: 'wait', ms: 3000 + DEFAULT_PACER_OPTIONS.marginMs });
  });

  it('backs off, doubling, when a 429 names no reset; an answer without 429 starts over', () => {
    const pacer = createPacer();
    const margin = DEFAULT_PACER_OPTIONS.marginMs;
    pacer.answered(0, 429, NONE);
    expect(pacer.decide(0)).toEqual({ kind: 'wait', ms: 1000 + margin });
    pacer.answered(1000 + margin, 429, NONE);
    expect(pacer.decide(1000 + margin)).toEqual({ kind: 'wait', ms: 2000 + margin });
    pacer.answered(5000, 200, NONE);
    pacer.answered(5000, 429, NONE);
    expect(pacer.decide(5000)).toEqual({ kind: 'wait', ms: 1000 + margin });
  });
});

describe('createPacer without readable headers', () => {
  it('starts with a few requests at a time, grows after answers without 429, halves after one', () => {
    const pacer = createPacer();
    const { start, growEvery } = DEFAULT_PACER_OPTIONS.fallback;
    for (let i = 0; i < start; i += 1) pacer.started(0);
    expect(pacer.decide(0)).toEqual({ kind: 'full' });
    for (let i = 0; i < growEvery; i += 1) pacer.answered(1, 200, NONE);
    expect(pacer.snapshot().fallbackConcurrency).toBe(start + 1);
    expect(pacer.decide(1)).toEqual({ kind: 'go' });
    pacer.answered(2, 429, NONE);
    expect(pacer.snapshot().fallbackConcurrency).toBe(Math.floor((start + 1) / 2));
  });

  it('learns the limit from the first 429 and then keeps to it: few 429s, near the ceiling', () => {
    const run = simulate(600, fixedWindowServer(60, 3000), { upMs: () => 5, downMs: 5, hideHeaders: true });
    expect(run.startTimes.length).toBe(600 + run.rejected);
    // Only the first window's overrun (what was in flight when the first 429 came) and a stray one.
    expect(run.rejected).toBeLessThanOrEqual(DEFAULT_PACER_OPTIONS.maxInFlight + 2);
    expect(((600 / 60) * 3000) / run.finishedAt).toBeGreaterThan(0.9);
  });

  it('does not double its back-off for 429s of requests already on their way', () => {
    const pacer = createPacer();
    for (let i = 0; i < 3; i += 1) pacer.started(0);
    for (let i = 0; i < 3; i += 1) pacer.answered(10, 429, NONE);
    expect(pacer.decide(10)).toEqual({ kind: 'wait', ms: 1000 + DEFAULT_PACER_OPTIONS.marginMs });
  });
});

describe('readRateHeaders', () => {
  it('reads the three headers as numbers, and what is absent or unreadable as null', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '60',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': 'soon',
    });
    expect(readRateHeaders((name) => headers.get(name))).toEqual({ limit: 60, remaining: 0, resetSeconds: null });
    expect(readRateHeaders(() => null)).toEqual(NONE);
  });
});
