import { SwitchField } from 'datocms-react-ui';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { LocaleState, PublicationState } from '../../core/unpublish/publicationState';
import styles from './panel.module.css';

const STATE_LABELS: Record<LocaleState, string> = {
  live: 'Live',
  'live-with-changes': 'Live, with unpublished changes',
  'not-live': 'Not live',
};

type Props = {
  state: PublicationState;
  name: LocaleNamer;
  picked: readonly string[];
  /** Locales the editor may pick (live ones, less what their role forbids). */
  pickable: readonly string[];
  disabled: boolean;
  /** Said of a live locale the editor may not pick (their role forbids it). */
  forbiddenHint?: string | undefined;
  /** Absent when nothing can be picked. */
  onToggle?: (locale: string, picked: boolean) => void;
};

/** Every locale of the site with its publish state; only live ones can be picked. */
export function LocalePicker({ state, name, picked, pickable, disabled, forbiddenHint, onToggle }: Props) {
  return (
    <ul className={styles.localeList} aria-label="Locales">
      {state.locales.map(({ locale, state: localeState }) => (
        <li key={locale} className={styles.localeRow} data-locale={locale} data-state={localeState}>
          <SwitchField
            id={`locale-${locale}`}
            name={`locale-${locale}`}
            label={`${name(locale)} (${locale})`}
            hint={
              <>
                <span className={styles[localeState]}>{STATE_LABELS[localeState]}</span>
                {forbiddenHint && localeState !== 'not-live' && !pickable.includes(locale) && ` · ${forbiddenHint}`}
              </>
            }
            value={picked.includes(locale)}
            onChange={(value) => onToggle?.(locale, value)}
            switchInputProps={{
              id: `locale-${locale}`,
              name: `locale-${locale}`,
              value: picked.includes(locale),
              disabled: disabled || !pickable.includes(locale),
            }}
          />
        </li>
      ))}
    </ul>
  );
}
