import { createLocaleNamer } from '../shared/localeNames';
import type { BulkReport, LineOutcome } from './bulkReport';
import type { SkipReason } from './recordRequest';
import { lineText, records, reportText, summaryText } from './reportMessages';

const name = createLocaleNamer('en');
const NOW = { kind: 'now' as const };
const SCHEDULE = { kind: 'schedule' as const, at: '2027-03-01T08:00:00Z' };
const words = {
  uiLocale: 'en',
  name,
  title: (id: string) => `Title of ${id}`,
  environmentLabel: (env: string) => (env === 'main' ? 'main (this environment)' : env),
};
const skipped = (reason: SkipReason): LineOutcome => ({ kind: 'skipped', reason });
const INVALID_DATE = { kind: 'api' as const, status: 422, errors: [{ code: 'INVALID_DATE', details: {} }] };

describe('records', () => {
  it('counts one record, or many', () => {
    expect(records(0)).toBe('0 records');
    expect(records(1)).toBe('1 record');
    expect(records(2)).toBe('2 records');
  });
});

describe('a skipped line', () => {
  it.each([
    [{ kind: 'not-found' }, 'Skipped: not found in this environment.'],
    [{ kind: 'not-live' }, 'Skipped: not live here.'],
    [{ kind: 'picked-not-live' }, 'Skipped: none of the picked locales is live here.'],
    [
      { kind: 'whole-record-off' },
      'Not allowed: every live locale was picked, which takes the whole record offline, and this model’s settings keep at least one locale live.',
    ],
    [{ kind: 'scheduling-off' }, 'Not allowed: scheduling is turned off for this model.'],
    [
      { kind: 'too-soon', minLeadMinutes: 30 },
      'Not allowed: this environment’s settings ask for schedules at least 30 minutes ahead.',
    ],
    [{ kind: 'model-off' }, 'Not allowed: the plugin is turned off for this model in this environment.'],
    [
      { kind: 'plan-kept', plan: { at: '2027-02-01T08:00:00Z', locales: null } },
      'Skipped: it already has a scheduled unpublishing, kept as you chose.',
    ],
  ] as Array<[SkipReason, string]>)('says why (%o)', (reason, text) => {
    expect(lineText(skipped(reason), NOW, words)).toBe(text);
    expect(lineText(skipped(reason), SCHEDULE, words)).toBe(text);
  });

  it('names what the role forbids, and the role reading’s reason when there is one', () => {
    expect(lineText(skipped({ kind: 'role-forbids', locales: null, reason: null }), NOW, words)).toBe(
      'Not allowed: your role may not unpublish the whole record here.',
    );
    expect(lineText(skipped({ kind: 'role-forbids', locales: ['it', 'es'], reason: null }), NOW, words)).toBe(
      'Not allowed: your role may not unpublish Italian and Spanish here.',
    );
    expect(
      lineText(
        skipped({ kind: 'role-forbids', locales: ['it'], reason: 'Only records you created.' }),
        SCHEDULE,
        words,
      ),
    ).toBe('Not allowed: your role may not unpublish Italian here. Only records you created.');
  });
});

describe('a succeeded line', () => {
  const outcome = (wholeRecord: boolean, replacedPlan = false): LineOutcome => ({
    kind: 'succeeded',
    offline: ['en', 'it'],
    wholeRecord,
    replacedPlan,
  });

  it('now: the locales that went offline, or the whole record with them', () => {
    expect(lineText(outcome(false), NOW, words)).toBe('English and Italian went offline.');
    expect(lineText(outcome(true), NOW, words)).toBe('The whole record went offline (English and Italian).');
  });

  it('scheduled: what will go offline, and a replaced plan only when there was one', () => {
    expect(lineText(outcome(false), SCHEDULE, words)).toBe('Scheduled: English and Italian will go offline.');
    expect(lineText(outcome(true), SCHEDULE, words)).toBe(
      'Scheduled: The whole record (English and Italian) will go offline.',
    );
    expect(lineText(outcome(true, true), SCHEDULE, words)).toBe(
      'Scheduled: The whole record (English and Italian) will go offline. Its previous plan was replaced.',
    );
  });
});

describe('a line not sent or failed', () => {
  it('says the run stopped before a line not sent', () => {
    expect(lineText({ kind: 'not-sent' }, NOW, words)).toBe('Not sent: the run was stopped before it.');
  });

  it('says what became of a replaced plan when the new one failed', () => {
    const failed = (previousPlan: 'restored' | 'lost' | 'unknown' | undefined): LineOutcome => ({
      kind: 'failed',
      phase: 'write',
      failure: INVALID_DATE,
      ...(previousPlan ? { previousPlan } : {}),
    });
    const said = 'No unpublishing was scheduled. DatoCMS did not accept the date. Pick another date and time.';
    expect(lineText(failed(undefined), SCHEDULE, words)).toBe(`Failed: ${said}`);
    expect(lineText(failed('lost'), SCHEDULE, words)).toBe(
      `Failed: ${said} Its previous plan could not be put back: nothing is scheduled for it now.`,
    );
    expect(lineText(failed('unknown'), SCHEDULE, words)).toBe(
      `Outcome unknown: ${said} Its previous plan could not be put back, so the new one was probably saved.`,
    );
  });
});

describe('summaryText', () => {
  const summary = { succeeded: 3, skipped: 1, failed: 0, unknown: 0, 'not-sent': 0, total: 4 };

  it('leaves out the unknown and not-sent counts when there are none', () => {
    expect(summaryText(summary, NOW)).toBe('3 went offline, 1 skipped, 0 failed (of 4 records)');
    expect(summaryText({ ...summary, succeeded: 1, skipped: 0, total: 1 }, SCHEDULE)).toBe(
      '1 scheduled, 0 skipped, 0 failed (of 1 record)',
    );
  });

  it('counts the lines not sent, and one with an unknown outcome', () => {
    expect(summaryText({ ...summary, unknown: 1, 'not-sent': 2, total: 7 }, SCHEDULE)).toBe(
      '3 scheduled, 1 skipped, 0 failed, 1 with an unknown outcome, 2 not sent (of 7 records)',
    );
  });
});

describe('reportText', () => {
  it('gives each environment its own lines, in the run’s order of environments', () => {
    const report: BulkReport = {
      mode: NOW,
      environments: ['main', 'sandbox'],
      lines: [
        { environment: 'sandbox', recordId: 'r1', outcome: { kind: 'not-sent' } },
        { environment: 'main', recordId: 'r1', outcome: skipped({ kind: 'not-live' }) },
        { environment: 'main', recordId: 'r2', outcome: { kind: 'not-sent' } },
      ],
    };
    expect(reportText(report, 'Unpublish Italian', words).split('\n')).toEqual([
      'Unpublish Italian',
      '',
      'main (this environment): 0 went offline, 1 skipped, 0 failed, 1 not sent (of 2 records)',
      '- Title of r1 (r1): Skipped: not live here.',
      '- Title of r2 (r2): Not sent: the run was stopped before it.',
      '',
      'sandbox: 0 went offline, 0 skipped, 0 failed, 1 not sent (of 1 record)',
      '- Title of r1 (r1): Not sent: the run was stopped before it.',
    ]);
  });
});
