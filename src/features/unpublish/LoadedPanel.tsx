import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Spinner } from 'datocms-react-ui';
import { lazy, Suspense, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import { pickFromPlan } from '../../core/unpublish/pick';
import type { PublicationState } from '../../core/unpublish/publicationState';
import { applyPolicy } from '../../core/unpublish/unpublishPolicy';
import { buildUnpublishRequest, isSameRequest, type LocalePick } from '../../core/unpublish/unpublishRequest';
import common from '../../ui/common.module.css';
import type { ExclusiveAction } from '../../ui/useExclusiveAction';
import { loadScheduling } from '../schedule/loadScheduling';
import type { SchedulingContext } from '../schedule/Scheduling';
import { PanelNotes } from './PanelNotes';
import { PickAndAct } from './PickAndAct';
import styles from './panel.module.css';
import type { PanelPolicy } from './panelPolicy';
import type { useUnpublish } from './useUnpublish';

// Scheduling brings the Temporal polyfill: loaded only once a plan exists or the editor opens the form.
const PendingSchedule = lazy(() => loadScheduling().then((m) => ({ default: m.PendingSchedule })));
const ScheduleEditor = lazy(() => loadScheduling().then((m) => ({ default: m.ScheduleEditor })));
// Only a tree record blocked by the published records below it needs this.
const PublishedChildren = lazy(() => import('./PublishedChildren').then((m) => ({ default: m.PublishedChildren })));
// Only an unpublish DatoCMS would refuse for the records that link here needs this.
const LinkedRecords = lazy(() => import('../preflight/LinkedRecords').then((m) => ({ default: m.LinkedRecords })));

type Props = {
  ctx: RenderItemFormSidebarPanelCtx;
  api: CmaSession;
  itemId: string;
  state: PublicationState;
  policy: PanelPolicy;
  name: LocaleNamer;
  pick: LocalePick;
  onPick: (pick: LocalePick) => void;
  outcome: Outcome | null;
  rateLimitWait: number;
  action: ExclusiveAction;
  afterWrite: (outcome: Outcome) => Promise<void>;
  onReadAgain: () => void;
  unpublish: ReturnType<typeof useUnpublish>;
  /** The newest ctx's `isFormDirty` (async flows outlive the render that started them). */
  isFormDirty: () => boolean;
};

/** The panel once the state is read: notes, the plan, the pick and the one thing to do with it. */
export function LoadedPanel(props: Props) {
  const { ctx, state, policy, name, pick, unpublish } = props;
  const { busy, working } = props.action;
  const { settings, permission } = policy;
  const uiLocale = ctx.ui.locale;
  /** The schedule form, open with the instant to start from (null: the form's default). */
  const [scheduling, setScheduling] = useState<{ initialAt: string | null } | null>(null);
  const pickable = state.liveLocales.filter((l) => permission.locales.includes(l));
  const request = applyPolicy(
    buildUnpublishRequest(pick, state, name),
    { allowWholeRecord: settings.allowWholeRecord, permission },
    uiLocale,
    name,
  );
  const plan = state.scheduledUnpublishing;
  // A pending whole-record plan warns that the record is no longer published: that says it once already.
  const wholeRecordPlan = plan !== null && (plan.locales === null || plan.locales.length === 0);
  const schedulingContext: SchedulingContext = {
    api: props.api,
    itemId: props.itemId,
    timeZone: ctx.site.attributes.timezone,
    uiLocale,
    name,
    busy,
    working,
    run: props.action.run,
    ask: props.action.ask,
    afterWrite: props.afterWrite,
    confirm: (options) => ctx.openConfirm(options),
    isFormDirty: props.isFormDirty,
  };
  const { blocked, linkBlock } = unpublish;
  const noPermission = pickable.length === 0 && state.liveLocales.length > 0;
  // While the form is open (it shows only with something live), the plan's own buttons step back: the form is
  // the one thing to finish or leave.
  const formOpen = scheduling !== null && state.liveLocales.length > 0;
  const planActions = !formOpen && !noPermission;

  return (
    <div className={styles.stack}>
      <PanelNotes
        dirty={ctx.isFormDirty}
        rateLimitWait={props.rateLimitWait}
        outcome={props.outcome}
        busy={busy}
        onReadAgain={props.onReadAgain}
      />
      {blocked && (
        <Suspense fallback={<Spinner />}>
          <PublishedChildren
            request={blocked.request}
            state={state}
            uiLocale={uiLocale}
            name={name}
            below={blocked.below}
            recursiveAllowed={settings.allowRecursive}
            busy={busy}
            working={working}
            onOpen={unpublish.openRecord}
            onUnpublishWithBelow={(withBelow) => void unpublish.confirmAndUnpublish(blocked.request, withBelow)}
          />
        </Suspense>
      )}
      {plan && (
        <Suspense fallback={<Spinner />}>
          <PendingSchedule
            context={schedulingContext}
            state={state}
            ctx={ctx}
            settings={settings}
            loadTree={loadTreeChildren}
            schedule={plan}
            onChange={
              planActions && settings.allowScheduling
                ? () => {
                    props.onPick(pickFromPlan(plan, pickable));
                    setScheduling({ initialAt: plan.at });
                  }
                : undefined
            }
            canCancel={planActions}
          />
        </Suspense>
      )}
      {linkBlock && (
        <Suspense fallback={<Spinner />}>
          <LinkedRecords block={linkBlock} ctx={ctx} />
        </Suspense>
      )}
      {state.liveLocales.length === 0 && !wholeRecordPlan && <p className={common.summary}>{PANEL_TEXT.nothingLive}</p>}
      {state.liveLocales.length > 0 && (
        <PickAndAct
          state={state}
          policy={policy}
          name={name}
          pick={pick}
          onPick={props.onPick}
          pickable={pickable}
          request={request}
          busy={busy}
          working={working}
          uiLocale={uiLocale}
          linkRefusal={linkBlock?.reason ?? null}
          refusedAlready={blocked !== null && request.ok && isSameRequest(blocked.request, request.value)}
          onUnpublish={(target) => void unpublish.confirmAndUnpublish(target, null)}
          scheduleForm={
            scheduling && (
              <Suspense fallback={<Spinner />}>
                <ScheduleEditor
                  context={schedulingContext}
                  state={state}
                  request={request}
                  minLeadMinutes={settings.minLeadMinutes}
                  initialAt={scheduling.initialAt}
                  onClose={() => setScheduling(null)}
                />
              </Suspense>
            )
          }
          onSchedule={() => setScheduling({ initialAt: null })}
          // The bulk modal is loaded only when asked for.
          onOtherEnvironments={() => void import('../bulk/openBulkModal').then((m) => m.openFromPanel(ctx, pick))}
        />
      )}
    </div>
  );
}
