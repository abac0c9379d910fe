import { ButtonGroup, ButtonGroupButton } from 'datocms-react-ui';
import { PLAN_WINDOWS, type PlanWindow } from '../../core/schedules/planQuery';
import type { PlanFilter } from '../../core/schedules/planRows';
import { PAGE_TEXT, WINDOW_LABELS } from '../../core/schedules/schedulesMessages';
import type { LocaleNamer } from '../../core/shared/localeNames';
import styles from './schedules.module.css';

type Props = {
  period: PlanWindow;
  onPeriod: (period: PlanWindow) => void;
  filter: PlanFilter;
  onFilter: (filter: PlanFilter) => void;
  models: ReadonlyArray<{ id: string; name: string }>;
  locales: readonly string[];
  name: LocaleNamer;
};

/** The period listed, and the filters by model and by locale. */
export function PageFilters({ period, onPeriod, filter, onFilter, models, locales, name }: Props) {
  const model = filter.modelIds ? ([...filter.modelIds][0] ?? '') : '';
  return (
    <div className={styles.filters}>
      <ButtonGroup>
        {PLAN_WINDOWS.map((choice) => (
          <ButtonGroupButton key={choice} selected={choice === period} onClick={() => onPeriod(choice)}>
            {WINDOW_LABELS[choice]}
          </ButtonGroupButton>
        ))}
      </ButtonGroup>
      <label className={styles.filter}>
        {PAGE_TEXT.modelFilter}
        <select
          value={model}
          onChange={(event) =>
            onFilter({ ...filter, modelIds: event.target.value ? new Set([event.target.value]) : null })
          }
        >
          <option value="">{PAGE_TEXT.allModels}</option>
          {models.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.filter}>
        {PAGE_TEXT.localeFilter}
        <select
          value={filter.locale ?? ''}
          onChange={(event) => onFilter({ ...filter, locale: event.target.value || null })}
        >
          <option value="">{PAGE_TEXT.allLocales}</option>
          {locales.map((locale) => (
            <option key={locale} value={locale}>
              {name(locale)} ({locale})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
