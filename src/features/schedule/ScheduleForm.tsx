/**
 * The form to plan an unpublishing: a date and a time read in the project's
 * time zone. Loaded lazily (it brings the Temporal polyfill): the panel's
 * first paint does not need it.
 */
import { Button, TextField } from 'datocms-react-ui';
import { useState } from 'react';
import { browserTimeZone, describeInstant } from '../../core/schedule/scheduleDisplay';
import { checkScheduleTime, defaultWallClock, type WallClock, wallClockOf } from '../../core/schedule/scheduleTime';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import styles from './schedule.module.css';

type Props = {
  timeZone: string;
  uiLocale: string;
  minLeadMinutes: number;
  /** What goes offline, in words ("Italian", "the whole record"), or why the pick cannot be scheduled. */
  scope: { ok: true; label: string } | { ok: false; message: string };
  /** The instant to start from (changing an existing plan), or null for the default. */
  initialAt: string | null;
  busy: boolean;
  /** Called with the UTC instant once everything checks out. */
  onSubmit: (instant: string) => void;
  onClose: () => void;
};

export default function ScheduleForm({
  timeZone,
  uiLocale,
  minLeadMinutes,
  scope,
  initialAt,
  busy,
  onSubmit,
  onClose,
}: Props) {
  const [wallClock, setWallClock] = useState<WallClock>(() =>
    initialAt ? wallClockOf(initialAt, timeZone) : defaultWallClock(Date.now(), timeZone),
  );
  const [chosenInstant, setChosenInstant] = useState<string | undefined>(undefined);

  const asTyped = checkScheduleTime({ wallClock, timeZone, now: Date.now(), minLeadMinutes, uiLocale });
  // The repeated hour stays a question on screen after it is answered, so the answer can be seen and changed.
  const ambiguity = !asTyped.ok && asTyped.reason === 'ambiguous' ? asTyped : null;
  const check = ambiguity
    ? checkScheduleTime({ wallClock, timeZone, now: Date.now(), minLeadMinutes, chosenInstant, uiLocale })
    : asTyped;
  const preview = check.ok
    ? describeInstant(check.instant, {
        projectTimeZone: timeZone,
        browserTimeZone: browserTimeZone(),
        uiLocale,
        now: Date.now(),
      })
    : null;

  function update(change: Partial<WallClock>) {
    setWallClock((current) => ({ ...current, ...change }));
    setChosenInstant(undefined);
  }

  function submit() {
    if (check.ok && scope.ok) onSubmit(check.instant);
  }

  return (
    <form
      className={styles.scheduleForm}
      aria-label="Schedule unpublishing"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {scope.ok ? (
        <p className={common.summary}>
          Take <strong>{scope.label}</strong> offline at:
        </p>
      ) : (
        <Callout tone="error">{scope.message}</Callout>
      )}
      <TextField
        id="schedule-date"
        name="schedule-date"
        label="Date"
        value={wallClock.date}
        onChange={(date) => update({ date })}
        textInputProps={{ type: 'date', disabled: busy }}
      />
      <TextField
        id="schedule-time"
        name="schedule-time"
        label={`Time (${timeZone}, the project's time zone)`}
        value={wallClock.time}
        onChange={(time) => update({ time })}
        textInputProps={{ type: 'time', disabled: busy }}
      />
      {check.ok && preview && (
        <p className={common.reason} data-testid="schedule-preview">
          {preview.relative}
          {preview.browser && ` · ${preview.browser} in your browser's time zone`}
        </p>
      )}
      {ambiguity && (
        <fieldset className={styles.choices}>
          <legend>{ambiguity.message}</legend>
          {ambiguity.choices.map((choice) => (
            <label key={choice.instant}>
              <input
                type="radio"
                name="ambiguous-time"
                value={choice.instant}
                checked={chosenInstant === choice.instant}
                onChange={() => setChosenInstant(choice.instant)}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
      )}
      {!check.ok && check.reason !== 'ambiguous' && <Callout tone="error">{check.message}</Callout>}
      <div className={common.actions}>
        <Button type="submit" buttonType="primary" buttonSize="s" fullWidth disabled={busy || !check.ok || !scope.ok}>
          {busy ? 'Working…' : 'Schedule unpublishing'}
        </Button>
        <Button buttonSize="s" fullWidth disabled={busy} onClick={onClose}>
          Back
        </Button>
      </div>
    </form>
  );
}
