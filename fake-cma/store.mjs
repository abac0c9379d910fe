// The fake project's records and the rules of the endpoints the fake serves.
//
// Sources cited in comments:
//   [000]      /work/shared/reference/000_a3b9383d75374f8a.txt  (unpublish a record)
//   [003]      /work/shared/reference/003_4c57e64e723636ba.txt  (create a scheduled unpublishing)
//   [PLATFORM] /work/shared/PLATFORM.md
//   [client]   @datocms/cma-client 5.8 (generated/resources/Item.js, ScheduledUnpublishing.js)
// "Docs silent" marks a choice of the fake: always the strictest plausible one,
// so that a plugin relying on leniency fails its tests.

/** @typedef {import('./seed.mjs').Seed} Seed */
/** @typedef {import('./seed.mjs').SeedModel} SeedModel */
/** @typedef {import('./seed.mjs').SeedRecord} SeedRecord */

/**
 * @typedef {object} Schedule a pending scheduled unpublishing
 * @property {string} id
 * @property {number} at ms
 * @property {string[] | null} locales null = the whole record
 *
 * @typedef {object} StoredRecord
 * @property {string} id
 * @property {SeedModel} model
 * @property {Record<string, string>} title current content: keys are the current locales
 * @property {Record<string, string>} published published content: keys are the published locales
 * @property {string | null} parentId
 * @property {number} position
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {string | null} publishedAt
 * @property {string | null} firstPublishedAt
 * @property {string} currentVersion
 * @property {string | null} publishedVersion
 * @property {number} publications how many published versions were made (names their ids)
 * @property {Schedule | null} schedule
 *
 * @typedef {Record<string, string | string[]>} Query
 * @typedef {Record<string, any>} RawResource a JSON:API resource object
 */

const DAY_MS = 86_400_000;
const EDITOR = { id: 'user-editor', type: 'user' };

/** An API error answer: thrown by the rules, turned into a JSON:API error body by the server. */
export class ApiFailure extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {Record<string, unknown>} [details]
   */
  constructor(status, code, details = {}) {
    super(`${status} ${code} ${JSON.stringify(details)}`);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/**
 * A 422 VALIDATION_INVALID on one field, in the `details` shape DatoCMS uses for
 * validation errors (`field`, `code`); `message` is the fake's, for humans only.
 * @param {string} field
 * @param {string} message
 */
function invalid(field, message) {
  return new ApiFailure(422, 'VALIDATION_INVALID', { field, code: 'VALIDATION_INVALID', message });
}

/** @param {string} message */
function badFormat(message) {
  return new ApiFailure(422, 'INVALID_FORMAT', { message });
}

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString();

/**
 * True when `value` is a plain object with every `required` key and no other.
 * @param {unknown} value
 * @param {string[]} required
 * @param {string[]} [optional]
 */
function hasExactKeys(value, required, optional = []) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return required.every((key) => keys.includes(key)) && keys.every((key) => required.includes(key) || optional.includes(key));
}

/** @param {unknown} value @returns {value is string[]} */
const isStringArray = (value) => Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** @param {string} rawBody @returns {any} */
function parseJson(rawBody) {
  try {
    return JSON.parse(rawBody);
  } catch {
    throw badFormat('the body is not valid JSON');
  }
}

/**
 * ms of an ISO 8601 date-time, or null. Docs silent on accepted formats ([003]
 * says "date-time", example "2025-02-10T11:03:42Z"): the fake demands an explicit
 * offset, so a plugin that sends a zone-less local time is caught.
 * @param {string} text
 */
