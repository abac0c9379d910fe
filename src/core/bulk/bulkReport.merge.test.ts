// mergeLines: a retry's lines take the place of the earlier ones of the same environment and record, and only those.
import { type BulkReport, type LineOutcome, mergeLines, type ReportLine } from './bulkReport';

const notSent: LineOutcome = { kind: 'not-sent' };
const wentOffline: LineOutcome = { kind: 'succeeded', offline: ['it'], wholeRecord: false, replacedPlan: false };
const timedOut: LineOutcome = { kind: 'failed', phase: 'write', failure: { kind: 'timeout' } };

describe('mergeLines', () => {
  it('replaces each line by the fresh one of the same environment and record, and keeps the others', () => {
    const report: BulkReport = {
      mode: { kind: 'now' },
      environments: ['main', 'sandbox'],
      lines: [
        { environment: 'main', recordId: 'r1', outcome: notSent },
        { environment: 'main', recordId: 'r2', outcome: notSent },
        { environment: 'sandbox', recordId: 'r1', outcome: notSent },
      ],
    };
    const fresh: ReportLine[] = [
      { environment: 'sandbox', recordId: 'r1', outcome: timedOut },
      { environment: 'main', recordId: 'r1', outcome: wentOffline },
    ];
    expect(mergeLines(report, fresh)).toEqual({
      ...report,
      lines: [
        { environment: 'main', recordId: 'r1', outcome: wentOffline },
        { environment: 'main', recordId: 'r2', outcome: notSent },
        { environment: 'sandbox', recordId: 'r1', outcome: timedOut },
      ],
    });
  });

  it('leaves the report as it was when nothing fresh came', () => {
    const report: BulkReport = {
      mode: { kind: 'schedule', at: '2027-03-01T08:00:00Z' },
      environments: ['main'],
      lines: [{ environment: 'main', recordId: 'r1', outcome: notSent }],
    };
    expect(mergeLines(report, [])).toEqual(report);
  });
});
