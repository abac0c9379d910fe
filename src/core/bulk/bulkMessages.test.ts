import { createLocaleNamer } from '../shared/localeNames';
import {
  describeBulkConfirmation,
  existingPlanText,
  rateLimitNote,
  readFailuresNote,
  readingProgress,
  runHeading,
  runProgress,
  tallyLine,
} from './bulkMessages';
import type { EnvironmentPlan, OfflineGroup, PlanCounts } from './bulkPlan';
import { BULK_MODAL_TITLE } from './modalMessages';

const name = createLocaleNamer('en');
const NOW = { kind: 'now' as const };
const SCHEDULE = { kind: 'schedule' as const, at: '2027-03-01T08:00:00Z' };
const LOCALES = { wholeRecord: false as const, locales: ['it', 'es'] };
const WHOLE = { wholeRecord: true as const };

describe('existingPlanText', () => {
  const words = {
    uiLocale: 'en-GB',
    name,
    timeZone: 'Europe/Rome',
    browserTimeZone: 'Europe/Rome',
    now: Date.parse('2027-02-26T08:00:00Z'),
  };

  it('names what goes offline, when relative to now and in the project’s zone, capitalized', () => {
    expect(existingPlanText({ at: '2027-03-01T08:00:00Z', locales: ['it'] }, words)).toBe(
      'Italian goes offline in 3 days, on Monday, 1 March 2027 at 09:00 (Europe/Rome).',
    );
    expect(existingPlanText({ at: '2027-03-01T08:00:00Z', locales: null }, words)).toBe(
      'The whole record goes offline in 3 days, on Monday, 1 March 2027 at 09:00 (Europe/Rome).',
    );
  });

  it('says a plan exists when DatoCMS did not tell its time', () => {
    expect(existingPlanText({ at: null, locales: 'not-known' }, words)).toBe(
      'The record (which locales, DatoCMS did not say): a plan exists, at a time not known.',
    );
  });
});

describe('progress and notes', () => {
  it('counts the records read', () => {
    expect(readingProgress(3, 10)).toBe('Read 3 of 10 records');
  });

  it('counts what is done, and the failures only once there are some', () => {
    expect(runProgress(4, 10, 0)).toBe('4 of 10 done');
    expect(runProgress(4, 10, 1)).toBe('4 of 10 done · 1 failed so far');
    expect(runProgress(10, 10, 3)).toBe('10 of 10 done · 3 failed so far');
  });

  it('tells how long DatoCMS asked to wait', () => {
    expect(rateLimitNote(4)).toBe('DatoCMS asked to slow down: going on in 4 s. Nothing is sent twice.');
  });

  it('says on how many records a locale is live, and the role’s limit only when it allows fewer', () => {
    expect(tallyLine(27, 30, 27)).toBe('live on 27 of 30 records');
    expect(tallyLine(1, 1, 1)).toBe('live on 1 of 1 record');
    expect(tallyLine(27, 30, 20)).toBe('live on 27 of 30 records; your role may unpublish it on 20');
    expect(tallyLine(3, 30, 0)).toBe('live on 3 of 30 records; your role may unpublish it on 0');
  });

  it('counts the records that could not be read', () => {
    expect(readFailuresNote(1)).toBe(
      '1 record could not be read: nothing will be sent for it (it is listed as failed in the report).',
    );
    expect(readFailuresNote(2)).toBe(
      '2 records could not be read: nothing will be sent for them (they are listed as failed in the report).',
    );
  });
});

describe('runHeading', () => {
  it('names the pick, and for a schedule the instant as shown (or as given when not shown)', () => {
    expect(runHeading(LOCALES, NOW, null, 'en', name)).toBe('Unpublish Italian and Spanish');
    expect(runHeading(WHOLE, NOW, 'ignored', 'en', name)).toBe('Unpublish the whole records');
    expect(runHeading(LOCALES, SCHEDULE, 'Monday 1 March 2027 at 09:00', 'en', name)).toBe(
      'Schedule unpublishing Italian and Spanish, Monday 1 March 2027 at 09:00',
    );
    expect(runHeading(WHOLE, SCHEDULE, null, 'en', name)).toBe(
      'Schedule unpublishing the whole records, 2027-03-01T08:00:00Z',
    );
  });
});

