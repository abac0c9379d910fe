/**
 * The plans page's rows: a listed record read into a plan, the day groups, and the filters.
 */
import { dayKey } from '../schedule/scheduleDisplay';
import { recordTitle } from '../shared/recordTitle';
import { isPlanKnown, type PendingPlan } from '../unpublish/publicationState';
import type { Timed } from './planListing';
import type { DateFilter } from './planQuery';

/** The part of a raw record of `GET /items` the page reads. */
export type RawListedRecord = {
  id: string;
  attributes: Record<string, unknown>;
  relationships: { item_type: { data: { id: string } }; creator?: { data: { id: string } | null } | undefined };
  meta: {
    status?: string | null;
    unpublishing_scheduled_at?: string | null;
    publication_scheduled_at?: string | null;
    has_children?: boolean | null;
    stage?: string | null;
  };
};

export type PlannedRecord = Timed & {
  /** ISO instant of the plan. */
  at: string;
  modelId: string;
  /** The record's fields, for its title (planTitle): the title field is known per model only later. */
  attributes: Record<string, unknown>;
  /** A pending scheduled publication of the record, if any. */
  publicationAt: string | null;
  /** False only when the API says the record has no children (tree models). */
  mayHaveChildren: boolean;
  creatorId: string | null;
  stageId: string | null;
};

/** A listed record as a plan; null when it carries no readable plan date. */
export function readPlannedRecord(raw: RawListedRecord): PlannedRecord | null {
  const at = raw.meta.unpublishing_scheduled_at;
  const atMs = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  if (typeof at !== 'string' || Number.isNaN(atMs)) return null;
  const modelId = raw.relationships.item_type.data.id;
  return {
    id: raw.id,
    at,
    atMs,
    modelId,
    attributes: raw.attributes,
    publicationAt: typeof raw.meta.publication_scheduled_at === 'string' ? raw.meta.publication_scheduled_at : null,
    mayHaveChildren: raw.meta.has_children !== false,
    creatorId: raw.relationships.creator?.data?.id ?? null,
    stageId: typeof raw.meta.stage === 'string' ? raw.meta.stage : null,
  };
}

/** The record's title in `locale` (else another), or "Record <id>". */
export function planTitle(plan: PlannedRecord, titleFieldApiKey: string | null, locale: string): string {
  return recordTitle(plan, titleFieldApiKey, locale);
}

/** Whether a plan time falls within a listing's dates (a changed plan may leave them). */
export function withinDates(dates: DateFilter, atMs: number): boolean {
  const after = dates.gt === undefined || atMs > Date.parse(dates.gt);
  const before = dates.lt === undefined || atMs < Date.parse(dates.lt);
  return after && before;
}

export type DayGroup<P> = { key: number; first: P; plans: P[] };

/** Plans sorted soonest first, grouped by their calendar day in the project's zone. */
export function groupByDay<P extends Timed>(plans: readonly P[], projectTimeZone: string): DayGroup<P>[] {
  const groups: DayGroup<P>[] = [];
  for (const plan of plans) {
    const key = dayKey(plan.atMs, projectTimeZone);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.plans.push(plan);
    else groups.push({ key, first: plan, plans: [plan] });
  }
  return groups;
}

/** What a record's state read says of a plan: its locales, the live ones; or that it is still unknown. */
export type KnownScope = { plan: PendingPlan | null; liveLocales: readonly string[] };

export type Match = 'yes' | 'no' | 'unknown';

/**
 * Does the plan take `locale` offline? A plan of some locales: when it names it. The whole
 * record: when the locale is live. Unknown until the record's state is read.
 */
export function takesLocaleOffline(scope: KnownScope | undefined, locale: string): Match {
  if (!scope) return 'unknown';
  if (!scope.plan) return 'no';
  // DatoCMS did not say which locales: the row stays, as one not read yet.
  if (!isPlanKnown(scope.plan)) return 'unknown';
  const locales = scope.plan.locales;
  if (locales && locales.length > 0) return locales.includes(locale) ? 'yes' : 'no';
  return scope.liveLocales.includes(locale) ? 'yes' : 'no';
}

export type PlanFilter = { modelIds: ReadonlySet<string> | null; locale: string | null };

/** The plans the filters keep; those whose scope is not read yet stay (shown as loading). */
export function filterPlans<P extends PlannedRecord>(
  plans: readonly P[],
  filter: PlanFilter,
  scopeOf: (id: string) => KnownScope | undefined,
): P[] {
  return plans.filter((plan) => {
    if (filter.modelIds && !filter.modelIds.has(plan.modelId)) return false;
    if (filter.locale === null) return true;
    return takesLocaleOffline(scopeOf(plan.id), filter.locale) !== 'no';
  });
}
