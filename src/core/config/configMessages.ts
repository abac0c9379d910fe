/** What the settings screen says: one place for its words. */
import { formatList } from '../shared/localeNames';
import { MAX_LEAD_MINUTES } from './pluginConfig';

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

export const leadTimeError = `A whole number of minutes from 0 to ${MAX_LEAD_MINUTES}.`;

/** Why Save is disabled: which sections hold a value that cannot be saved. */
export function cannotSave(sections: readonly string[]): string {
  return `Fix the minimum lead time of ${formatList('en', sections)} to save.`;
}

/** Under the defaults' title: what a fresh install does. */
export function factoryDefaults(minLeadMinutes: number): string {
  return (
    'Factory defaults: the panel is shown and starts open, after DatoCMS’s own panels; whole-record unpublish and ' +
    `scheduling are allowed with a ${minLeadMinutes}-minute minimum lead time; unpublishing the records below is not; ` +
    'nothing is picked when the panel opens.'
  );
}
