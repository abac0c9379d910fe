import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Spinner } from 'datocms-react-ui';
import { lazy, Suspense, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT, recordSummary } from '../../core/unpublish/panelMessages';
import { pickFromPlan } from '../../core/unpublish/pick';
import type { PublicationState } from '../../core/unpublish/publicationState';
import { applyPolicy } from '../../core/unpublish/unpublishPolicy';
import { buildUnpublishRequest, type LocalePick } from '../../core/unpublish/unpublishRequest';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import type { SchedulingContext } from '../schedule/Scheduling';
import { LocalePicker } from './LocalePicker';
import { PanelNotes } from './PanelNotes';
import { PickControls } from './PickControls';
import type { PanelPolicy } from './panelPolicy';
import { UnpublishActions } from './UnpublishActions';
import type { useUnpublish } from './useUnpublish';

// Scheduling brings the Temporal polyfill: loaded only once a plan exists or the editor opens the form.
const loadScheduling = () => import('../schedule/Scheduling');
const PendingSchedule = lazy(() => loadScheduling().then((m) => ({ default: m.PendingSchedule })));
const ScheduleEditor = lazy(() => loadScheduling().then((m) => ({ default: m.ScheduleEditor })));
// Only a tree record blocked by its published children needs this.
const PublishedChildren = lazy(() => import('./PublishedChildren').then((m) => ({ default: m.PublishedChildren })));

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
  busy: boolean;
  run: (action: () => Promise<void>) => Promise<void>;
  afterWrite: (outcome: Outcome) => Promise<void>;
  onReadAgain: () => void;
  unpublish: ReturnType<typeof useUnpublish>;
  /** The newest ctx's `isFormDirty` (async flows outlive the render that started them). */
  isFormDirty: () => boolean;
};

/** The panel once the state is read: summary, plan, notes, the pick and what can be done with it. */
export function LoadedPanel(props: Props) {
  const { ctx, state, policy, name, pick, busy, unpublish } = props;
  const { settings, permission } = policy;
  const uiLocale = ctx.ui.locale;
  /** The schedule form, open with the instant to start from (null: the form's default). */
  const [scheduling, setScheduling] = useState<{ initialAt: string | null } | null>(null);
  const pickable = state.liveLocales.filter((l) => permission.locales.includes(l));
  const noPermission = pickable.length === 0 && state.liveLocales.length > 0;
  const request = applyPolicy(
    buildUnpublishRequest(pick, state, name),
    { allowWholeRecord: settings.allowWholeRecord, permission },
    uiLocale,
    name,
  );
  const plan = state.scheduledUnpublishing;
  const schedulingContext: SchedulingContext = {
    api: props.api,
    itemId: props.itemId,
    timeZone: ctx.site.attributes.timezone,
    uiLocale,
    name,
    busy,
    run: props.run,
    afterWrite: props.afterWrite,
    confirm: (options) => ctx.openConfirm(options),
    isFormDirty: props.isFormDirty,
  };
  const { blocked } = unpublish;

  return (
    <>
      <p className={styles.summary} data-record-status={state.recordStatus}>
        {recordSummary(state, uiLocale, name)}
      </p>
      <PanelNotes
        dirty={ctx.isFormDirty}
        rateLimitWait={props.rateLimitWait}
        outcome={props.outcome}
        busy={busy}
        onReadAgain={props.onReadAgain}
      />
      {plan && (
        <Suspense fallback={<Spinner />}>
          <PendingSchedule
            context={schedulingContext}
            state={state}
            schedule={plan}
            onChange={
              settings.allowScheduling && !noPermission
                ? () => {
                    props.onPick(pickFromPlan(plan, pickable));
                    setScheduling({ initialAt: plan.at });
                  }
                : undefined
            }
            canCancel={!noPermission}
          />
        </Suspense>
      )}
      {blocked && (
        <Suspense fallback={<Spinner />}>
          <PublishedChildren
            liveChildren={blocked.liveChildren}
            recursiveRefusal={settings.allowRecursive ? null : PANEL_TEXT.recursiveOff}
            busy={busy}
            onOpen={unpublish.openRecord}
            onUnpublishWithChildren={() =>
              void unpublish.confirmAndUnpublish(blocked.request, blocked.liveChildren ?? [])
            }
          />
        </Suspense>
      )}
      {state.liveLocales.length === 0 && (
        <>
          <Callout tone="info" title={PANEL_TEXT.nothingLiveTitle}>
            {PANEL_TEXT.nothingLive}
          </Callout>
          <LocalePicker state={state} name={name} picked={[]} pickable={[]} disabled />
        </>
      )}
      {state.liveLocales.length > 0 && (
        <>
          {noPermission && <Callout tone="info">{permission.reason ?? PANEL_TEXT.roleMayNotUnpublish}</Callout>}
          <PickControls
            state={state}
            name={name}
            pick={pick}
            pickable={pickable}
            busy={busy}
            policy={policy}
            onPick={props.onPick}
          />
          {scheduling && (
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
          )}
          {!scheduling && (
            <UnpublishActions
              request={request}
              pick={pick}
              busy={busy}
              uiLocale={uiLocale}
              name={name}
              canSchedule={settings.allowScheduling}
              hasPlan={plan !== null}
              onUnpublish={(target) => void unpublish.confirmAndUnpublish(target, null)}
              onSchedule={() => setScheduling({ initialAt: null })}
              // The bulk modal is loaded only when asked for.
              onOtherEnvironments={() => void import('../bulk/openBulkModal').then((m) => m.openFromPanel(ctx, pick))}
            />
          )}
        </>
      )}
    </>
  );
}
