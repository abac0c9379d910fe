// planListing step by step: what the first screen shows after the first page and after the narrowed request, how
// plans at the same time are ordered, and the requests that follow odd answers.
import { bySoonest, nextStep, receive, shownPlans, sliceCutoff, startListing, type Timed } from './planListing';
import { PAGE_LIMIT } from './planQuery';

const BASE = Date.parse('2027-03-01T00:00:00Z');
const MINUTE = 60_000;
const plan = (id: string, minutes: number): Timed => ({ id, atMs: BASE + minutes * MINUTE });
/** Plans p0, p1, … at BASE plus the given minutes. */
const plans = (minutes: readonly number[]) => minutes.map((m, i) => plan(`p${i}`, m));
const ids = (shown: readonly Timed[]) => shown.map((p) => p.id);

describe('one model, soonest first', () => {
  it('shows every plan before the last one of the first page, and leaves the ties of that time to the next page', () => {
    const firstPage = plans([...Array.from({ length: PAGE_LIMIT - 1 }, (_, i) => i), PAGE_LIMIT]);
    const listing = receive(startListing<Timed>(true), { kind: 'page', offset: 0 }, firstPage, 1200);
    const shown = shownPlans(listing);
    expect(shown).toHaveLength(PAGE_LIMIT - 1);
    expect(shown[0]?.id).toBe('p0');
    expect(shown.at(-1)?.id).toBe(`p${PAGE_LIMIT - 2}`);
    expect(nextStep(listing)).toEqual({ kind: 'page', offset: PAGE_LIMIT });
  });

  it('shows more with each page', () => {
    const first = receive(startListing<Timed>(true), { kind: 'page', offset: 0 }, plans([1, 2, 3]), 1200);
    const second = receive(first, { kind: 'page', offset: PAGE_LIMIT }, [plan('q0', 4), plan('q1', 6)], 1200);
    expect(ids(shownPlans(first))).toEqual(['p0', 'p1']);
    expect(ids(shownPlans(second))).toEqual(['p0', 'p1', 'p2', 'q0']);
  });
});

describe('several models', () => {
  it('shows nothing after the first page, then every plan before the narrowed request’s cutoff', () => {
    const firstPage = plans([50, 10, 40, 20, 30]);
    const first = receive(startListing<Timed>(false), { kind: 'page', offset: 0 }, firstPage, 1000);
    expect(shownPlans(first)).toEqual([]);
    const step = nextStep(first);
    expect(step).toEqual({
      kind: 'slice',
      before: sliceCutoff(
        firstPage.map((p) => p.atMs),
        1000,
      ),
    });
    if (step?.kind !== 'slice') throw new Error('expected the narrowed request');
    const sooner = [plan('s0', 5), ...firstPage.filter((p) => p.atMs < step.before)];
    const sliced = receive(first, step, sooner, sooner.length);
    expect(sliced.uncertain).toBe(false);
    expect(ids(shownPlans(sliced))).toEqual(ids([...sooner].sort(bySoonest)));
    expect(shownPlans(sliced).length).toBeGreaterThan(1);
    expect(nextStep(sliced)).toEqual({ kind: 'page', offset: PAGE_LIMIT });
  });

  it('asks for the next page when the first one held no plan to choose a cutoff from', () => {
    const first = receive(startListing<Timed>(false), { kind: 'page', offset: 0 }, [], 700);
    expect(nextStep(first)).toEqual({ kind: 'page', offset: PAGE_LIMIT });
  });
});

describe('sliceCutoff with no plans counted', () => {
  it('gives no cutoff', () => {
    expect(sliceCutoff([5, 10], 0)).toBeNull();
  });
});

describe('plans at the same time', () => {
  it('are ordered by id, whatever order they came in', () => {
    const listing = receive(
      startListing<Timed>(false),
      { kind: 'page', offset: 0 },
      [plan('c', 1), plan('a', 1), plan('d', 0), plan('b', 1)],
      4,
    );
    expect(ids(shownPlans(listing))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('compare as equal only with themselves', () => {
    expect(bySoonest(plan('a', 1), plan('a', 1))).toBe(0);
    expect(bySoonest(plan('a', 1), plan('b', 1))).toBeLessThan(0);
    expect(bySoonest(plan('b', 1), plan('a', 1))).toBeGreaterThan(0);
    expect(bySoonest(plan('b', 0), plan('a', 1))).toBeLessThan(0);
  });
});
