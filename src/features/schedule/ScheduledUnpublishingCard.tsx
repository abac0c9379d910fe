import { Button } from 'datocms-react-ui';
import { browserTimeZone, describeInstant, describeScheduleScope } from '../../core/schedule/scheduleDisplay';
import type { PlanConflict } from '../../core/schedules/planConflicts';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { ScheduledUnpublishing } from '../../core/unpublish/publicationState';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { ConflictList } from './ConflictList';

type Props = {
  schedule: ScheduledUnpublishing;
  /** What will not go as planned (src/core/schedules/planConflicts.ts). */
  conflicts: readonly PlanConflict[];
  timeZone: string;
  uiLocale: string;
  name: LocaleNamer;
  busy: boolean;
  /** Absent when the model's configuration or the role does not allow scheduling. */
  onChange?: (() => void) | undefined;
  onCancel?: (() => void) | undefined;
};

/** The pending scheduled unpublishing: when (in both zones), what, and what to watch out for. */
export function ScheduledUnpublishingCard({
  schedule,
  conflicts,
  timeZone,
  uiLocale,
  name,
  busy,
  onChange,
  onCancel,
}: Props) {
  const now = Date.now();
  const when = describeInstant(schedule.at, {
    projectTimeZone: timeZone,
    browserTimeZone: browserTimeZone(),
    uiLocale,
    now,
  });
  return (
    <section className={styles.section} aria-label="Scheduled unpublishing" data-testid="scheduled-unpublishing">
      <Callout tone="warning" title="Scheduled unpublishing">
        <p>
          <strong>{describeScheduleScope(schedule, { uiLocale, name })}</strong> goes offline {when.relative}:
        </p>
        <p>{when.project}</p>
        {when.browser && <p>{when.browser} in your browser's time zone</p>}
      </Callout>
      <ConflictList conflicts={conflicts} />
      {(onChange || onCancel) && (
        <div className={styles.row}>
          {onChange && (
            <Button buttonSize="xs" disabled={busy} onClick={onChange}>
              Change
            </Button>
          )}
          {onCancel && (
            <Button buttonSize="xs" buttonType="negative" disabled={busy} onClick={onCancel}>
              Cancel the schedule
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
