// Request bodies the fake accepts, exactly as the official client serializes them
// (@datocms/cma-client 5.8, generated/resources/*.ts with rest-client-utils'
// serializeRequestBody). Anything else is INVALID_FORMAT: a plugin that builds a
// body by hand and gets it wrong fails its tests.

import { badFormat, invalid } from './errors.mjs';

/**
 * True when `value` is a plain object with every `required` key and no other.
 * @param {unknown} value
 * @param {string[]} required
 * @param {string[]} [optional]
 * @returns {value is Record<string, any>}
 */
export function hasExactKeys(value, required, optional = []) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    required.every((key) => keys.includes(key)) && keys.every((key) => required.includes(key) || optional.includes(key))
  );
}

/** @param {unknown} value @returns {value is string[]} */
export const isStringArray = (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** @param {string} rawBody @returns {any} */
function parseJson(rawBody) {
  try {
    return JSON.parse(rawBody);
  } catch {
    throw badFormat('the body is not valid JSON');
  }
}

/**
 * `{ data: { type, attributes } }` with exactly these attribute keys, or null.
 * @param {string} rawBody
 * @param {string} type
 * @param {string[]} required
 * @param {string[]} optional
 */
function attributesOf(rawBody, type, required, optional) {
  const body = rawBody === '' ? null : parseJson(rawBody);
  const ok =
    hasExactKeys(body, ['data']) &&
    hasExactKeys(body.data, ['type', 'attributes']) &&
    body.data.type === type &&
    hasExactKeys(body.data.attributes, required, optional);
  return ok ? /** @type {Record<string, unknown>} */ (body.data.attributes) : null;
}

/**
 * PUT /items/:id/unpublish with a body (../shared/reference/000_a3b9383d75374f8a.txt), exactly:
 * `{ data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: [...] } } }`.
 * Anything else, `{}` included ("not even an empty object {}"), is INVALID_FORMAT.
 * @param {string} rawBody
 * @returns {string[]}
 */
export function parseSelectiveBody(rawBody) {
  const attributes = attributesOf(rawBody, 'selective_unpublish_operation', ['content_in_locales'], []);
  if (!attributes || !isStringArray(attributes.content_in_locales)) {
    throw badFormat(
      'expected no body, or { data: { type: "selective_unpublish_operation", attributes: { content_in_locales: [...] } } }',
    );
  }
  return attributes.content_in_locales;
}

/**
 * POST /items/:id/scheduled-unpublishing (../shared/reference/003_4c57e64e723636ba.txt):
 * `unpublishing_scheduled_at` required, `content_in_locales` optional (null or absent = whole record).
 * @param {string} rawBody
 * @returns {{ at: string, locales: string[] | null }}
 */
export function parseUnpublishingBody(rawBody) {
  const attributes = attributesOf(
    rawBody,
    'scheduled_unpublishing',
    ['unpublishing_scheduled_at'],
    ['content_in_locales'],
  );
  const locales = attributes?.content_in_locales;
  if (
    !attributes ||
    typeof attributes.unpublishing_scheduled_at !== 'string' ||
    !(locales == null || isStringArray(locales))
  ) {
    throw badFormat(
      'expected { data: { type: "scheduled_unpublishing", attributes: { unpublishing_scheduled_at, content_in_locales? } } }',
    );
  }
  return { at: attributes.unpublishing_scheduled_at, locales: locales ?? null };
}

/**
 * POST /items/:id/scheduled-publication (https://www.datocms.com/docs/content-management-api/resources/scheduled-publication;
 * client ScheduledPublication.create): `publication_scheduled_at` required, `selective_publication`
 * optional: null/absent = the whole record, else `{ content_in_locales, non_localized_content }`.
 * @param {string} rawBody
 * @returns {{ at: string, selective: { locales: string[], nonLocalized: boolean } | null }}
 */
export function parsePublicationBody(rawBody) {
  const attributes = attributesOf(
    rawBody,
    'scheduled_publication',
    ['publication_scheduled_at'],
    ['selective_publication'],
  );
  const selective = attributes?.selective_publication;
  const selectiveOk =
    selective == null ||
    (hasExactKeys(selective, ['content_in_locales', 'non_localized_content']) &&
      isStringArray(selective.content_in_locales) &&
      typeof selective.non_localized_content === 'boolean');
  if (!attributes || typeof attributes.publication_scheduled_at !== 'string' || !selectiveOk) {
    throw badFormat(
      'expected { data: { type: "scheduled_publication", attributes: { publication_scheduled_at, selective_publication?: null | { content_in_locales, non_localized_content } } } }',
    );
  }
  return {
    at: attributes.publication_scheduled_at,
    selective: selective
      ? { locales: selective.content_in_locales, nonLocalized: selective.non_localized_content }
      : null,
  };
}

/** https://www.datocms.com/docs/content-management-api/resources/item/bulk_unpublish: "a maximum of 200 records". */
export const BULK_MAX = 200;

/**
 * POST /items/bulk/unpublish (client Item.bulkUnpublish):
 * `{ data: { type: 'item_bulk_unpublish_operation', relationships: { items: { data: [{ type: 'item', id }] } } } }`.
 * Whole records only: no locales, no `recursive`.
 * @param {string} rawBody
 * @returns {string[]} the record ids
 */
export function parseBulkUnpublishBody(rawBody) {
  const body = rawBody === '' ? null : parseJson(rawBody);
  const items = body?.data?.relationships?.items?.data;
  const ok =
    hasExactKeys(body, ['data']) &&
    hasExactKeys(body.data, ['type', 'relationships']) &&
    body.data.type === 'item_bulk_unpublish_operation' &&
    hasExactKeys(body.data.relationships, ['items']) &&
    hasExactKeys(body.data.relationships.items, ['data']) &&
    Array.isArray(items) &&
    items.every((ref) => hasExactKeys(ref, ['type', 'id']) && ref.type === 'item' && typeof ref.id === 'string');
  if (!ok) {
    throw badFormat(
      'expected { data: { type: "item_bulk_unpublish_operation", relationships: { items: { data: [{ type: "item", id }] } } } }',
    );
  }
  const ids = items.map((/** @type {{ id: string }} */ ref) => ref.id);
  // The schema's minItems and the documented maximum; the validation code is the fake's choice (assumed).
  if (ids.length === 0) throw invalid('items', 'lists no record', 'VALIDATION_LENGTH');
  if (ids.length > BULK_MAX)
    throw invalid('items', `lists ${ids.length} records: at most ${BULK_MAX}`, 'VALIDATION_LENGTH');
  // Docs silent on a record listed twice: refused (assumed).
  if (new Set(ids).size !== ids.length) throw invalid('items', 'lists a record twice');
  return ids;
}
