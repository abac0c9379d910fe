/**
 * The panel when there is no per-locale state to go by (a model without
 * localized fields, or a state request that failed or changed shape): it says
 * why, offers only a whole-record unpublish of a record its status says is
 * published, and the pending plan's cancel. Loaded only in those cases.
 */
import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Button, Spinner } from 'datocms-react-ui';
import { lazy, Suspense } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { describeFailure } from '../../core/shared/apiFailure';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { WholeRecordState } from '../../core/unpublish/publicationState';
import { explainWholeRecord, WHOLE_RECORD_TEXT, wholeRecordOffer } from '../../core/unpublish/wholeRecordMessages';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';
import type { ExclusiveAction } from '../../ui/useExclusiveAction';
import { loadScheduling } from '../schedule/loadScheduling';
import { PanelNotes } from './PanelNotes';
import panel from './panel.module.css';
import type { PanelPolicy } from './panelPolicy';

const PendingSchedule = lazy(() => loadScheduling().then((m) => ({ default: m.PendingSchedule })));

type Props = {
  ctx: RenderItemFormSidebarPanelCtx;
  ctxRef: { current: RenderItemFormSidebarPanelCtx };
  api: CmaSession;
  itemId: string;
  state: WholeRecordState;
  policy: PanelPolicy;
  name: LocaleNamer;
  outcome: Outcome | null;
  rateLimitWait: number;
  action: ExclusiveAction;
  afterWrite: (outcome: Outcome) => Promise<void>;
  onReadAgain: () => void;
};

export default function WholeRecordPanel(props: Props) {
  const { ctx, ctxRef, api, itemId, state, policy, afterWrite } = props;
  const { busy, working, run, ask } = props.action;
  const { permission, settings } = policy;
  const explanation = explainWholeRecord(state);
  const offer = wholeRecordOffer(state, { allowWholeRecord: settings.allowWholeRecord, permission });
  const isFormDirty = () => ctxRef.current.isFormDirty;

  const unpublishWhole = () =>
    run(async () => {
      const choice = await ask(() =>
        ctxRef.current.openConfirm({
          title: WHOLE_RECORD_TEXT.confirmTitle,
          content: WHOLE_RECORD_TEXT.confirmContent,
          choices: [{ label: WHOLE_RECORD_TEXT.confirmLabel, value: 'unpublish', intent: 'negative' }],
          cancel: { label: PANEL_TEXT.cancel, value: 'cancel' },
        }),
      );
      if (choice !== 'unpublish') return;
      try {
        // No body: the CMA reads that as every locale (../shared/reference/000_a3b9383d75374f8a.txt).
        await api.unpublish(itemId, { scope: 'whole-record' }, { recursive: false });
        await afterWrite({ tone: 'success', message: WHOLE_RECORD_TEXT.success });
      } catch (error) {
        const described = describeFailure(toApiFailure(error), 'unpublish', { formDirty: isFormDirty() });
        await afterWrite({ tone: 'error', message: described.message, uncertain: described.outcomeUnknown });
      }
    });

  return (
    <div className={panel.stack}>
      <Callout tone="info" title={explanation.title}>
        {explanation.message}
      </Callout>
      <PanelNotes
        dirty={ctx.isFormDirty}
        rateLimitWait={props.rateLimitWait}
        outcome={props.outcome}
        busy={busy}
        onReadAgain={props.onReadAgain}
      />
      {state.plan && (
        <Suspense fallback={<Spinner />}>
          <PendingSchedule
            context={{
              api,
              itemId,
              timeZone: ctx.site.attributes.timezone,
              uiLocale: ctx.ui.locale,
              name: props.name,
              busy,
              working,
              run,
              ask,
              afterWrite,
              confirm: (options) => ctxRef.current.openConfirm(options),
              isFormDirty,
            }}
            state={null}
            ctx={ctx}
            settings={settings}
            loadTree={loadTreeChildren}
            schedule={state.plan}
            canCancel={permission.wholeRecord || permission.locales.length > 0}
          />
        </Suspense>
      )}
      <div className={styles.actions}>
        {offer.ok && (
          <Button buttonType="negative" buttonSize="s" fullWidth disabled={busy} onClick={() => void unpublishWhole()}>
            {working ? PANEL_TEXT.working : PANEL_TEXT.unpublishWholeNow}
          </Button>
        )}
        {!offer.ok && <span className={styles.reason}>{offer.message}</span>}
        {state.reason !== 'no-localized-fields' && !props.outcome?.uncertain && (
          <Button buttonSize="xs" className={secondaryButton} disabled={busy} onClick={props.onReadAgain}>
            {PANEL_TEXT.readAgain}
          </Button>
        )}
      </div>
    </div>
  );
}
