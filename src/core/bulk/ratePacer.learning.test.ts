// createPacer: what it keeps from the headers, how 429s pause it, and what it learns from them when the headers
// cannot be read (the in-flight cap and the estimated limit).
import { createPacer, DEFAULT_PACER_OPTIONS } from './ratePacer';
import { NONE } from './testFixtures';

const { marginMs, backoffMs, maxInFlight } = DEFAULT_PACER_OPTIONS;

describe('createPacer: the limit the headers name', () => {
  it('lets up to maxInFlight requests fly once the limit is known, and keeps it through unreadable answers', () => {
    const pacer = createPacer();
    pacer.started(0);
    pacer.answered(10, 200, { limit: 60, remaining: 59, resetSeconds: null });
    pacer.settled();
    // A later answer whose headers the browser hides does not make the pacer forget the limit.
    pacer.answered(20, 200, NONE);
    for (let i = 0; i < maxInFlight - 1; i += 1) pacer.started(20);
    expect(pacer.decide(20)).toEqual({ kind: 'go' });
    pacer.started(20);
    expect(pacer.decide(20)).toEqual({ kind: 'full' });
    expect(pacer.snapshot().limit).toBe(60);
  });

  it('takes a limit of 0 as unreadable: it stays at the few requests of the fallback', () => {
    const pacer = createPacer();
    pacer.answered(0, 200, { limit: 0, remaining: null, resetSeconds: null });
    for (let i = 0; i < DEFAULT_PACER_OPTIONS.fallback.start; i += 1) pacer.started(0);
    expect(pacer.decide(0)).toEqual({ kind: 'full' });
    expect(pacer.snapshot().limit).toBeNull();
  });
});

describe('createPacer: the pause after a 429', () => {
  it('backs off when the 429 names a reset of 0, as when it names none', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, { limit: null, remaining: null, resetSeconds: 0 });
    expect(pacer.decide(0)).toEqual({ kind: 'wait', ms: backoffMs + marginMs });
  });

  it('does not lengthen the pause for a later 429 of the same burst that names no reset', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, NONE);
    pacer.answered(backoffMs + 10, 429, NONE);
    expect(pacer.decide(backoffMs + marginMs)).toEqual({ kind: 'go' });
  });

  it('doubles its back-off only after 429s that name no reset', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, { limit: null, remaining: null, resetSeconds: 2 });
    expect(pacer.decide(0)).toEqual({ kind: 'wait', ms: 2000 + marginMs });
    pacer.answered(3000, 429, NONE);
    expect(pacer.decide(3000)).toEqual({ kind: 'wait', ms: backoffMs + marginMs });
  });
});

describe('createPacer: learning from 429s without readable headers', () => {
  it('learns no limit from a 429 before any answer went through: one request at a time', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBeNull();
    const after = backoffMs + marginMs;
    expect(pacer.decide(after)).toEqual({ kind: 'go' });
    pacer.started(after);
    expect(pacer.decide(after)).toEqual({ kind: 'full' });
  });

  it('never halves its in-flight cap below one request, however many 429s come', () => {
    const pacer = createPacer();
    pacer.answered(0, 429, NONE);
    pacer.answered(5000, 429, NONE);
    pacer.answered(20_000, 429, NONE);
    expect(pacer.snapshot().fallbackConcurrency).toBe(1);
    expect(pacer.decide(60_000)).toEqual({ kind: 'go' });
  });

  it('halves a grown in-flight cap after a 429', () => {
    const pacer = createPacer();
    const { start, growEvery } = DEFAULT_PACER_OPTIONS.fallback;
    for (let i = 0; i < 2 * growEvery; i += 1) pacer.answered(i, 200, NONE);
    expect(pacer.snapshot().fallbackConcurrency).toBe(start + 2);
    pacer.answered(100, 429, NONE);
    expect(pacer.snapshot().fallbackConcurrency).toBe((start + 2) / 2);
  });

  it('takes the answers before the first 429 as the limit, then lowers it by a twentieth at each later 429', () => {
    const pacer = createPacer();
    for (let i = 0; i < 100; i += 1) pacer.answered(i, 200, NONE);
    pacer.answered(200, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBe(100);
    // Five answers after the pause, then another 429: the estimate goes down, it is not learnt again.
    for (let i = 0; i < 5; i += 1) pacer.answered(1300 + i, 200, NONE);
    pacer.answered(2000, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBe(95);
  });

  it('lowers a small estimate by one at each later 429, never below one', () => {
    const pacer = createPacer();
    for (let i = 0; i < 2; i += 1) pacer.answered(i, 200, NONE);
    pacer.answered(10, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBe(2);
    pacer.answered(5000, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBe(1);
    pacer.answered(30_000, 429, NONE);
    expect(pacer.snapshot().estimatedLimit).toBe(1);
  });

  it('keeps to the estimated limit in each window', () => {
    const pacer = createPacer();
    for (let i = 0; i < 3; i += 1) pacer.answered(i, 200, NONE);
    pacer.answered(10, 429, NONE);
    const after = 10 + backoffMs + marginMs;
    for (let i = 0; i < 3; i += 1) {
      pacer.started(after);
      pacer.settled();
    }
    expect(pacer.decide(after)).toEqual({ kind: 'wait', ms: DEFAULT_PACER_OPTIONS.windowMs + marginMs });
  });
});
