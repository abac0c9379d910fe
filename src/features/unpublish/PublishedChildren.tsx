import { Button } from 'datocms-react-ui';
import type { LiveChild } from '../../core/unpublish/treeChildren';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';

type Props = {
  /** null when they could not be listed. */
  liveChildren: LiveChild[] | null;
  /** Why the recursive unpublish is not offered, or null when it is. */
  recursiveRefusal: string | null;
  busy: boolean;
  onOpen: (child: LiveChild) => void;
  onUnpublishWithChildren: () => void;
};

/** Shown when published child records block an unpublish (tree collections). */
export function PublishedChildren({ liveChildren, recursiveRefusal, busy, onOpen, onUnpublishWithChildren }: Props) {
  return (
    <section aria-label="Published child records" data-testid="published-children" className={styles.section}>
      <Callout tone="warning" title="Published child records">
        {liveChildren === null ? (
          'Its published child records could not be listed. Open the tree to see them.'
        ) : (
          <>
            These child records are published and would be left without their parent:
            <ul className={styles.list}>
              {liveChildren.map((child) => (
                <li key={child.id}>
                  {/* Titles are text: React escapes them, whatever they contain. */}
                  <button type="button" className={styles.link} onClick={() => onOpen(child)}>
                    {child.title}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </Callout>
      {recursiveRefusal ? (
        <p className={styles.reason}>{recursiveRefusal}</p>
      ) : (
        liveChildren &&
        liveChildren.length > 0 && (
          <Button buttonType="negative" buttonSize="s" fullWidth disabled={busy} onClick={onUnpublishWithChildren}>
            Unpublish with its {liveChildren.length} live {liveChildren.length === 1 ? 'child' : 'children'}
          </Button>
        )
      )}
    </section>
  );
}
