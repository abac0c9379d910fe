/** What the editor reads before and after an unpublish, in their words. */
import { type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { PublicationState } from './publicationState';
import { localesGoingOffline, type UnpublishRequest } from './unpublishRequest';

export type Confirmation = { title: string; content: string; confirmLabel: string };

export function describeConfirmation(
  request: UnpublishRequest,
  state: PublicationState,
  uiLocale: string,
  name: LocaleNamer,
): Confirmation {
  const offline = localesGoingOffline(request, state);
  const offlineNames = nameLocales(uiLocale, name, offline);
  if (request.scope === 'whole-record') {
    return {
      title: 'Unpublish the whole record?',
      content: `The whole record will stop being published: ${offlineNames} ${
        offline.length === 1 ? 'goes' : 'go'
      } offline. Nothing stays live.`,
      confirmLabel: 'Unpublish the whole record',
    };
  }
  const staying = state.liveLocales.filter((l) => !offline.includes(l));
  return {
    title: `Unpublish ${offlineNames}?`,
    content: `${offlineNames} will stop being published; ${nameLocales(uiLocale, name, staying)} ${
      staying.length === 1 ? 'stays' : 'stay'
    } live.`,
    confirmLabel: `Unpublish ${offlineNames}`,
  };
}

/** 'the record below' / 'the 2 records below': the count takes every depth, so it never says "children". */
export function recordsBelow(count: number): string {
  return count === 1 ? 'the record below' : `the ${count} records below`;
}

export function describeSuccess(
  request: UnpublishRequest,
  offline: readonly string[],
  uiLocale: string,
  name: LocaleNamer,
  recordsBelowCount = 0,
): string {
  const below = recordsBelow(recordsBelowCount);
  if (request.scope === 'whole-record') {
    return recordsBelowCount > 0
      ? `The record and ${below} it are no longer published.`
      : 'The record is no longer published.';
  }
  const locales = `${nameLocales(uiLocale, name, offline)} ${offline.length === 1 ? 'is' : 'are'} no longer published`;
  return recordsBelowCount > 0 ? `${locales}, in this record and ${below} it.` : `${locales}.`;
}
