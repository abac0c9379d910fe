import { useCallback, useRef, useState } from 'react';

/**
 * Runs one action at a time: while one runs, further calls (a double click, a
 * second confirm) are dropped, so a write can never be sent twice.
 */
export function useExclusiveAction(): { busy: boolean; run: (action: () => Promise<void>) => Promise<void> } {
  const [busy, setBusy] = useState(false);
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
  return { busy, run };
}
