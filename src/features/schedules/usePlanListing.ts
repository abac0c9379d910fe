import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiFailure } from '../../api/cma';
import type { PlansApi } from '../../api/plans';
import { type Listing, nextStep, receive, startListing, withoutPlan, withPlan } from '../../core/schedules/planListing';
import { buildPlanQuery, type PlanSearch } from '../../core/schedules/planQuery';
import { type PlannedRecord, readPlannedRecord, withinDates } from '../../core/schedules/planRows';
import { describeFailure } from '../../core/shared/apiFailure';

function isPlan(plan: PlannedRecord | null): plan is PlannedRecord {
  return plan !== null;
}

/**
 * The plans of `search`, listed by the paging plan of src/core/schedules/planListing.ts: the
 * first screen after at most 2 list requests, then the rest one page at a time. A new search
 * starts over; answers for an older one are dropped. After a failure, `resume` carries on
 * from what is already known.
 */
export function usePlanListing(api: PlansApi, search: PlanSearch) {
  const [listing, setListing] = useState<Listing<PlannedRecord>>(() => startListing(search.modelIds.length === 1));
  const [failure, setFailure] = useState<string | null>(null);
  // The loop and the page's own writes both change the listing: they share this one.
  const current = useRef(listing);
  const generation = useRef(0);

  const update = useCallback((next: Listing<PlannedRecord>) => {
    current.current = next;
    setListing(next);
  }, []);

  const run = useCallback(async () => {
    const ticket = generation.current;
    setFailure(null);
    try {
      for (let step = nextStep(current.current); step; step = nextStep(current.current)) {
        const query =
          step.kind === 'page'
            ? buildPlanQuery(search, step.offset)
            : buildPlanQuery(search, 0, new Date(step.before).toISOString());
        const page = await api.listPlans(query);
        if (ticket !== generation.current) return;
        const plans = page.records.map(readPlannedRecord).filter(isPlan);
        update(receive(current.current, step, plans, page.total));
      }
    } catch (error) {
      if (ticket === generation.current) setFailure(describeFailure(toApiFailure(error), 'read').message);
    }
  }, [api, search, update]);

  useEffect(() => {
    generation.current += 1;
    update(startListing(search.modelIds.length === 1));
    if (search.modelIds.length > 0) void run();
    return () => {
      generation.current += 1;
    };
  }, [run, search, update]);

  /** The plan is gone (cancelled, or it ran). */
  const dropPlan = useCallback((id: string) => update(withoutPlan(current.current, id)), [update]);

  /** The plan now runs at `at` (changed from the page): it moves, or leaves the listing's dates. */
  const movePlan = useCallback(
    (plan: PlannedRecord, at: string) => {
      const atMs = Date.parse(at);
      update(
        withinDates(search.dates, atMs)
          ? withPlan(current.current, { ...plan, at, atMs })
          : withoutPlan(current.current, plan.id),
      );
    },
    [search, update],
  );

  return { listing, failure, resume: () => void run(), dropPlan, movePlan };
}
