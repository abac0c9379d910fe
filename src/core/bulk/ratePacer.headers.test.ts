// createPacer when the limit shows: after a 429, and without readable rate-limit headers; and readRateHeaders.
import { createPacer, DEFAULT_PACER_OPTIONS, readRateHeaders } from './ratePacer';
import { fixedWindowServer, NONE, simulate } from './testFixtures';

describe('createPacer: 429', () => {
  it('lets nothing leave until the reset the 429 names', () => {
    const pacer = createPacer();
    pacer.started(0);
    pacer.answered(100, 429, { limit: 60, remaining: 0, resetSeconds: 2 });
    pacer.settled();
    // The limit known, the 429 also doubles the margin.
    const margin = 2 * DEFAULT_PACER_OPTIONS.marginMs;
    expect(pacer.decide(100)).toEqual({ kind: 'wait', ms: 2000 + margin });
    expect(pacer.decide(2100 + margin)).toEqual({ kind: 'go' });
    expect(pacer.snapshot().rateLimited).toBe(1);
  });

  it('waits for the longest reset when several 429s come in one burst', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, { limit: 60, remaining: 0, resetSeconds: 1 });
    pacer.answered(10, 429, { limit: 60, remaining: 0, resetSeconds: 3 });
    expect(pacer.decide(10)).toEqual({ kind: 'wait', ms: 3000 + 2 * DEFAULT_PACER_OPTIONS.marginMs });
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

  it('reads an empty or blank header, a negative number or an infinite one as unreadable', () => {
    for (const value of ['', '  ', '-1', 'Infinity', '1e400']) {
      expect(readRateHeaders((name) => (name === 'x-ratelimit-limit' ? value : '2')).limit).toBeNull();
    }
    expect(readRateHeaders(() => ' 2.5 ')).toEqual({ limit: 2.5, remaining: 2.5, resetSeconds: 2.5 });
  });
});
