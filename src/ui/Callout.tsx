import type { ReactNode } from 'react';
import styles from './Callout.module.css';

type Tone = 'info' | 'warning' | 'error' | 'success';

type Props = { tone: Tone; title?: string; children: ReactNode; action?: ReactNode };

/** A message box: datocms-react-ui has none. Errors are announced to screen readers. `action`: a button under the text. */
export function Callout({ tone, title, children, action }: Props) {
  return (
    <div className={`${styles.callout} ${styles[tone]}`} role={tone === 'error' ? 'alert' : 'status'} data-tone={tone}>
      {title && <strong className={styles.calloutTitle}>{title}</strong>}
      <div>{children}</div>
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
