/**
 * The `GET /items` query that finds pending scheduled unpublishings.
 *
 * From the CMA's "List all records" (https://www.datocms.com/docs/content-management-api/resources/item/instances)
 * and the client's `ItemInstancesHrefSchema`:
 * - `filter[type]` takes several models, comma-separated; with several, only meta fields may filter;
 * - `filter[fields][_unpublishing_scheduled_at][exists|gt|lt]` filters on the plan's date (the GraphQL
 *   filter syntax, https://www.datocms.com/docs/content-delivery-api/filtering-records);
 * - `order_by` is allowed only with exactly one model in `filter[type]`;
 * - pages hold at most 500 records (`page[limit]`), `meta.total_count` counts them all;
 * - `version` defaults to `current` on new projects only: it is always sent.
 */
import { isAlwaysLive, isBlockModel, type ModelFacts } from '../shared/modelKind';

export const PAGE_LIMIT = 500;

export type PlanWindow = 'next-7-days' | 'next-30-days' | 'all';

export const PLAN_WINDOWS: readonly PlanWindow[] = ['next-7-days', 'next-30-days', 'all'];

const DAY_MS = 24 * 3600_000;
const WINDOW_DAYS: Record<Exclude<PlanWindow, 'all'>, number> = { 'next-7-days': 7, 'next-30-days': 30 };

/** The date filter of a listing; ISO instants. */
export type DateFilter = { exists: true; gt?: string; lt?: string };

/** What is listed: the same for every request of one listing. */
export type PlanSearch = {
  /** Model ids, in a stable order. */
  modelIds: string[];
  dates: DateFilter;
};

export type PlanListQuery = {
  filter: { type: string; fields: { _unpublishing_scheduled_at: DateFilter } };
  page: { offset: number; limit: number };
  order_by?: string;
  version: 'current';
};

/**
 * The models whose records can hold a scheduled unpublishing: draft/published on, not blocks
 * (the same rule as the panel's). `only`, when given, keeps just those (the page's model filter).
 */
export function plannableModels(models: readonly ModelFacts[], only?: ReadonlySet<string>): string[] {
  return models
    .filter((model) => !isBlockModel(model) && !isAlwaysLive(model) && (!only || only.has(model.id)))
    .map((model) => model.id)
    .sort();
}

/**
 * The date filter of a window. "Next N days" starts now, so a plan whose time has passed but
 * has not run yet (overdue) shows only under "all".
 */
export function windowDates(window: PlanWindow, now: number): DateFilter {
  if (window === 'all') return { exists: true };
  return {
    exists: true,
    gt: new Date(now).toISOString(),
    lt: new Date(now + WINDOW_DAYS[window] * DAY_MS).toISOString(),
  };
}

/**
 * One page of the listing. With a single model the API can order by the plan's date, so the
 * pages come soonest first; with several it cannot (`order_by` needs one model) and the order
 * of the pages is the API's own. `before` narrows the dates to plans before that instant.
 */
export function buildPlanQuery(search: PlanSearch, offset: number, before?: string): PlanListQuery {
  const dates: DateFilter = before === undefined ? { ...search.dates } : { ...search.dates, lt: before };
  return {
    filter: { type: search.modelIds.join(','), fields: { _unpublishing_scheduled_at: dates } },
    page: { offset, limit: PAGE_LIMIT },
    ...(search.modelIds.length === 1 ? { order_by: '_unpublishing_scheduled_at_ASC' } : {}),
    version: 'current',
  };
}
