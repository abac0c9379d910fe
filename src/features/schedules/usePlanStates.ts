import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlansApi } from '../../api/plans';
import type { PublicationState } from '../../core/unpublish/publicationState';

export type RowState = { status: 'loading' } | { status: 'ready'; state: PublicationState } | { status: 'failed' };

/** State reads in flight at once: rows coming on screen together do not flood the rate limit. */
const PARALLEL_READS = 4;

/**
 * Each plan's record state (its scope is only there), read once the row comes on screen and
 * never before: one request per visible row. `watch` is the rows' ref callback.
 */
export function usePlanStates(api: PlansApi, siteLocales: readonly string[]) {
  const [states, setStates] = useState<ReadonlyMap<string, RowState>>(new Map());
  const requested = useRef(new Set<string>());
  const queue = useRef<string[]>([]);
  const running = useRef(0);
  const localesRef = useRef(siteLocales);
  localesRef.current = siteLocales;

  const set = useCallback((id: string, state: RowState) => {
    setStates((current) => new Map(current).set(id, state));
  }, []);

  const read = useCallback(
    async (id: string): Promise<PublicationState | null> => {
      try {
        const state = await api.readState(id, localesRef.current);
        set(id, { status: 'ready', state });
        return state;
      } catch {
        set(id, { status: 'failed' });
        return null;
      }
    },
    [api, set],
  );

  const pump = useCallback(() => {
    while (running.current < PARALLEL_READS && queue.current.length > 0) {
      const id = queue.current.shift() as string;
      running.current += 1;
      void read(id).finally(() => {
        running.current -= 1;
        pump();
      });
    }
  }, [read]);

  const request = useCallback(
    (id: string) => {
      if (requested.current.has(id)) return;
      requested.current.add(id);
      queue.current.push(id);
      pump();
    },
    [pump],
  );

  // Created on the first row's ref call (which comes before any effect), dropped with the page.
  const observer = useRef<IntersectionObserver | null>(null);
  const requestRef = useRef(request);
  requestRef.current = request;
  useEffect(() => () => observer.current?.disconnect(), []);

  /** Ref callback of a row (with `data-plan-id`): its state is read once it is on screen. */
  const watch = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    observer.current ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset.planId;
        if (entry.isIntersecting && id) requestRef.current(id);
      }
    });
    const watching = observer.current;
    watching.observe(element);
    return () => watching.unobserve(element);
  }, []);

  const stateOf = useCallback((id: string): RowState => states.get(id) ?? { status: 'loading' }, [states]);

  /** Reads a record's state again (after a write from the page). */
  const refresh = useCallback((id: string) => read(id), [read]);

  return { stateOf, watch, refresh };
}
