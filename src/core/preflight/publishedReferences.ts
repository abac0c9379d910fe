/**
 * PUBLISHED_REFERENCES (DatoCMS refused an unpublish because published records link to the
 * record): which records its `details` name, and the words that name them. The general
 * message is in core/shared/apiFailure.ts; this part loads only when that error comes.
 */
import type { ApiFailure } from '../shared/apiFailure';

/** Names at most this many linking records in a message; the rest are counted. */
const NAMED_IN_MESSAGE = 20;

function idsIn(list: unknown): string[] {
  // A JSON:API relationship wraps its list in `data`.
  const items =
    typeof list === 'object' && list !== null && !Array.isArray(list) ? (list as { data?: unknown }).data : list;
  if (!Array.isArray(items)) return [];
  return items.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    if (typeof entry !== 'object' || entry === null) return [];
    // `{ item_id, field, referenced_item_id }`: the linking record is `item_id` (never the target).
    const { item_id: itemId, id } = entry as { item_id?: unknown; id?: unknown };
    const linking = itemId ?? id;
    return typeof linking === 'string' ? [linking] : [];
  });
}

/**
 * The linking records a `PUBLISHED_REFERENCES` error names, in order, without repeats.
 * The errors page lists the code (datocms.com/docs/content-management-api/errors) but no
 * example of its `details` could be found: the shapes read here are assumed. They are a list
 * of ids, of `{ id, type: 'item' }` objects, or of `{ item_id, field, referenced_item_id, strategy }`
 * objects (the shape this project's fake CMA assumes), bare or JSON:API-wrapped in `data`, under
 * `references`, `items`, `item_ids` or `records`. Anything else names no record, and the
 * panel then names them from its own pre-flight read.
 */
export function publishedReferenceIds(failure: ApiFailure): string[] {
  if (failure.kind !== 'api') return [];
  const ids = failure.errors.flatMap(({ code, details }) =>
    code === 'PUBLISHED_REFERENCES'
      ? ['references', 'items', 'item_ids', 'records'].flatMap((key) => idsIn(details[key]))
      : [],
  );
  return [...new Set(ids)];
}

/** " Linked from: “A” (Post), record b and 3 more." (empty when the error names no record). */
export function linkedFromNote(failure: ApiFailure, recordName: (id: string) => string): string {
  const ids = publishedReferenceIds(failure);
  if (ids.length === 0) return '';
  const named = ids.slice(0, NAMED_IN_MESSAGE).map(recordName);
  const more = ids.length - named.length;
  return ` Linked from: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
