/**
 * Reading a record's publication state, per locale, from the CMA's
 * `current-vs-published-state` answer (the raw JSON:API document, because only
 * its `included` can carry the pending scheduled unpublishing's locales).
 *
 * The endpoint is private in the official client ("might change without
 * notice") and experimental in the docs, so its answer is checked here before
 * anything is read from it; an answer of another shape is never half-read.
 */

/** The part of the raw answer the plugin reads; the rest is ignored. */
export type RawPublicationState = {
  data: {
    attributes: {
      published_version_locales: string[];
      current_version_locales: string[];
      changed_locales: string[];
      non_localized_fields_changed?: boolean;
    };
    relationships: {
      scheduled_unpublishing?: { data: { id: string } | null };
      scheduled_publication?: { data: { id: string } | null };
      published_version?: { data: { id: string } | null };
    };
  };
  included?: Array<{ id: string; type: string; attributes?: Record<string, unknown> }>;
};

export type LocaleState = 'live' | 'live-with-changes' | 'not-live';

export type RecordStatus = 'not-live' | 'live' | 'live-with-changes';

/** A plan as sent, or as the state request described it in full. */
export type ScheduledUnpublishing = {
  /** ISO 8601 instant. */
  at: string;
  /** `null` means the whole record. */
  locales: string[] | null;
};

/**
 * A plan known to exist whose locales are not known: the state request names it
 * without its details (the docs' own example leaves it out of `included`), or the
 * state request could not be read. Its time comes from the record's
 * `meta.unpublishing_scheduled_at` (null when that is empty too).
 */
export type PlanDetailsUnknown = { at: string | null; locales: 'not-known' };

export type PendingPlan = ScheduledUnpublishing | PlanDetailsUnknown;

export type PublicationState = {
  recordStatus: RecordStatus;
  /** Every site locale, in the site's order, with its state in this record. */
  locales: Array<{ locale: string; state: LocaleState }>;
  /** Published locales, in the site's order (plus any the site no longer lists). */
  liveLocales: string[];
  scheduledUnpublishing: PendingPlan | null;
  /** ISO instant of a pending scheduled publication, if any. */
  scheduledPublicationAt: string | null;
};

/** What the record editor itself says about the record (`ctx.item.meta`, `ctx.itemStatus`). */
export type RecordFacts = {
  /** `draft`, `updated`, `published`, or null when not known. */
  status: string | null;
  unpublishingScheduledAt: string | null;
};

const NO_FACTS: RecordFacts = { status: null, unpublishingScheduledAt: null };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why the panel can only act on the whole record. */
export type WholeRecordReason =
  /** The state request answered, with no locale published, for a published record. */
  | 'no-localized-fields'
  /** The state request answered in a shape this plugin does not know. */
  | 'unexpected-answer'
  /** The state request is not there (404). */
  | 'state-unavailable';

/** What can be known without the per-locale state: from the record's own status and meta. */
export type WholeRecordState = {
  reason: WholeRecordReason;
  /** Published (with or without changes) according to the record's status. */
  live: boolean;
  plan: PendingPlan | null;
};

export type StateReading =
  | { kind: 'per-locale'; state: PublicationState }
  | { kind: 'whole-record'; state: WholeRecordState };

export function isPlanKnown(plan: PendingPlan): plan is ScheduledUnpublishing {
  return plan.locales !== 'not-known';
}

function isLiveStatus(status: string | null): boolean {
  return status === 'published' || status === 'updated';
}

function planFromFacts(facts: RecordFacts): PlanDetailsUnknown | null {
  return facts.unpublishingScheduledAt ? { at: facts.unpublishingScheduledAt, locales: 'not-known' } : null;
}

/** The facts a raw record (`GET /items/:id`) gives, or null when it has no `meta` to read them from. */
export function recordFactsOf(raw: unknown): RecordFacts | null {
  const meta = isObject(raw) && isObject(raw.data) ? raw.data.meta : null;
  if (!isObject(meta) || typeof meta.status !== 'string') return null;
  const at = meta.unpublishing_scheduled_at;
  return { status: meta.status, unpublishingScheduledAt: typeof at === 'string' ? at : null };
}

/** The panel's view when the per-locale state is missing: the record's status and its plan from `meta`. */
export function wholeRecordState(reason: WholeRecordReason, facts: RecordFacts): WholeRecordState {
  return { reason, live: isLiveStatus(facts.status), plan: planFromFacts(facts) };
}

function includedAttributes(
  raw: RawPublicationState,
  relation: { data: { id: string } | null } | undefined,
  type: string,
): Record<string, unknown> | null {
  const id = relation?.data?.id;
  if (!id) return null;
  return raw.included?.find((entry) => entry.id === id && entry.type === type)?.attributes ?? null;
}

