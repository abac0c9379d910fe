import { SwitchField } from 'datocms-react-ui';
import { BULK_TEXT, tallyLine } from '../../core/bulk/bulkMessages';
import type { Tally } from '../../core/bulk/localeTally';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { NOTHING_PICKED, toggleLocale } from '../../core/unpublish/pick';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import common from '../../ui/common.module.css';
import styles from './bulk.module.css';

type Props = {
  tally: Tally;
  name: LocaleNamer;
  pick: LocalePick;
  onPick: (pick: LocalePick) => void;
  /** Whether whole records can be picked, and the hint saying why not. */
  wholeRecords: { allowed: boolean; hint: string };
  disabled: boolean;
};

/** Each locale with on how many records it is live, and whole records. */
export function TallyPicker({ tally, name, pick, onPick, wholeRecords, disabled }: Props) {
  const picked = pick.wholeRecord ? [] : pick.locales;
  return (
    <fieldset className={styles.group} aria-label={BULK_TEXT.pickTitle}>
      <legend>{BULK_TEXT.pickTitle}</legend>
      <ul className={common.localeList}>
        {tally.locales.map(({ locale, liveOn, allowedOn }) => (
          <li key={locale} className={common.localeRow} data-locale={locale} data-live-on={liveOn}>
            <SwitchField
              id={`bulk-locale-${locale}`}
              name={`bulk-locale-${locale}`}
              label={`${name(locale)} (${locale})`}
              hint={tallyLine(liveOn, tally.records, allowedOn)}
              value={picked.includes(locale)}
              onChange={(value) => onPick(toggleLocale(pick, locale, value))}
              switchInputProps={{
                id: `bulk-locale-${locale}`,
                name: `bulk-locale-${locale}`,
                value: picked.includes(locale),
                disabled: disabled || pick.wholeRecord || allowedOn === 0,
              }}
            />
          </li>
        ))}
      </ul>
      <SwitchField
        id="bulk-whole-records"
        name="bulk-whole-records"
        label={BULK_TEXT.wholeRecords}
        hint={wholeRecords.hint}
        value={pick.wholeRecord}
        onChange={(value) => onPick(value ? { wholeRecord: true } : NOTHING_PICKED)}
        switchInputProps={{
          id: 'bulk-whole-records',
          name: 'bulk-whole-records',
          value: pick.wholeRecord,
          disabled: disabled || !wholeRecords.allowed,
        }}
      />
    </fieldset>
  );
}
