import { useCallback, useEffect, useRef, useState } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import {
  type PublicationState,
  type RecordFacts,
  readStateAnswer,
  recordFactsOf,
  type StateReading,
  type WholeRecordState,
  wholeRecordState,
} from '../../core/unpublish/publicationState';

export type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: PublicationState }
  /** No per-locale state to go by: only what the record's own status allows. */
  | { status: 'whole-record'; state: WholeRecordState }
  | { status: 'failed'; message: string };

function loadedFrom(reading: StateReading): Loaded {
  return reading.kind === 'per-locale' ? { status: 'ready', ...reading } : { status: 'whole-record', ...reading };
}

async function loadedAfterFailure(
  error: unknown,
  api: CmaSession,
  itemId: string,
  facts: RecordFacts,
): Promise<Loaded> {
  let failure = toApiFailure(error);
  // The state endpoint is private and experimental: a 404 may mean that it is gone, or the record.
  // The record's own endpoint tells which, and gives its status fresher than the form's.
  if (failure.kind === 'api' && failure.status === 404) {
    try {
      const record = await api.fetchRecord(itemId);
      return { status: 'whole-record', state: wholeRecordState('state-unavailable', recordFactsOf(record) ?? facts) };
    } catch (recordError) {
      failure = toApiFailure(recordError);
    }
  }
  // Failure messages are loaded only when a failure happens: the panel's first load stays small.
  const { describeFailure } = await import('../../core/shared/apiFailure');
  return { status: 'failed', message: describeFailure(failure, 'read').message };
}

/**
 * The record's publication state: read once when the record (or the session)
 * changes, and again on demand. Only the newest read may land: an answer for an
 * older request or an older record, arriving late, is dropped.
 *
 * `facts` (the record's status and planned unpublishing, from the form) stand in
 * for what the state request does not say or cannot be read for.
 */
export function useRecordPublication(
  api: CmaSession,
  itemId: string,
  siteLocales: readonly string[],
  facts: RecordFacts,
) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const latest = useRef(0);
  const localesRef = useRef(siteLocales);
  localesRef.current = siteLocales;
  const factsRef = useRef(facts);
  factsRef.current = facts;

  /** Resolves with the per-locale state read, or null when there is none or a newer read superseded it. */
  const readState = useCallback(async (): Promise<PublicationState | null> => {
    latest.current += 1;
    const ticket = latest.current;
    try {
      const raw = await api.fetchPublicationState(itemId);
      if (ticket !== latest.current) return null;
      const reading = readStateAnswer(raw, [...localesRef.current], factsRef.current);
      setLoaded(loadedFrom(reading));
      return reading.kind === 'per-locale' ? reading.state : null;
    } catch (error) {
      const next = await loadedAfterFailure(error, api, itemId, factsRef.current);
      if (ticket === latest.current) setLoaded(next);
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
