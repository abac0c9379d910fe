// Scheduled unpublishings and publications of one environment: create, cancel, and run
// when the fake clock passes them.
//
// Sources:
//   [003]     ../shared/reference/003_4c57e64e723636ba.txt (create a scheduled unpublishing)
//   [sp]      https://www.datocms.com/docs/content-management-api/resources/scheduled-publication
//   [client]  @datocms/cma-client 5.8 generated/resources/ScheduledUnpublishing.ts,
//             ScheduledPublication.ts: `destroy` answers `{ data: Item }` (the record, not the schedule)
//   [PLATFORM] ../shared/PLATFORM.md

import { parsePublicationBody, parseUnpublishingBody } from './bodies.mjs';
import { ApiFailure, invalid } from './errors.mjs';
import { isLive } from './records.mjs';
import { publicationResource, rawItem, unpublishingResource } from './shapes.mjs';
import { iso, parseInstant } from './time.mjs';

/** @typedef {import('./store.mjs').Store} Store */
/** @typedef {import('./records.mjs').StoredRecord} StoredRecord */

/**
 * @typedef {object} PlanRun what a due plan did when the clock passed it
 * @property {'unpublishing' | 'publication'} kind
 * @property {string} itemId
 * @property {string} at ISO, the plan's time
 * @property {'done' | 'skipped' | 'failed'} outcome
 * @property {string} [reason] why it was skipped or failed
 */

/**
 * A future instant, or a validation error on `field`. The code for an unreadable date is
 * the fake's choice ([PLATFORM] also lists INVALID_DATE).
 * @param {Store} store
 * @param {string} text
 * @param {string} field
 */
function futureInstant(store, text, field) {
  const ms = parseInstant(text);
  if (ms === null) throw invalid(field, 'not an ISO 8601 date-time with an offset');
  // [003]: "The future date for the unpublishing"; [sp]: "The future date for the publication".
  if (ms <= store.now()) throw invalid(field, 'must be in the future');
  return ms;
}

/**
 * POST /items/:id/scheduled-unpublishing ([003]).
 * @param {Store} store
 * @param {string} id
 * @param {string} rawBody
 */
export function createUnpublishing(store, id, rawBody) {
  const rec = store.find(id);
  const { at, locales } = parseUnpublishingBody(rawBody);
  // Docs silent: a model without draft/published has nothing to unpublish.
  store.requireDraftMode(rec);
  const ms = futureInstant(store, at, 'unpublishing_scheduled_at');
  // [PLATFORM]: a record has at most one pending scheduled unpublishing (replace = destroy then create).
  if (rec.unpublishing) throw invalid('item', 'the record already has a scheduled unpublishing');
  // Docs silent: nothing published, nothing to schedule.
  if (!isLive(rec)) throw invalid('item', 'the record has nothing published');
  // [003] documents only the type (null = whole record); the rules of unpublishing now apply.
  if (locales !== null) store.checkLocalesToUnpublish(rec, locales);
  rec.unpublishing = { id: store.newPlanId(), at: ms, locales };
  store.touch();
  return { data: unpublishingResource(rec), included: [rawItem(store, rec)] };
}

/**
 * DELETE /items/:id/scheduled-unpublishing: answers the record ([client] destroy target schema).
 * @param {Store} store
 * @param {string} id
 */
export function destroyUnpublishing(store, id) {
  const rec = store.find(id);
  if (!rec.unpublishing) throw new ApiFailure(404, 'NOT_FOUND', { item_id: id, message: 'no scheduled unpublishing' });
  rec.unpublishing = null;
  store.touch();
  return { data: rawItem(store, rec) };
}

/**
 * POST /items/:id/scheduled-publication ([sp], [client]). Docs silent on several rules,
 * assumed like the unpublishing ones: a draft/published model, one pending publication per
 * record, a selective publication lists existing locales of the current version, at least one,
 * none twice.
 * @param {Store} store
 * @param {string} id
 * @param {string} rawBody
 */
