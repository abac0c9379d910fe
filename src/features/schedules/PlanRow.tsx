import { Button } from 'datocms-react-ui';
import { memo, useState } from 'react';
import { timeOfDay } from '../../core/schedule/scheduleDisplay';
import type { PlannedRecord } from '../../core/schedules/planRows';
import { PAGE_TEXT } from '../../core/schedules/schedulesMessages';
import { recordEditorPath } from '../../core/shared/recordPath';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import { ConflictList } from '../schedule/ConflictList';
import { PlanChange } from './PlanChange';
import type { RowContext } from './rowContext';
import styles from './schedules.module.css';
import { usePlanRow } from './usePlanRow';
import type { RowState } from './usePlanStates';

function scopeLabel(status: 'loading' | 'ready' | 'failed', scopeText: string | null): string {
  if (status === 'loading') return PAGE_TEXT.scopeLoading;
  return scopeText ?? PAGE_TEXT.scopeUnknown;
}

type Props = { row: RowContext; plan: PlannedRecord; rowState: RowState };

/**
 * One plan: when, which record, what goes offline, what will not go as planned, and the actions.
 * Drawn again only when its plan, its state or what all rows share changes.
 */
export const PlanRow = memo(function PlanRow({ row, plan, rowState }: Props) {
  const view = usePlanRow(row, plan, rowState);
  const [changing, setChanging] = useState(false);
  const { ctx } = row;
  const schedule = view.state?.scheduledUnpublishing ?? null;
  const open = () => void ctx.navigateTo(recordEditorPath(ctx, plan.modelId, plan.id));

  return (
    <li className={styles.row} data-plan-id={plan.id} data-testid="plan-row" ref={row.watch}>
      <div className={styles.rowMain}>
        <div className={styles.time}>
          <strong>
            {timeOfDay(plan.atMs, { projectTimeZone: ctx.site.attributes.timezone, uiLocale: ctx.ui.locale })}
          </strong>
          <span className={common.reason}>{view.when.relative}</span>
        </div>
        <div className={styles.record}>
          <button type="button" className={common.link} onClick={open}>
            {view.title}
          </button>
          <span className={common.reason}>{view.model?.attributes.name}</span>
          {view.when.browser && <span className={common.reason}>{PAGE_TEXT.inYourZone(view.when.browser)}</span>}
        </div>
        <div className={styles.scope} data-scope={view.rowState.status}>
          {scopeLabel(view.rowState.status, view.scopeText)}
        </div>
        <div className={common.row}>
          {view.canChange && (
            <Button buttonSize="xs" disabled={row.busy || changing} onClick={() => setChanging(true)}>
              {PAGE_TEXT.changePlan}
            </Button>
          )}
          {view.canCancel && (
            <Button buttonSize="xs" buttonType="negative" disabled={row.busy} onClick={() => void view.cancel()}>
              {PAGE_TEXT.cancelSchedule}
            </Button>
          )}
          {!view.canCancel && <span className={common.reason}>{PAGE_TEXT.roleMayNot}</span>}
        </div>
      </div>
      <ConflictList conflicts={view.conflicts} />
      {view.outcome && <Callout tone={view.outcome.tone}>{view.outcome.message}</Callout>}
      {changing && view.state && schedule && (
        <PlanChange
          row={row}
          itemId={plan.id}
          state={view.state}
          schedule={schedule}
          policy={view.policy}
          afterChange={view.afterChange}
          onClose={() => setChanging(false)}
        />
      )}
    </li>
  );
});
