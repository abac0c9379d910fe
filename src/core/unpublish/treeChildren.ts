/**
 * Tree collections: which records under a record are live, from a flat list of
 * the model's records (the CMA has no "children of" call the plugin can rely on).
 * Loaded only when a tree is involved (a refused unpublish, a plan of a tree parent).
 */
import { recordTitle } from './recordTitle';

/** The part of a raw record the plugin reads. */
export type RawRecord = {
  id: string;
  attributes: Record<string, unknown>;
  meta: { status?: string | null; unpublishing_scheduled_at?: string | null };
};

export type LiveChild = { id: string; title: string };

/** Every live record below `rootId` (children, grandchildren, …), nearest first. */
export function liveDescendants(
  rootId: string,
  records: readonly RawRecord[],
  titleFieldApiKey: string | null,
  locale: string,
): LiveChild[] {
  const childrenOf = new Map<string, RawRecord[]>();
  for (const record of records) {
    const parent = record.attributes.parent_id;
    if (typeof parent !== 'string') continue;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), record]);
  }
  const found: LiveChild[] = [];
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    for (const child of childrenOf.get(queue.shift() as string) ?? []) {
      if (seen.has(child.id)) continue; // a malformed tree must not loop
      seen.add(child.id);
      queue.push(child.id);
      if (child.meta.status && child.meta.status !== 'draft') {
        found.push({ id: child.id, title: recordTitle(child, titleFieldApiKey, locale) });
      }
    }
  }
  return found;
}

/**
 * The live records under `rootId` that will still be live at `atMs` (a plan of their parent then
 * meets PUBLISHED_CHILDREN): those without a scheduled unpublishing of their own at or before it.
 * A child's own plan is taken to take it offline (its scope is not in the list of records: a plan
 * of some locales only would leave it live).
 */
export function childrenStayingPublished(
  rootId: string,
  records: readonly RawRecord[],
  atMs: number,
  titleFieldApiKey: string | null,
  locale: string,
): LiveChild[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return liveDescendants(rootId, records, titleFieldApiKey, locale).filter((child) => {
    const own = byId.get(child.id)?.meta.unpublishing_scheduled_at;
    const ownAt = typeof own === 'string' ? Date.parse(own) : Number.NaN;
    return Number.isNaN(ownAt) || ownAt > atMs;
  });
}
