import { Button, Spinner } from 'datocms-react-ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { BULK_TEXT, readFailuresNote } from '../../core/bulk/bulkMessages';
import type { BulkMode } from '../../core/bulk/bulkReport';
import type { Tally } from '../../core/bulk/localeTally';
import type { PlanChoice } from '../../core/bulk/recordRequest';
import { browserTimeZone, describeInstant } from '../../core/schedule/scheduleDisplay';
import { type LocaleNamer, nameLocales } from '../../core/shared/localeNames';
import { isEmptyPick } from '../../core/unpublish/pick';
import type { PendingPlan } from '../../core/unpublish/publicationState';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import styles from './bulk.module.css';
import { ExistingPlans } from './ExistingPlans';
import { TallyPicker } from './TallyPicker';
import { WhenChoice } from './WhenChoice';

// The form brings the Temporal polyfill: only when the editor chooses a date and time.
const ScheduleForm = lazy(() => import('../schedule/ScheduleForm'));

export type Choice = { pick: LocalePick; later: boolean; planChoice: PlanChoice; environments: string[] };

type Props = {
  tally: Tally;
  words: { uiLocale: string; name: LocaleNamer; timeZone: string };
  choice: Choice;
  onChoice: (change: Partial<Choice>) => void;
  wholeRecords: { allowed: boolean; hint: string };
  schedule: { allowed: boolean; minLeadMinutes: number };
  existingPlans: Array<{ title: string; plan: PendingPlan }>;
  readFailures: number;
  /** The environments to run in (this one and the others). */
  environments: ReactNode;
  onContinue: (mode: BulkMode, when: string | null) => void;
};

function scopeLabel(pick: LocalePick, words: Props['words']): string {
  return pick.wholeRecord
    ? BULK_TEXT.wholeRecords.toLowerCase()
    : nameLocales(words.uiLocale, words.name, pick.locales);
}

/** Picking what goes offline, when, where; then on to the confirmation. */
export function PickStep(props: Props) {
  const { tally, words, choice, onChoice } = props;
  const nothingPicked = isEmptyPick(choice.pick);
  const ready = !nothingPicked && choice.environments.length > 0;
  const later = choice.later && props.schedule.allowed;
  function submitLater(instant: string) {
    const when = describeInstant(instant, {
      projectTimeZone: words.timeZone,
      browserTimeZone: browserTimeZone(),
      uiLocale: words.uiLocale,
      now: Date.now(),
    });
    props.onContinue({ kind: 'schedule', at: instant }, when.project);
  }
  return (
    <div className={styles.step}>
      {props.readFailures > 0 && <Callout tone="warning">{readFailuresNote(props.readFailures)}</Callout>}
      <TallyPicker
        tally={tally}
        name={words.name}
        pick={choice.pick}
        onPick={(pick) => onChoice({ pick })}
        wholeRecords={props.wholeRecords}
        disabled={false}
      />
      {props.environments}
      <WhenChoice
        later={later}
        onChange={(value) => onChoice({ later: value })}
        canSchedule={props.schedule.allowed}
        disabled={false}
      />
      {later && props.existingPlans.length > 0 && (
        <ExistingPlans
          plans={props.existingPlans}
          choice={choice.planChoice}
          onChoice={(planChoice) => onChoice({ planChoice })}
          words={words}
          disabled={false}
        />
      )}
      {nothingPicked && <span className={common.reason}>{BULK_TEXT.pickSomething}</span>}
      {later && (
        <Suspense fallback={<Spinner />}>
          <ScheduleForm
            timeZone={words.timeZone}
            uiLocale={words.uiLocale}
            minLeadMinutes={props.schedule.minLeadMinutes}
            scope={
              ready
                ? { ok: true, label: scopeLabel(choice.pick, words) }
                : { ok: false, message: BULK_TEXT.pickSomething }
            }
            initialAt={null}
            busy={false}
            onSubmit={submitLater}
            onClose={() => onChoice({ later: false })}
          />
        </Suspense>
      )}
      {!later && (
        <div>
          <Button
            buttonType="primary"
            buttonSize="s"
            disabled={!ready}
            onClick={() => props.onContinue({ kind: 'now' }, null)}
          >
            {BULK_TEXT.continue}
          </Button>
        </div>
      )}
    </div>
  );
}
