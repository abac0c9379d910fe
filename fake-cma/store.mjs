// The records of one environment and the rules of the endpoints that change them.
// Shapes live in shapes.mjs, link strategies in links.mjs, listing in listing.mjs,
// schedules in scheduling.mjs.
//
// Sources cited in comments:
//   [000]      ../shared/reference/000_a3b9383d75374f8a.txt  (unpublish a record)
//   [PLATFORM] ../shared/PLATFORM.md
//   [client]   @datocms/cma-client 5.8 (generated/resources/Item.ts)
// "Docs silent" marks a choice of the fake: always the strictest plausible one,
// so that a plugin relying on leniency fails its tests.

import { parseSelectiveBody } from './bodies.mjs';
import { ApiFailure, invalid, recordNotFound } from './errors.mjs';
import { planPublishReferences, planUnpublishEffects } from './links.mjs';
import { isLive, localesOf, ordered, statusOf, storedModel, withoutLink } from './records.mjs';
import { rawFields, rawItem, rawItemType } from './shapes.mjs';
import { iso, toMs } from './time.mjs';

/** @typedef {import('./seed.mjs').Seed} Seed */
/** @typedef {import('./seed.mjs').SeedRecord} SeedRecord */
/** @typedef {import('./seed.mjs').SeedPlan} SeedPlan */
/** @typedef {import('./records.mjs').StoredRecord} StoredRecord */
/** @typedef {import('./records.mjs').StoredModel} StoredModel */
/** @typedef {import('./records.mjs').Content} Content */
/** @typedef {import('./modes.mjs').Modes} Modes */
/** @typedef {import('./links.mjs').UnpublishEffects} UnpublishEffects */
/** @typedef {Record<string, string | string[]>} Query */

const DAY_MS = 86_400_000;

/** @param {StoredModel} model @param {Record<string, import('./seed.mjs').LinkValue> | undefined} values */
function linkValues(model, values) {
  const empty = { link: null, links: [], structured_text: null };
  return Object.fromEntries(
    model.fields.map((field) => [field.apiKey, structuredClone(values?.[field.apiKey] ?? empty[field.type])]),
  );
}

