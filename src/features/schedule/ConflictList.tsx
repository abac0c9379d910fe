import type { PlanConflict } from '../../core/schedules/planConflicts';
import { Callout } from '../../ui/Callout';

/** Each conflict: what will happen, then what to do. Shared by the record panel and the plans page. */
export function ConflictList({ conflicts }: { conflicts: readonly PlanConflict[] }) {
  return (
    <>
      {conflicts.map((conflict) => (
        <div key={conflict.kind} data-conflict={conflict.kind}>
          <Callout tone="warning">
            {conflict.message} <strong>{conflict.remedy}</strong>
          </Callout>
        </div>
      ))}
    </>
  );
}