function parseInstant(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const calendarDay = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  if (calendarDay.getUTCDate() !== day || calendarDay.getUTCMonth() !== (month ?? 0) - 1) return null; // no 30 February
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** @param {StoredRecord} rec */
const isLive = (rec) => Object.keys(rec.published).length > 0;

/**
 * Which locales differ between the current and the published version.
 * @param {StoredRecord} rec
 */
function localeDiff(rec) {
  const current = Object.keys(rec.title);
  const published = Object.keys(rec.published);
  return {
    changed: published.filter((l) => Object.hasOwn(rec.title, l) && rec.title[l] !== rec.published[l]),
    added: current.filter((l) => !Object.hasOwn(rec.published, l)),
    removed: published.filter((l) => !Object.hasOwn(rec.title, l)),
  };
}

/** @param {StoredRecord} rec @returns {'draft' | 'updated' | 'published'} */
function statusOf(rec) {
  if (!isLive(rec)) return 'draft';
  const { changed, added, removed } = localeDiff(rec);
  return changed.length + added.length + removed.length > 0 ? 'updated' : 'published';
}

/** @param {StoredRecord} rec */
function scheduleResource(rec) {
  const schedule = /** @type {Schedule} */ (rec.schedule);
  return {
    id: schedule.id,
    type: 'scheduled_unpublishing',
    attributes: { unpublishing_scheduled_at: iso(schedule.at), content_in_locales: schedule.locales },
    relationships: { item: { data: { id: rec.id, type: 'item' } } },
  };
}

export class Store {
  /**
   * @param {Seed} seed
   * @param {() => number} now the fake clock, ms
   */
  constructor(seed, now) {
    this.site = seed.site;
    this.models = new Map(seed.models.map((model) => [model.id, model]));
    this.now = now;
    this.nextScheduleId = 1;
    /** @type {Map<string, StoredRecord>} */
    this.records = new Map(seed.records.map((record) => [record.id, this.#fromSeed(record)]));
  }

  /** @param {SeedRecord} seed @returns {StoredRecord} */
  #fromSeed(seed) {
    const model = this.models.get(seed.model);
    if (!model) throw new Error(`seed record ${seed.id}: unknown model ${seed.model}`);
    const start = this.now();
    const published = model.draftMode ? { ...seed.published } : {};
    const everPublished = Object.keys(published).length > 0;
    const rec = {
      id: seed.id,
      model,
      title: { ...seed.title },
      published,
      parentId: model.tree ? (seed.parentId ?? null) : null,
      position: seed.position ?? 1,
      createdAt: iso(start - 10 * DAY_MS),
      updatedAt: iso(start - DAY_MS),
      publishedAt: everPublished ? iso(start - 5 * DAY_MS) : null,
      firstPublishedAt: everPublished ? iso(start - 9 * DAY_MS) : null,
      currentVersion: `${seed.id}-v1`,
      publishedVersion: null,
      publications: 0,
      schedule: null,
    };
    if (everPublished) this.#newPublishedVersion(rec);
    return rec;
  }

  /** @param {string} id */
  find(id) {
    const rec = this.records.get(id);
    if (!rec) throw new ApiFailure(404, 'NOT_FOUND', { item_id: id, message: `no record ${id}` });
    return rec;
  }

  /** @param {Iterable<string>} locales in the site's order, unknown ones last */
  #ordered(locales) {
    const rank = (/** @type {string} */ l) => {
      const index = this.site.locales.indexOf(l);
      return index === -1 ? Infinity : index;
    };
    return [...locales].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }

  /** @param {string} id */
  publishedLocales(id) {
    return this.#ordered(Object.keys(this.find(id).published));
  }

  /** @param {StoredRecord} rec */
  #children(rec) {
    return [...this.records.values()].filter((other) => other.parentId === rec.id);
  }

  /** @param {StoredRecord} rec @returns {StoredRecord[]} */
  #descendants(rec) {
    return this.#children(rec).flatMap((child) => [child, ...this.#descendants(child)]);
  }

  /** @param {StoredRecord} rec */
  #publishedDescendants(rec) {
    return rec.model.tree ? this.#descendants(rec).filter(isLive) : [];
  }

  // ---- JSON:API shapes -------------------------------------------------

  /** @param {StoredRecord} rec */
  #treeAttributes(rec) {
    return rec.model.tree ? { parent_id: rec.parentId, position: rec.position } : {};
  }

  /** @param {StoredRecord} rec */
  #itemTypeRef(rec) {
    return { data: { id: rec.model.id, type: 'item_type' } };
  }

  /** The item as GET /items/:id returns it in `data` ([000] example responses). @param {StoredRecord} rec */
  #rawItem(rec) {
    // Docs silent on `meta` of models without draft/published: the fake reports
    // them as always published, as the DatoCMS editor shows them.
    const draftMode = rec.model.draftMode;
    return {
      id: rec.id,
      type: 'item',
      attributes: { title: { ...rec.title }, ...this.#treeAttributes(rec) },
      relationships: { item_type: this.#itemTypeRef(rec), creator: { data: EDITOR } },
      meta: {
        created_at: rec.createdAt,
        updated_at: rec.updatedAt,
        published_at: draftMode ? rec.publishedAt : rec.updatedAt,
        first_published_at: draftMode ? rec.firstPublishedAt : rec.createdAt,
        publication_scheduled_at: null,
        unpublishing_scheduled_at: rec.schedule ? iso(rec.schedule.at) : null,
        status: draftMode ? statusOf(rec) : 'published',
        is_valid: true,
        is_current_version_valid: true,
        // [000]: null once the entire record has been unpublished.
        is_published_version_valid: !draftMode || isLive(rec) ? true : null,
        current_version: rec.currentVersion,
        stage: null,
        has_children: rec.model.tree && this.#children(rec).length > 0,
      },
    };
  }

  /** @param {string} id */
  rawItem(id) {
    return this.#rawItem(this.find(id));
  }

  rawItems() {
    return [...this.records.values()].map((rec) => this.#rawItem(rec));
  }

  rawSite() {
    const { id, name, locales, timezone } = this.site;
    return { id, type: 'site', attributes: { name, locales: [...locales], timezone, internal_domain: null } };
  }

  /** @param {SeedModel} model */
  #titleFieldId(model) {
    return `field-${model.apiKey}-title`;
  }

  /** @param {SeedModel} model */
  #rawItemType(model) {
    const none = { data: null };
    const titleField = { id: this.#titleFieldId(model), type: 'field' };
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
        fields: { data: [titleField] },
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

  /** @returns {Record<string, RawResource>} */
  rawItemTypes() {
    return Object.fromEntries([...this.models.values()].map((model) => [model.id, this.#rawItemType(model)]));
  }

  /** @returns {Record<string, RawResource>} */
  rawFields() {
    return Object.fromEntries(
      [...this.models.values()].map((model) => {
        const field = {
          id: this.#titleFieldId(model),
          type: 'field',
          attributes: {
            label: 'Title',
            api_key: 'title',
            field_type: 'string',
            localized: true,
            hint: null,
            default_value: null,
            validators: {},
            appearance: { editor: 'single_line', parameters: { heading: true }, addons: [] },
            position: 1,
          },
          relationships: { item_type: { data: { id: model.id, type: 'item_type' } }, fieldset: { data: null } },
        };
        return [field.id, field];
      }),
    );
  }

  /** @param {StoredRecord} rec */
  #publishedVersionResource(rec) {
    return {
      id: rec.publishedVersion,
      type: 'item_version',
      attributes: { title: { ...rec.published }, ...this.#treeAttributes(rec) },
      relationships: {
        item: { data: { id: rec.id, type: 'item' } },
        item_type: this.#itemTypeRef(rec),
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
   * GET /items/:id/current-vs-published-state ([PLATFORM], [client]: a private
   * call, shape from the client's types). For a model without draft/published
   * docs are silent: the fake reports nothing published (published_version_locales []).
   * @param {string} id
   */
  currentVsPublishedState(id) {
    const rec = this.find(id);
    const { changed, added, removed } = localeDiff(rec);
    const ref = (/** @type {string} */ type, /** @type {string | null | undefined} */ refId) => ({
      data: refId ? { id: refId, type } : null,
    });
    return {
      data: {
        id: rec.id,
        type: 'item_current_vs_published_state',
        attributes: {
          current_version_locales: this.#ordered(Object.keys(rec.title)),
          published_version_locales: this.#ordered(Object.keys(rec.published)),
          changed_locales: this.#ordered(changed),
          added_locales: this.#ordered(added),
          removed_locales: this.#ordered(removed),
          non_localized_fields_changed: false,
          current_version_invalid_locales: [],
          current_version_non_localized_fields_invalid: false,
        },
        relationships: {
          // The fake has no endpoint that creates scheduled publications.
          scheduled_publication: ref('scheduled_publication', null),
          scheduled_unpublishing: ref('scheduled_unpublishing', rec.schedule?.id),
          published_version: ref('item_version', rec.publishedVersion),
        },
      },
      included: [
        ...(rec.schedule ? [scheduleResource(rec)] : []),
        ...(rec.publishedVersion ? [this.#publishedVersionResource(rec)] : []),
      ],
    };
  }

  /**
   * GET /items, only with `filter[ids]` (comma-separated ids), `filter[type]`
   * (comma-separated model ids or api keys) and `page[offset]` / `page[limit]`
   * (default 30, at most 500, like the real list). Any other parameter is refused
   * with INVALID_FORMAT: the fake does not implement it, and a silent "all
   * records" would hide the bug.
   * @param {Query} query
   */
  list(query) {
    const supported = ['filter[ids]', 'filter[type]', 'page[offset]', 'page[limit]'];
    const unsupported = Object.keys(query).filter((key) => !supported.includes(key));
    if (unsupported.length > 0) throw badFormat(`query parameters the fake does not implement: ${unsupported.join(', ')}`);
    const single = (/** @type {string} */ key) => {
      const value = query[key];
      if (Array.isArray(value)) throw badFormat(`${key} given twice`);
      return value;
    };
    /** @type {(key: string, fallback: number, min: number, max: number) => number} */
    const integer = (key, fallback, min, max) => {
      const text = single(key);
      const value = text === undefined ? fallback : Number(text);
      if (!Number.isInteger(value) || value < min || value > max) throw badFormat(`${key} must be an integer in ${min}..${max}`);
      return value;
    };
    const ids = single('filter[ids]')?.split(',');
    const types = single('filter[type]')?.split(',');
    const offset = integer('page[offset]', 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = integer('page[limit]', 30, 1, 500);
    const matching = [...this.records.values()].filter(
      (rec) => (!ids || ids.includes(rec.id)) && (!types || types.includes(rec.model.id) || types.includes(rec.model.apiKey)),
    );
    return {
      data: matching.slice(offset, offset + limit).map((rec) => this.#rawItem(rec)),
      meta: { total_count: matching.length },
    };
  }

  // ---- Unpublishing ----------------------------------------------------

  /** @param {StoredRecord} rec */
  #requireDraftMode(rec) {
    // [000]: "In a model where the draft/published system is enabled". The code is the fake's choice.
    if (!rec.model.draftMode) throw invalid('item', 'the model has no draft/published system');
  }

  /** @param {StoredRecord} rec */
  #newPublishedVersion(rec) {
    rec.publications += 1;
    rec.publishedVersion = statusOf(rec) === 'published' ? rec.currentVersion : `${rec.id}-published-${rec.publications}`;
  }

  /**
   * Checks a list of locales to take offline, for [000] and [003].
   * @param {StoredRecord} rec
   * @param {string[]} locales
   */
  #checkLocalesToUnpublish(rec, locales) {
    const field = 'content_in_locales';
    // Docs silent on an empty list and on duplicates: refused.
    if (locales.length === 0) throw invalid(field, 'lists no locale');
    if (new Set(locales).size !== locales.length) throw invalid(field, 'lists a locale twice');
    // [000]: "You can only unpublish locales that are currently published within a specific record".
    const notLive = locales.filter((l) => !Object.hasOwn(rec.published, l));
    if (notLive.length > 0) throw invalid(field, `not published in this record: ${notLive.join(', ')}`);
    // [000]: "To unpublish all locales, do NOT use this parameter": refused.
    if (locales.length === Object.keys(rec.published).length) {
      throw invalid(field, 'lists every published locale: unpublish the whole record (no body) instead');
    }
  }

  /**
   * Takes the whole record offline ([000]: "unpublish the entire record, including
   * all its localizations"). Docs silent on a pending scheduled unpublishing: it has
   * nothing left to do, so the fake removes it.
   * @param {StoredRecord} rec
   */
  #clearPublication(rec) {
    rec.published = {};
    rec.publishedAt = null;
    rec.publishedVersion = null;
    rec.updatedAt = iso(this.now());
    rec.schedule = null;
  }

  /**
   * [000] example: the rest stays published under a new publication (`published_at` moves).
   * @param {StoredRecord} rec
   * @param {string[]} locales
   */
  #unpublishLocales(rec, locales) {
    for (const locale of locales) delete rec.published[locale];
    rec.updatedAt = iso(this.now());
    rec.publishedAt = rec.updatedAt;
    this.#newPublishedVersion(rec);
  }

  /**
   * @param {StoredRecord} rec
   * @param {boolean} recursive
   */
  #checkWholeUnpublish(rec, recursive) {
    // Docs silent on unpublishing a record with nothing published: refused.
    if (!isLive(rec)) throw invalid('item', 'the record has nothing published');
    // [000]: published children without `recursive` → PUBLISHED_CHILDREN. Docs silent on
    // its details: the fake lists every published descendant as `details.children`;
    // a plugin must not rely on that shape (it can list the model's records instead).
    const children = this.#publishedDescendants(rec);
    if (children.length > 0 && !recursive) {
      throw new ApiFailure(422, 'PUBLISHED_CHILDREN', { children: children.map(({ id }) => ({ id })) });
    }
  }

  /**
   * PUT /items/:id/unpublish ([000]; URL from [client]).
   * @param {string} id
   * @param {string} rawBody '' when the request had no body
   * @param {boolean} recursive
   */
  unpublish(id, rawBody, recursive) {
    const rec = this.find(id);
    this.#requireDraftMode(rec);
    // [000]: no body at all = the whole record.
    if (rawBody === '') {
      this.#checkWholeUnpublish(rec, recursive);
      // [000]: with recursive, published children are unpublished as well.
      const descendants = recursive ? this.#publishedDescendants(rec) : [];
      for (const target of [rec, ...descendants]) this.#clearPublication(target);
    } else {
      // Docs silent on children for a selective unpublish: the rule is applied to whole records only.
      const locales = parseSelectiveBody(rawBody);
      this.#checkLocalesToUnpublish(rec, locales);
      // Docs silent on a pending schedule: it stays, and unpublishes what is still live when due.
      this.#unpublishLocales(rec, locales);
    }
    return { data: this.#rawItem(rec), included: [this.#rawItemType(rec.model)] };
  }

  // ---- Scheduled unpublishing ------------------------------------------

  /**
   * POST /items/:id/scheduled-unpublishing ([003]).
   * @param {string} id
   * @param {string} rawBody
   */
  createSchedule(id, rawBody) {
    const rec = this.find(id);
    const { at, locales } = parseScheduleBody(rawBody);
    // Docs silent: a model without draft/published has nothing to unpublish.
    this.#requireDraftMode(rec);
    // The code for an unreadable date is the fake's choice ([PLATFORM] also lists INVALID_DATE).
    const ms = parseInstant(at);
    if (ms === null) throw invalid('unpublishing_scheduled_at', 'not an ISO 8601 date-time with an offset');
    // [003]: "The future date for the unpublishing".
    if (ms <= this.now()) throw invalid('unpublishing_scheduled_at', 'must be in the future');
    // [PLATFORM]: a record has at most one pending scheduled unpublishing (replace = destroy then create).
    if (rec.schedule) throw invalid('item', 'the record already has a scheduled unpublishing');
    // Docs silent: nothing published, nothing to schedule.
    if (!isLive(rec)) throw invalid('item', 'the record has nothing published');
    // [003] documents only the type (null = whole record); the rules of [000] are applied.
    if (locales !== null) this.#checkLocalesToUnpublish(rec, locales);
    rec.schedule = { id: String(this.nextScheduleId++), at: ms, locales };
    return { data: scheduleResource(rec), included: [this.#rawItem(rec)] };
  }

  /**
   * DELETE /items/:id/scheduled-unpublishing ([client] `scheduledUnpublishing.destroy`).
   * @param {string} id
   */
  destroySchedule(id) {
    const rec = this.find(id);
    if (!rec.schedule) throw new ApiFailure(404, 'NOT_FOUND', { item_id: id, message: 'no scheduled unpublishing' });
    const resource = scheduleResource(rec);
    rec.schedule = null;
    return { data: resource };
  }

  /**
   * Runs every scheduled unpublishing due by the fake clock, oldest first. Docs
   * silent on what a due schedule does when the record changed meanwhile: it
   * unpublishes only its locales still published, and a whole-record one is
   * dropped without effect when a non-recursive unpublish would be refused
   * (published children).
   */
  runDueSchedules() {
    const due = [...this.records.values()]
      .filter((rec) => rec.schedule && rec.schedule.at <= this.now())
      .sort((a, b) => /** @type {Schedule} */ (a.schedule).at - /** @type {Schedule} */ (b.schedule).at);
    for (const rec of due) {
      const { locales } = /** @type {Schedule} */ (rec.schedule);
      rec.schedule = null;
      const stillLive = locales?.filter((l) => Object.hasOwn(rec.published, l)) ?? Object.keys(rec.published);
      if (stillLive.length === 0) continue;
      if (stillLive.length < Object.keys(rec.published).length) this.#unpublishLocales(rec, stillLive);
      else if (this.#publishedDescendants(rec).length === 0) this.#clearPublication(rec);
    }
  }
}

/**
 * The selective body of [000], exactly:
 * `{ data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: [...] } } }`.
 * Anything else, `{}` included ("not even an empty object {}"), is INVALID_FORMAT.
 * @param {string} rawBody
 * @returns {string[]}
 */
function parseSelectiveBody(rawBody) {
  const body = parseJson(rawBody);
  const valid =
    hasExactKeys(body, ['data']) &&
    hasExactKeys(body.data, ['type', 'attributes']) &&
    body.data.type === 'selective_unpublish_operation' &&
    hasExactKeys(body.data.attributes, ['content_in_locales']) &&
    isStringArray(body.data.attributes.content_in_locales);
  if (!valid) {
    throw badFormat(
      'expected no body, or { data: { type: "selective_unpublish_operation", attributes: { content_in_locales: [...] } } }',
    );
  }
  return body.data.attributes.content_in_locales;
}

/**
 * The body of [003]: `type` "scheduled_unpublishing", `unpublishing_scheduled_at`
 * required, `content_in_locales` optional (null or absent = whole record).
 * @param {string} rawBody
 * @returns {{ at: string, locales: string[] | null }}
 */
function parseScheduleBody(rawBody) {
  const body = rawBody === '' ? null : parseJson(rawBody);
  const attributes = body?.data?.attributes;
  const valid =
    hasExactKeys(body, ['data']) &&
    hasExactKeys(body.data, ['type', 'attributes']) &&
    body.data.type === 'scheduled_unpublishing' &&
    hasExactKeys(attributes, ['unpublishing_scheduled_at'], ['content_in_locales']) &&
    typeof attributes.unpublishing_scheduled_at === 'string' &&
    (attributes.content_in_locales == null || isStringArray(attributes.content_in_locales));
  if (!valid) {
    throw badFormat(
      'expected { data: { type: "scheduled_unpublishing", attributes: { unpublishing_scheduled_at, content_in_locales? } } }',
    );
  }
  return { at: attributes.unpublishing_scheduled_at, locales: attributes.content_in_locales ?? null };
}
