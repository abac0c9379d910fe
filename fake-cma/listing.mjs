// GET /items: the listing the plugin uses to find records and their plans; GET /items/:id/references.
//
// Source: https://www.datocms.com/docs/content-management-api/resources/item/instances and the
// client's `ItemInstancesHrefSchema` (@datocms/cma-client 5.8 generated/RawApiTypes.ts):
//   - `filter[ids]` must not be combined with `filter[type]`;
//   - `filter[type]`: model ids or api keys, comma-separated; with several, only meta fields filter;
//   - `filter[fields][<meta>][<op>]`: meta fields with the GraphQL filter syntax
//     (https://www.datocms.com/docs/content-delivery-api/filtering-records: exists, eq, neq, gt, gte, lt, lte);
//   - `order_by`: `<field>_(ASC|DESC)`, comma-separated rules, "You **must** specify also
//     `filter[type]` with one element only";
//   - `page[offset]`, `page[limit]` (default 30, max 500), `meta.total_count`;
//   - `version`: `current` (default) or `published`.
// Only what the plugin needs is implemented; any other parameter is refused with
// INVALID_FORMAT: a silent "all records" would hide the bug.

import { ApiFailure, badFormat } from './errors.mjs';
import { REFERENCE_VERSIONS, referencing } from './links.mjs';
import { isOnline } from './records.mjs';
import { rawItem } from './shapes.mjs';
import { parseInstant, toMs } from './time.mjs';

/** @typedef {import('./store.mjs').Store} Store */
/** @typedef {import('./store.mjs').Query} Query */
/** @typedef {import('./records.mjs').StoredRecord} StoredRecord */

/** Meta fields the fake filters and orders by, with how to read them (ms, a string, or null). */
/** @type {Record<string, (rec: StoredRecord) => number | string | null>} */
const META = {
  _unpublishing_scheduled_at: (rec) => rec.unpublishing?.at ?? null,
  _publication_scheduled_at: (rec) => rec.publication?.at ?? null,
  _updated_at: (rec) => toMs(rec.updatedAt),
  _created_at: (rec) => toMs(rec.createdAt),
  _published_at: (rec) => (rec.publishedAt ? toMs(rec.publishedAt) : null),
  _first_published_at: (rec) => (rec.firstPublishedAt ? toMs(rec.firstPublishedAt) : null),
  id: (rec) => rec.id,
};
const FILTERABLE = ['_unpublishing_scheduled_at', '_publication_scheduled_at'];
const FILTER_KEY = /^filter\[fields\]\[([a-z_]+)\]\[([a-z]+)\]$/;
const OPERATORS = ['exists', 'eq', 'neq', 'gt', 'gte', 'lt', 'lte'];
const PLAIN_KEYS = ['filter[ids]', 'filter[type]', 'page[offset]', 'page[limit]', 'order_by', 'version', 'nested'];

/**
 * @param {Query} query
 * @param {string} key
 */
function single(query, key) {
  const value = query[key];
  if (Array.isArray(value)) throw badFormat(`${key} given twice`);
  return value;
}

/**
 * @param {Query} query
 * @param {string} key
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function integer(query, key, fallback, min, max) {
  const text = single(query, key);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw badFormat(`${key} must be an integer in ${min}..${max}`);
  return value;
}

/**
 * One `filter[fields][field][op]=value` as a predicate. A malformed value is
 * INVALID_FILTER_FIELDS_PARAM (a code of the errors page; its use here is assumed).
 * @param {string} field
 * @param {string} op
 * @param {string} text
 * @returns {(rec: StoredRecord) => boolean}
 */
function metaFilter(field, op, text) {
  const read = /** @type {(rec: StoredRecord) => number | null} */ (META[field]);
  const refuse = (/** @type {string} */ why) =>
    new ApiFailure(422, 'INVALID_FILTER_FIELDS_PARAM', { field, operator: op, message: why });
  if (op === 'exists') {
    if (text !== 'true' && text !== 'false') throw refuse('exists takes true or false');
    return (rec) => (read(rec) !== null) === (text === 'true');
  }
  const ms = parseInstant(text);
  if (ms === null) throw refuse('expected an ISO 8601 date-time with an offset');
  /** @type {Record<string, (value: number) => boolean>} */
  const compare = {
    eq: (v) => v === ms,
    neq: (v) => v !== ms,
    gt: (v) => v > ms,
    gte: (v) => v >= ms,
    lt: (v) => v < ms,
    lte: (v) => v <= ms,
  };
  const test = /** @type {(value: number) => boolean} */ (compare[op]);
  // neq keeps records without the date, as SQL `IS DISTINCT FROM` would (assumed).
  return (rec) => {
    const value = read(rec);
    return value === null ? op === 'neq' : test(value);
  };
}

