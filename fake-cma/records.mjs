// The stored records of one environment and pure readings of them (locales, status).
//
// Sources cited in comments:
//   [000]      ../shared/reference/000_a3b9383d75374f8a.txt  (unpublish a record)
//   [field]    https://www.datocms.com/docs/content-management-api/resources/field (validators)
//   [client]   @datocms/cma-client 5.8 (fieldTypes/validators/*.ts)

/** @typedef {import('./seed.mjs').SeedModel} SeedModel */
/** @typedef {import('./seed.mjs').SeedField} SeedField */
/** @typedef {import('./seed.mjs').LinkValue} LinkValue */
/** @typedef {import('./modes.mjs').Modes} Modes */

/**
 * @typedef {object} StoredField
 * @property {string} id
 * @property {string} apiKey
 * @property {string} label
 * @property {'link' | 'links' | 'structured_text'} type
 * @property {Record<string, any>} validators
 *
 * @typedef {object} StoredModel
 * @property {string} id
 * @property {string} name
 * @property {string} apiKey
 * @property {boolean} draftMode
 * @property {boolean} tree
 * @property {boolean} localized whether `title` is localized
 * @property {StoredField[]} fields the link fields
 *
 * @typedef {object} Content one version of a record's fields
 * @property {Record<string, string> | string} title per locale (localized models) or a string
 * @property {Record<string, LinkValue>} links field api key → value
 *
 * @typedef {object} Plan a pending scheduled unpublishing
 * @property {string} id
 * @property {number} at ms
 * @property {string[] | null} locales null = the whole record
 *
 * @typedef {object} PublicationPlan a pending scheduled publication
 * @property {string} id
 * @property {number} at ms
 * @property {{ locales: string[], nonLocalized: boolean } | null} selective null = the whole record
 *
 * @typedef {object} StoredRecord
 * @property {string} id
 * @property {StoredModel} model
 * @property {Content} current
 * @property {Content | null} live the published version's content; null = nothing published
 * @property {string | null} parentId
 * @property {number} position
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {string | null} publishedAt
 * @property {string | null} firstPublishedAt
 * @property {string} currentVersion
 * @property {string | null} publishedVersion
 * @property {number} publications how many published versions were made (names their ids)
 * @property {Plan | null} unpublishing
 * @property {PublicationPlan | null} publication
 */

/** The validator of a link field that carries its strategies ([field], [client]). */
export const LINK_VALIDATOR = {
  link: 'item_item_type',
  links: 'items_item_type',
  structured_text: 'structured_text_links',
};

/**
 * [client] validators/item_item_type.ts, items_item_type.ts: `on_reference_unpublish_strategy`
 * defaults to "fail"; structured_text_links.ts: to "delete_references".
 * @param {StoredField} field
 * @returns {'fail' | 'unpublish' | 'delete_references'}
 */
export function onReferenceUnpublish(field) {
  const validator = field.validators[LINK_VALIDATOR[field.type]] ?? {};
  return validator.on_reference_unpublish_strategy ?? (field.type === 'structured_text' ? 'delete_references' : 'fail');
}

/**
 * [client]: `on_publish_with_unpublished_references_strategy` defaults to "fail" on all three.
 * @param {StoredField} field
 * @returns {'fail' | 'publish_references'}
 */
export function onPublishWithUnpublishedReferences(field) {
  return field.validators[LINK_VALIDATOR[field.type]]?.on_publish_with_unpublished_references_strategy ?? 'fail';
}

/** @param {StoredField} field */
export const isRequired = (field) => Object.hasOwn(field.validators, 'required');

/**
 * @param {SeedModel} model
 * @returns {StoredModel}
 */
export function storedModel(model) {
  return {
    id: model.id,
    name: model.name,
    apiKey: model.apiKey,
    draftMode: model.draftMode,
    tree: model.tree,
    localized: model.localized ?? true,
    fields: (model.fields ?? []).map((field) => ({
      id: `field-${model.apiKey}-${field.apiKey}`,
      apiKey: field.apiKey,
      label: field.label ?? field.apiKey,
      type: field.type,
      validators: structuredClone(field.validators),
    })),
  };
}

/** @param {StoredRecord} rec */
export const isLive = (rec) => rec.live !== null;

