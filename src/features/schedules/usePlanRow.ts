import { useEffect, useState } from 'react';
import { toApiFailure } from '../../api/cma';
import {
  browserTimeZone,
  describeInstant,
  describeScheduleScope,
  scheduledLocales,
} from '../../core/schedule/scheduleDisplay';
import { describePlan } from '../../core/schedule/scheduleMessages';
import { panelPlanScope, planConflicts } from '../../core/schedules/planConflicts';
import { type PlannedRecord, planTitle } from '../../core/schedules/planRows';
import { cancelConfirmation, PAGE_TEXT, planAtText } from '../../core/schedules/schedulesMessages';
import { describeFailure } from '../../core/shared/apiFailure';
import type { Outcome } from '../../core/shared/outcome';
import type { RowContext } from './rowContext';
import { mayTouchPlan, rowPolicy } from './rowPolicy';
import type { RowState } from './usePlanStates';

/** One plan of the page: what is known of it, its conflicts, and cancelling it. */
export function usePlanRow(row: RowContext, plan: PlannedRecord, rowState: RowState) {
  const { ctx, name, tree } = row;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const uiLocale = ctx.ui.locale;
  const timeZone = ctx.site.attributes.timezone;
  const now = Date.now();
  const model = ctx.itemTypes[plan.modelId];
  const policy = rowPolicy(ctx, row.config, plan);
  const state = rowState.status === 'ready' ? rowState.state : null;
  // The list says there is a plan; the state read may not carry it (it ran, or was cancelled meanwhile).
  const schedule = state?.scheduledUnpublishing ?? null;
  const scope = schedule ? panelPlanScope(schedule, state) : undefined;
  const title = planTitle(plan, row.titleKeyOf(plan.modelId), row.titleLocale);
  // Changed elsewhere since the list was read: the record's state has the plan's time now.
  const { movePlan } = row;
  useEffect(() => {
    if (schedule?.at && Date.parse(schedule.at) !== plan.atMs) movePlan(plan, schedule.at);
  }, [schedule, plan, movePlan]);

  const treeApplies =
    Boolean(model?.attributes.tree) &&
    plan.mayHaveChildren &&
    scope !== undefined &&
    scheduledLocales(scope.locales) === null;
  const { need } = tree;
  useEffect(() => {
    if (treeApplies) need(plan.modelId);
  }, [treeApplies, need, plan.modelId]);
  const stayingChildren = treeApplies
    ? tree.stayingChildren(plan, row.titleKeyOf(plan.modelId), row.titleLocale)
    : undefined;

  const words = { uiLocale, name, timeZone, now };
  const conflicts = planConflicts(
    {
      at: plan.at,
      publicationAt: state ? state.scheduledPublicationAt : plan.publicationAt,
      scope,
      stayingChildren,
      modelName: model?.attributes.name ?? '',
      settings: policy.settings,
    },
    words,
  );

  const when = describeInstant(plan.at, {
    projectTimeZone: timeZone,
    browserTimeZone: browserTimeZone(),
    uiLocale,
    now,
  });
  const scopeText = schedule ? describeScheduleScope(schedule, { uiLocale, name }) : null;

  /** Reads the record again after a write: the row follows what the API now says. True when the plan is gone. */
  async function reread(): Promise<boolean> {
    const fresh = await row.refresh(plan.id);
    if (!fresh) return false;
    if (fresh.scheduledUnpublishing) {
      const { at } = fresh.scheduledUnpublishing;
      if (at) row.movePlan(plan, at);
      return false;
    }
    row.dropPlan(plan.id);
    return true;
  }

  const cancel = () =>
    row.run(async () => {
      const described = schedule
        ? describePlan(schedule, { ...words, browserTimeZone: browserTimeZone() })
        : planAtText(when.project, when.relative);
      const confirmation = cancelConfirmation(title, described);
      const choice = await row.ask(() =>
        ctx.openConfirm({
          ...confirmation,
          choices: [{ label: PAGE_TEXT.cancelSchedule, value: 'cancel-schedule', intent: 'negative' }],
          cancel: { label: PAGE_TEXT.keepPlan, value: 'keep' },
        }),
      );
      if (choice !== 'cancel-schedule') return;
      try {
        await row.api.session.cancelScheduledUnpublishing(plan.id);
        row.dropPlan(plan.id);
        void ctx.notice(PAGE_TEXT.cancelled);
      } catch (error) {
        const message = describeFailure(toApiFailure(error), 'cancel-schedule').message;
        setOutcome({ tone: 'error', message });
        // The row leaves with the plan: the message must not leave with it.
        if (await reread()) void ctx.alert(message);
      }
    });

  async function afterChange(next: Outcome) {
    setOutcome(next.tone === 'error' ? next : null);
    if (next.tone === 'success') void ctx.notice(next.message);
    if ((await reread()) && next.tone === 'error') void ctx.alert(next.message);
  }

  const allowed = mayTouchPlan(policy);
  return {
    title,
    model,
    policy,
    rowState,
    state,
    when,
    scopeText,
    conflicts,
    outcome,
    canCancel: allowed,
    canChange: allowed && policy.settings.allowScheduling && state !== null && schedule !== null,
    cancel,
    afterChange,
  };
}