export function createPublication(store, id, rawBody) {
  const rec = store.find(id);
  const { at, selective } = parsePublicationBody(rawBody);
  store.requireDraftMode(rec);
  const ms = futureInstant(store, at, 'publication_scheduled_at');
  if (rec.publication) throw invalid('item', 'the record already has a scheduled publication');
  if (selective) {
    const { locales } = selective;
    const current = store.currentLocales(rec);
    const field = 'selective_publication';
    if (locales.length === 0) throw invalid(field, 'lists no locale');
    if (new Set(locales).size !== locales.length) throw invalid(field, 'lists a locale twice');
    const missing = locales.filter((l) => !current.includes(l));
    if (missing.length > 0) throw invalid(field, `not in this record: ${missing.join(', ')}`);
  }
  rec.publication = { id: store.newPlanId(), at: ms, selective };
  store.touch();
  return { data: publicationResource(rec), included: [rawItem(store, rec)] };
}

/**
 * DELETE /items/:id/scheduled-publication: answers the record ([client]).
 * @param {Store} store
 * @param {string} id
 */
export function destroyPublication(store, id) {
  const rec = store.find(id);
  if (!rec.publication) throw new ApiFailure(404, 'NOT_FOUND', { item_id: id, message: 'no scheduled publication' });
  rec.publication = null;
  store.touch();
  return { data: rawItem(store, rec) };
}

/**
 * A due scheduled unpublishing. Docs silent on what it does when the record changed
 * meanwhile: it unpublishes only its locales still published; a whole-record one is dropped
 * without effect when a non-recursive unpublish would be refused (published children); link
 * strategies apply as for an unpublish now, and PUBLISHED_REFERENCES drops it.
 * @param {Store} store
 * @param {StoredRecord} rec
 * @returns {Omit<PlanRun, 'kind' | 'itemId' | 'at'>}
 */
function runUnpublishing(store, rec) {
  const plan = /** @type {import('./records.mjs').Plan} */ (rec.unpublishing);
  rec.unpublishing = null;
  if (!isLive(rec)) return { outcome: 'skipped', reason: 'nothing published' };
  const live = store.liveLocales(rec);
  const stillLive = plan.locales ? plan.locales.filter((l) => live.includes(l)) : live;
  if (plan.locales && stillLive.length === 0)
    return { outcome: 'skipped', reason: `not published any more: ${plan.locales.join(', ')}` };
  try {
    if (plan.locales && stillLive.length < live.length) store.unpublishSomeLocales(rec, stillLive);
    else if (store.publishedDescendants(rec).length > 0) return { outcome: 'skipped', reason: 'published children' };
    else store.takeOffline([rec]);
    return { outcome: 'done' };
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    return { outcome: 'failed', reason: error.code };
  }
}

/**
 * Runs every plan due by the fake clock, oldest first. A publication and an unpublishing of
 * the same instant: the publication first (docs silent, assumed). A due publication publishes
 * the current version, whole or the locales it names ([sp] `selective_publication`).
 * @param {Store} store
 * @returns {PlanRun[]}
 */
export function runDuePlans(store) {
  const now = store.now();
  /** @type {Array<{ kind: PlanRun['kind'], rec: StoredRecord, at: number }>} */
  const due = [];
  for (const rec of store.records.values()) {
    if (rec.publication && rec.publication.at <= now) due.push({ kind: 'publication', rec, at: rec.publication.at });
    if (rec.unpublishing && rec.unpublishing.at <= now)
      due.push({ kind: 'unpublishing', rec, at: rec.unpublishing.at });
  }
  const rank = (/** @type {PlanRun['kind']} */ kind) => (kind === 'publication' ? 0 : 1);
  due.sort((a, b) => a.at - b.at || rank(a.kind) - rank(b.kind));
  /** @type {PlanRun[]} */
  const runs = [];
  for (const { kind, rec, at } of due) {
    const base = { kind, itemId: rec.id, at: iso(at) };
    // An earlier plan of this run may have removed this one (a whole unpublish drops the record's plan).
    if (kind === 'unpublishing' && rec.unpublishing) runs.push({ ...base, ...runUnpublishing(store, rec) });
    if (kind === 'publication' && rec.publication) {
      const { selective } = rec.publication;
      rec.publication = null;
      runs.push({ ...base, ...store.publish(rec, selective) });
    }
  }
  return runs;
}
