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

/** Whether the reading relies on the record's own status or plan time (not on the state request alone). */
function reliesOnRecord(reading: StateReading): boolean {
  return reading.kind === 'whole-record' || reading.state.scheduledUnpublishing?.locales === 'not-known';
}

/**
 * The state request's answer read. When the reading relies on the record's status or plan time
 * and the record may have changed since the form loaded it (DatoCMS does not read the form's
 * record again after the plugin's writes), the record itself is read first: one more request,
 * only then.
 */
async function readAnswer(
  raw: unknown,
  siteLocales: readonly string[],
  formFacts: RecordFacts,
  freshRecord: (() => Promise<unknown>) | null,
): Promise<StateReading> {
  const reading = readStateAnswer(raw, siteLocales, formFacts);
  if (!freshRecord || !reliesOnRecord(reading)) return reading;
  try {
    return readStateAnswer(raw, siteLocales, recordFactsOf(await freshRecord()) ?? formFacts);
  } catch {
    // The form's facts are the best left.
    return reading;
  }
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
  /** Reads since the record (or the session) changed: only the first one can trust the form's facts. */
  const reads = useRef(0);

  /** Resolves with the per-locale state read, or null when there is none or a newer read superseded it. */
  const readState = useCallback(async (): Promise<PublicationState | null> => {
    latest.current += 1;
    const ticket = latest.current;
    try {
      const raw = await api.fetchPublicationState(itemId);
      if (ticket !== latest.current) return null;
      reads.current += 1;
      const freshRecord = reads.current > 1 ? () => api.fetchRecord(itemId) : null;
      const reading = await readAnswer(raw, [...localesRef.current], factsRef.current, freshRecord);
      if (ticket !== latest.current) return null;
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
    reads.current = 0;
    return () => {
      // The record or the session changed: whatever is still on its way belongs to the old one.
      latest.current += 1;
    };
  }, [readState]);

  return { loaded, readState };
}
