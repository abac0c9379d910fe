/**
 * Plans that will not do what their author expects. The same rules serve the plans page (one
 * row per plan, some facts arriving later) and the record panel (every fact at hand).
 *
 * Sources: the unpublish endpoint (../shared/reference/000_a3b9383d75374f8a.txt: only published
 * locales can be unpublished; published children refuse a non-recursive unpublish with
 * PUBLISHED_CHILDREN, and a scheduled unpublishing has no `recursive` option,
 * ../shared/reference/003_4c57e64e723636ba.txt); the plugin's own settings (src/core/config).
 */
import type { ModelSettings } from '../config/pluginConfig';
import { scheduledLocales } from '../schedule/scheduleDisplay';
import { isPlanKnown, type PendingPlan, type PublicationState } from '../unpublish/publicationState';
import type { LiveChild } from '../unpublish/treeChildren';
import { CONFLICT_TEXT, type Words } from './schedulesMessages';

export type ConflictKind =
  | 'publication-after'
  | 'locales-not-live'
  | 'published-children'
  | 'scheduling-off'
  | 'whole-record-off'
  | 'overdue';

export type PlanConflict = {
  kind: ConflictKind;
  /** What will happen. */
  message: string;
  /** What to do about it. */
  remedy: string;
};

export type PlanFacts = {
  /** ISO instant of the plan; null when DatoCMS did not say (nothing is said about time then). */
  at: string | null;
  /** ISO instant of a pending scheduled publication of the record, if any. */
  publicationAt: string | null;
  /** The plan's locales (null: whole record) and the live ones, once the record's state is read. */
  scope?: { locales: string[] | null; liveLocales: readonly string[] } | undefined;
  /**
   * Live child records (tree models) that do not go offline before the plan. Undefined: not
   * known, or not a tree parent; nothing is said then.
   */
  stayingChildren?: readonly LiveChild[] | undefined;
  modelName: string;
  settings: Pick<ModelSettings, 'allowScheduling' | 'allowWholeRecord'>;
};

function publicationConflict(facts: PlanFacts, words: Words): PlanConflict | null {
  const unpublishAt = facts.at === null ? Number.NaN : Date.parse(facts.at);
  const publishAt = facts.publicationAt === null ? Number.NaN : Date.parse(facts.publicationAt);
  if (Number.isNaN(unpublishAt) || Number.isNaN(publishAt) || publishAt < unpublishAt) return null;
  const message =
    publishAt === unpublishAt
      ? CONFLICT_TEXT.publicationSameTime(publishAt, words)
      : CONFLICT_TEXT.publicationAfter(publishAt, words);
  return { kind: 'publication-after', message, remedy: CONFLICT_TEXT.publicationRemedy };
}

function localesConflict(scope: NonNullable<PlanFacts['scope']>, words: Words): PlanConflict | null {
  const locales = scheduledLocales(scope.locales);
  if (!locales) {
    if (scope.liveLocales.length > 0) return null;
    return { kind: 'locales-not-live', message: CONFLICT_TEXT.recordGone, remedy: CONFLICT_TEXT.nothingLeftRemedy };
  }
  const live = new Set(scope.liveLocales);
  const gone = locales.filter((locale) => !live.has(locale));
  if (gone.length === 0) return null;
  const left = locales.filter((locale) => live.has(locale));
  if (left.length === 0) {
    return {
      kind: 'locales-not-live',
      message: CONFLICT_TEXT.allLocalesGone(gone, words),
      remedy: CONFLICT_TEXT.nothingLeftRemedy,
    };
  }
  return {
    kind: 'locales-not-live',
    message: CONFLICT_TEXT.localesGone(gone, left, words),
    remedy: CONFLICT_TEXT.localesGoneRemedy,
  };
}

/**
 * Only plans of the whole record: the reference documents PUBLISHED_CHILDREN for unpublishing a
 * record and is silent on a selective (locales) unpublish, which is not flagged (assumed).
 */
function childrenConflict(facts: PlanFacts, words: Words): PlanConflict | null {
  const children = facts.stayingChildren;
  if (!children || children.length === 0 || !facts.scope || scheduledLocales(facts.scope.locales) !== null) return null;
  return {
    kind: 'published-children',
    message: CONFLICT_TEXT.publishedChildren(
      children.map((child) => child.title),
      words,
    ),
    remedy: CONFLICT_TEXT.publishedChildrenRemedy,
  };
}

/** What the model's settings in this plugin say about the plan: DatoCMS runs it regardless. */
function settingsConflicts(facts: PlanFacts): PlanConflict[] {
  const conflicts: PlanConflict[] = [];
  if (!facts.settings.allowScheduling) {
    conflicts.push({
      kind: 'scheduling-off',
      message: CONFLICT_TEXT.schedulingOff(facts.modelName),
      remedy: CONFLICT_TEXT.schedulingOffRemedy,
    });
  }
  const scope = facts.scope;
  if (!facts.settings.allowWholeRecord && scope && scope.liveLocales.length > 0) {
    const locales = scheduledLocales(scope.locales);
    const message = !locales
      ? CONFLICT_TEXT.wholeRecordOff(facts.modelName)
      : scope.liveLocales.every((locale) => locales.includes(locale))
        ? CONFLICT_TEXT.everyLiveLocaleOff(facts.modelName)
        : null;
    if (message) conflicts.push({ kind: 'whole-record-off', message, remedy: CONFLICT_TEXT.wholeRecordOffRemedy });
  }
  return conflicts;
}

/** Every conflict the facts at hand show, in a stable order; facts still unknown say nothing. */
export function planConflicts(facts: PlanFacts, words: Words): PlanConflict[] {
  const conflicts: PlanConflict[] = [];
  if (facts.scope) {
    const locales = localesConflict(facts.scope, words);
    if (locales) conflicts.push(locales);
  }
  const publication = publicationConflict(facts, words);
  if (publication) conflicts.push(publication);
  const children = childrenConflict(facts, words);
  if (children) conflicts.push(children);
  conflicts.push(...settingsConflicts(facts));
  const at = facts.at === null ? Number.NaN : Date.parse(facts.at);
  if (!Number.isNaN(at) && at <= words.now) {
    conflicts.push({ kind: 'overdue', message: CONFLICT_TEXT.overdue(at, words), remedy: CONFLICT_TEXT.overdueRemedy });
  }
  return conflicts;
}

/**
 * The scope facts of the record panel's plan: known only with the per-locale state. A plan whose
 * locales DatoCMS did not tell can only be checked as a whole (is anything left live?), so its
 * scope is given only when nothing is.
 */
export function panelPlanScope(plan: PendingPlan, state: PublicationState | null): PlanFacts['scope'] {
  if (!state) return undefined;
  if (isPlanKnown(plan)) return { locales: plan.locales, liveLocales: state.liveLocales };
  return state.liveLocales.length === 0 ? { locales: null, liveLocales: [] } : undefined;
}
