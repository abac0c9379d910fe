import { createLocaleNamer } from '../shared/localeNames';
import { describeBulkConfirmation } from './bulkMessages';
import { initialReport, offlineGroups, planCounts, type RecordRead, stepFor } from './bulkPlan';
import { type BulkReport, failedLines, lineStatus, mergeLines, type ReportLine, summarize } from './bulkReport';
import { lineText, reportText, summaryText } from './reportMessages';

const name = createLocaleNamer('en');
const ALL = { locales: ['en', 'it', 'es'], wholeRecord: true, reason: null };
const policy = { enabled: true, allowWholeRecord: true, allowScheduling: true, minLeadMinutes: 5, permission: ALL };
const NOW = { kind: 'now' as const };
const input = {
  pick: { wholeRecord: false as const, locales: ['it', 'es'] },
  mode: NOW,
  planChoice: 'keep' as const,
  now: 0,
};
const words = {
  uiLocale: 'en',
  name,
  title: (id: string) => `Title of ${id}`,
  environmentLabel: (env: string) => (env === 'main' ? 'main (this environment)' : env),
};

const reads: Array<[string, RecordRead]> = [
  ['r1', { kind: 'read', live: ['en', 'it', 'es'], plan: null }],
  ['r2', { kind: 'read', live: ['it', 'es'], plan: null }],
  ['r3', { kind: 'read', live: ['en'], plan: null }],
  ['r4', { kind: 'not-found' }],
  ['r5', { kind: 'failed', failure: { kind: 'timeout' } }],
  ['r6', { kind: 'read', live: ['en', 'it'], plan: null }],
];
const plan = {
  environment: 'main',
  records: reads.map(([recordId, read]) => ({ recordId, step: stepFor(read, policy, input) })),
};

describe('the plan of an environment', () => {
  it('gives each record its step', () => {
    expect(plan.records.map((r) => r.step.kind)).toEqual([
      'unpublish',
      'unpublish',
      'skip',
      'skip',
      'read-failed',
      'unpublish',
    ]);
  });

  it('groups what goes offline, the largest group first, and counts the rest', () => {
    expect(offlineGroups(plan)).toEqual([
      { wholeRecord: false, locales: ['it', 'es'], count: 1 },
      { wholeRecord: true, locales: [], count: 1 },
      { wholeRecord: false, locales: ['it'], count: 1 },
    ]);
    expect(planCounts(plan)).toEqual({ writes: 3, skipped: 2, readFailed: 1, replacing: 0, keeping: 0 });
  });

  it('names exactly what goes offline in the confirmation, per environment, and who decides in each', () => {
    const other = {
      environment: 'sandbox',
      records: [{ recordId: 'r1', step: stepFor(reads[0]?.[1] ?? { kind: 'not-found' }, policy, input) }],
    };
    const confirmation = describeBulkConfirmation(
      [plan, other].map((p) => ({
        plan: p,
        label: words.environmentLabel(p.environment),
        groups: offlineGroups(p),
        counts: planCounts(p),
      })),
      input.pick,
      NOW,
      null,
      { uiLocale: 'en', name },
    );
    expect(confirmation).toEqual({
      title: 'Unpublish Italian and Spanish?',
      content:
        'Offline in main (this environment): Italian and Spanish on 1 record, the whole record on 1 record, and Italian on 1 record (2 records skipped; 1 record could not be read). Offline in sandbox: Italian and Spanish on 1 record. Each environment’s own plugin settings and your role there decided what is allowed in it. Nothing else is sent.',
      confirmLabel: 'Unpublish on 4 records',
    });
  });
});

