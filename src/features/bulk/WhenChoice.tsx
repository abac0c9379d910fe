import { BULK_TEXT } from '../../core/bulk/bulkMessages';
import styles from './bulk.module.css';

type Props = { later: boolean; onChange: (later: boolean) => void; canSchedule: boolean; disabled: boolean };

/** Now, or at a date and time (not offered where the model's settings turn scheduling off). */
export function WhenChoice({ later, onChange, canSchedule, disabled }: Props) {
  if (!canSchedule) return null;
  return (
    <fieldset className={styles.group} aria-label={BULK_TEXT.whenTitle}>
      <legend>{BULK_TEXT.whenTitle}</legend>
      {[false, true].map((value) => (
        <label key={String(value)}>
          <input
            type="radio"
            name="bulk-when"
            value={value ? 'later' : 'now'}
            checked={later === value}
            disabled={disabled}
            onChange={() => onChange(value)}
          />{' '}
          {value ? BULK_TEXT.later : BULK_TEXT.now}
        </label>
      ))}
    </fieldset>
  );
}
