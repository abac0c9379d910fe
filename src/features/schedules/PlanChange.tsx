/**
 * Changing a plan from the page: the panel's own pick controls and schedule form, and its
 * replace-with-restore rule (src/api/replaceSchedule.ts through ScheduleEditor).
 */
import { Spinner } from 'datocms-react-ui';
import { lazy, Suspense, useState } from 'react';
import type { Outcome } from '../../core/shared/outcome';
import { pickFromPlan } from '../../core/unpublish/pick';
import type { PendingPlan, PublicationState } from '../../core/unpublish/publicationState';
import { applyPolicy } from '../../core/unpublish/unpublishPolicy';
import { buildUnpublishRequest, type LocalePick } from '../../core/unpublish/unpublishRequest';
import { loadScheduling } from '../schedule/loadScheduling';
import type { SchedulingContext } from '../schedule/Scheduling';
import { PickControls } from '../unpublish/PickControls';
import type { PanelPolicy } from '../unpublish/panelPolicy';
import type { RowContext } from './rowContext';
import styles from './schedules.module.css';

// The form brings the Temporal polyfill: loaded when a plan is changed, as in the record panel.
const ScheduleEditor = lazy(() => loadScheduling().then((m) => ({ default: m.ScheduleEditor })));

type Props = {
  row: RowContext;
  itemId: string;
  state: PublicationState;
  schedule: PendingPlan;
  policy: PanelPolicy;
  afterChange: (outcome: Outcome) => Promise<void>;
  onClose: () => void;
};

export function PlanChange({ row, itemId, state, schedule, policy, afterChange, onClose }: Props) {
  const { ctx, name } = row;
  const uiLocale = ctx.ui.locale;
  const pickable = state.liveLocales.filter((locale) => policy.permission.locales.includes(locale));
  const [pick, setPick] = useState<LocalePick>(() => pickFromPlan(schedule, pickable));
  const request = applyPolicy(
    buildUnpublishRequest(pick, state, name),
    { allowWholeRecord: policy.settings.allowWholeRecord, permission: policy.permission },
    uiLocale,
    name,
  );
  const context: SchedulingContext = {
    api: row.api.session,
    itemId,
    timeZone: ctx.site.attributes.timezone,
    uiLocale,
    name,
    busy: row.busy,
    working: row.working,
    run: row.run,
    ask: row.ask,
    afterWrite: afterChange,
    confirm: (options) => ctx.openConfirm(options),
    // A page has no record form: nothing unsaved can lock the record.
    isFormDirty: () => false,
  };
  return (
    <div className={styles.change}>
      <PickControls
        state={state}
        name={name}
        pick={pick}
        pickable={pickable}
        busy={row.busy}
        policy={policy}
        onPick={setPick}
      />
      <Suspense fallback={<Spinner />}>
        <ScheduleEditor
          context={context}
          state={state}
          request={request}
          minLeadMinutes={policy.settings.minLeadMinutes}
          initialAt={schedule.at}
          onClose={onClose}
        />
      </Suspense>
    </div>
  );
}
