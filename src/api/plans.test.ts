// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { plansSeed } from '../../fake-cma/server.mjs';
import { isComplete, type Listing, nextStep, receive, shownPlans, startListing } from '../core/schedules/planListing';
import { buildPlanQuery, PAGE_LIMIT, type PlanSearch, windowDates } from '../core/schedules/planQuery';
import { type PlannedRecord, readPlannedRecord } from '../core/schedules/planRows';
import { createPlansApi } from './plans';
import { fakeCmaPerFile } from './testFakeCma';

const NOW = Date.parse('2026-03-01T09:00:00Z');
const DAY = 86_400_000;
const MODELS = ['model-plan-0', 'model-plan-1', 'model-plan-2', 'model-plan-tree'];

const fake = fakeCmaPerFile({ now: NOW, seed: plansSeed({ plans: 1200, models: 3, horizonDays: 20 }) });

function api() {
  return createPlansApi(
    { currentUserAccessToken: fake().token, environment: 'main', cmaBaseUrl: fake().url },
    { onRateLimitWait: () => undefined, sleep: async () => undefined },
  );
}

/** Every plan the fake holds within `dates`, soonest first, from its own records. */
function expectedIds(search: PlanSearch): string[] {
  return fake()
    .fixtures()
    .items.filter((item) => search.modelIds.includes(item.relationships.item_type.data.id))
    .map((item) => ({ id: item.id, at: item.meta.unpublishing_scheduled_at }))
    .filter((p): p is { id: string; at: string } => typeof p.at === 'string')
    .map((p) => ({ id: p.id, atMs: Date.parse(p.at) }))
    .filter((p) => {
      const { gt, lt } = search.dates;
      return (gt === undefined || p.atMs > Date.parse(gt)) && (lt === undefined || p.atMs < Date.parse(lt));
    })
    .sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1))
    .map((p) => p.id);
}

async function listAll(search: PlanSearch) {
  const plans = api();
  let listing: Listing<PlannedRecord> = startListing(search.modelIds.length === 1);
  let firstScreen: number | null = null;
  for (let step = nextStep(listing); step; step = nextStep(listing)) {
    const query =
      step.kind === 'page'
        ? buildPlanQuery(search, step.offset)
        : buildPlanQuery(search, 0, new Date(step.before).toISOString());
    const page = await plans.listPlans(query);
    listing = receive(
      listing,
      step,
      page.records.map(readPlannedRecord).filter((p) => p !== null),
      page.total,
    );
    firstScreen ??= listing.knownUntil === null ? null : fake().requests().length;
  }
  return { listing, firstScreen };
}

describe('listing plans against the fake CMA', () => {
  it('sends the documented query: several models, the date filter, pages of 500, the version', async () => {
    const search = { modelIds: MODELS, dates: windowDates('next-7-days', NOW) };
    const page = await api().listPlans(buildPlanQuery(search, 0));
    const [request] = fake().requests();
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/items');
    expect(request?.query).toEqual({
      'filter[type]': MODELS.join(','),
      'filter[fields][_unpublishing_scheduled_at][exists]': 'true',
      'filter[fields][_unpublishing_scheduled_at][gt]': new Date(NOW).toISOString(),
      'filter[fields][_unpublishing_scheduled_at][lt]': new Date(NOW + 7 * DAY).toISOString(),
      'page[offset]': '0',
      'page[limit]': '500',
      version: 'current',
    });
    expect(page.total).toBe(expectedIds(search).length);
    expect(page.records.length).toBe(Math.min(page.total, PAGE_LIMIT));
  });

  it('finds every plan, soonest first, with at most 2 list requests for the first screen and ⌈N/500⌉ + 1 in all', async () => {
    const search = { modelIds: MODELS, dates: windowDates('all', NOW) };
    const expected = expectedIds(search);
    expect(expected.length).toBeGreaterThan(1000);
    const { listing, firstScreen } = await listAll(search);
    expect(isComplete(listing)).toBe(true);
    expect(shownPlans(listing).map((p) => p.id)).toEqual(expected);
    expect(firstScreen).toBeLessThanOrEqual(2);
    expect(fake().requests().length).toBe(Math.ceil(expected.length / PAGE_LIMIT) + 1);
    expect(fake().writes()).toEqual([]);
  });

  it('pages one model soonest first, ordered by the API', async () => {
    const search = { modelIds: ['model-plan-1'], dates: windowDates('all', NOW) };
    const expected = expectedIds(search);
    const { listing, firstScreen } = await listAll(search);
    expect(shownPlans(listing).map((p) => p.id)).toEqual(expected);
    expect(firstScreen).toBe(1);
    expect(
      fake()
        .requests()
        .every((r) => r.query?.order_by === '_unpublishing_scheduled_at_ASC'),
    ).toBe(true);
    expect(fake().requests().length).toBe(Math.ceil(expected.length / PAGE_LIMIT));
  });

  it('reads a plan’s scope with the panel’s state request', async () => {
    const state = await api().readState('plan-conflict-locale-gone', ['en', 'it', 'es', 'fr']);
    expect(state.scheduledUnpublishing).toEqual({ at: expect.any(String), locales: ['it'] });
    expect(state.liveLocales).toEqual(['en']);
    expect(
      fake()
        .requests()
        .map((r) => `${r.method} ${r.path}`),
    ).toEqual(['GET /items/plan-conflict-locale-gone/current-vs-published-state']);
  });
});
