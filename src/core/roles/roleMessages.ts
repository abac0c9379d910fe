/** Why the editor's role may not unpublish all of a record, in the editor's words (rolePermissions.ts decides). */
import { createLocaleNamer, nameLocales } from '../shared/localeNames';

export const UNREADABLE_ROLE_REASON = 'Your role’s permissions could not be read, so unpublishing is not offered here.';

/** A positive rule that would have applied but for one thing, to explain a refusal. */
export type NearMiss = {
  /** A positive rule would apply but for who created the record. */
  onlyCreatorStopped: 'self' | 'role' | null;
  /** A positive rule would apply but for the record's workflow stage. */
  onlyStageStopped: boolean;
};

export function recordsOf(itemTypeName: string): string {
  const name = itemTypeName.trim();
  return name ? `${name} records` : 'these records';
}

/** Why nothing at all may be unpublished. */
export function nothingAllowedReason(records: string, found: NearMiss): string {
  if (found.onlyCreatorStopped === 'self') {
    return `Your role may publish or unpublish only the ${records} you created.`;
  }
  if (found.onlyCreatorStopped === 'role') {
    return (
      `Your role may publish or unpublish only the ${records} created by people with your role, ` +
      'and this plugin cannot tell whether this one was.'
    );
  }
  if (found.onlyStageStopped) {
    return `Your role may not publish or unpublish ${records} at this workflow stage.`;
  }
  return `Your role may not publish or unpublish ${records}.`;
}

export type Allowed = { locales: string[]; nonLocalized: boolean; siteLocales: string[] };

/** Why not everything may be unpublished (`null`: everything may). */
export function partlyAllowedReason(records: string, allowed: Allowed, uiLocale: string): string | null {
  const { locales, siteLocales } = allowed;
  // A project without locales (not seen in practice): only the whole record can go.
  if (siteLocales.length === 0) return 'This project has no locales to unpublish one by one.';
  if (locales.length === 0) {
    return `Your role may not unpublish any locale of ${records}, only their non-localized fields.`;
  }
  if (locales.length < siteLocales.length) {
    return `Your role may unpublish only ${nameLocales(uiLocale, createLocaleNamer(uiLocale), locales)}.`;
  }
  if (!allowed.nonLocalized) {
    return (
      'Your role may unpublish locales one by one but not the whole record: ' +
      'it may not publish or unpublish the non-localized fields.'
    );
  }
  return null;
}
