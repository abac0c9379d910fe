/**
 * The report of a bulk run: one line per environment and record, each succeeded,
 * skipped (why), failed (the reason; "outcome unknown" when the change may have been
 * made) or not sent (the run was stopped before it). Never a silent partial result:
 * every record of every environment has its line (../shared/reference/004_b99eb5f63dc2f628.txt).
 */
import { type ApiFailure, describeFailure } from '../shared/apiFailure';
import type { LocaleNamer } from '../shared/localeNames';
import type { SkipReason } from './recordRequest';

export type BulkMode = { kind: 'now' } | { kind: 'schedule'; at: string };

export type LineOutcome =
  | {
      kind: 'succeeded';
      /** The locales that went (or will go) offline. */
      offline: string[];
      wholeRecord: boolean;
      /** Schedule mode: the record's previous plan was replaced. */
      replacedPlan: boolean;
    }
  | { kind: 'skipped'; reason: SkipReason }
  | {
      kind: 'failed';
      phase: 'read' | 'write';
      failure: ApiFailure;
      /** Replacing a plan failed: the old one was put back, lost, or the new one may be there. */
      previousPlan?: 'restored' | 'lost' | 'unknown';
    }
  /** Stopped before its write left (or not sent yet). */
  | { kind: 'not-sent' };

export type ReportLine = { environment: string; recordId: string; outcome: LineOutcome };

export type BulkReport = {
  mode: BulkMode;
  /** In the order the run went through them (the current environment first). */
  environments: string[];
  lines: ReportLine[];
};

export type LineStatus = 'succeeded' | 'skipped' | 'failed' | 'unknown' | 'not-sent';

export function lineStatus(outcome: LineOutcome, mode: BulkMode): LineStatus {
  if (outcome.kind !== 'failed') return outcome.kind;
  if (outcome.phase === 'read') return 'failed';
  if (outcome.previousPlan === 'unknown') return 'unknown';
  return describeFailure(outcome.failure, mode.kind === 'now' ? 'unpublish' : 'schedule').outcomeUnknown
    ? 'unknown'
    : 'failed';
}

export type Summary = Record<LineStatus, number> & { total: number };

export function summarize(report: BulkReport, environment: string): Summary {
  const summary: Summary = { succeeded: 0, skipped: 0, failed: 0, unknown: 0, 'not-sent': 0, total: 0 };
  for (const line of report.lines) {
    if (line.environment !== environment) continue;
    summary[lineStatus(line.outcome, report.mode)] += 1;
    summary.total += 1;
  }
  return summary;
}

/** "Retry the failed ones": the failed lines only (outcome unknown included), never the others. */
export function failedLines(report: BulkReport): ReportLine[] {
  return report.lines.filter((line) => line.outcome.kind === 'failed');
}

export function lineKey(line: { environment: string; recordId: string }): string {
  return `${line.environment}\n${line.recordId}`;
}

/** The report with the lines of a retry (or of the run) in place of the earlier ones. */
export function mergeLines(report: BulkReport, lines: readonly ReportLine[]): BulkReport {
  const fresh = new Map(lines.map((line) => [lineKey(line), line]));
  return { ...report, lines: report.lines.map((line) => fresh.get(lineKey(line)) ?? line) };
}

/** Words the report is written with. */
export type ReportWords = {
  uiLocale: string;
  name: LocaleNamer;
  /** The record's title as shown in the modal. */
  title: (recordId: string) => string;
  /** 'main (this environment)', 'sandbox'. */
  environmentLabel: (environment: string) => string;
};
