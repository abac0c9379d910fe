/**
 * Reading a record's publication state, per locale, from the CMA's
 * `current-vs-published-state` answer (the raw JSON:API document, because only
 * its `included` carries the pending scheduled unpublishing's locales).
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

export type ScheduledUnpublishing = {
  /** ISO 8601 instant. */
  at: string;
  /** `null` means the whole record. */
  locales: string[] | null;
};

export type PublicationState = {
  recordStatus: RecordStatus;
  /** Every site locale, in the site's order, with its state in this record. */
  locales: Array<{ locale: string; state: LocaleState }>;
  /** Published locales, in the site's order (plus any the site no longer lists). */
  liveLocales: string[];
  scheduledUnpublishing: ScheduledUnpublishing | null;
  /** ISO instant of a pending scheduled publication, if any. */
  scheduledPublicationAt: string | null;
};

function includedAttributes(
  raw: RawPublicationState,
  relation: { data: { id: string } | null } | undefined,
  type: string,
): Record<string, unknown> | null {
  const id = relation?.data?.id;
  if (!id) return null;
  return raw.included?.find((entry) => entry.id === id && entry.type === type)?.attributes ?? null;
}

function readScheduledUnpublishing(raw: RawPublicationState): ScheduledUnpublishing | null {
  const attributes = includedAttributes(raw, raw.data.relationships.scheduled_unpublishing, 'scheduled_unpublishing');
  if (!attributes || typeof attributes.unpublishing_scheduled_at !== 'string') return null;
  const locales = attributes.content_in_locales;
  return {
    at: attributes.unpublishing_scheduled_at,
    locales: Array.isArray(locales) ? locales.filter((l): l is string => typeof l === 'string') : null,
  };
}

function readScheduledPublicationAt(raw: RawPublicationState): string | null {
  const attributes = includedAttributes(raw, raw.data.relationships.scheduled_publication, 'scheduled_publication');
  const at = attributes?.publication_scheduled_at;
  return typeof at === 'string' ? at : null;
}

export function readPublicationState(raw: RawPublicationState, siteLocales: readonly string[]): PublicationState {
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
    scheduledUnpublishing: readScheduledUnpublishing(raw),
    scheduledPublicationAt: readScheduledPublicationAt(raw),
  };
}
