import { Button } from 'datocms-react-ui';
import { useState } from 'react';
import { BULK_TEXT } from '../../core/bulk/bulkMessages';
import { type BulkReport, failedLines, lineStatus, type ReportWords, summarize } from '../../core/bulk/bulkReport';
import { lineText, reportText, summaryText } from '../../core/bulk/reportMessages';
import common from '../../ui/common.module.css';
import styles from './bulk.module.css';

type Props = {
  report: BulkReport;
  heading: string;
  words: ReportWords;
  onOpen: (environment: string, recordId: string) => void;
  onRetry: () => void;
  /** Resolves false when the clipboard refused. */
  copy: (text: string) => Promise<boolean>;
};

/** One line per environment and record, each record linked to its editor; copy as text; retry the failed ones. */
export function ReportStep({ report, heading, words, onOpen, onRetry, copy }: Props) {
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const failed = failedLines(report).length;
  async function copyReport() {
    const text = reportText(report, heading, words);
    if (!(await copy(text))) setManualCopy(text);
  }
  return (
    <section className={styles.step} aria-label={BULK_TEXT.reportTitle} data-testid="bulk-report">
      <strong>{heading}</strong>
      {report.environments.map((environment) => (
        <div key={environment} data-environment={environment}>
          <p className={common.summary}>
            <strong>{words.environmentLabel(environment)}</strong>:{' '}
            <span data-testid="bulk-summary">{summaryText(summarize(report, environment), report.mode)}</span>
          </p>
          <ul className={styles.report}>
            {report.lines
              .filter((line) => line.environment === environment)
              .map((line) => {
                const status = lineStatus(line.outcome, report.mode);
                return (
                  <li key={line.recordId} data-record={line.recordId} data-status={status}>
                    <button type="button" className={common.link} onClick={() => onOpen(environment, line.recordId)}>
                      {words.title(line.recordId)}
                    </button>{' '}
                    <span className={styles[`status-${status}`]}>{lineText(line.outcome, report.mode, words)}</span>
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
      <div className={common.row}>
        <Button buttonSize="s" onClick={() => void copyReport()}>
          {BULK_TEXT.copy}
        </Button>
        {failed > 0 && (
          <Button buttonType="negative" buttonSize="s" onClick={onRetry}>
            {BULK_TEXT.retryFailed} ({failed})
          </Button>
        )}
      </div>
      {manualCopy !== null && (
        <>
          <span className={common.reason}>{BULK_TEXT.copyFailed}</span>
          <textarea className={styles.copyBox} readOnly value={manualCopy} aria-label={BULK_TEXT.reportTitle} />
        </>
      )}
    </section>
  );
}
