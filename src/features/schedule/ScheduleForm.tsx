/**
 * The form to plan an unpublishing: a date and a time read in the project's
 * time zone. Loaded lazily (it brings the Temporal polyfill): the panel's
 * first paint does not need it.
 */
import { Button, FieldGroup, SelectField, TextField } from 'datocms-react-ui';
import { useState } from 'react';
import { browserTimeZone, describeInstant } from '../../core/schedule/scheduleDisplay';
import { SCHEDULE_TEXT, takeOfflineAt, timeLabel } from '../../core/schedule/scheduleMessages';
import { type AmbiguousChoice, checkScheduleTime } from '../../core/schedule/scheduleTime';
import { defaultWallClock, type WallClock, wallClockOf } from '../../core/schedule/wallClock';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';
import styles from './schedule.module.css';

type Props = {
  timeZone: string;
  uiLocale: string;
  minLeadMinutes: number;
  /** What goes offline, in words ("Italian", "the whole record"), or why the pick cannot be scheduled. */
  scope: { ok: true; label: string } | { ok: false; message: string };
  /** The instant to start from (changing an existing plan), or null for the default. */
  initialAt: string | null;
  /** Saving replaces the pending plan (a record holds one); absent: there is none. */
  replacing?: boolean;
  busy: boolean;
  /** A request is in flight; absent: whenever busy. */
  working?: boolean;
  /** Called with the UTC instant once everything checks out. */
  onSubmit: (instant: string) => void;
  onClose: () => void;
};

/** The two occurrences of a repeated hour, as the library's select: the question is its label. */
function RepeatedHour(props: {
  question: string;
  choices: readonly AmbiguousChoice[];
  chosen: string | undefined;
  disabled: boolean;
  onChoose: (instant: string) => void;
}) {
  const options = props.choices.map((choice) => ({ value: choice.instant, label: choice.label }));
  return (
    <SelectField<{ value: string; label: string }, false, never>
      id="repeated-hour"
      name="repeated-hour"
      label={props.question}
      placeholder={SCHEDULE_TEXT.pickOne}
      value={options.find((option) => option.value === props.chosen) ?? null}
      onChange={(option) => option && props.onChoose(option.value)}
      selectInputProps={{ options, isDisabled: props.disabled, 'aria-label': props.question }}
    />
  );
}

/** The submit button's words: what it does, or that a request is in flight. */
function submitText(working: boolean, replacing: boolean): string {
  if (working) return PANEL_TEXT.working;
  return replacing ? SCHEDULE_TEXT.submitChange : SCHEDULE_TEXT.submit;
}

export default function ScheduleForm(props: Props) {
  const { timeZone, uiLocale, minLeadMinutes, scope, initialAt, busy } = props;
  const [wallClock, setWallClock] = useState<WallClock>(() =>
    initialAt ? wallClockOf(initialAt, timeZone) : defaultWallClock(Date.now(), timeZone),
  );
  // Changing a plan on a repeated hour starts from the very instant planned, not from a question.
  const [chosenInstant, setChosenInstant] = useState<string | undefined>(initialAt ?? undefined);

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
    if (check.ok && scope.ok) props.onSubmit(check.instant);
  }

  const submitLabel = submitText(props.working ?? busy, props.replacing ?? false);
  return (
    <form
      className={styles.scheduleForm}
      aria-label={SCHEDULE_TEXT.formName}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {scope.ok ? (
        <p className={common.summary}>{takeOfflineAt(scope.label)}</p>
      ) : (
        <Callout tone="error">{scope.message}</Callout>
      )}
      {props.replacing && <p className={common.reason}>{SCHEDULE_TEXT.replacesPlan}</p>}
      <FieldGroup>
        <TextField
          id="schedule-date"
          name="schedule-date"
          label={SCHEDULE_TEXT.date}
          value={wallClock.date}
          onChange={(date) => update({ date })}
          textInputProps={{ type: 'date', disabled: busy }}
        />
        <TextField
          id="schedule-time"
          name="schedule-time"
          label={timeLabel(timeZone)}
          value={wallClock.time}
          onChange={(time) => update({ time })}
          textInputProps={{ type: 'time', disabled: busy }}
        />
        {ambiguity && (
          <RepeatedHour
            question={ambiguity.message}
            choices={ambiguity.choices}
            // The instant as the check writes it: a plan's instant may be written another way ('…:00.000Z').
            chosen={check.ok ? check.instant : undefined}
            disabled={busy}
            onChoose={setChosenInstant}
          />
        )}
      </FieldGroup>
      {check.ok && preview && (
        <p className={common.reason} data-testid="schedule-preview">
          {preview.relative}
          {preview.browser && ` · ${preview.browser} ${SCHEDULE_TEXT.inBrowserZone}`}
        </p>
      )}
      {!check.ok && check.reason !== 'ambiguous' && <Callout tone="error">{check.message}</Callout>}
      <div className={common.actions}>
        <Button type="submit" buttonType="primary" buttonSize="s" fullWidth disabled={busy || !check.ok || !scope.ok}>
          {submitLabel}
        </Button>
        <Button buttonSize="s" fullWidth className={secondaryButton} disabled={busy} onClick={props.onClose}>
          {SCHEDULE_TEXT.back}
        </Button>
      </div>
    </form>
  );
}
