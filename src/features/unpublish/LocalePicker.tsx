import type { LocaleNamer } from '../../core/shared/localeNames';
import { LOCALE_STATE_TEXT, notLiveSummary } from '../../core/unpublish/panelMessages';
import type { LocaleState, PublicationState } from '../../core/unpublish/publicationState';
import { Switch } from '../../ui/Switch';
import styles from './panel.module.css';

type Props = {
  state: PublicationState;
  name: LocaleNamer;
  picked: readonly string[];
  /** Locales the editor may pick (live ones, less what their role forbids). */
  pickable: readonly string[];
  disabled: boolean;
  /** Nothing can be picked at all (the role forbids every locale): the states are shown without switches. */
  readOnly: boolean;
  onToggle: (locale: string, picked: boolean) => void;
};

/** The state in words, with a mark of its colour: the words say it, the colour only repeats it. */
function StateText({ state }: { state: LocaleState }) {
  return (
    <span className={styles.state}>
      <span className={`${styles.mark} ${styles[state]}`} aria-hidden="true" />
      {LOCALE_STATE_TEXT[state]}
    </span>
  );
}

/**
 * The live locales first, each with its switch; the locales that are not live (nothing to take offline
 * there) wait behind one line, collapsed, however many the project has.
 */
export function LocalePicker({ state, name, picked, pickable, disabled, readOnly, onToggle }: Props) {
  const live = state.locales.filter((l) => l.state !== 'not-live');
  const notLive = state.locales.filter((l) => l.state === 'not-live');
  const label = (locale: string) => `${name(locale)} (${locale})`;
  return (
    <div>
      <ul className={styles.localeList} aria-label="Live locales">
        {live.map(({ locale, state: localeState }) => (
          <li key={locale} className={styles.localeRow} data-locale={locale} data-state={localeState}>
            {readOnly ? (
              <>
                <span className={styles.localeName}>{label(locale)}</span>
                <StateText state={localeState} />
              </>
            ) : (
              <Switch
                id={`locale-${locale}`}
                label={label(locale)}
                hint={<StateText state={localeState} />}
                value={picked.includes(locale)}
                disabled={disabled || !pickable.includes(locale)}
                onChange={(value) => onToggle(locale, value)}
              />
            )}
          </li>
        ))}
      </ul>
      {notLive.length > 0 && (
        <details className={styles.notLive}>
          <summary>{notLiveSummary(notLive.length)}</summary>
          <ul className={styles.localeList} aria-label="Locales not live">
            {notLive.map(({ locale, state: localeState }) => (
              <li key={locale} className={styles.localeRow} data-locale={locale} data-state={localeState}>
                {label(locale)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
