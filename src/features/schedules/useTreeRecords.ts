import { useCallback, useMemo, useRef, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import type { PlannedRecord } from '../../core/schedules/planRows';
import { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import type { LiveChild, RawRecord } from '../../core/unpublish/treeChildren';

type TreeModule = Awaited<ReturnType<typeof loadTreeChildren>>;
/** A model's records; null when they could not be read (nothing is claimed then). */
type Read = { records: readonly RawRecord[]; tree: TreeModule } | null;

/**
 * The records of tree models, read once per model (one paged request per 500 records) and only
 * when a row on screen needs them: a whole-record plan of a record that may have children.
 */
export function useTreeRecords(session: Pick<CmaSession, 'listModelRecords'>) {
  const [reads, setReads] = useState<ReadonlyMap<string, Read>>(new Map());
  const asked = useRef(new Set<string>());

  const need = useCallback(
    (modelId: string) => {
      if (asked.current.has(modelId)) return;
      asked.current.add(modelId);
      const keep = (read: Read) => setReads((current) => new Map(current).set(modelId, read));
      // The tree walk is loaded with the first tree it is needed for, as in the record panel.
      Promise.all([session.listModelRecords(modelId), loadTreeChildren()]).then(
        ([records, tree]) => keep({ records, tree }),
        () => keep(null),
      );
    },
    [session],
  );

  /** The plan's child records still live when it runs; undefined until known. */
  const stayingChildren = useCallback(
    (plan: PlannedRecord, titleFieldApiKey: string | null, locale: string): LiveChild[] | undefined => {
      const read = reads.get(plan.modelId);
      return read
        ? read.tree.childrenStayingPublished(plan.id, read.records, plan.atMs, titleFieldApiKey, locale)
        : undefined;
    },
    [reads],
  );

  return useMemo(() => ({ need, stayingChildren }), [need, stayingChildren]);
}
