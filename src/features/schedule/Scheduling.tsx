/**
 * Everything about scheduled unpublishing in the panel: the pending plan (with
 * change and cancel) and the form to plan one. Loaded lazily, once the panel
 * knows a plan exists or the editor opens the form: it brings the Temporal
 * polyfill, which the panel's first paint does not need.
 */
import type { ConfirmOptions, RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { replaceScheduledUnpublishing } from '../../api/replaceSchedule';
import type { ModelSettings } from '../../core/config/pluginConfig';
import { browserTimeZone, describeScheduleScope } from '../../core/schedule/scheduleDisplay';
import { describePlan, describeReplaceResult, SCHEDULE_TEXT } from '../../core/schedule/scheduleMessages';
import { panelPlanScope, planConflicts } from '../../core/schedules/planConflicts';
import { describeFailure } from '../../core/shared/apiFailure';
import type { Checked } from '../../core/shared/checked';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import type { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import type { PendingPlan, PublicationState, ScheduledUnpublishing } from '../../core/unpublish/publicationState';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import { ScheduledUnpublishingCard } from './ScheduledUnpublishingCard';
import ScheduleForm from './ScheduleForm';
import { useStayingChildren } from './useStayingChildren';

/** What both parts need from the panel. */
export type SchedulingContext = {
  api: CmaSession;
  itemId: string;
  timeZone: string;
  uiLocale: string;
  name: LocaleNamer;
  busy: boolean;
  /** A request is in flight (see useExclusiveAction). */
  working: boolean;
  /** Runs one write at a time (see useExclusiveAction). */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Puts a question to the editor inside an action. */
  ask: <T>(question: () => Promise<T>) => Promise<T>;
  /** Reports the outcome and reads the state again. */
  afterWrite: (outcome: Outcome) => Promise<void>;
  confirm: (options: ConfirmOptions) => Promise<unknown>;
  /** Whether the record form has unsaved changes now (they can be why DatoCMS locks the record). */
  isFormDirty: () => boolean;
};

function words(context: SchedulingContext) {
  const { uiLocale, name, timeZone } = context;
  return {
    uiLocale,
    name,
    timeZone,
    browserTimeZone: browserTimeZone(),
    now: Date.now(),
    formDirty: context.isFormDirty(),
  };
}

export function PendingSchedule({
  context,
  state,
  ctx,
  settings,
  loadTree,
  schedule,
  onChange,
  canCancel,
}: {
  context: SchedulingContext;
  /** The per-locale state the plan is checked against; null when the panel has none. */
  state: PublicationState | null;
  /** The record editor's ctx and the model's settings: what the plan's conflicts are read from. */
  ctx: RenderItemFormSidebarPanelCtx;
  settings: ModelSettings;
  /** The tree walk's loader, handed over by the panel (see src/core/unpublish/loadTreeChildren.ts). */
  loadTree: typeof loadTreeChildren;
  schedule: PendingPlan;
  /** Absent when the model's configuration or the role does not allow scheduling, or a form is open. */
  onChange?: (() => void) | undefined;
  canCancel: boolean;
}) {
  const { api, itemId, run, ask, afterWrite, confirm } = context;
  const stayingChildren = useStayingChildren(api, ctx, itemId, schedule, loadTree);
  const conflicts = planConflicts(
    {
      at: schedule.at,
      publicationAt: state?.scheduledPublicationAt ?? null,
      scope: panelPlanScope(schedule, state),
      stayingChildren,
      modelName: ctx.itemType.attributes.name,
      settings,
    },
    words(context),
  );
  const cancel = () =>
    run(async () => {
      const choice = await ask(() =>
        confirm({
          title: SCHEDULE_TEXT.cancelTitle,
          content: `${describePlan(schedule, words(context))} ${SCHEDULE_TEXT.cancelAfter}`,
          choices: [{ label: SCHEDULE_TEXT.cancelSchedule, value: 'cancel-schedule', intent: 'negative' }],
          cancel: { label: SCHEDULE_TEXT.keep, value: 'keep' },
        }),
      );
      if (choice !== 'cancel-schedule') return;
      try {
        await api.cancelScheduledUnpublishing(itemId);
        await afterWrite({ tone: 'success', message: SCHEDULE_TEXT.cancelled });
      } catch (error) {
        const failure = toApiFailure(error);
        const { message } = describeFailure(failure, 'cancel-schedule', { formDirty: context.isFormDirty() });
        await afterWrite({ tone: 'error', message });
      }
    });
  return (
    <ScheduledUnpublishingCard
      schedule={schedule}
      conflicts={conflicts}
      timeZone={context.timeZone}
      uiLocale={context.uiLocale}
      name={context.name}
      busy={context.busy}
      onChange={onChange}
      onCancel={canCancel ? () => void cancel() : undefined}
    />
  );
}

export function ScheduleEditor({
  context,
  state,
  request,
  minLeadMinutes,
  initialAt,
  onClose,
}: {
  context: SchedulingContext;
  /** Its pending plan is cancelled first (a record holds one). */
  state: PublicationState;
  /** The editor's pick, checked exactly as for unpublishing now. */
  request: Checked<UnpublishRequest>;
  minLeadMinutes: number;
  initialAt: string | null;
  onClose: () => void;
}) {
  const { api, itemId, run, afterWrite, uiLocale, name } = context;
  const plannedLocales = request.ok && request.value.scope === 'locales' ? request.value.locales : null;

  const save = (instant: string) =>
    run(async () => {
      if (!request.ok) return;
      const plan: ScheduledUnpublishing = { at: instant, locales: plannedLocales };
      const previous = state.scheduledUnpublishing;
      const result = await replaceScheduledUnpublishing(api, itemId, previous, plan);
      if (result.kind === 'saved') onClose();
      await afterWrite(describeReplaceResult(result, previous, words(context)));
    });

  return (
    <ScheduleForm
      timeZone={context.timeZone}
      uiLocale={uiLocale}
      minLeadMinutes={minLeadMinutes}
      scope={
        request.ok
          ? { ok: true, label: describeScheduleScope({ at: '', locales: plannedLocales }, { uiLocale, name }) }
          : { ok: false, message: request.message }
      }
      initialAt={initialAt}
      replacing={state.scheduledUnpublishing !== null}
      busy={context.busy}
      working={context.working}
      onSubmit={(instant) => void save(instant)}
      onClose={onClose}
    />
  );
}
