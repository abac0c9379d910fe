import { Button } from 'datocms-react-ui';
import { describeDay } from '../../core/schedule/scheduleDisplay';
import { groupByDay, type PlannedRecord } from '../../core/schedules/planRows';
import { PAGE_TEXT } from '../../core/schedules/schedulesMessages';
import { PlanRow } from './PlanRow';
import type { RowContext } from './rowContext';
import styles from './schedules.module.css';
import type { RowState } from './usePlanStates';

type Props = {
  row: RowContext;
  /** The plans to show, soonest first (already filtered). */
  plans: readonly PlannedRecord[];
  /** How many of them are drawn: thousands of rows are drawn a few hundred at a time. */
  limit: number;
  stateOf: (id: string) => RowState;
  onShowMore: () => void;
};

/** The plans by day in the project's zone, soonest first. */
export function PlanList({ row, plans, limit, stateOf, onShowMore }: Props) {
  const { ctx } = row;
  const now = Date.now();
  const groups = groupByDay(plans.slice(0, limit), ctx.site.attributes.timezone);
  return (
    <>
      {groups.map((group) => {
        const day = describeDay(group.first.atMs, {
          projectTimeZone: ctx.site.attributes.timezone,
          uiLocale: ctx.ui.locale,
          now,
        });
        return (
          <section key={group.key} className={styles.day} aria-label={day.label} data-testid="plan-day">
            <h2 className={styles.dayTitle}>
              {day.label} <span className={styles.dayRelative}>{day.relative}</span>
            </h2>
            <ul className={styles.rows}>
              {group.plans.map((plan) => (
                <PlanRow key={plan.id} row={row} plan={plan} rowState={stateOf(plan.id)} />
              ))}
            </ul>
          </section>
        );
      })}
      {plans.length > limit && (
        <Button buttonSize="s" onClick={onShowMore}>
          {PAGE_TEXT.showMore}
        </Button>
      )}
    </>
  );
}