/**
 * A record whose published content is online: a live record, or any record of a model
 * without draft/published (its content is always published).
 * @param {StoredRecord} rec
 */
export const isOnline = (rec) => !rec.model.draftMode || isLive(rec);

/** The links of the version the public sees ([000]: the published version). @param {StoredRecord} rec */
export const onlineLinks = (rec) => (rec.model.draftMode ? rec.live?.links : rec.current.links) ?? {};

/**
 * Locales of one version. For a model whose fields are all non-localized the docs are silent:
 * the `nonLocalizedLocales` mode decides (assumed: none).
 * @param {Content | null} content
 * @param {string[]} siteLocales
 * @param {Modes} modes
 * @returns {string[]}
 */
export function localesOf(content, siteLocales, modes) {
  if (!content) return [];
  if (typeof content.title !== 'string') return ordered(Object.keys(content.title), siteLocales);
  if (modes.nonLocalizedLocales === 'main-locale') return siteLocales.slice(0, 1);
  return modes.nonLocalizedLocales === 'all-locales' ? [...siteLocales] : [];
}

/**
 * @param {Iterable<string>} locales
 * @param {string[]} siteLocales
 * @returns {string[]} in the site's order, unknown ones last
 */
export function ordered(locales, siteLocales) {
  const rank = (/** @type {string} */ l) => {
    const index = siteLocales.indexOf(l);
    return index === -1 ? Infinity : index;
  };
  return [...locales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Which locales differ between the current and the published version (localized `title` only).
 * @param {StoredRecord} rec
 */
export function localeDiff(rec) {
  const current = rec.current.title;
  const published = rec.live?.title ?? {};
  if (typeof current === 'string' || typeof published === 'string') return { changed: [], added: [], removed: [] };
  return {
    changed: Object.keys(published).filter((l) => Object.hasOwn(current, l) && current[l] !== published[l]),
    added: Object.keys(current).filter((l) => !Object.hasOwn(published, l)),
    removed: Object.keys(published).filter((l) => !Object.hasOwn(current, l)),
  };
}

/** Non-localized content (links, a non-localized title) differs from the published version. @param {StoredRecord} rec */
export function nonLocalizedChanged(rec) {
  if (!rec.live) return false;
  const titleChanged = typeof rec.current.title === 'string' && rec.current.title !== rec.live.title;
  return titleChanged || JSON.stringify(rec.current.links) !== JSON.stringify(rec.live.links);
}

/** @param {StoredRecord} rec @returns {'draft' | 'updated' | 'published'} */
export function statusOf(rec) {
  if (!isLive(rec)) return 'draft';
  const { changed, added, removed } = localeDiff(rec);
  return changed.length + added.length + removed.length > 0 || nonLocalizedChanged(rec) ? 'updated' : 'published';
}

/**
 * The record ids a link value points to.
 * @param {LinkValue | undefined} value
 * @returns {string[]}
 */
export function linkedIds(value) {
  if (value == null) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value;
  /** @type {string[]} */
  const ids = [];
  /** @param {any} node */
  const walk = (node) => {
    if ((node.type === 'itemLink' || node.type === 'inlineItem') && typeof node.item === 'string') ids.push(node.item);
    for (const child of node.children ?? []) walk(child);
  };
  walk(value.document);
  return ids;
}

/**
 * The value without its references to `targetId`. In a structured text, an `inlineItem`
 * goes and an `itemLink` gives way to its text (docs silent on how: assumed).
 * @param {LinkValue | undefined} value
 * @param {string} targetId
 * @returns {LinkValue}
 */
export function withoutLink(value, targetId) {
  if (value == null) return null;
  if (typeof value === 'string') return value === targetId ? null : value;
  if (Array.isArray(value)) return value.filter((id) => id !== targetId);
  /** @param {any[]} children @returns {any[]} */
  const prune = (children) =>
    children.flatMap((node) => {
      if (node.type === 'inlineItem' && node.item === targetId) return [];
      if (node.type === 'itemLink' && node.item === targetId) return prune(node.children ?? []);
      return [node.children ? { ...node, children: prune(node.children) } : node];
    });
  return { ...value, document: { ...value.document, children: prune(value.document.children) } };
}
