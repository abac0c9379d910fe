import { reduceForRecord, reduceForSchedule } from './recordRequest';

const ALL = { locales: ['en', 'it', 'es'], wholeRecord: true, reason: null };
const policy = { enabled: true, allowWholeRecord: true, allowScheduling: true, minLeadMinutes: 5, permission: ALL };
const italianAndSpanish = { wholeRecord: false as const, locales: ['es', 'it'] };

describe('reduceForRecord', () => {
  it('sends the picked locales live on the record, in the site order', () => {
    expect(reduceForRecord(italianAndSpanish, ['en', 'it', 'es'], policy)).toEqual({
      kind: 'send',
      request: { scope: 'locales', locales: ['it', 'es'] },
      offline: ['it', 'es'],
    });
    expect(reduceForRecord(italianAndSpanish, ['en', 'es'], policy)).toEqual({
      kind: 'send',
      request: { scope: 'locales', locales: ['es'] },
      offline: ['es'],
    });
  });

  it('unpublishes the whole record (no body) when every live locale is picked, if the model allows it', () => {
    expect(reduceForRecord(italianAndSpanish, ['it', 'es'], policy)).toEqual({
      kind: 'send',
      request: { scope: 'whole-record' },
      offline: ['it', 'es'],
    });
    expect(reduceForRecord(italianAndSpanish, ['it', 'es'], { ...policy, allowWholeRecord: false })).toEqual({
      kind: 'skip',
      reason: { kind: 'whole-record-off' },
    });
  });

  it('skips records with nothing live, or none of the picked locales live', () => {
    expect(reduceForRecord(italianAndSpanish, [], policy)).toEqual({ kind: 'skip', reason: { kind: 'not-live' } });
    expect(reduceForRecord(italianAndSpanish, ['en'], policy)).toEqual({
      kind: 'skip',
      reason: { kind: 'picked-not-live' },
    });
  });

  it('skips a record the role may not unpublish in this environment, naming the locales', () => {
    const onlyEnglish = { locales: ['en'], wholeRecord: false, reason: 'Your role may unpublish only English.' };
    expect(reduceForRecord(italianAndSpanish, ['en', 'it'], { ...policy, permission: onlyEnglish })).toEqual({
      kind: 'skip',
      reason: { kind: 'role-forbids', locales: ['it'], reason: 'Your role may unpublish only English.' },
    });
    expect(reduceForRecord({ wholeRecord: true }, ['en'], { ...policy, permission: onlyEnglish })).toEqual({
      kind: 'skip',
      reason: { kind: 'role-forbids', locales: null, reason: 'Your role may unpublish only English.' },
    });
  });
});

it('skips every record of a model the plugin is turned off for in that environment', () => {
  expect(reduceForRecord({ wholeRecord: true }, ['en'], { ...policy, enabled: false })).toEqual({
    kind: 'skip',
    reason: { kind: 'model-off' },
  });
});

describe('reduceForSchedule', () => {
  const at = '2027-03-01T08:00:00Z';
  const when = { at, now: Date.parse('2027-03-01T07:00:00Z') };
  const existing = { at: '2027-02-01T08:00:00Z', locales: ['en'] };

  it('plans the same scope, null for the whole record', () => {
    expect(
      reduceForSchedule(italianAndSpanish, { liveLocales: ['it', 'es'], plan: null }, policy, when, 'keep'),
    ).toEqual({ kind: 'schedule', plan: { at, locales: null }, previous: null, offline: ['it', 'es'] });
  });

  it('keeps an existing plan unless asked to replace it', () => {
    const record = { liveLocales: ['en', 'it'], plan: existing };
    expect(reduceForSchedule(italianAndSpanish, record, policy, when, 'keep')).toEqual({
      kind: 'skip',
      reason: { kind: 'plan-kept', plan: existing },
    });
    expect(reduceForSchedule(italianAndSpanish, record, { ...policy, minLeadMinutes: 120 }, when, 'replace')).toEqual({
      kind: 'skip',
      reason: { kind: 'too-soon', minLeadMinutes: 120 },
    });
    expect(reduceForSchedule(italianAndSpanish, record, policy, when, 'replace')).toEqual({
      kind: 'schedule',
      plan: { at, locales: ['it'] },
      previous: existing,
      offline: ['it'],
    });
  });
});

describe('reduceForSchedule, the lead time', () => {
  const at = '2027-03-01T08:00:00Z';
  const record = { liveLocales: ['en', 'it'], plan: null };
  const ahead = (minutes: number) => ({ at, now: Date.parse(at) - minutes * 60_000 });
  const withLead = { ...policy, minLeadMinutes: 60 };

  it('accepts an instant exactly the lead time ahead, and skips one a moment closer', () => {
    expect(reduceForSchedule(italianAndSpanish, record, withLead, ahead(60), 'keep').kind).toBe('schedule');
    expect(reduceForSchedule(italianAndSpanish, record, withLead, { at, now: ahead(60).now + 1 }, 'keep')).toEqual({
      kind: 'skip',
      reason: { kind: 'too-soon', minLeadMinutes: 60 },
    });
  });

  it('skips first what could not be sent now, then a model without scheduling, before the lead time', () => {
    expect(reduceForSchedule(italianAndSpanish, { liveLocales: [], plan: null }, policy, ahead(0), 'keep')).toEqual({
      kind: 'skip',
      reason: { kind: 'not-live' },
    });
    expect(
      reduceForSchedule(italianAndSpanish, record, { ...withLead, allowScheduling: false }, ahead(0), 'keep'),
    ).toEqual({ kind: 'skip', reason: { kind: 'scheduling-off' } });
  });
});
