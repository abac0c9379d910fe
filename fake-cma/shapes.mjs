// JSON:API shapes of the fake's resources, as the official client's types define them.
//
// Sources:
//   [000]     ../shared/reference/000_a3b9383d75374f8a.txt (item and item_type example responses)
//   [item]    https://www.datocms.com/docs/content-management-api/resources/item (meta)
//   [cvp]     https://www.datocms.com/docs/content-management-api/resources/item-current-vs-published-state
//   [su]      https://www.datocms.com/docs/content-management-api/resources/scheduled-unpublishing
//   [sp]      https://www.datocms.com/docs/content-management-api/resources/scheduled-publication
//   [field]   https://www.datocms.com/docs/content-management-api/resources/field
//   [client]  @datocms/cma-client 5.8 generated/RawApiTypes.ts

import { iso } from './time.mjs';
import { isLive, localeDiff, localesOf, nonLocalizedChanged, ordered, statusOf } from './records.mjs';

/** @typedef {import('./records.mjs').StoredRecord} StoredRecord */
/** @typedef {import('./records.mjs').StoredModel} StoredModel */
/** @typedef {import('./records.mjs').Content} Content */
/** @typedef {import('./store.mjs').Store} Store */
/** @typedef {Record<string, any>} RawResource */

const EDITOR = { id: 'user-editor', type: 'user' };

/** @param {StoredRecord} rec */
const treeAttributes = (rec) => (rec.model.tree ? { parent_id: rec.parentId, position: rec.position } : {});

/** @param {StoredRecord} rec */
const itemTypeRef = (rec) => ({ data: { id: rec.model.id, type: 'item_type' } });

/** @param {Content} content */
const fieldValues = (content) => ({
  title: typeof content.title === 'string' ? content.title : { ...content.title },
  ...structuredClone(content.links),
});

/**
 * The item as GET /items/:id returns it in `data` ([000] example responses, [item] meta).
 * `version: 'published'` shows the published content (GET /items?version=published).
 * @param {Store} store
 * @param {StoredRecord} rec
 * @param {'current' | 'published'} [version]
 * @returns {RawResource}
 */
export function rawItem(store, rec, version = 'current') {
  // Docs silent on `meta` of models without draft/published: the fake reports
  // them as always published, as the DatoCMS editor shows them.
  const draftMode = rec.model.draftMode;
  const content = version === 'published' && rec.live ? rec.live : rec.current;
  return {
    id: rec.id,
    type: 'item',
    attributes: { ...fieldValues(content), ...treeAttributes(rec) },
    relationships: { item_type: itemTypeRef(rec), creator: { data: EDITOR } },
    meta: {
      created_at: rec.createdAt,
      updated_at: rec.updatedAt,
      published_at: draftMode ? rec.publishedAt : rec.updatedAt,
      first_published_at: draftMode ? rec.firstPublishedAt : rec.createdAt,
      publication_scheduled_at: rec.publication ? iso(rec.publication.at) : null,
      unpublishing_scheduled_at: rec.unpublishing ? iso(rec.unpublishing.at) : null,
      status: draftMode ? statusOf(rec) : 'published',
      is_valid: true,
      is_current_version_valid: true,
      // [000]: null once the entire record has been unpublished.
      is_published_version_valid: !draftMode || isLive(rec) ? true : null,
      current_version: rec.currentVersion,
      stage: null,
      has_children: rec.model.tree && store.children(rec).length > 0,
    },
  };
}

/** @param {StoredModel} model */
const titleFieldId = (model) => `field-${model.apiKey}-title`;

/** The item type ([000] `included`). @param {StoredModel} model @returns {RawResource} */
export function rawItemType(model) {
  const none = { data: null };
  const titleField = { id: titleFieldId(model), type: 'field' };
  const linkFields = model.fields.map(({ id }) => ({ id, type: 'field' }));
  return {
    id: model.id,
    type: 'item_type',
    attributes: {
      name: model.name,
      api_key: model.apiKey,
      singleton: false,
      sortable: false,
      tree: model.tree,
      modular_block: false,
      draft_mode_active: model.draftMode,
      all_locales_required: false,
      ordering_direction: null,
      ordering_meta: null,
      collection_appearance: model.tree ? 'tree' : 'table',
      has_singleton_item: false,
      hint: null,
      inverse_relationships_enabled: false,
    },
    relationships: {
      fields: { data: [titleField, ...linkFields] },
      fieldsets: { data: [] },
      singleton_item: none,
      ordering_field: none,
      presentation_title_field: none,
      presentation_image_field: none,
      title_field: { data: titleField },
      image_preview_field: none,
      excerpt_field: none,
      workflow: none,
    },
    meta: { has_singleton_item: false },
  };
}

/** [field] editors of link fields. */
const LINK_EDITORS = { link: 'link_select', links: 'links_select', structured_text: 'structured_text' };

/**
 * The fields of a model ([field]): `title` (string) and its link fields with their validators.
 * @param {StoredModel} model
 * @returns {RawResource[]}
 */
