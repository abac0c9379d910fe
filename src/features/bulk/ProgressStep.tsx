import { Button } from 'datocms-react-ui';
import { BULK_TEXT, rateLimitNote } from '../../core/bulk/bulkMessages';
import { Callout } from '../../ui/Callout';
import styles from './bulk.module.css';

type Props = {
  title: string;
  done: number;
  total: number;
  /** What the bar says ('Read 3 of 30 records', '12 of 30 done · 2 failed so far'). */
  label: string;
  rateLimitWait: number;
  /** Absent when the step cannot be stopped. */
  onStop?: (() => void) | undefined;
  stopping?: boolean;
};

/** A progress bar with what it counts, the rate-limit wait if any, and Stop. */
export function ProgressStep({ title, done, total, label, rateLimitWait, onStop, stopping = false }: Props) {
  return (
    <section className={styles.step} aria-label={title} data-testid="bulk-progress">
      <strong>{title}</strong>
      <progress className={styles.progress} value={done} max={Math.max(total, 1)} aria-label={label} />
      <span role="status">{label}</span>
      {rateLimitWait > 0 && <Callout tone="info">{rateLimitNote(rateLimitWait)}</Callout>}
      {onStop && (
        <div>
          <Button buttonType="negative" buttonSize="s" disabled={stopping} onClick={onStop}>
            {stopping ? BULK_TEXT.stopping : BULK_TEXT.stop}
          </Button>
        </div>
      )}
    </section>
  );
}
