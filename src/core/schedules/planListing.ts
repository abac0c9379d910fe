/**
 * The paging plan of the plans page: which list request comes next, and which plans can be
 * shown so far without one that comes sooner still missing.
 *
 * The API orders by the plan's date only when one model is listed (planQuery.ts). With several,
 * the pages come in the API's own order, so no page alone holds the soonest plans. The plan is:
 * 1. the first page (up to 500 plans, and the total count). If that is every plan: done.
 * 2. with several models, one request narrowed to the plans before a cutoff chosen from the
 *    first page, so that it should hold a few hundred: when it holds them all, every plan before
 *    the cutoff is known and the first screen shows them, soonest first;
 * 3. the remaining pages of step 1, one request per 500 plans, to complete the list.
 * So the first screen costs at most 2 list requests, and the whole list ⌈N/500⌉ (one model)
 * or ⌈N/500⌉ + 1 (several models, more than 500 plans). Never one request per plan.
 */
import { PAGE_LIMIT } from './planQuery';

/** What the listing needs to know of a plan. */
export type Timed = { id: string; atMs: number };

export type ListingStep = { kind: 'page'; offset: number } | { kind: 'slice'; before: number };

export type Listing<P extends Timed> = {
  /** One model listed: the API sends the pages soonest first. */
  ordered: boolean;
  /** Plans in the listing, from the first page's `meta.total_count`; null before it. */
  total: number | null;
  plans: ReadonlyMap<string, P>;
  /** Every plan before this instant (ms) is known; Infinity once complete; null before the first screen. */
  knownUntil: number | null;
  /** The narrowed request held more than a page: the plans shown may still be joined by sooner ones. */
  uncertain: boolean;
  sliced: boolean;
  nextOffset: number;
};

/** About how many plans the narrowed request should hold: well under a page, well over a screen. */
export const SLICE_TARGET = 400;

export function startListing<P extends Timed>(ordered: boolean): Listing<P> {
  return { ordered, total: null, plans: new Map(), knownUntil: null, uncertain: false, sliced: false, nextOffset: 0 };
}

export function isComplete(listing: Listing<Timed>): boolean {
  return listing.knownUntil === Number.POSITIVE_INFINITY;
}

/**
 * The cutoff of the narrowed request, from the plans of the first page (a sample of the whole
 * listing): about SLICE_TARGET plans of the listing should come before it, and at least one
 * plan of the sample does, so the first screen is never empty.
 */
export function sliceCutoff(sampleTimes: readonly number[], total: number): number | null {
  const sorted = [...sampleTimes].sort((a, b) => a - b);
  const received = sorted.length;
  const last = sorted[received - 1];
  if (last === undefined || total <= 0) return null;
  const wanted = Math.min(received, Math.max(1, Math.floor((SLICE_TARGET * received) / total)));
  const floor = sorted[wanted - 1] as number;
  // The first later time of the sample, so that plans sharing the wanted one's time stay together.
  return sorted.find((time) => time > floor) ?? last + 1;
}

/** The next list request, or null when the listing is complete. */
export function nextStep(listing: Listing<Timed>): ListingStep | null {
  if (listing.total === null) return { kind: 'page', offset: 0 };
  if (isComplete(listing)) return null;
  if (!listing.ordered && !listing.sliced) {
    const cutoff = sliceCutoff(
      [...listing.plans.values()].map((plan) => plan.atMs),
      listing.total,
    );
    if (cutoff !== null) return { kind: 'slice', before: cutoff };
  }
  return listing.nextOffset < listing.total ? { kind: 'page', offset: listing.nextOffset } : null;
}

function withPlans<P extends Timed>(plans: ReadonlyMap<string, P>, added: readonly P[]): Map<string, P> {
  const next = new Map(plans);
  for (const plan of added) next.set(plan.id, plan);
  return next;
}

/** The listing after the answer to `step`: `received` are the plans of that answer, `total` its count. */
export function receive<P extends Timed>(
  listing: Listing<P>,
  step: ListingStep,
  received: readonly P[],
  total: number,
): Listing<P> {
  const plans = withPlans(listing.plans, received);
  if (step.kind === 'slice') {
    const whole = total <= received.length;
    return {
      ...listing,
      plans,
      sliced: true,
      knownUntil: Math.max(listing.knownUntil ?? Number.NEGATIVE_INFINITY, step.before),
      uncertain: !whole,
    };
  }
  const nextOffset = step.offset + PAGE_LIMIT;
  const next: Listing<P> = { ...listing, plans, total, nextOffset };
  if (nextOffset >= total) return { ...next, knownUntil: Number.POSITIVE_INFINITY, uncertain: false };
  if (listing.ordered) {
    // Soonest first: every plan before the last one of this page is known (ties may go on).
    const last = Math.max(...received.map((plan) => plan.atMs));
    return { ...next, knownUntil: Math.max(listing.knownUntil ?? Number.NEGATIVE_INFINITY, last) };
  }
  return next;
}

/** Soonest first; plans at the same time by id, so the order never jumps between renders. */
export function bySoonest(a: Timed, b: Timed): number {
  return a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The plans that can be shown now, soonest first: none while a sooner one may still be missing. */
export function shownPlans<P extends Timed>(listing: Listing<P>): P[] {
  const until = listing.knownUntil;
  if (until === null) return [];
  return [...listing.plans.values()].filter((plan) => plan.atMs < until).sort(bySoonest);
}

/**
 * A write from the page moves plans in the API's order: the pages still to come then start one
 * plan earlier, so that none is skipped (a plan read twice is kept once).
 */
function afterWrite<P extends Timed>(listing: Listing<P>, plans: Map<string, P>, total: number | null): Listing<P> {
  const nextOffset = isComplete(listing) ? listing.nextOffset : Math.max(0, listing.nextOffset - 1);
  return { ...listing, plans, total, nextOffset };
}

/** A plan cancelled from the page, or moved out of the listing's dates. */
export function withoutPlan<P extends Timed>(listing: Listing<P>, id: string): Listing<P> {
  if (!listing.plans.has(id)) return listing;
  const plans = new Map(listing.plans);
  plans.delete(id);
  return afterWrite(listing, plans, listing.total === null ? null : Math.max(0, listing.total - 1));
}

/** A plan changed from the page, still within the listing's dates. */
export function withPlan<P extends Timed>(listing: Listing<P>, plan: P): Listing<P> {
  return afterWrite(listing, withPlans(listing.plans, [plan]), listing.total);
}
