import {
  filterPlans,
  groupByDay,
  type PlannedRecord,
  planTitle,
  type RawListedRecord,
  readPlannedRecord,
  takesLocaleOffline,
  withinDates,
} from './planRows';

function raw(id: string, meta: RawListedRecord['meta'], modelId = 'article'): RawListedRecord {
  return {
    id,
    attributes: { title: { en: `Title ${id}`, it: `Titolo ${id}` } },
    relationships: { item_type: { data: { id: modelId } }, creator: { data: { id: 'user-1' } } },
    meta,
  };
}

describe('readPlannedRecord', () => {
  it('reads the plan, and what the title and the conflicts need', () => {
    const plan = readPlannedRecord(
      raw('r1', {
        unpublishing_scheduled_at: '2027-03-01T08:00:00Z',
        publication_scheduled_at: '2027-03-05T08:00:00Z',
        has_children: false,
        stage: 'stage-1',
      }),
    );
    expect(plan).toEqual({
      id: 'r1',
      at: '2027-03-01T08:00:00Z',
      atMs: Date.parse('2027-03-01T08:00:00Z'),
      modelId: 'article',
      attributes: { title: { en: 'Title r1', it: 'Titolo r1' } },
      publicationAt: '2027-03-05T08:00:00Z',
      mayHaveChildren: false,
      creatorId: 'user-1',
      stageId: 'stage-1',
    });
    expect(plan && planTitle(plan, 'title', 'it')).toBe('Titolo r1');
  });

  it('falls back to the record id without a title field, and skips records without a readable plan', () => {
    const plan = readPlannedRecord(raw('r2', { unpublishing_scheduled_at: '2027-03-01T08:00:00Z' }, 'page'));
    expect(plan && planTitle(plan, null, 'en')).toBe('Record r2');
    expect(plan && planTitle(plan, 'title', 'fr')).toBe('Title r2');
    expect(plan?.mayHaveChildren).toBe(true);
    expect(plan?.publicationAt).toBeNull();
    expect(plan?.stageId).toBeNull();
    expect(readPlannedRecord(raw('r3', { unpublishing_scheduled_at: null }))).toBeNull();
    expect(readPlannedRecord(raw('r4', { unpublishing_scheduled_at: 'soon' }))).toBeNull();
  });

  it('reads a record without a creator, or whose creator is not given', () => {
    const record = raw('r5', { unpublishing_scheduled_at: '2027-03-01T08:00:00Z' });
    const { creator: _, ...withoutCreator } = record.relationships;
    expect(readPlannedRecord({ ...record, relationships: withoutCreator })?.creatorId).toBeNull();
    const noData = { ...record.relationships, creator: { data: null } };
    expect(readPlannedRecord({ ...record, relationships: noData })?.creatorId).toBeNull();
  });
});

describe('withinDates', () => {
  it('is strict at both ends, like the gt/lt filter', () => {
    const dates = { exists: true as const, gt: '2027-03-01T00:00:00Z', lt: '2027-03-08T00:00:00Z' };
    expect(withinDates(dates, Date.parse('2027-03-01T00:00:00Z'))).toBe(false);
    expect(withinDates(dates, Date.parse('2027-03-01T00:00:01Z'))).toBe(true);
    expect(withinDates(dates, Date.parse('2027-03-08T00:00:00Z'))).toBe(false);
    expect(withinDates({ exists: true }, 0)).toBe(true);
  });
});

describe('groupByDay', () => {
  const at = (id: string, iso: string) => ({ id, atMs: Date.parse(iso) });

  it('groups by the calendar day of the project zone, not of UTC or the browser', () => {
    const plans = [
      at('a', '2027-03-01T08:00:00Z'), // 09:00 in Rome, 1 March
      at('b', '2027-03-01T22:30:00Z'), // 23:30 in Rome, 1 March
      at('c', '2027-03-01T23:30:00Z'), // 00:30 in Rome, 2 March (still 1 March in UTC)
      at('d', '2027-03-04T10:00:00Z'),
    ];
    expect(groupByDay(plans, 'Europe/Rome').map((g) => g.plans.map((p) => p.id))).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(groupByDay(plans, 'UTC').map((g) => g.plans.map((p) => p.id))).toEqual([['a', 'b', 'c'], ['d']]);
    expect(groupByDay(plans, 'America/New_York').map((g) => g.plans.map((p) => p.id))).toEqual([
      ['a', 'b', 'c'],
      ['d'],
    ]);
  });
});

describe('filters', () => {
  const plan = (id: string, modelId: string): PlannedRecord => ({
    id,
    at: '',
    atMs: 0,
    modelId,
    attributes: {},
    publicationAt: null,
    mayHaveChildren: false,
    creatorId: null,
    stageId: null,
  });
  const scopes = {
    whole: { plan: { at: '', locales: null }, liveLocales: ['en', 'it'] },
    it: { plan: { at: '', locales: ['it'] }, liveLocales: ['en', 'it'] },
    gone: { plan: null, liveLocales: ['en'] },
  };

  it('knows whether a plan takes a locale offline only once its scope is read', () => {
    expect(takesLocaleOffline(undefined, 'it')).toBe('unknown');
    expect(takesLocaleOffline(scopes.whole, 'it')).toBe('yes');
    expect(takesLocaleOffline(scopes.whole, 'fr')).toBe('no');
    expect(takesLocaleOffline(scopes.it, 'it')).toBe('yes');
    expect(takesLocaleOffline(scopes.it, 'en')).toBe('no');
    expect(takesLocaleOffline(scopes.gone, 'en')).toBe('no');
  });

  it('reads an empty list of locales as the whole record, and keeps a plan of untold locales unknown', () => {
    const emptyList = { plan: { at: '', locales: [] }, liveLocales: ['en', 'it'] };
    expect(takesLocaleOffline(emptyList, 'it')).toBe('yes');
    expect(takesLocaleOffline(emptyList, 'fr')).toBe('no');
    const untold = { plan: { at: '', locales: 'not-known' as const }, liveLocales: ['en', 'it'] };
    expect(takesLocaleOffline(untold, 'it')).toBe('unknown');
    expect(takesLocaleOffline(untold, 'fr')).toBe('unknown');
  });

  it('keeps the plans of the chosen models, and those whose scope is still loading', () => {
    const plans = [plan('whole', 'a'), plan('it', 'a'), plan('unread', 'a'), plan('other', 'b')];
    const scopeOf = (id: string) => (id === 'whole' || id === 'it' ? scopes[id] : undefined);
    expect(filterPlans(plans, { modelIds: new Set(['a']), locale: null }, scopeOf).map((p) => p.id)).toEqual([
      'whole',
      'it',
      'unread',
    ]);
    expect(filterPlans(plans, { modelIds: null, locale: 'en' }, scopeOf).map((p) => p.id)).toEqual([
      'whole',
      'unread',
      'other',
    ]);
  });
});
