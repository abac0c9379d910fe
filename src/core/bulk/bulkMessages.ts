/** What the bulk modal and its report say: one place for their words, so a test can count them. */

import { describeInstant, describeScheduleScope } from '../schedule/scheduleDisplay';
import { formatList, type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { PendingPlan } from '../unpublish/publicationState';
import type { LocalePick } from '../unpublish/unpublishRequest';
import type { EnvironmentPlan, OfflineGroup, PlanCounts } from './bulkPlan';
import type { BulkMode } from './bulkReport';
import { records } from './reportMessages';

export const BULK_TEXT = {
  readingTitle: 'Reading the selected records',
  pickTitle: 'What goes offline',
  wholeRecords: 'Whole records',
  wholeRecordsHint: 'Every locale of each record goes offline',
  wholeRecordsOff: 'Turned off for this model',
  wholeRecordsRoleForbids: 'Your role does not allow it',
  whenTitle: 'When',
  now: 'Now',
  later: 'At a date and time',
  otherEnvironmentsTitle: 'Also in other environments',
  otherEnvironmentsHint:
    'The same records (forked environments keep their IDs). In each environment, that environment’s plugin settings and your role there decide what is allowed.',
  noOtherEnvironments: 'There are no other environments.',
  roleReachesNoOther: 'Your role has access to this environment only.',
  environmentsFailed: 'The other environments could not be listed.',
  environmentRoleForbids: 'Your role has no access to it',
  environmentCreating: 'Still being created',
  environmentNotReady: 'Not ready',
  environmentReadOnly: 'In read-only mode',
  plansTitle: 'Records that already have a scheduled unpublishing',
  keepPlans: 'Keep their plans (skip these records)',
  replacePlans: 'Replace their plans',
  continue: 'Continue…',
  preparingTitle: 'Reading the records in the other environments',
  stop: 'Stop',
  stopping: 'Stopping… (what has left finishes)',
  runningTitle: 'Working',
  close: 'Close',
  closeWhileRunningTitle: 'Stop and close?',
  closeWhileRunning:
    'The run is not finished. Closing stops it: nothing more is sent, and what was already sent is not undone. The report will not be shown.',
  keepRunning: 'Keep running',
  stopAndClose: 'Stop and close',
  reportTitle: 'Report',
  copy: 'Copy the report',
  copied: 'The report was copied.',
  copyFailed: 'The report could not be copied: select it and copy it by hand.',
  retryFailed: 'Retry the failed ones',
  back: 'Back',
  cancel: 'Cancel',
  nothingToSend: 'Nothing would be sent with this pick: every record would be skipped.',
  pickSomething: 'Pick the locales to take offline, or whole records.',
  noToken:
    'Selective Unpublish needs the “Access the current user’s API token” permission to call the API on your behalf. An administrator can grant it in Configuration → Plugins → Selective Unpublish.',
  noRecords: 'No records were selected.',
  settingsReadFailed:
    'The plugin’s settings in this environment could not be read, so this environment’s were applied.',
} as const;

/** A plan a selected record already has: 'Italian goes offline in 3 days, on Monday 1 March 2027 at 09:00 (Europe/Rome).' */
export function existingPlanText(
  plan: PendingPlan,
  words: { uiLocale: string; name: LocaleNamer; timeZone: string; browserTimeZone: string; now: number },
): string {
  const scope = describeScheduleScope(plan, words);
  const Scope = `${scope.charAt(0).toUpperCase()}${scope.slice(1)}`;
  if (plan.at === null) return `${Scope}: a plan exists, at a time not known.`;
  const when = describeInstant(plan.at, {
    projectTimeZone: words.timeZone,
    browserTimeZone: words.browserTimeZone,
    uiLocale: words.uiLocale,
    now: words.now,
  });
  return `${Scope} goes offline ${when.relative}, on ${when.project}.`;
}

export function readingProgress(done: number, total: number): string {
  return `Read ${done} of ${total} records`;
}

export function runProgress(done: number, total: number, failures: number): string {
  const failed = failures > 0 ? ` · ${failures} failed so far` : '';
  return `${done} of ${total} done${failed}`;
}

export function rateLimitNote(seconds: number): string {
  return `DatoCMS asked to slow down: going on in ${seconds} s. Nothing is sent twice.`;
}

export function tallyLine(liveOn: number, total: number, allowedOn: number): string {
  const role = allowedOn < liveOn ? `; your role may unpublish it on ${allowedOn}` : '';
  return `live on ${liveOn} of ${records(total)}${role}`;
}

export function readFailuresNote(count: number): string {
  const them = count === 1 ? 'it (it is' : 'them (they are';
  return `${records(count)} could not be read: nothing will be sent for ${them} listed as failed in the report).`;
}

function pickWords(pick: LocalePick, uiLocale: string, name: LocaleNamer): string {
  return pick.wholeRecord ? 'the whole records' : nameLocales(uiLocale, name, pick.locales);
}

export function runHeading(pick: LocalePick, mode: BulkMode, when: string | null, uiLocale: string, name: LocaleNamer) {
  const what = pickWords(pick, uiLocale, name);
  return mode.kind === 'now' ? `Unpublish ${what}` : `Schedule unpublishing ${what}, ${when ?? mode.at}`;
}

function groupText(group: OfflineGroup, uiLocale: string, name: LocaleNamer): string {
  const what = group.wholeRecord ? 'the whole record' : nameLocales(uiLocale, name, group.locales);
  return `${what} on ${records(group.count)}`;
}

function environmentSentence(
  label: string,
  groups: OfflineGroup[],
  counts: PlanCounts,
  mode: BulkMode,
  words: { uiLocale: string; name: LocaleNamer },
): string {
  const going =
    groups.length === 0
      ? 'nothing'
      : formatList(
          words.uiLocale,
          groups.map((g) => groupText(g, words.uiLocale, words.name)),
        );
  const extra: string[] = [];
  if (counts.skipped > 0) extra.push(`${records(counts.skipped)} skipped`);
  if (counts.readFailed > 0) extra.push(`${records(counts.readFailed)} could not be read`);
  if (counts.replacing > 0) {
    const [get, their] = counts.replacing === 1 ? ['gets', 'its'] : ['get', 'their'];
    extra.push(`${records(counts.replacing)} ${get} a new plan in place of ${their} current one`);
  }
  if (counts.keeping > 0) {
    extra.push(`${records(counts.keeping)} ${counts.keeping === 1 ? 'keeps its' : 'keep their'} current plan`);
  }
  const where = mode.kind === 'now' ? 'Offline in' : 'Scheduled to go offline in';
  return `${where} ${label}: ${going}${extra.length > 0 ? ` (${extra.join('; ')})` : ''}.`;
}

export type BulkConfirmation = { title: string; content: string; confirmLabel: string };

export function describeBulkConfirmation(
  plans: ReadonlyArray<{ plan: EnvironmentPlan; label: string; groups: OfflineGroup[]; counts: PlanCounts }>,
  pick: LocalePick,
  mode: BulkMode,
  when: string | null,
  words: { uiLocale: string; name: LocaleNamer },
): BulkConfirmation {
  const writes = plans.reduce((sum, p) => sum + p.counts.writes, 0);
  const what = pickWords(pick, words.uiLocale, words.name);
  const sentences = plans.map((p) => environmentSentence(p.label, p.groups, p.counts, mode, words));
  const settings =
    plans.length > 1
      ? ' Each environment’s own plugin settings and your role there decided what is allowed in it.'
      : '';
  const at = mode.kind === 'schedule' ? ` At ${when ?? mode.at}.` : '';
  return {
    title: mode.kind === 'now' ? `Unpublish ${what}?` : `Schedule unpublishing ${what}?`,
    content: `${sentences.join(' ')}${at}${settings} Nothing else is sent.`,
    confirmLabel: mode.kind === 'now' ? `Unpublish on ${records(writes)}` : `Schedule on ${records(writes)}`,
  };
}
