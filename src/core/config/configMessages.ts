/** What the settings screen says: one place for its words, including when saving fails. */

import { MAX_LEAD_MINUTES, MIN_LEAD_MINUTES } from '../schedule/leadTime';
import { formatList } from '../shared/localeNames';
import { PARAMETERS_LIMIT_BYTES } from './saveConfig';

export const CONFIG_TEXT = {
  readOnlyTitle: 'Read-only',
  readOnly: 'Only roles that can edit the project’s schema can change these settings.',
  repairedTitle: 'Some saved settings were repaired',
  repairedSave: 'Saving stores the repaired settings.',
  defaultsTitle: 'Defaults for models not configured below',
  defaultsSection: 'the defaults',
  notApplicable: 'Not applicable.',
  usesDefaults: 'Uses the defaults.',
  usesDefaultsHidden: 'Uses the defaults (panel hidden).',
  configure: 'Configure this model',
  useDefaults: 'Use the defaults again',
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Saved',
  savedNotice: 'Selective Unpublish settings saved.',
  enabled: 'Show the panel',
  enabledHint: 'The Unpublish locales panel appears in the sidebar of this model’s records.',
  startOpen: 'Panel starts open',
  startOpenHint: 'Otherwise editors open it with a click.',
  placement: 'Place in the sidebar',
  wholeRecord: 'Allow unpublishing the whole record',
  wholeRecordHint: 'When off, at least one locale always stays live.',
  scheduling: 'Allow scheduling',
  schedulingHint: 'Editors can plan an unpublishing for a later date and time.',
  leadTime: 'Minimum lead time of a schedule (minutes)',
  recursive: 'Allow unpublishing the records below too',
  recursiveHint: 'Tree models: a record can go offline together with the published records below it.',
  openingPick: 'Picked when the panel opens',
  pickNothing: 'Nothing: the editor picks',
  pickFormLocale: 'The locale open in the form',
  placementDefault: 'After DatoCMS’s own panels (default)',
} as const;

export const leadTimeError = `A whole number of minutes from ${MIN_LEAD_MINUTES} to ${MAX_LEAD_MINUTES}.`;

/** Why Save is disabled: which sections hold a value that cannot be saved. */
export function cannotSave(sections: readonly string[]): string {
  return `Fix the minimum lead time of ${formatList('en', sections)} to save.`;
}

/** Under the defaults' title: what a fresh install does. */
export function factoryDefaults(minLeadMinutes: number): string {
  return (
    'Factory defaults: the panel is shown and starts open, after DatoCMS’s own panels; whole-record unpublish and ' +
    `scheduling are allowed with a ${minLeadMinutes}-minute minimum lead time; unpublishing the records below is not; ` +
    'nothing is picked when the panel opens; DatoCMS’s own Unpublish button works as usual.'
  );
}

export const SAVE_FAILED_TITLE = 'Settings not saved';

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Said when DatoCMS refused the save (the previous settings stay in force). `bytes` is the size of
 * what was sent: over the 10 KB DatoCMS keeps for a plugin's settings, that is the likely reason.
 */
export function saveRefusedMessage(error: unknown, bytes: number): string {
  if (bytes > PARAMETERS_LIMIT_BYTES) {
    return (
      `These settings need ${kilobytes(bytes)}, more than the ${kilobytes(PARAMETERS_LIMIT_BYTES)} DatoCMS keeps for a plugin’s settings, so nothing was saved. ` +
      'Models that use the defaults cost nothing, and models with the same settings are stored together: use the defaults again for some models, or give more of them the same settings.'
    );
  }
  const said = error instanceof Error && error.message.trim() !== '' ? ` It said: “${error.message.trim()}”.` : '';
  return `DatoCMS did not save the settings, so the previous ones stay in force.${said} Try again; if it keeps failing, configure fewer models one by one.`;
}
