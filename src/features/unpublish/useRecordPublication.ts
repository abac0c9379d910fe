import { useCallback, useEffect, useRef, useState } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { describeFailure } from '../../core/shared/apiFailure';
import { type PublicationState, readPublicationState } from '../../core/unpublish/publicationState';

export type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: PublicationState }
  | { status: 'failed'; message: string };

/**
 * The record's publication state: read once when the record (or the session)
 * changes, and again on demand. Only the newest read may land: an answer for an
 * older request or an older record, arriving late, is dropped.
 */
export function useRecordPublication(api: CmaSession, itemId: string, siteLocales: readonly string[]) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const latest = useRef(0);
  const localesRef = useRef(siteLocales);
  localesRef.current = siteLocales;

  /** Resolves with the state read, or null when it failed or a newer read superseded it. */
  const readState = useCallback(async (): Promise<PublicationState | null> => {
    latest.current += 1;
    const ticket = latest.current;
    try {
      const raw = await api.fetchPublicationState(itemId);
      if (ticket !== latest.current) return null;
      const state = readPublicationState(raw, [...localesRef.current]);
      setLoaded({ status: 'ready', state });
      return state;
    } catch (error) {
      if (ticket !== latest.current) return null;
      setLoaded({ status: 'failed', message: describeFailure(toApiFailure(error), 'read').message });
      return null;
    }
  }, [api, itemId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: readState changes exactly when the record or the session does.
  useEffect(() => {
    setLoaded({ status: 'loading' });
    return () => {
      // The record or the session changed: whatever is still on its way belongs to the old one.
      latest.current += 1;
    };
  }, [readState]);

  return { loaded, readState };
}