/**
 * `order_by` as a comparator. Without a date, a record sorts last ascending and first
 * descending (PostgreSQL's default; docs silent, assumed). Ties keep the default order.
 * @param {string} text
 * @param {boolean} tree the one model listed is a tree (`position` allowed)
 * @returns {(a: StoredRecord, b: StoredRecord) => number}
 */
function ordering(text, tree) {
  const rules = text.split(',').map((rule) => {
    const match = /^([a-z_]+)_(ASC|DESC)$/.exec(rule);
    const field = match?.[1] ?? '';
    const read =
      META[field] ?? (tree && field === 'position' ? (/** @type {StoredRecord} */ rec) => rec.position : undefined);
    if (!match || !read) {
      // Documented meta columns the fake does not order by (and model fields) are not implemented.
      throw new ApiFailure(422, 'INVALID_ORDERING', { order_by: text, message: `cannot order by ${rule}` });
    }
    const sign = match[2] === 'ASC' ? 1 : -1;
    return { read, sign };
  });
  return (a, b) => {
    for (const { read, sign } of rules) {
      const [x, y] = [read(a), read(b)];
      if (x === y) continue;
      if (x === null) return sign;
      if (y === null) return -sign;
      return (x < y ? -1 : 1) * sign;
    }
    return 0;
  };
}

/**
 * GET /items.
 * @param {Store} store
 * @param {Query} query
 */
export function listItems(store, query) {
  /** @type {Array<(rec: StoredRecord) => boolean>} */
  const filters = [];
  for (const key of Object.keys(query)) {
    const match = FILTER_KEY.exec(key);
    if (match && FILTERABLE.includes(match[1] ?? '') && OPERATORS.includes(match[2] ?? '')) {
      const text = /** @type {string} */ (single(query, key));
      filters.push(metaFilter(match[1] ?? '', match[2] ?? '', text));
    } else if (!PLAIN_KEYS.includes(key)) {
      throw badFormat(`query parameter the fake does not implement: ${key}`);
    }
  }
  const ids = single(query, 'filter[ids]')?.split(',');
  const types = single(query, 'filter[type]')?.split(',');
  // Docs: "If you use this filter, you _must not_ use `filter[type]`"; the code is assumed.
  if (ids && types)
    throw new ApiFailure(422, 'INVALID_PARAMS', { message: 'filter[ids] cannot be combined with filter[type]' });
  const version = single(query, 'version') ?? 'current';
  if (version !== 'current' && version !== 'published') throw badFormat('version must be current or published');
  const nested = single(query, 'nested');
  if (nested !== undefined && nested !== 'true' && nested !== 'false') throw badFormat('nested must be true or false');
  const orderBy = single(query, 'order_by');
  const models = [...store.models.values()].filter((m) => types?.includes(m.id) || types?.includes(m.apiKey));
  if (orderBy !== undefined && types?.length !== 1) {
    throw new ApiFailure(422, 'INVALID_ORDERING', {
      order_by: orderBy,
      message: 'order_by needs filter[type] with one model',
    });
  }
  const offset = integer(query, 'page[offset]', 0, 0, Number.MAX_SAFE_INTEGER);
  const limit = integer(query, 'page[limit]', 30, 1, 500);
  const matching = [...store.records.values()].filter(
    (rec) =>
      (!ids || ids.includes(rec.id)) &&
      (!types || models.includes(rec.model)) &&
      // `published`: the published versions, so records with nothing published are left out (assumed).
      (version === 'current' || isOnline(rec)) &&
      filters.every((test) => test(rec)),
  );
  if (orderBy !== undefined) matching.sort(ordering(orderBy, models[0]?.tree ?? false));
  return {
    data: matching
      .slice(offset, offset + limit)
      .map((rec) => rawItem(store, rec, version === 'published' ? 'published' : 'current')),
    meta: { total_count: matching.length },
  };
}

/**
 * GET /items/:id/references (https://www.datocms.com/docs/content-management-api/resources/item/references):
 * `version` `current`, `published` or `published-or-current`; `nested` (no blocks in the fake:
 * the same answer). Without `version` the docs give no default: `current` is assumed (their
 * example value). Answers `{ data: [items] }` as the client's `items.references` expects.
 * @param {Store} store
 * @param {string} id
 * @param {Query} query
 */
export function listReferences(store, id, query) {
  for (const key of Object.keys(query)) {
    if (key !== 'version' && key !== 'nested') throw badFormat(`query parameter the fake does not implement: ${key}`);
  }
  const version = single(query, 'version') ?? 'current';
  if (!REFERENCE_VERSIONS.includes(version)) throw badFormat(`version must be one of ${REFERENCE_VERSIONS.join(', ')}`);
  const nested = single(query, 'nested');
  if (nested !== undefined && nested !== 'true' && nested !== 'false') throw badFormat('nested must be true or false');
  store.find(id);
  return { data: referencing(store.records.values(), id, version).map((rec) => rawItem(store, rec)) };
}
