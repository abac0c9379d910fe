import fc from 'fast-check';
import {
  isComplete,
  type Listing,
  nextStep,
  receive,
  SLICE_TARGET,
  shownPlans,
  sliceCutoff,
  startListing,
  type Timed,
  withoutPlan,
  withPlan,
} from './planListing';
import { buildPlanQuery, PAGE_LIMIT, type PlanListQuery, type PlanSearch } from './planQuery';

type Plan = Timed & { modelId: string };

const BASE = Date.parse('2027-03-01T00:00:00Z');
const MINUTE = 60_000;

/**
 * A CMA answering GET /items from a set of plans: the date filters, the models, `order_by`
 * (one model only, as the API requires), and otherwise its own order (`defaultOrder`).
 */
function fakeApi(plans: readonly Plan[], defaultOrder: readonly string[]) {
  const rank = new Map(defaultOrder.map((id, i) => [id, i]));
  const log: PlanListQuery[] = [];
  return {
    log,
    list(query: PlanListQuery): { plans: Plan[]; total: number } {
      log.push(query);
      const types = query.filter.type.split(',');
      const { gt, lt } = query.filter.fields._unpublishing_scheduled_at;
      const matching = plans.filter(
        (p) =>
          types.includes(p.modelId) &&
          (gt === undefined || p.atMs > Date.parse(gt)) &&
          (lt === undefined || p.atMs < Date.parse(lt)),
      );
      if (query.order_by) {
        expect(types).toHaveLength(1);
        matching.sort((a, b) => a.atMs - b.atMs || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
      } else {
        matching.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
      }
      const { offset, limit } = query.page;
      return { plans: matching.slice(offset, offset + limit), total: matching.length };
    },
  };
}

function queryFor(search: PlanSearch, step: NonNullable<ReturnType<typeof nextStep>>): PlanListQuery {
  return step.kind === 'page'
    ? buildPlanQuery(search, step.offset)
    : buildPlanQuery(search, 0, new Date(step.before).toISOString());
}

const sorted = (plans: readonly Plan[]) => [...plans].sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : 1));

/** Runs a listing to the end; checks after every answer that what is shown is never missing a sooner plan. */
function runListing(all: readonly Plan[], modelIds: string[], defaultOrder: readonly string[]) {
  const api = fakeApi(all, defaultOrder);
  const search: PlanSearch = { modelIds, dates: { exists: true } };
  let listing: Listing<Plan> = startListing(modelIds.length === 1);
  let firstScreenAfter: number | null = null;
  let uncertainSeen = false;
  for (let step = nextStep(listing); step; step = nextStep(listing)) {
    const answer = api.list(queryFor(search, step));
    listing = receive(listing, step, answer.plans, answer.total);
    if (listing.knownUntil !== null && firstScreenAfter === null) firstScreenAfter = api.log.length;
    uncertainSeen ||= listing.uncertain;
    if (!listing.uncertain) {
      const until = listing.knownUntil ?? Number.NEGATIVE_INFINITY;
      expect(shownPlans(listing).map((p) => p.id)).toEqual(
        sorted(all)
          .filter((p) => p.atMs < until)
          .map((p) => p.id),
      );
    }
    expect(api.log.length).toBeLessThanOrEqual(all.length + 2);
  }
  return { listing, requests: api.log.length, firstScreenAfter, uncertainSeen, log: api.log };
}

function plansOf(times: readonly number[], models: number): Plan[] {
  return times.map((t, i) => ({
    id: `r${String(i).padStart(5, '0')}`,
    atMs: BASE + t * MINUTE,
    modelId: `m${i % models}`,
  }));
}