describe('describeBulkConfirmation', () => {
  const counts = (partial: Partial<PlanCounts>): PlanCounts => ({
    writes: 0,
    skipped: 0,
    readFailed: 0,
    replacing: 0,
    keeping: 0,
    ...partial,
  });
  const entry = (label: string, groups: OfflineGroup[], planCounts: PlanCounts) => ({
    plan: { environment: label, records: [] } as EnvironmentPlan,
    label,
    groups,
    counts: planCounts,
  });
  const en = { uiLocale: 'en', name };

  it('agrees with one record kept or replaced', () => {
    const one = [
      entry('main', [{ wholeRecord: false, locales: ['it'], count: 1 }], counts({ writes: 1, replacing: 1 })),
    ];
    const kept = [entry('main', [], counts({ skipped: 1, keeping: 1 }))];
    expect(describeBulkConfirmation(one, LOCALES, SCHEDULE, 'soon', en).content).toBe(
      'Scheduled to go offline in main: Italian on 1 record (1 record gets a new plan in place of its current one). At soon. Nothing else is sent.',
    );
    expect(describeBulkConfirmation(kept, LOCALES, SCHEDULE, 'soon', en).content).toBe(
      'Scheduled to go offline in main: nothing (1 record skipped; 1 record keeps its current plan). At soon. Nothing else is sent.',
    );
  });

  it('in one environment: no word of other environments’ settings, and only the counts there are', () => {
    const one = [entry('main', [{ wholeRecord: false, locales: ['it'], count: 1 }], counts({ writes: 1 }))];
    expect(describeBulkConfirmation(one, LOCALES, NOW, null, en)).toEqual({
      title: 'Unpublish Italian and Spanish?',
      content: 'Offline in main: Italian on 1 record. Nothing else is sent.',
      confirmLabel: 'Unpublish on 1 record',
    });
  });

  it('says nothing goes offline where no record is written', () => {
    const none = [entry('main', [], counts({ skipped: 1 }))];
    expect(describeBulkConfirmation(none, WHOLE, NOW, null, en)).toEqual({
      title: 'Unpublish the whole records?',
      content: 'Offline in main: nothing (1 record skipped). Nothing else is sent.',
      confirmLabel: 'Unpublish on 0 records',
    });
  });

  it('for a schedule: speaks of plans replaced and kept, and says when', () => {
    const plans = [
      entry(
        'main',
        [{ wholeRecord: true, locales: [], count: 3 }],
        counts({ writes: 3, skipped: 2, replacing: 1, keeping: 2 }),
      ),
      entry('sandbox', [{ wholeRecord: false, locales: ['it', 'es'], count: 2 }], counts({ writes: 2, replacing: 2 })),
    ];
    expect(describeBulkConfirmation(plans, WHOLE, SCHEDULE, 'Monday 1 March 2027 at 09:00', en)).toEqual({
      title: 'Schedule unpublishing the whole records?',
      content:
        'Scheduled to go offline in main: the whole record on 3 records (2 records skipped; 1 record gets a new plan in place of its current one; 2 records keep their current plan). ' +
        'Scheduled to go offline in sandbox: Italian and Spanish on 2 records (2 records get a new plan in place of their current one). ' +
        'At Monday 1 March 2027 at 09:00. Each environment’s own plugin settings and your role there decided what is allowed in it. Nothing else is sent.',
      confirmLabel: 'Schedule on 5 records',
    });
  });

  it('for a schedule without the instant as shown: the instant as given', () => {
    const one = [
      entry('main', [{ wholeRecord: false, locales: ['it'], count: 1 }], counts({ writes: 1, readFailed: 1 })),
    ];
    expect(describeBulkConfirmation(one, LOCALES, SCHEDULE, null, en).content).toBe(
      'Scheduled to go offline in main: Italian on 1 record (1 record could not be read). At 2027-03-01T08:00:00Z. Nothing else is sent.',
    );
  });
});

describe('the bulk modal’s title', () => {
  it('says what the modal is for', () => {
    expect(BULK_MODAL_TITLE).toBe('Unpublish locales of the selected records');
  });
});
