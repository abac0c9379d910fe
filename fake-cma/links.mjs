// Links between records: which records reference one, and what each linking field's
// strategy does when a referenced record goes offline or a record is published.
//
// Sources:
//   [references] https://www.datocms.com/docs/content-management-api/resources/item/references
//   [field]      https://www.datocms.com/docs/content-management-api/resources/field (validators
//                item_item_type, items_item_type, structured_text_links)
//   [client]     @datocms/cma-client 5.8 fieldTypes/validators/*.ts (strategy values and defaults)
//   [errors]     https://www.datocms.com/docs/content-management-api/errors (PUBLISHED_REFERENCES is
//                listed; its details are not documented)

import { ApiFailure } from './errors.mjs';
import {
  isOnline,
  isRequired,
  linkedIds,
  onlineLinks,
  onPublishWithUnpublishedReferences,
  onReferenceUnpublish,
} from './records.mjs';

/** @typedef {import('./records.mjs').StoredRecord} StoredRecord */
/** @typedef {import('./records.mjs').StoredField} StoredField */
/** @typedef {import('./records.mjs').LinkValue} LinkValue */

/** [references]: the `version` query parameter. */
export const REFERENCE_VERSIONS = ['current', 'published', 'published-or-current'];

/**
 * @param {Record<string, LinkValue>} links
 * @param {string} targetId
 */
const linksTo = (links, targetId) => Object.values(links).some((value) => linkedIds(value).includes(targetId));

/**
 * GET /items/:id/references ([references]): records that link to `targetId` in their latest
 * version (`current`), their published version (`published`), or either.
 * @param {Iterable<StoredRecord>} records
 * @param {string} targetId
 * @param {string} version one of REFERENCE_VERSIONS
 */
export function referencing(records, targetId, version) {
  return [...records].filter((rec) => {
    const inCurrent = linksTo(rec.current.links, targetId);
    const inPublished = isOnline(rec) && linksTo(onlineLinks(rec), targetId);
    if (version === 'current') return inCurrent;
    if (version === 'published') return inPublished;
    return inCurrent || inPublished;
  });
}

/**
 * @typedef {object} Removal a link to delete because its target goes offline
 * @property {StoredRecord} rec the linking record
 * @property {StoredField} field
 * @property {string} targetId
 *
 * @typedef {object} UnpublishEffects
 * @property {StoredRecord[]} cascade linking records that go offline too (`unpublish` strategy)
 * @property {Removal[]} removals links removed (`delete_references` strategy)
 */

/**
 * What taking `targets` offline does to the records that link to them, by each linking
 * field's `on_reference_unpublish_strategy` ([field], defaults from [client]):
 *   fail → refused with PUBLISHED_REFERENCES, nothing changes;
 *   unpublish → the linking record goes offline too (and its own referrers' rules apply);
 *   delete_references → the link is removed, refused when the field is `required` ([client]:
 *     "if the field has a required validation it will fail").
 * Assumed where the docs are silent: only the published version of a linking record counts
 * (a draft that links does not block); a linking record of a model without draft/published
 * cannot follow `unpublish` and blocks; a required field blocks with the same code.
 * PUBLISHED_REFERENCES details (undocumented, assumed): `{ references: [{ item_id, field,
 * referenced_item_id, strategy }] }` — `item_id` is the linking record.
 * @param {Iterable<StoredRecord>} records every record of the environment
 * @param {StoredRecord[]} targets
 * @returns {UnpublishEffects}
 */
export function planUnpublishEffects(records, targets) {
  const all = [...records];
  const offline = new Set(targets.map(({ id }) => id));
  const queue = [...targets];
  /** @type {StoredRecord[]} */
  const cascade = [];
  /** @type {Removal[]} */
  const removals = [];
  /** @type {Array<{ item_id: string, field: string, referenced_item_id: string, strategy: string }>} */
  const blocked = [];
  for (let target = queue.shift(); target; target = queue.shift()) {
    const targetId = target.id;
    for (const rec of all) {
      if (offline.has(rec.id) || !isOnline(rec)) continue;
      const links = onlineLinks(rec);
      for (const field of rec.model.fields.filter((f) => linkedIds(links[f.apiKey]).includes(targetId))) {
        const strategy = onReferenceUnpublish(field);
        const block = () =>
          blocked.push({ item_id: rec.id, field: field.apiKey, referenced_item_id: targetId, strategy });
        if (strategy === 'fail' || (strategy === 'delete_references' && isRequired(field))) block();
        else if (strategy === 'delete_references') removals.push({ rec, field, targetId });
        else if (!rec.model.draftMode) block();
        else if (!offline.has(rec.id)) {
          offline.add(rec.id);
          cascade.push(rec);
          queue.push(rec);
        }
      }
    }
  }
  if (blocked.length > 0) throw new ApiFailure(422, 'PUBLISHED_REFERENCES', { references: blocked });
  return { cascade, removals: removals.filter(({ rec }) => !offline.has(rec.id)) };
}

/**
 * What publishing the current content of `rec` requires of the records it links to, by each
 * field's `on_publish_with_unpublished_references_strategy` ([field], [client]): `fail` → the
 * publication fails; `publish_references` → the referenced records are published too (whole,
 * and their own references checked). Records that do not exist are ignored (assumed).
 * @param {Map<string, StoredRecord>} byId
 * @param {StoredRecord} rec
 * @returns {{ blocked: string[], alsoPublish: StoredRecord[] }} `blocked`: ids that make it fail
 */
export function planPublishReferences(byId, rec) {
  /** @type {string[]} */
  const blocked = [];
  /** @type {StoredRecord[]} */
  const alsoPublish = [];
  const seen = new Set([rec.id]);
  const queue = [rec];
  for (let source = queue.shift(); source; source = queue.shift()) {
    for (const field of source.model.fields) {
      for (const id of linkedIds(source.current.links[field.apiKey])) {
        const target = byId.get(id);
        if (!target || isOnline(target) || seen.has(id)) continue;
        seen.add(id);
        if (onPublishWithUnpublishedReferences(field) === 'fail') blocked.push(id);
        else {
          alsoPublish.push(target);
          queue.push(target);
        }
      }
    }
  }
  return { blocked, alsoPublish };
}
