/**
 * Validating the editor's pick against the locales that really are live, and
 * building the exact unpublish request from it. Nothing reaches the API
 * without passing through `buildUnpublishRequest`.
 */
import type { Checked } from '../shared/checked';
import type { LocaleNamer } from '../shared/localeNames';
import type { PublicationState } from './publicationState';

export type LocalePick = { wholeRecord: true } | { wholeRecord: false; locales: readonly string[] };

/**
 * What is sent. A whole-record unpublish has no body at all (the CMA unpublishes
 * every locale); a locale unpublish sends `content_in_locales`.
 */
export type UnpublishRequest = { scope: 'whole-record' } | { scope: 'locales'; locales: string[] };

function label(name: LocaleNamer, locale: string): string {
  const human = name(locale);
  return human === locale ? `“${locale}”` : `${human} (${locale})`;
}

/** Checks a pick of locales (not "whole record") against the live locales. */
export function checkLocalePick(
  locales: readonly string[],
  state: PublicationState,
  name: LocaleNamer,
): Checked<string[]> {
  if (locales.length === 0) {
    return { ok: false, message: 'Pick at least one published locale, or the whole record.' };
  }
  const known = new Set(state.locales.map((l) => l.locale));
  const live = new Set(state.liveLocales);
  const seen = new Set<string>();
  for (const locale of locales) {
    if (seen.has(locale)) {
      return { ok: false, message: `${label(name, locale)} is picked more than once.` };
    }
    seen.add(locale);
    if (!known.has(locale)) {
      return { ok: false, message: `${label(name, locale)} is not a locale of this project.` };
    }
    if (!live.has(locale)) {
      return {
        ok: false,
        message: `${label(name, locale)} is not published in this record, so it cannot be unpublished.`,
      };
    }
  }
  // The site's order, so that requests and messages do not depend on click order.
  return { ok: true, value: state.liveLocales.filter((l) => seen.has(l)) };
}

export function buildUnpublishRequest(
  pick: LocalePick,
  state: PublicationState,
  name: LocaleNamer,
): Checked<UnpublishRequest> {
  if (state.liveLocales.length === 0) {
    return { ok: false, message: 'This record is not published, so there is nothing to unpublish.' };
  }
  if (pick.wholeRecord) return { ok: true, value: { scope: 'whole-record' } };

  const checked = checkLocalePick(pick.locales, state, name);
  if (!checked.ok) return checked;
  // Every live locale means the whole record: the API wants no body for that, never the full list.
  if (checked.value.length === state.liveLocales.length) {
    return { ok: true, value: { scope: 'whole-record' } };
  }
  return { ok: true, value: { scope: 'locales', locales: checked.value } };
}

/** The locales a request takes offline. */
export function localesGoingOffline(request: UnpublishRequest, state: PublicationState): string[] {
  return request.scope === 'whole-record' ? [...state.liveLocales] : request.locales;
}

/** The same write: same scope and the same locales (requests list locales in the site's order). */
export function isSameRequest(a: UnpublishRequest, b: UnpublishRequest): boolean {
  if (a.scope === 'whole-record' || b.scope === 'whole-record') return a.scope === b.scope;
  return a.locales.length === b.locales.length && a.locales.every((locale, i) => locale === b.locales[i]);
}