describe('the paging plan', () => {
  it('lists up to 500 plans with one request', () => {
    const all = plansOf([5, 3, 9, 1], 3);
    const { listing, requests, firstScreenAfter } = runListing(
      all,
      ['m0', 'm1', 'm2'],
      ['r00002', 'r00000', 'r00003', 'r00001'],
    );
    expect(requests).toBe(1);
    expect(firstScreenAfter).toBe(1);
    expect(isComplete(listing)).toBe(true);
    expect(shownPlans(listing).map((p) => p.id)).toEqual(['r00003', 'r00001', 'r00000', 'r00002']);
  });

  it('shows 5,000 plans of 10 models after 2 requests, and all of them after ⌈5000/500⌉ + 1', () => {
    const random = fc.sample(fc.integer({ min: 0, max: 60 * 24 * 60 }), { numRuns: 5000, seed: 11 });
    const all = plansOf(random, 10);
    const order = fc.sample(
      fc.shuffledSubarray(
        all.map((p) => p.id),
        { minLength: 5000, maxLength: 5000 },
      ),
      {
        numRuns: 1,
        seed: 7,
      },
    )[0] as string[];
    const models = Array.from({ length: 10 }, (_, i) => `m${i}`);
    const { listing, requests, firstScreenAfter, uncertainSeen, log } = runListing(all, models, order);
    expect(firstScreenAfter).toBe(2);
    expect(uncertainSeen).toBe(false);
    expect(requests).toBe(11);
    expect(shownPlans(listing)).toHaveLength(5000);
    // The second request is the narrowed one; every request asks for pages of 500 and names all 10 models.
    expect(log[1]?.filter.fields._unpublishing_scheduled_at.lt).toBeDefined();
    for (const query of log) {
      expect(query.page.limit).toBe(PAGE_LIMIT);
      expect(query.filter.type.split(',')).toHaveLength(10);
      expect(query.version).toBe('current');
    }
  });

  it('pages one model soonest first: the first screen after one request, the whole list ⌈N/500⌉', () => {
    const all = plansOf(
      Array.from({ length: 1200 }, (_, i) => (i * 7919) % 5000),
      1,
    );
    const { requests, firstScreenAfter, log } = runListing(
      all,
      ['m0'],
      all.map((p) => p.id),
    );
    expect(firstScreenAfter).toBe(1);
    expect(requests).toBe(3);
    expect(log.every((q) => q.order_by === '_unpublishing_scheduled_at_ASC')).toBe(true);
  });

  it('says the first screen is uncertain when the narrowed request overflows, and is exact once complete', () => {
    // The API's own order puts the latest plans first: the first page is a poor sample.
    const all = plansOf(
      Array.from({ length: 1500 }, (_, i) => i),
      2,
    );
    const latestFirst = [...all].reverse().map((p) => p.id);
    const { listing, uncertainSeen, firstScreenAfter } = runListing(all, ['m0', 'm1'], latestFirst);
    expect(firstScreenAfter).toBe(2);
    expect(uncertainSeen).toBe(true);
    expect(listing.uncertain).toBe(false);
    expect(shownPlans(listing).map((p) => p.id)).toEqual(sorted(all).map((p) => p.id));
  });

  it('never shows a plan while a sooner one is missing, never needs more than 2 requests for the first screen, and at most one request per 500 plans plus the narrowed one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 1800, size: 'max' }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (times, models, seed) => {
          const all = plansOf(times, models);
          const order = fc.sample(
            fc.shuffledSubarray(
              all.map((p) => p.id),
              { minLength: all.length, maxLength: all.length },
            ),
            {
              numRuns: 1,
              seed,
            },
          )[0] as string[];
          const modelIds = Array.from({ length: models }, (_, i) => `m${i}`);
          const { listing, requests, firstScreenAfter } = runListing(all, modelIds, order);
          const pages = Math.max(1, Math.ceil(all.length / PAGE_LIMIT));
          expect(requests).toBeLessThanOrEqual(pages + (models > 1 && all.length > PAGE_LIMIT ? 1 : 0));
          expect(firstScreenAfter).not.toBeNull();
          expect(firstScreenAfter).toBeLessThanOrEqual(2);
          expect(shownPlans(listing)).toHaveLength(all.length);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('sliceCutoff', () => {
  it('aims at about SLICE_TARGET plans of the whole listing, from the sample', () => {
    const sample = Array.from({ length: 500 }, (_, i) => i * 10);
    // 5,000 plans, a sample of 500: 40 of the sample should come before the cutoff.
    expect(sliceCutoff(sample, 5000)).toBe(400);
    expect(sliceCutoff(sample, 5000 * 100)).toBe(10);
    expect(SLICE_TARGET).toBeLessThan(PAGE_LIMIT);
  });

  it('keeps plans of the same time together, and has one when the sample is empty', () => {
    expect(sliceCutoff([5, 5, 5, 9], 1000)).toBe(9);
    expect(sliceCutoff([5, 5, 5, 5], 1000)).toBe(6);
    expect(sliceCutoff([], 100)).toBeNull();
  });
});

describe('writes from the page', () => {
  const plan = (id: string, atMs: number): Plan => ({ id, atMs, modelId: 'm0' });

  it('drops a cancelled plan and starts the pages still to come one earlier, so that none is skipped', () => {
    let listing = startListing<Plan>(false);
    listing = receive(listing, { kind: 'page', offset: 0 }, [plan('a', 1), plan('b', 2)], 1200);
    const after = withoutPlan(listing, 'a');
    expect([...after.plans.keys()]).toEqual(['b']);
    expect(after.nextOffset).toBe(PAGE_LIMIT - 1);
    expect(after.total).toBe(1199);
    expect(withoutPlan(after, 'unknown')).toBe(after);
  });

  it('moves a changed plan', () => {
    let listing = startListing<Plan>(false);
    listing = receive(listing, { kind: 'page', offset: 0 }, [plan('a', 1), plan('b', 2)], 2);
    const after = withPlan(listing, plan('a', 3));
    expect(shownPlans(after).map((p) => p.id)).toEqual(['b', 'a']);
    expect(after.nextOffset).toBe(listing.nextOffset);
  });
});
