/** What the record panel says around the pick: one place for its words, so a test can count them. */
import { type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { PublicationState } from './publicationState';
import type { UnpublishRequest } from './unpublishRequest';

export const PANEL_TEXT = {
  readFailedTitle: 'Could not read the publication state',
  tryAgain: 'Try again',
  unsavedChanges:
    'You have unsaved changes. Unpublishing takes the published version offline; it does not save or discard your edits.',
  rateLimitTitle: 'Waiting for the API rate limit',
  readAgain: 'Read the state again',
  nothingLiveTitle: 'Nothing is live',
  nothingLive:
    'This record is not published in any locale, so there is nothing to unpublish now or later: a record must be published to schedule its unpublishing.',
  roleMayNotUnpublish: 'Your role may not unpublish this record.',
  roleForbidsLocale: 'your role may not unpublish it',
  wholeRecordLabel: 'The whole record',
  wholeRecordHint: 'Every locale goes offline',
  wholeRecordOff: 'Turned off for this model',
  wholeRecordRoleForbids: 'Your role does not allow it',
  pickSomething: 'Pick the locales to take offline, or the whole record.',
  recursiveOff:
    'Unpublishing child records together with their parent is turned off for this model: unpublish them first, or ask an administrator to allow it.',
  working: 'Working…',
  unpublishNow: 'Unpublish now',
  unpublishWholeNow: 'Unpublish the whole record now',
  scheduleLater: 'Schedule for later…',
  scheduleLaterInstead: 'Schedule for later instead…',
  cancel: 'Cancel',
  otherEnvironments: 'Also in other environments…',
} as const;

export function rateLimitWaitMessage(seconds: number): string {
  return `DatoCMS asked to slow down: trying again in ${seconds} s. Nothing has been sent twice.`;
}

export function unpublishButtonLabel(request: UnpublishRequest | null, uiLocale: string, name: LocaleNamer): string {
  if (!request) return PANEL_TEXT.unpublishNow;
  if (request.scope === 'whole-record') return PANEL_TEXT.unpublishWholeNow;
  return `Unpublish ${nameLocales(uiLocale, name, request.locales)} now`;
}

export function childrenGoingOfflineNote(titles: readonly string[]): string {
  return titles.length > 0 ? ` These published child records go offline too: ${titles.join(', ')}.` : '';
}

export function recordSummary(state: PublicationState, uiLocale: string, name: LocaleNamer): string {
  const live = state.liveLocales;
  if (live.length === 0) return 'Not published in any locale.';
  const changed = state.locales.filter((l) => l.state === 'live-with-changes').map((l) => l.locale);
  const changes = changed.length > 0 ? ` (${nameLocales(uiLocale, name, changed)}: unpublished changes)` : '';
  return `Live in ${nameLocales(uiLocale, name, live)}${changes}.`;
}
