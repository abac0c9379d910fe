/**
 * Tree collections: which records under a record are live, from a flat list of
 * the model's records (the CMA has no "children of" call the plugin can rely on).
 */

/** The part of a raw record the plugin reads. */
export type RawRecord = {
  id: string;
  attributes: Record<string, unknown>;
  meta: { status?: string | null; unpublishing_scheduled_at?: string | null };
};

export type LiveChild = { id: string; title: string };

/** A record's title in the form locale, else in any locale, else its id. */
export function recordTitle(record: RawRecord, titleFieldApiKey: string | null, locale: string): string {
  const value = titleFieldApiKey ? record.attributes[titleFieldApiKey] : undefined;
  if (typeof value === 'string' && value.trim()) return value;
  if (value && typeof value === 'object') {
    const localized = value as Record<string, unknown>;
    const text = [localized[locale], ...Object.values(localized)].find((v) => typeof v === 'string' && v.trim());
    if (typeof text === 'string') return text;
  }
  return `Record ${record.id}`;
}

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
