import { BULK_TEXT, existingPlanText } from '../../core/bulk/bulkMessages';
import type { PlanChoice } from '../../core/bulk/recordRequest';
import { browserTimeZone } from '../../core/schedule/scheduleDisplay';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { PendingPlan } from '../../core/unpublish/publicationState';
import common from '../../ui/common.module.css';
import styles from './bulk.module.css';

type Props = {
  plans: Array<{ title: string; plan: PendingPlan }>;
  choice: PlanChoice;
  onChoice: (choice: PlanChoice) => void;
  words: { uiLocale: string; name: LocaleNamer; timeZone: string };
  disabled: boolean;
};

/** The records that already have a plan, listed before anything is sent, and whether to keep or replace them. */
export function ExistingPlans({ plans, choice, onChoice, words, disabled }: Props) {
  const planWords = { ...words, browserTimeZone: browserTimeZone(), now: Date.now() };
  return (
    <fieldset className={styles.group} aria-label={BULK_TEXT.plansTitle} data-testid="bulk-existing-plans">
      <legend>
        {BULK_TEXT.plansTitle} ({plans.length})
      </legend>
      <ul className={common.list}>
        {plans.map(({ title, plan }) => (
          <li key={`${title}-${plan.at}`}>
            <strong>{title}</strong>: {existingPlanText(plan, planWords)}
          </li>
        ))}
      </ul>
      {(['keep', 'replace'] as const).map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="bulk-plan-choice"
            value={value}
            checked={choice === value}
            disabled={disabled}
            onChange={() => onChoice(value)}
          />{' '}
          {value === 'keep' ? BULK_TEXT.keepPlans : BULK_TEXT.replacePlans}
        </label>
      ))}
    </fieldset>
  );
}
