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
import { describePlan, describeReplaceResult } from '../../core/schedule/scheduleMessages';
import { planConflicts } from '../../core/schedules/planConflicts';
import { describeFailure } from '../../core/shared/apiFailure';
import type { Checked } from '../../core/shared/checked';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import type { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import type { PublicationState, ScheduledUnpublishing } from '../../core/unpublish/publicationState';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import { ScheduledUnpublishingCard } from './ScheduledUnpublishingCard';
import ScheduleForm from './ScheduleForm';
import { useStayingChildren } from './useStayingChildren';

/** What both parts need from the panel. */
export type SchedulingContext = {
  api: CmaSession;
  itemId: string;
  state: PublicationState;
  timeZone: string;
  uiLocale: string;
  name: LocaleNamer;
  busy: boolean;
  /** Runs one write at a time (see useExclusiveAction). */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Reports the outcome and reads the state again. */
  afterWrite: (outcome: Outcome) => Promise<void>;
  confirm: (options: ConfirmOptions) => Promise<unknown>;
};

function words(context: SchedulingContext) {
  const { uiLocale, name, timeZone } = context;
  return { uiLocale, name, timeZone, browserTimeZone: browserTimeZone(), now: Date.now() };
}

export function PendingSchedule({
  context,
  ctx,
  settings,
  loadTree,
  schedule,
  onChange,
  canCancel,
}: {
  context: SchedulingContext;
  /** The record editor's ctx and the model's settings: what the plan's conflicts are read from. */
  ctx: RenderItemFormSidebarPanelCtx;
  settings: ModelSettings;
  /** The tree walk's loader, handed over by the panel (see src/core/unpublish/loadTreeChildren.ts). */
  loadTree: typeof loadTreeChildren;
  schedule: ScheduledUnpublishing;
  /** Absent when the model's configuration or the role does not allow scheduling. */
  onChange?: (() => void) | undefined;
  canCancel: boolean;
}) {
  const { api, itemId, run, afterWrite, confirm, state } = context;
  const stayingChildren = useStayingChildren(api, ctx, itemId, schedule, loadTree);
  const conflicts = planConflicts(
    {
      at: schedule.at,
      publicationAt: state.scheduledPublicationAt,
      scope: { locales: schedule.locales, liveLocales: state.liveLocales },
      stayingChildren,
      modelName: ctx.itemType.attributes.name,
      settings,
    },
    words(context),
  );
  const cancel = () =>
    run(async () => {
      const choice = await confirm({
        title: 'Cancel the scheduled unpublishing?',
        content: `${describePlan(schedule, words(context))} After cancelling, it stays live until someone unpublishes it.`,
        choices: [{ label: 'Cancel the schedule', value: 'cancel-schedule', intent: 'negative' }],
        cancel: { label: 'Keep it', value: 'keep' },
      });
      if (choice !== 'cancel-schedule') return;
      try {
        await api.cancelScheduledUnpublishing(itemId);
        await afterWrite({ tone: 'success', message: 'The scheduled unpublishing was cancelled.' });
      } catch (error) {
        await afterWrite({ tone: 'error', message: describeFailure(toApiFailure(error), 'cancel-schedule').message });
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
  request,
  minLeadMinutes,
  initialAt,
  onClose,
}: {
  context: SchedulingContext;
  /** The editor's pick, checked exactly as for unpublishing now. */
  request: Checked<UnpublishRequest>;
  minLeadMinutes: number;
  initialAt: string | null;
  onClose: () => void;
}) {
  const { api, itemId, state, run, afterWrite, uiLocale, name } = context;
  const plannedLocales = request.ok && request.value.scope === 'locales' ? request.value.locales : null;

  const save = (instant: string) =>
    run(async () => {
      if (!request.ok) return;
      const plan: ScheduledUnpublishing = { at: instant, locales: plannedLocales };
      const previous = state.scheduledUnpublishing;
      const result = await replaceScheduledUnpublishing(api, itemId, previous, plan);
      if (result.kind === 'saved') onClose();
      await afterWrite(describeReplaceResult(result, plan, previous, words(context)));
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
      busy={context.busy}
      onSubmit={(instant) => void save(instant)}
      onClose={onClose}
    />
  );
}
