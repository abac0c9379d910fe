import { Button } from 'datocms-react-ui';
import {
  browserTimeZone,
  describeInstant,
  describeScheduleScope,
  scheduleWarnings,
  UNKNOWN_TIME,
} from '../../core/schedule/scheduleDisplay';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { PendingPlan, PublicationState } from '../../core/unpublish/publicationState';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';

type Props = {
  schedule: PendingPlan;
  /** The per-locale state to warn from; null when the panel has none. */
  state: PublicationState | null;
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
  state,
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
  const warnings = state ? scheduleWarnings(state, { uiLocale, name, now, timeZone }) : [];
  return (
    <section className={styles.section} aria-label="Scheduled unpublishing" data-testid="scheduled-unpublishing">
      <Callout tone="warning" title="Scheduled unpublishing">
        <p>
          <strong>{describeScheduleScope(schedule, { uiLocale, name })}</strong> goes offline{' '}
          {when ? `${when.relative}:` : UNKNOWN_TIME}
        </p>
        {when && <p>{when.project}</p>}
        {when?.browser && <p>{when.browser} in your browser's time zone</p>}
      </Callout>
      {warnings.map((warning) => (
        <Callout key={warning.kind} tone="warning">
          {warning.message}
        </Callout>
      ))}
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
