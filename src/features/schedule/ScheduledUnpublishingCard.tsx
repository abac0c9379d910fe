import { Button } from 'datocms-react-ui';
import { browserTimeZone, describeInstant, describeScheduleScope } from '../../core/schedule/scheduleDisplay';
import { goesOffline, SCHEDULE_TEXT } from '../../core/schedule/scheduleMessages';
import type { PlanConflict } from '../../core/schedules/planConflicts';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { PendingPlan } from '../../core/unpublish/publicationState';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';
import { ConflictList } from './ConflictList';

type Props = {
  schedule: PendingPlan;
  /** What will not go as planned (src/core/schedules/planConflicts.ts). */
  conflicts: readonly PlanConflict[];
  timeZone: string;
  uiLocale: string;
  name: LocaleNamer;
  busy: boolean;
  /** Absent when the model's configuration or the role does not allow scheduling, or a form is open. */
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
  const when =
    schedule.at === null
      ? null
      : describeInstant(schedule.at, { projectTimeZone: timeZone, browserTimeZone: browserTimeZone(), uiLocale, now });
  const buttons = (onChange || onCancel) && (
    <div className={styles.row}>
      {onChange && (
        <Button buttonSize="xs" className={secondaryButton} disabled={busy} onClick={onChange}>
          {SCHEDULE_TEXT.change}
        </Button>
      )}
      {onCancel && (
        <Button buttonSize="xs" buttonType="negative" disabled={busy} onClick={onCancel}>
          {SCHEDULE_TEXT.cancelSchedule}
        </Button>
      )}
    </div>
  );
  return (
    <section className={styles.actions} aria-label={SCHEDULE_TEXT.cardTitle} data-testid="scheduled-unpublishing">
      <Callout tone="warning" title={SCHEDULE_TEXT.cardTitle} action={buttons}>
        <p className={styles.summary}>
          {goesOffline(describeScheduleScope(schedule, { uiLocale, name }), when?.relative ?? null)}
        </p>
        {when && <p className={styles.summary}>{when.project}</p>}
        {when?.browser && (
          <p className={styles.summary}>
            {when.browser} {SCHEDULE_TEXT.inBrowserZone}
          </p>
        )}
      </Callout>
      <ConflictList conflicts={conflicts} />
    </section>
  );
}
