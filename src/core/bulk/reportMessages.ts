/** What the bulk run's report says of each record and each environment, and the report as text for the clipboard. */

import { refusedSkipText } from '../preflight/preflightMessages';
import { linkedFromNote } from '../preflight/publishedReferences';
import { describeFailure } from '../shared/apiFailure';
import { type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { BulkMode, BulkReport, LineOutcome, ReportWords, Summary } from './bulkReport';
import { lineStatus, summarize } from './bulkReport';
import type { SkipReason } from './recordRequest';

/**
 * The panel's error mapping ends some messages by pointing at the state the panel shows
 * right after; a report does not show it, so it points at the record instead. (Done here,
 * not by a parameter of describeFailure, to keep the panel's first load as it is.)
 */
function forReport(message: string): string {
  return message.replace(/ The panel [^.]*\./, ' Open the record to check it before trying again.');
}

export function records(count: number): string {
  return count === 1 ? '1 record' : `${count} records`;
}

function skipText(reason: SkipReason, uiLocale: string, name: LocaleNamer): string {
  switch (reason.kind) {
    case 'not-found':
      return 'Skipped: not found in this environment.';
    case 'not-live':
      return 'Skipped: not live here.';
    case 'picked-not-live':
      return 'Skipped: none of the picked locales is live here.';
    case 'whole-record-off':
      return 'Not allowed: every live locale was picked, which takes the whole record offline, and this model’s settings keep at least one locale live.';
    case 'role-forbids': {
      const what = reason.locales === null ? 'the whole record' : nameLocales(uiLocale, name, reason.locales);
      return `Not allowed: your role may not unpublish ${what} here.${reason.reason ? ` ${reason.reason}` : ''}`;
    }
    case 'scheduling-off':
      return 'Not allowed: scheduling is turned off for this model.';
    case 'too-soon':
      return `Not allowed: this environment’s settings ask for schedules at least ${reason.minLeadMinutes} minutes ahead.`;
    case 'model-off':
      return 'Not allowed: the plugin is turned off for this model in this environment.';
    case 'plan-kept':
      return 'Skipped: it already has a scheduled unpublishing, kept as you chose.';
    case 'linked-refuses':
      return refusedSkipText(reason.blocking, uiLocale);
  }
}

const PREVIOUS_PLAN: Record<'restored' | 'lost' | 'unknown', string> = {
  restored: ' Its previous plan was put back.',
  lost: ' Its previous plan could not be put back: nothing is scheduled for it now.',
  unknown: ' Its previous plan could not be put back, so the new one was probably saved.',
};

function succeededText(outcome: Extract<LineOutcome, { kind: 'succeeded' }>, mode: BulkMode, words: ReportWords) {
  const offline = nameLocales(words.uiLocale, words.name, outcome.offline);
  if (mode.kind === 'now') {
    return outcome.wholeRecord ? `The whole record went offline (${offline}).` : `${offline} went offline.`;
  }
  const what = outcome.wholeRecord ? `The whole record (${offline})` : offline;
  return `Scheduled: ${what} will go offline.${outcome.replacedPlan ? ' Its previous plan was replaced.' : ''}`;
}

export function lineText(outcome: LineOutcome, mode: BulkMode, words: ReportWords): string {
  switch (outcome.kind) {
    case 'succeeded':
      return succeededText(outcome, mode, words);
    case 'skipped':
      return skipText(outcome.reason, words.uiLocale, words.name);
    case 'not-sent':
      return 'Not sent: the run was stopped before it.';
    case 'failed': {
      const action = outcome.phase === 'read' ? 'read' : mode.kind === 'now' ? 'unpublish' : 'schedule';
      const described = describeFailure(outcome.failure, action);
      const unknown = lineStatus(outcome, mode) === 'unknown';
      const previous = outcome.previousPlan ? PREVIOUS_PLAN[outcome.previousPlan] : '';
      // PUBLISHED_REFERENCES (links made after the check, or a record not checked): the linking records' ids.
      const linked = linkedFromNote(outcome.failure, (id) => `record ${id}`);
      return `${unknown ? 'Outcome unknown' : 'Failed'}: ${forReport(described.message)}${linked}${previous}`;
    }
  }
}

export function summaryText(summary: Summary, mode: BulkMode): string {
  const parts = [
    `${summary.succeeded} ${mode.kind === 'now' ? 'went offline' : 'scheduled'}`,
    `${summary.skipped} skipped`,
    `${summary.failed} failed`,
  ];
  if (summary.unknown > 0) parts.push(`${summary.unknown} with an unknown outcome`);
  if (summary['not-sent'] > 0) parts.push(`${summary['not-sent']} not sent`);
  return `${parts.join(', ')} (of ${records(summary.total)})`;
}

/** The report as plain text, for the clipboard. */
export function reportText(report: BulkReport, heading: string, words: ReportWords): string {
  const blocks = report.environments.map((environment) => {
    const lines = report.lines
      .filter((line) => line.environment === environment)
      .map(
        (line) => `- ${words.title(line.recordId)} (${line.recordId}): ${lineText(line.outcome, report.mode, words)}`,
      );
    const summary = summaryText(summarize(report, environment), report.mode);
    return [`${words.environmentLabel(environment)}: ${summary}`, ...lines].join('\n');
  });
  return [heading, ...blocks].join('\n\n');
}