export class Store {
  /**
   * @param {Seed} seed
   * @param {{ now: () => number, modes: () => Modes }} clockAndModes the fake clock (ms) and the current modes
   */
  constructor(seed, { now, modes }) {
    this.site = seed.site;
    /** @type {Map<string, StoredModel>} */
    this.models = new Map(seed.models.map((model) => [model.id, storedModel(model)]));
    this.now = now;
    this.currentModes = modes;
    this.nextPlanId = 1;
    this.dataChangedAt = now();
    /** @type {Map<string, StoredRecord>} */
    this.records = new Map(seed.records.map((record) => [record.id, this.#fromSeed(record)]));
  }

  /** @returns {Modes} */
  get modes() {
    return this.currentModes();
  }

  /** @param {SeedRecord} seed @returns {StoredRecord} */
  #fromSeed(seed) {
    const model = this.models.get(seed.model);
    if (!model) throw new Error(`seed record ${seed.id}: unknown model ${seed.model}`);
    if ((typeof seed.title === 'string') === model.localized) {
      throw new Error(`seed record ${seed.id}: title must be ${model.localized ? 'per locale' : 'a string'}`);
    }
    const start = this.now();
    const current = { title: structuredClone(seed.title), links: linkValues(model, seed.links) };
    const published = model.draftMode ? seed.published : null;
    const hasPublished = typeof published === 'string' || (published != null && Object.keys(published).length > 0);
    const rec = {
      id: seed.id,
      model,
      current,
      live: hasPublished
        ? {
            title: structuredClone(/** @type {Content['title']} */ (published)),
            links: linkValues(model, seed.publishedLinks ?? seed.links),
          }
        : null,
      parentId: model.tree ? (seed.parentId ?? null) : null,
      position: seed.position ?? 1,
      createdAt: iso(start - 10 * DAY_MS),
      updatedAt: iso(start - DAY_MS),
      publishedAt: hasPublished ? iso(start - 5 * DAY_MS) : null,
      firstPublishedAt: hasPublished ? iso(start - 9 * DAY_MS) : null,
      currentVersion: `${seed.id}-v1`,
      publishedVersion: null,
      publications: 0,
      unpublishing: seed.unpublishing
        ? { id: this.#planId(), at: this.#seedTime(seed.unpublishing), locales: seed.unpublishing.locales ?? null }
        : null,
      publication: seed.publication
        ? {
            id: this.#planId(),
            at: this.#seedTime(seed.publication),
            selective: seed.publication.locales ? { locales: [...seed.publication.locales], nonLocalized: true } : null,
          }
        : null,
    };
    if (hasPublished) this.newPublishedVersion(rec);
    return rec;
  }

  /** @param {SeedPlan} plan */
  #seedTime(plan) {
    if (plan.at !== undefined) return toMs(plan.at);
    if (plan.inMs !== undefined) return this.now() + plan.inMs;
    throw new Error('a seeded plan needs `at` or `inMs`');
  }

  #planId() {
    return String(this.nextPlanId++);
  }

  /** A new id for a scheduled unpublishing or publication. */
  newPlanId() {
    return this.#planId();
  }

  /** @param {string} id */
  find(id) {
    const rec = this.records.get(id);
    if (!rec) throw recordNotFound(id);
    return rec;
  }

  /** @param {StoredRecord} rec */
  liveLocales(rec) {
    return localesOf(rec.live, this.site.locales, this.modes);
  }

  /** @param {StoredRecord} rec */
  currentLocales(rec) {
    return localesOf(rec.current, this.site.locales, this.modes);
  }

  /** @param {string} id */
  publishedLocales(id) {
    return this.liveLocales(this.find(id));
  }

  /** @param {StoredRecord} rec */
  children(rec) {
    return [...this.records.values()].filter((other) => other.parentId === rec.id);
  }

  /** @param {StoredRecord} rec @returns {StoredRecord[]} */
  #descendants(rec) {
    return this.children(rec).flatMap((child) => [child, ...this.#descendants(child)]);
  }

  /** @param {StoredRecord} rec */
  publishedDescendants(rec) {
    return rec.model.tree ? this.#descendants(rec).filter(isLive) : [];
  }

  /** Marks a change of the environment's data (its `last_data_change_at`). */
  touch() {
    this.dataChangedAt = this.now();
  }

  // ---- JSON:API shapes -------------------------------------------------

  /** @param {string} id @param {'current' | 'published'} [version] */
  rawItem(id, version) {
    return rawItem(this, this.find(id), version);
  }

  rawItems() {
    return [...this.records.values()].map((rec) => rawItem(this, rec));
  }

  rawSite() {
    const { id, name, locales, timezone } = this.site;
    return { id, type: 'site', attributes: { name, locales: [...locales], timezone, internal_domain: null } };
  }

  rawItemTypes() {
    return Object.fromEntries([...this.models.values()].map((model) => [model.id, rawItemType(model)]));
  }

  rawFields() {
    return Object.fromEntries(
      [...this.models.values()].flatMap((model) => rawFields(model).map((field) => [field.id, field])),
    );
  }

  // ---- Unpublishing ----------------------------------------------------

  /** @param {StoredRecord} rec */
  requireDraftMode(rec) {
    // [000]: "In a model where the draft/published system is enabled". The code is the fake's choice.
    if (!rec.model.draftMode) throw invalid('item', 'the model has no draft/published system');
  }

  /** @param {StoredRecord} rec */
  newPublishedVersion(rec) {
    rec.publications += 1;
    rec.publishedVersion =
      statusOf(rec) === 'published' ? rec.currentVersion : `${rec.id}-published-${rec.publications}`;
  }

  /**
   * Checks a list of locales to take offline, for [000] and scheduled unpublishings.
   * @param {StoredRecord} rec
   * @param {string[]} locales
   */
  checkLocalesToUnpublish(rec, locales) {
    const field = 'content_in_locales';
    // Docs silent on an empty list and on duplicates: refused.
    if (locales.length === 0) throw invalid(field, 'lists no locale');
    if (new Set(locales).size !== locales.length) throw invalid(field, 'lists a locale twice');
    // [000]: "You can only unpublish locales that are currently published within a specific record".
    const live = this.liveLocales(rec);
    const notLive = locales.filter((l) => !live.includes(l));
    if (notLive.length > 0) throw invalid(field, `not published in this record: ${notLive.join(', ')}`);
    // [000]: "To unpublish all locales, do NOT use this parameter": refused.
    if (locales.length === live.length) {
      throw invalid(field, 'lists every published locale: unpublish the whole record (no body) instead');
    }
  }

  /**
   * Takes the whole record offline ([000]: "unpublish the entire record, including all its
   * localizations"). Docs silent on a pending scheduled unpublishing: it has nothing left to
   * do, so the fake removes it; a pending scheduled publication stays (assumed).
   * @param {StoredRecord} rec
   */
  #clearPublication(rec) {
    rec.live = null;
    rec.publishedAt = null;
    rec.publishedVersion = null;
    rec.updatedAt = iso(this.now());
    rec.unpublishing = null;
  }

  /**
   * [000] example: the rest stays published under a new publication (`published_at` moves).
   * @param {StoredRecord} rec
   * @param {string[]} locales
   */
  #unpublishLocales(rec, locales) {
    const title = /** @type {Record<string, string>} */ (rec.live?.title);
    for (const locale of locales) delete title[locale];
    rec.updatedAt = iso(this.now());
    rec.publishedAt = rec.updatedAt;
    this.newPublishedVersion(rec);
  }

