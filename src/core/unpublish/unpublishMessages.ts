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

export function describeSuccess(
  request: UnpublishRequest,
  offline: readonly string[],
  uiLocale: string,
  name: LocaleNamer,
  recursiveChildren = 0,
): string {
  const children =
    recursiveChildren > 0
      ? ` with its ${recursiveChildren} published child record${recursiveChildren === 1 ? '' : 's'}`
      : '';
  if (request.scope === 'whole-record') {
    return `The record${children} is no longer published.`;
  }
  return `${nameLocales(uiLocale, name, offline)} ${offline.length === 1 ? 'is' : 'are'} no longer published.`;
}
