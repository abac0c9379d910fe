import { createPacer } from '../core/bulk/ratePacer';
import { type Clock, createPacedGate, StoppedError } from './pacedGate';

/** A clock whose timers run only when the test moves it. */
function fakeClock() {
  let now = 0;
  let timers: Array<{ at: number; run: () => void }> = [];
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((t) => t !== handle);
    },
  };
  return {
    clock,
    advance(ms: number) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const timer of due) timer.run();
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPacedGate', () => {
  it('lets requests leave in the order they asked, as the pacer allows, and wakes up when the window passes', async () => {
    const { clock, advance } = fakeClock();
    const gate = createPacedGate(createPacer(), clock);
    gate.answered(200, { limit: 2, remaining: null, resetSeconds: null });
    const order: number[] = [];
    const requests = [1, 2, 3].map((n) => gate.acquire().then(() => order.push(n)));
    await settle();
    expect(order).toEqual([1, 2]);
    gate.release();
    gate.release();
    await settle();
    // The third waits for the window (3 s and the margin) after the first two left.
    expect(order).toEqual([1, 2]);
    advance(3100);
    await Promise.all(requests);
    expect(order).toEqual([1, 2, 3]);
  });

  it('drops a request no longer wanted when its turn comes, or at once when woken', async () => {
    const { clock } = fakeClock();
    const gate = createPacedGate(createPacer(), clock);
    gate.answered(200, { limit: 1, remaining: null, resetSeconds: null });
    let stopped = false;
    await gate.acquire();
    const waiting = gate.acquire(() => stopped);
    stopped = true;
    gate.wake();
    await expect(waiting).rejects.toBeInstanceOf(StoppedError);
  });
});