  /**
   * Applies what linking records do when `targets` go offline (links.mjs), then takes the
   * targets and the cascade offline whole. Throws PUBLISHED_REFERENCES before any change.
   * @param {StoredRecord[]} targets taken offline whole
   * @param {StoredRecord[]} [partly] losing some locales: their referrers react as for a whole unpublish
   * @returns {UnpublishEffects}
   */
  takeOffline(targets, partly = []) {
    const effects = planUnpublishEffects(this.records.values(), [...targets, ...partly]);
    for (const rec of [...targets, ...effects.cascade]) this.#clearPublication(rec);
    for (const { rec, field, targetId } of effects.removals) {
      rec.current.links[field.apiKey] = withoutLink(rec.current.links[field.apiKey], targetId);
      if (rec.live) rec.live.links[field.apiKey] = withoutLink(rec.live.links[field.apiKey], targetId);
      rec.currentVersion = `${rec.id}-v${Number(rec.currentVersion.split('-v').pop()) + 1}`;
      rec.updatedAt = iso(this.now());
      if (rec.live) this.newPublishedVersion(rec);
    }
    this.touch();
    return effects;
  }

  /**
   * Refusals of a whole-record unpublish before link strategies.
   * @param {StoredRecord} rec
   * @param {boolean} recursive
   */
  checkWholeUnpublish(rec, recursive) {
    this.requireDraftMode(rec);
    // Docs silent on unpublishing a record with nothing published: refused.
    if (!isLive(rec)) throw invalid('item', 'the record has nothing published');
    // [000]: published children without `recursive` → PUBLISHED_CHILDREN. Docs silent on
    // its details: the fake lists every published descendant as `details.children`;
    // a plugin must not rely on that shape (it can list the model's records instead).
    const children = this.publishedDescendants(rec);
    if (children.length > 0 && !recursive) {
      throw new ApiFailure(422, 'PUBLISHED_CHILDREN', { children: children.map(({ id }) => ({ id })) });
    }
  }

  /**
   * Some locales of `rec` offline. For link strategies the docs are silent on a per-locale
   * unpublish: mode `selectiveUnpublishReferences` ('whole', assumed: as a whole unpublish).
   * @param {StoredRecord} rec
   * @param {string[]} locales
   */
  unpublishSomeLocales(rec, locales) {
    if (this.modes.selectiveUnpublishReferences === 'whole') this.takeOffline([], [rec]);
    this.#unpublishLocales(rec, locales);
    this.touch();
  }

