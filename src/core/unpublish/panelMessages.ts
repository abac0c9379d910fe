/** What the record panel says around the pick: one place for its words, so a test can count them. */
import { type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { LocaleState } from './publicationState';
import type { UnpublishRequest } from './unpublishRequest';

export const PANEL_TEXT = {
  readFailedTitle: 'Could not read the publication state',
  tryAgain: 'Try again',
  unsavedChanges:
    'You have unsaved changes. Unpublishing takes the published version offline; it does not save or discard your edits.',
  rateLimitTitle: 'Waiting for the API rate limit',
  readAgain: 'Read the state again',
  nothingLive: 'This record is not published in any locale, so there is nothing to unpublish or schedule.',
  roleMayNotUnpublish: 'Your role may not unpublish this record.',
  wholeRecordLabel: 'The whole record',
  wholeRecordHint: 'Every locale goes offline',
  wholeRecordOff: 'Turned off for this model',
  pickLocalesOrRecord: 'Pick the locales to take offline, or the whole record.',
  pickLocales: 'Pick the locales to take offline.',
  working: 'Working…',
  unpublishNow: 'Unpublish now',
  unpublishWholeNow: 'Unpublish the whole record now',
  scheduleLater: 'Schedule for later…',
  cancel: 'Cancel',
  otherEnvironments: 'Also in other environments…',
} as const;

/** A locale's state in words: the row says it in text, its colour only repeats it. */
export const LOCALE_STATE_TEXT: Record<LocaleState, string> = {
  live: 'Live',
  'live-with-changes': 'Live, with unpublished changes',
  'not-live': 'Not live',
};

/** The one line behind which the locales that are not live wait, collapsed. */
export function notLiveSummary(count: number): string {
  return count === 1 ? '1 locale not live' : `${count} locales not live`;
}

export function rateLimitWaitMessage(seconds: number): string {
  return `DatoCMS asked to slow down: trying again in ${seconds} s.`;
}

export function unpublishButtonLabel(request: UnpublishRequest | null, uiLocale: string, name: LocaleNamer): string {
  if (!request) return PANEL_TEXT.unpublishNow;
  if (request.scope === 'whole-record') return PANEL_TEXT.unpublishWholeNow;
  return `Unpublish ${nameLocales(uiLocale, name, request.locales)} now`;
}

/** What the panel says instead of its controls when it can offer nothing (see panelSituation). */
export const SITUATION_TEXT = {
  alwaysLive:
    'This model does not use draft/published, so its records are live as soon as they are saved: there is nothing to unpublish here.',
  notSaved: 'This record has not been saved yet, so nothing of it is published. Save and publish it first.',
  noToken:
    'Selective Unpublish needs the “Access the current user’s API token” permission to call the API on your behalf. An administrator can grant it in Configuration → Plugins → Selective Unpublish (or by reinstalling the plugin and accepting the permission).',
} as const;
