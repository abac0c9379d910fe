/**
 * Tree collections: which records under a record are live, from a flat list of
 * the model's records (the CMA has no "children of" call the plugin can rely on).
 * Loaded only when a tree is involved (a refused unpublish, a plan of a tree parent).
 */
import { recordTitle } from '../shared/recordTitle';

/** The part of a raw record the plugin reads. */
export type RawRecord = {
  id: string;
  attributes: Record<string, unknown>;
  meta: { status?: string | null; unpublishing_scheduled_at?: string | null };
};

/** A live record below the blocked one, with the live records below it (nested under their nearest live ancestor). */
export type LiveNode = { id: string; title: string; children: LiveNode[] };

/** A live record below, without the ones below it. */
export type LiveChild = { id: string; title: string };

export { recordTitle };

/**
 * The live records below `rootId` as a tree: each one under its nearest live
 * ancestor (a draft in between is skipped, its live children move up), in the
 * order the list gives them.
 */
export function liveTree(
  rootId: string,
  records: readonly RawRecord[],
  titleFieldApiKey: string | null,
  locale: string,
): LiveNode[] {
  const childrenOf = new Map<string, RawRecord[]>();
  for (const record of records) {
    const parent = record.attributes.parent_id;
    if (typeof parent !== 'string') continue;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), record]);
  }
  const seen = new Set<string>([rootId]);
  const below = (id: string): LiveNode[] =>
    (childrenOf.get(id) ?? []).flatMap((child) => {
      if (seen.has(child.id)) return []; // a malformed tree must not loop
      seen.add(child.id);
      const children = below(child.id);
      const live = Boolean(child.meta.status) && child.meta.status !== 'draft';
      return live ? [{ id: child.id, title: recordTitle(child, titleFieldApiKey, locale), children }] : children;
    });
  return below(rootId);
}

/** Every record of a tree, nearest first (children, then grandchildren, …). */
function flatten(nodes: readonly LiveNode[]): LiveChild[] {
  const found: LiveChild[] = [];
  for (let level = nodes; level.length > 0; level = level.flatMap((node) => node.children)) {
    found.push(...level.map(({ id, title }) => ({ id, title })));
  }
  return found;
}

/** How many records a tree holds, at every depth. */
export function countRecords(nodes: readonly LiveNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countRecords(node.children), 0);
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
  return flatten(liveTree(rootId, records, titleFieldApiKey, locale)).filter((child) => {
    const own = byId.get(child.id)?.meta.unpublishing_scheduled_at;
    const ownAt = typeof own === 'string' ? Date.parse(own) : Number.NaN;
    return Number.isNaN(ownAt) || ownAt > atMs;
  });
}