  /**
   * PUT /items/:id/unpublish ([000]; URL from [client]).
   * @param {string} id
   * @param {string} rawBody '' when the request had no body
   * @param {boolean} recursive
   */
  unpublish(id, rawBody, recursive) {
    const rec = this.find(id);
    this.requireDraftMode(rec);
    // [000]: no body at all = the whole record.
    if (rawBody === '') {
      this.checkWholeUnpublish(rec, recursive);
      // [000]: with recursive, published children are unpublished as well.
      this.takeOffline([rec, ...(recursive ? this.publishedDescendants(rec) : [])]);
    } else {
      // Docs silent on children for a selective unpublish: the rule is applied to whole records only.
      const locales = parseSelectiveBody(rawBody);
      this.checkLocalesToUnpublish(rec, locales);
      // Docs silent on a pending schedule: it stays, and unpublishes what is still live when due.
      this.unpublishSomeLocales(rec, locales);
    }
    return { data: rawItem(this, rec), included: [rawItemType(rec.model)] };
  }

  /**
   * One record of a bulk unpublish job: the rules of a whole-record, non-recursive unpublish.
   * Docs silent on per-record failures inside the job: a record that is missing, has nothing
   * published, has published children or is blocked by a link counts as failed (assumed).
   * @param {string} id
   * @param {Set<string>} offlineInJob records this job already took offline (cascades count as done)
   * @returns {{ id: string, outcome: 'unpublished' | 'failed', code?: string }}
   */
  bulkUnpublishOne(id, offlineInJob) {
    if (offlineInJob.has(id)) return { id, outcome: 'unpublished' };
    try {
      const rec = this.find(id);
      this.checkWholeUnpublish(rec, false);
      const { cascade } = this.takeOffline([rec]);
      for (const other of [rec, ...cascade]) offlineInJob.add(other.id);
      return { id, outcome: 'unpublished' };
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      return { id, outcome: 'failed', code: error.code };
    }
  }

  // ---- Publishing (run by a due scheduled publication) ------------------

  /**
   * Publishes `rec` whole or some locales: the records it links to that are not published
   * follow each field's `on_publish_with_unpublished_references_strategy` (links.mjs).
   * @param {StoredRecord} rec
   * @param {{ locales: string[], nonLocalized: boolean } | null} selective
   * @returns {{ outcome: 'done' | 'failed' | 'skipped', reason?: string }}
   */
  publish(rec, selective) {
    if (!rec.model.draftMode) return { outcome: 'skipped', reason: 'the model has no draft/published system' };
    const { blocked, alsoPublish } = planPublishReferences(this.records, rec);
    if (blocked.length > 0) return { outcome: 'failed', reason: `links to unpublished records: ${blocked.join(', ')}` };
    for (const other of alsoPublish) this.#publishWhole(other);
    if (selective && typeof rec.current.title !== 'string') {
      const current = rec.current.title;
      const locales = selective.locales.filter((l) => Object.hasOwn(current, l));
      if (locales.length === 0) return { outcome: 'skipped', reason: 'none of its locales exist any more' };
      // Never published before: the non-localized content starts empty unless it is published now.
      const live = rec.live ?? { title: {}, links: linkValues(rec.model, undefined) };
      const title = { .../** @type {Record<string, string>} */ (live.title) };
      for (const locale of locales) title[locale] = /** @type {string} */ (current[locale]);
      live.title = Object.fromEntries(ordered(Object.keys(title), this.site.locales).map((l) => [l, title[l] ?? '']));
      if (selective.nonLocalized) live.links = structuredClone(rec.current.links);
      this.#markPublished(rec, live);
    } else {
      this.#publishWhole(rec);
    }
    this.touch();
    return { outcome: 'done' };
  }

  /** @param {StoredRecord} rec */
  #publishWhole(rec) {
    this.#markPublished(rec, structuredClone(rec.current));
  }

  /** @param {StoredRecord} rec @param {Content} live */
  #markPublished(rec, live) {
    rec.live = live;
    rec.publishedAt = iso(this.now());
    rec.firstPublishedAt ??= rec.publishedAt;
    this.newPublishedVersion(rec);
  }
}
