// createPacer when an answer's `remaining` says others spend the budget too: which of its own starts explain it,
// how long the hint holds, and a `remaining` read without a limit.
import { createPacer, DEFAULT_PACER_OPTIONS } from './ratePacer';

const { marginMs, windowMs } = DEFAULT_PACER_OPTIONS;

/** A request started and answered (then settled) with the given budget headers. */
function roundTrip(
  pacer: ReturnType<typeof createPacer>,
  at: number,
  answeredAt: number,
  headers: { limit: number | null; remaining: number | null; resetSeconds: number | null },
): void {
  pacer.started(at);
  pacer.answered(answeredAt, 200, headers);
  pacer.settled();
}

describe('createPacer: a budget shared with others', () => {
  it('stops at the remaining budget even when the limit cannot be read', () => {
    const pacer = createPacer();
    roundTrip(pacer, 0, 10, { limit: null, remaining: 0, resetSeconds: null });
    expect(pacer.decide(10)).toEqual({ kind: 'wait', ms: windowMs + marginMs });
  });

  it('waits only until the reset the answer names when it is sooner than the window', () => {
    const pacer = createPacer();
    roundTrip(pacer, 0, 10, { limit: 60, remaining: 0, resetSeconds: 1 });
    expect(pacer.decide(10)).toEqual({ kind: 'wait', ms: 1000 + marginMs });
  });

  it('explains `remaining` with its own starts of the last window only, not with older ones', () => {
    const pacer = createPacer();
    roundTrip(pacer, 0, 10, { limit: 10, remaining: 9, resetSeconds: null });
    for (let i = 1; i < 9; i += 1) roundTrip(pacer, i, 20, { limit: 10, remaining: 9 - i, resetSeconds: null });
    // Long after that window: one start of its own, and 5 left of 10: others took 4.
    roundTrip(pacer, 5000, 5010, { limit: 10, remaining: 5, resetSeconds: null });
    for (let i = 0; i < 5; i += 1) pacer.started(5020);
    expect(pacer.decide(5020)).toEqual({ kind: 'full' });
    for (let i = 0; i < 5; i += 1) pacer.settled();
    expect(pacer.decide(5020)).toEqual({ kind: 'wait', ms: 5010 + windowMs + marginMs - 5020 });
  });

  it('counts a start exactly one window old as outside the window', () => {
    const pacer = createPacer();
    // A slow answer: 9 left of 10 while its own start has just left the window, so someone else took one.
    roundTrip(pacer, 0, windowMs, { limit: 10, remaining: 9, resetSeconds: null });
    const next = windowMs + marginMs;
    for (let i = 0; i < 9; i += 1) {
      pacer.started(next);
      pacer.settled();
    }
    expect(pacer.decide(next)).toEqual({ kind: 'wait', ms: windowMs + windowMs + marginMs - next });
  });
});
