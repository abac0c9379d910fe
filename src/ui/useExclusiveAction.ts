import { useCallback, useRef, useState } from 'react';

export type ExclusiveAction = {
  /** An action is under way: controls stay locked until it ends. */
  busy: boolean;
  /** A request is in flight: the action is not only waiting for the editor's answer to a question. */
  working: boolean;
  run: (action: () => Promise<void>) => Promise<void>;
  /** Wraps a question to the editor (a confirmation) inside an action: meanwhile nothing is being sent. */
  ask: <T>(question: () => Promise<T>) => Promise<T>;
};

/**
 * Runs one action at a time: while one runs, further calls (a double click, a
 * second confirm) are dropped, so a write can never be sent twice.
 */
export function useExclusiveAction(): ExclusiveAction {
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // A ref, not state: a second click in the same frame must already see the first one.
  const running = useRef(false);
  const run = useCallback(async (action: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const ask = useCallback(async <T>(question: () => Promise<T>): Promise<T> => {
    setAsking(true);
    try {
      return await question();
    } finally {
      setAsking(false);
    }
  }, []);
  return { busy, working: busy && !asking, run, ask };
}
