// createPacer against a simulated fixed-window limit: pacing by the headers, its own burst, uneven arrival
// times, and other requests sharing the budget.
import fc from 'fast-check';
import { createPacer, DEFAULT_PACER_OPTIONS } from './ratePacer';
import { fixedWindowServer, simulate } from './testFixtures';

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

describe('createPacer: its own burst', () => {
  it('is not held back past the window by a remaining budget its own starts explain', () => {
    // Slow answers: a burst of 60 takes 400 ms to come back; the next one may start 3 s after the first.
    const run = simulate(2000, fixedWindowServer(60, 3000), { upMs: () => 20, downMs: 20 });
    expect(run.rejected).toBe(0);
    expect(((2000 / 60) * 3000) / run.finishedAt).toBeGreaterThan(0.95);
  });

  it('goes on at the window rule after an answer saying nothing remains, when its own starts spent it', () => {
    const pacer = createPacer();
    for (let i = 0; i < 60; i += 1) pacer.started(i);
    for (let i = 0; i < 60; i += 1) {
      pacer.answered(400 + i, 200, { limit: 60, remaining: 59 - i, resetSeconds: 3 });
      pacer.settled();
    }
    expect(pacer.decide(500)).toEqual({ kind: 'wait', ms: 3000 + DEFAULT_PACER_OPTIONS.marginMs - 500 });
    expect(pacer.decide(3000 + DEFAULT_PACER_OPTIONS.marginMs)).toEqual({ kind: 'go' });
  });
});

describe('createPacer: uneven arrival times', () => {
  it('widens its margin after a 429 the window rule did not prevent, so that few follow', () => {
    // Requests take 0 to 150 ms to arrive, in a fixed pseudo-random order.
    const ups = Array.from({ length: 97 }, (_, i) => (i * 37) % 151);
    const run = simulate(2000, fixedWindowServer(60, 3000), { upMs: (i) => ups[i % ups.length] ?? 0, downMs: 5 });
    expect(run.rejected).toBeLessThanOrEqual(6);
    expect(((2000 / 60) * 3000) / run.finishedAt).toBeGreaterThan(0.9);
  });

  it('doubles the margin at each such 429, up to its ceiling', () => {
    const pacer = createPacer();
    const { marginMs, maxMarginMs } = DEFAULT_PACER_OPTIONS;
    pacer.answered(0, 429, { limit: 60, remaining: 0, resetSeconds: 1 });
    expect(pacer.snapshot().marginMs).toBe(marginMs * 2);
    for (let i = 1; i < 10; i += 1) pacer.answered(i * 10_000, 429, { limit: 60, remaining: 0, resetSeconds: 1 });
    expect(pacer.snapshot().marginMs).toBe(maxMarginMs);
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