export function rawFields(model) {
  const field = (/** @type {string} */ id, /** @type {Record<string, unknown>} */ attributes) => ({
    id,
    type: 'field',
    attributes: { hint: null, default_value: null, ...attributes },
    relationships: { item_type: { data: { id: model.id, type: 'item_type' } }, fieldset: { data: null } },
  });
  const title = field(titleFieldId(model), {
    label: 'Title',
    api_key: 'title',
    field_type: 'string',
    localized: model.localized,
    validators: {},
    appearance: { editor: 'single_line', parameters: { heading: true }, addons: [] },
    position: 1,
  });
  const links = model.fields.map((link, index) =>
    field(link.id, {
      label: link.label,
      api_key: link.apiKey,
      field_type: link.type,
      localized: false,
      validators: structuredClone(link.validators),
      appearance: { editor: LINK_EDITORS[link.type], parameters: {}, addons: [] },
      position: index + 2,
    }),
  );
  return [title, ...links];
}

/** [su] @param {StoredRecord} rec @returns {RawResource} */
export function unpublishingResource(rec) {
  const plan = /** @type {import('./records.mjs').Plan} */ (rec.unpublishing);
  return {
    id: plan.id,
    type: 'scheduled_unpublishing',
    attributes: {
      unpublishing_scheduled_at: iso(plan.at),
      content_in_locales: plan.locales ? [...plan.locales] : null,
    },
    relationships: { item: { data: { id: rec.id, type: 'item' } } },
  };
}

/** [sp] @param {StoredRecord} rec @returns {RawResource} */
export function publicationResource(rec) {
  const plan = /** @type {import('./records.mjs').PublicationPlan} */ (rec.publication);
  const selective = plan.selective
    ? { content_in_locales: [...plan.selective.locales], non_localized_content: plan.selective.nonLocalized }
    : null;
  return {
    id: plan.id,
    type: 'scheduled_publication',
    attributes: { publication_scheduled_at: iso(plan.at), selective_publication: selective },
    relationships: { item: { data: { id: rec.id, type: 'item' } } },
  };
}

/** @param {StoredRecord} rec @returns {RawResource} */
function publishedVersionResource(rec) {
  return {
    id: rec.publishedVersion,
    type: 'item_version',
    attributes: { ...fieldValues(/** @type {Content} */ (rec.live)), ...treeAttributes(rec) },
    relationships: {
      item: { data: { id: rec.id, type: 'item' } },
      item_type: itemTypeRef(rec),
      editor: { data: EDITOR },
    },
    meta: {
      created_at: rec.publishedAt,
      is_valid: true,
      is_published: true,
      is_current: rec.publishedVersion === rec.currentVersion,
    },
  };
}

/**
 * The locale lists of [cvp], under the documented names or, in the `renamed` / `missing`
 * modes, as a changed private API would answer them.
 * @param {Record<string, string[]>} lists
 * @param {import('./modes.mjs').Modes['currentVsPublishedShape']} shape
 */
function localeLists(lists, shape) {
  if (shape === 'missing') return {};
  if (shape === 'documented') return lists;
  return Object.fromEntries(Object.entries(lists).map(([name, value]) => [RENAMED[name] ?? name, value]));
}

/** @type {Record<string, string>} */
const RENAMED = {
  current_version_locales: 'current_locales',
  published_version_locales: 'published_locales',
  changed_locales: 'locales_changed',
  added_locales: 'locales_added',
  removed_locales: 'locales_removed',
};

/**
 * GET /items/:id/current-vs-published-state ([cvp]; [client] `ItemCurrentVsPublishedStateTargetSchema`:
 * a private call). Mode `scheduleInIncluded: false` sets the schedule relationships and leaves
 * the schedules out of `included`, as the docs' own example does.
 * @param {Store} store
 * @param {StoredRecord} rec
 */
export function currentVsPublishedState(store, rec) {
  const { site, modes } = store;
  const { changed, added, removed } = localeDiff(rec);
  const locales = (/** @type {string[]} */ list) => ordered(list, site.locales);
  const ref = (/** @type {string} */ type, /** @type {string | null | undefined} */ id) => ({
    data: id ? { id, type } : null,
  });
  const schedules = modes.scheduleInIncluded
    ? [...(rec.unpublishing ? [unpublishingResource(rec)] : []), ...(rec.publication ? [publicationResource(rec)] : [])]
    : [];
  return {
    data: {
      id: rec.id,
      type: 'item_current_vs_published_state',
      attributes: {
        ...localeLists(
          {
            current_version_locales: localesOf(rec.current, site.locales, modes),
            published_version_locales: localesOf(rec.live, site.locales, modes),
            changed_locales: locales(changed),
            added_locales: locales(added),
            removed_locales: locales(removed),
          },
          modes.currentVsPublishedShape,
        ),
        non_localized_fields_changed: nonLocalizedChanged(rec),
        current_version_invalid_locales: [],
        current_version_non_localized_fields_invalid: false,
      },
      relationships: {
        scheduled_publication: ref('scheduled_publication', rec.publication?.id),
        scheduled_unpublishing: ref('scheduled_unpublishing', rec.unpublishing?.id),
        published_version: ref('item_version', rec.publishedVersion),
      },
    },
    included: [...schedules, ...(rec.publishedVersion ? [publishedVersionResource(rec)] : [])],
  };
}
