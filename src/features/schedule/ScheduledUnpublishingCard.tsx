import { Button } from 'datocms-react-ui';
import {
  browserTimeZone,
  describeInstant,
  describeScheduleScope,
  scheduleWarnings,
} from '../../core/schedule/scheduleDisplay';
import { goesOffline, SCHEDULE_TEXT } from '../../core/schedule/scheduleMessages';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { PendingPlan, PublicationState } from '../../core/unpublish/publicationState';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';

type Props = {
  schedule: PendingPlan;
  /** The per-locale state to warn from; null when the panel has none. */
  state: PublicationState | null;
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
      {warnings.map((warning) => (
        <Callout key={warning.kind} tone="warning">
          {warning.message}
        </Callout>
      ))}
    </section>
  );
}
