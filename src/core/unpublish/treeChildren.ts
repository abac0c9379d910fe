/**
 * Tree collections: which records under a record are live, from a flat list of
 * the model's records (the CMA has no "children of" call the plugin can rely on).
 */

import { recordTitle } from '../shared/recordTitle';

/** The part of a raw record the plugin reads. */
export type RawRecord = {
  id: string;
  attributes: Record<string, unknown>;
  meta: { status?: string | null };
};

/** A live record below the blocked one, with the live records below it (nested under their nearest live ancestor). */
export type LiveNode = { id: string; title: string; children: LiveNode[] };

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

/** How many records a tree holds, at every depth. */
export function countRecords(nodes: readonly LiveNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countRecords(node.children), 0);
}
