/**
 * The door every request of a bulk run goes through: it opens when the pacer
 * (src/core/bulk/ratePacer.ts) says so, in the order requests asked, and wakes
 * up on a timer or when a request ends. A request that is no longer wanted when
 * its turn comes (the editor pressed Stop) never leaves.
 */
import type { Pacer, RateHeaders } from '../core/bulk/ratePacer';

export class StoppedError extends Error {
  constructor() {
    super('The run was stopped before this request left.');
  }
}

export type Clock = {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Waiter = { resolve: () => void; reject: (error: Error) => void; cancelled: () => boolean };

export type PacedGate = ReturnType<typeof createPacedGate>;

export function createPacedGate(pacer: Pacer, clock: Clock = realClock) {
  const waiters: Waiter[] = [];
  let timer: unknown = null;
  let timerAt = Number.POSITIVE_INFINITY;

  /** Requests no longer wanted leave the queue first, whatever the pacer says. */
  function dropCancelled(): void {
    for (let i = waiters.length - 1; i >= 0; i -= 1) {
      const waiter = waiters[i];
      if (waiter?.cancelled()) {
        waiters.splice(i, 1);
        waiter.reject(new StoppedError());
      }
    }
  }

  function pump(): void {
    for (;;) {
      dropCancelled();
      const next = waiters[0];
      if (!next) return;
      const now = clock.now();
      const decision = pacer.decide(now);
      if (decision.kind === 'full') return;
      if (decision.kind === 'wait') {
        wakeAt(now + decision.ms);
        return;
      }
      waiters.shift();
      pacer.started(now);
      next.resolve();
    }
  }

  function wakeAt(at: number): void {
    if (timer !== null && timerAt <= at) return;
    if (timer !== null) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(
      () => {
        timer = null;
        timerAt = Number.POSITIVE_INFINITY;
        pump();
      },
      Math.max(0, at - clock.now()),
    );
  }

  return {
    /**
     * Resolves when the request may leave (it then counts as in flight until `release`),
     * or rejects with StoppedError when `cancelled()` holds before its turn.
     */
    acquire(cancelled: () => boolean = () => false): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiters.push({ resolve, reject, cancelled });
        pump();
      });
    },
    release(): void {
      pacer.settled();
      pump();
    },
    /** An answer's status and rate-limit headers, as soon as they arrive. */
    answered(status: number, headers: RateHeaders): void {
      pacer.answered(clock.now(), status, headers);
    },
    /** Re-checks the queue at once (after Stop, so that waiting requests are dropped now). */
    wake: pump,
    now: () => clock.now(),
  };
}