function readScheduledUnpublishing(raw: RawPublicationState, facts: RecordFacts): PendingPlan | null {
  const relation = raw.data.relationships.scheduled_unpublishing;
  // No relationship at all (rather than `data: null`): the record's meta is all there is to go by.
  if (relation === undefined) return planFromFacts(facts);
  if (!relation.data) return null;
  const attributes = includedAttributes(raw, relation, 'scheduled_unpublishing');
  const at = attributes?.unpublishing_scheduled_at;
  // Named but not carried (or carried without a time): a plan exists; its locales are not known.
  if (typeof at !== 'string') return { at: facts.unpublishingScheduledAt, locales: 'not-known' };
  const locales = attributes?.content_in_locales;
  return {
    at,
    locales: Array.isArray(locales) ? locales.filter((l): l is string => typeof l === 'string') : null,
  };
}

function readScheduledPublicationAt(raw: RawPublicationState): string | null {
  const attributes = includedAttributes(raw, raw.data.relationships.scheduled_publication, 'scheduled_publication');
  const at = attributes?.publication_scheduled_at;
  return typeof at === 'string' ? at : null;
}

export function readPublicationState(
  raw: RawPublicationState,
  siteLocales: readonly string[],
  facts: RecordFacts = NO_FACTS,
): PublicationState {
  const published = new Set(raw.data.attributes.published_version_locales);
  const changed = new Set(raw.data.attributes.changed_locales);
  // A locale the site no longer lists can still be published in the record: keep it visible.
  const allLocales = [...siteLocales, ...[...published].filter((l) => !siteLocales.includes(l))];

  const locales = allLocales.map((locale) => ({
    locale,
    state: (!published.has(locale) ? 'not-live' : changed.has(locale) ? 'live-with-changes' : 'live') as LocaleState,
  }));
  const liveLocales = locales.filter((l) => l.state !== 'not-live').map((l) => l.locale);

  return {
    recordStatus:
      liveLocales.length === 0
        ? 'not-live'
        : locales.some((l) => l.state === 'live-with-changes') ||
            raw.data.attributes.non_localized_fields_changed === true
          ? 'live-with-changes'
          : 'live',
    locales,
    liveLocales,
    scheduledUnpublishing: readScheduledUnpublishing(raw, facts),
    scheduledPublicationAt: readScheduledPublicationAt(raw),
  };
}

// ---------------------------------------------------------------------------
// Checking the answer's shape

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
/** Absent, or `{ data: null | { id: string } }`. */
const isRelation = (v: unknown) =>
  v === undefined || (isObject(v) && (v.data === null || (isObject(v.data) && typeof v.data.id === 'string')));

/** Whether the answer has the shape every reading above relies on. */
export function isPublicationStateAnswer(raw: unknown): raw is RawPublicationState {
  if (!isObject(raw) || !isObject(raw.data)) return false;
  const { attributes, relationships } = raw.data;
  return (
    isObject(attributes) &&
    isStrings(attributes.published_version_locales) &&
    isStrings(attributes.current_version_locales) &&
    isStrings(attributes.changed_locales) &&
    (attributes.non_localized_fields_changed === undefined ||
      typeof attributes.non_localized_fields_changed === 'boolean') &&
    isObject(relationships) &&
    isRelation(relationships.scheduled_unpublishing) &&
    isRelation(relationships.scheduled_publication) &&
    (raw.included === undefined ||
      (Array.isArray(raw.included) &&
        raw.included.every((e) => isObject(e) && typeof e.id === 'string' && typeof e.type === 'string')))
  );
}

/**
 * The state request's answer, checked and read. A published record (by its own
 * status, and with a published version) for which DatoCMS lists no locale at all,
 * published or current, is read as a model without localized fields (the docs are
 * silent on what the endpoint lists for those): it can only be unpublished whole.
 */
export function readStateAnswer(raw: unknown, siteLocales: readonly string[], facts: RecordFacts): StateReading {
  if (!isPublicationStateAnswer(raw)) {
    return { kind: 'whole-record', state: wholeRecordState('unexpected-answer', facts) };
  }
  const { published_version_locales: published, current_version_locales: current } = raw.data.attributes;
  // The answer's own "no published version" is fresher than the form's status (DatoCMS does not
  // re-read the form after the plugin's writes).
  const noPublishedVersion = raw.data.relationships.published_version?.data === null;
  if (published.length === 0 && current.length === 0 && isLiveStatus(facts.status) && !noPublishedVersion) {
    return {
      kind: 'whole-record',
      state: { reason: 'no-localized-fields', live: true, plan: readScheduledUnpublishing(raw, facts) },
    };
  }
  return { kind: 'per-locale', state: readPublicationState(raw, siteLocales, facts) };
}
