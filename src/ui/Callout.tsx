import type { ReactNode } from 'react';
import styles from './Callout.module.css';

type Tone = 'info' | 'warning' | 'error' | 'success';

/** A message box: datocms-react-ui has none. Errors are announced to screen readers. */
export function Callout({ tone, title, children }: { tone: Tone; title?: string; children: ReactNode }) {
  return (
    <div className={`${styles.callout} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'} data-tone={tone}>
      {title && <strong className={styles.calloutTitle}>{title}</strong>}
      <div>{children}</div>
    </div>
  );
}
