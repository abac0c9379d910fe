import { buildPlanQuery, plannableModels, windowDates } from './planQuery';

const model = (id: string, draft: boolean, block = false) => ({
  id,
  attributes: { draft_mode_active: draft, modular_block: block },
});
const NOW = Date.parse('2027-03-01T08:00:00Z');

describe('plannableModels', () => {
  it('keeps models with draft/published, never blocks, in a stable order', () => {
    const models = [model('m3', true), model('m1', true), model('author', false), model('block', true, true)];
    expect(plannableModels(models)).toEqual(['m1', 'm3']);
    expect(plannableModels(models, new Set(['m3', 'author']))).toEqual(['m3']);
  });
});

describe('windowDates', () => {
  it('counts the next 7 and 30 days from now, and everything pending for "all"', () => {
    expect(windowDates('next-7-days', NOW)).toEqual({
      exists: true,
      gt: '2027-03-01T08:00:00.000Z',
      lt: '2027-03-08T08:00:00.000Z',
    });
    expect(windowDates('next-30-days', NOW).lt).toBe('2027-03-31T08:00:00.000Z');
    expect(windowDates('all', NOW)).toEqual({ exists: true });
  });
});

describe('buildPlanQuery', () => {
  it('lists several models comma-separated, in pages of 500, with the version named', () => {
    expect(buildPlanQuery({ modelIds: ['m1', 'm2'], dates: windowDates('next-7-days', NOW) }, 1000)).toEqual({
      filter: {
        type: 'm1,m2',
        fields: {
          _unpublishing_scheduled_at: {
            exists: true,
            gt: '2027-03-01T08:00:00.000Z',
            lt: '2027-03-08T08:00:00.000Z',
          },
        },
      },
      page: { offset: 1000, limit: 500 },
      version: 'current',
    });
  });

  it('orders by the plan date only with one model, as the API requires', () => {
    expect(buildPlanQuery({ modelIds: ['m1'], dates: { exists: true } }, 0).order_by).toBe(
      '_unpublishing_scheduled_at_ASC',
    );
    expect(buildPlanQuery({ modelIds: ['m1', 'm2'], dates: { exists: true } }, 0)).not.toHaveProperty('order_by');
  });

  it('narrows to the plans before a cutoff, keeping the window start', () => {
    const query = buildPlanQuery(
      { modelIds: ['m1', 'm2'], dates: windowDates('next-7-days', NOW) },
      0,
      '2027-03-02T00:00:00.000Z',
    );
    expect(query.filter.fields._unpublishing_scheduled_at).toEqual({
      exists: true,
      gt: '2027-03-01T08:00:00.000Z',
      lt: '2027-03-02T00:00:00.000Z',
    });
  });
});