describe('the report', () => {
  const report = initialReport(NOW, [plan]);

  it('has a line for every record: skips and failed reads final, writes not sent yet', () => {
    expect(report.lines.map((l) => [l.recordId, lineStatus(l.outcome, NOW)])).toEqual([
      ['r1', 'not-sent'],
      ['r2', 'not-sent'],
      ['r3', 'skipped'],
      ['r4', 'skipped'],
      ['r5', 'failed'],
      ['r6', 'not-sent'],
    ]);
  });

  const done: ReportLine[] = [
    {
      environment: 'main',
      recordId: 'r1',
      outcome: { kind: 'succeeded', offline: ['it', 'es'], wholeRecord: false, replacedPlan: false },
    },
    {
      environment: 'main',
      recordId: 'r2',
      outcome: {
        kind: 'failed',
        phase: 'write',
        failure: { kind: 'api', status: 422, errors: [{ code: 'ITEM_LOCKED', details: {} }] },
      },
    },
    { environment: 'main', recordId: 'r6', outcome: { kind: 'failed', phase: 'write', failure: { kind: 'timeout' } } },
  ];
  const finished: BulkReport = mergeLines(report, done);

  it('says per line what happened, in the editor’s words, with the panel’s error mapping', () => {
    expect(finished.lines.map((l) => lineText(l.outcome, NOW, words))).toEqual([
      'Italian and Spanish went offline.',
      'Failed: Nothing was unpublished. The record is locked by another operation right now. Try again in a moment.',
      'Skipped: none of the picked locales is live here.',
      'Skipped: not found in this environment.',
      'Failed: DatoCMS did not answer in time, so the publication state could not be read. Try again.',
      'Outcome unknown: DatoCMS did not answer in time, so it is not known whether the change was made. Open the record to check it before trying again.',
    ]);
    expect(summaryText(summarize(finished, 'main'), NOW)).toBe(
      '1 went offline, 2 skipped, 2 failed, 1 with an unknown outcome (of 6 records)',
    );
  });

  it('retries only the failed lines (read or write, outcome unknown included)', () => {
    expect(failedLines(finished).map((l) => l.recordId)).toEqual(['r2', 'r5', 'r6']);
  });

  it('copies as text: a heading, then per environment its summary and every record named', () => {
    const text = reportText(finished, 'Unpublish Italian and Spanish', words);
    expect(text.split('\n')).toEqual([
      'Unpublish Italian and Spanish',
      '',
      'main (this environment): 1 went offline, 2 skipped, 2 failed, 1 with an unknown outcome (of 6 records)',
      '- Title of r1 (r1): Italian and Spanish went offline.',
      '- Title of r2 (r2): Failed: Nothing was unpublished. The record is locked by another operation right now. Try again in a moment.',
      '- Title of r3 (r3): Skipped: none of the picked locales is live here.',
      '- Title of r4 (r4): Skipped: not found in this environment.',
      '- Title of r5 (r5): Failed: DatoCMS did not answer in time, so the publication state could not be read. Try again.',
      '- Title of r6 (r6): Outcome unknown: DatoCMS did not answer in time, so it is not known whether the change was made. Open the record to check it before trying again.',
    ]);
  });
});

describe('the report of a schedule', () => {
  const mode = { kind: 'schedule' as const, at: '2027-03-01T08:00:00Z' };
  it('speaks of plans, replaced or kept, and of a previous plan put back or lost', () => {
    expect(lineText({ kind: 'succeeded', offline: ['it'], wholeRecord: false, replacedPlan: true }, mode, words)).toBe(
      'Scheduled: Italian will go offline. Its previous plan was replaced.',
    );
    expect(
      lineText(
        {
          kind: 'failed',
          phase: 'write',
          failure: { kind: 'api', status: 422, errors: [{ code: 'INVALID_DATE', details: {} }] },
          previousPlan: 'restored',
        },
        mode,
        words,
      ),
    ).toBe(
      'Failed: No unpublishing was scheduled. DatoCMS did not accept the date. Pick another date and time. Its previous plan was put back.',
    );
    const plan = { at: '2027-02-01T08:00:00Z', locales: null };
    expect(lineText({ kind: 'skipped', reason: { kind: 'plan-kept', plan } }, mode, words)).toBe(
      'Skipped: it already has a scheduled unpublishing, kept as you chose.',
    );
  });
});

describe('failure lines', () => {
  const failures = [
    { kind: 'timeout' as const },
    { kind: 'network' as const },
    { kind: 'rate-limited' as const },
    ...[401, 403, 404, 422, 429, 500, 503].flatMap((status) =>
      ['VALIDATION_INVALID', 'PUBLISHED_CHILDREN', 'ITEM_LOCKED', 'INVALID_DATE', 'SOMETHING_NEW'].map((code) => ({
        kind: 'api' as const,
        status,
        errors: [{ code, details: {} }],
      })),
    ),
  ];
  it('never speak of the panel: a report sends the editor to the record', () => {
    for (const mode of [NOW, { kind: 'schedule' as const, at: '2027-03-01T08:00:00Z' }]) {
      for (const phase of ['read', 'write'] as const) {
        for (const failure of failures) {
          const text = lineText({ kind: 'failed', phase, failure }, mode, words);
          expect(text).not.toMatch(/panel/i);
          expect(text).toMatch(/^(Failed|Outcome unknown): /);
        }
      }
    }
    expect(
      lineText(
        {
          kind: 'failed',
          phase: 'write',
          failure: { kind: 'api', status: 422, errors: [{ code: 'VALIDATION_INVALID', details: {} }] },
        },
        NOW,
        words,
      ),
    ).toBe(
      'Failed: Nothing was unpublished. A locale you picked is no longer published, or the record changed meanwhile (someone else may have unpublished it). Open the record to check it before trying again.',
    );
  });
});
