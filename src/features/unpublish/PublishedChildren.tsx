import { Button } from 'datocms-react-ui';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import { countRecords, type LiveNode } from '../../core/unpublish/treeChildren';
import { describeRecursiveConfirmation, TREE_TEXT, unpublishWithBelowLabel } from '../../core/unpublish/treeMessages';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import styles from '../../ui/common.module.css';
import type { WithRecordsBelow } from './useUnpublish';

type Props = {
  /** The request the API refused, and the record's state: the confirmation names what goes offline. */
  request: UnpublishRequest;
  state: PublicationState;
  uiLocale: string;
  name: LocaleNamer;
  /** null when they could not be listed. */
  below: LiveNode[] | null;
  /** The model allows unpublishing the records below together with this one. */
  recursiveAllowed: boolean;
  busy: boolean;
  working: boolean;
  onOpen: (record: LiveNode) => void;
  onUnpublishWithBelow: (withBelow: WithRecordsBelow) => void;
};

function Tree({ nodes, onOpen }: { nodes: LiveNode[]; onOpen: (record: LiveNode) => void }) {
  return (
    <ul className={styles.tree}>
      {nodes.map((node) => (
        <li key={node.id}>
          {/* Titles are text: React escapes them, whatever they contain. */}
          <button type="button" className={styles.link} onClick={() => onOpen(node)}>
            {node.title}
          </button>
          {node.children.length > 0 && <Tree nodes={node.children} onOpen={onOpen} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown under the refusal when published records below this one block an unpublish (tree collections): those
 * records as a tree (each opens its record), then the one way forward.
 */
export function PublishedChildren(props: Props) {
  const { below, recursiveAllowed, busy, working, onOpen } = props;
  const unpublishWithBelow = (records: LiveNode[]) =>
    props.onUnpublishWithBelow({
      confirmation: describeRecursiveConfirmation(props.request, props.state, props.uiLocale, props.name, records),
      count: countRecords(records),
    });
  return (
    <section aria-label={TREE_TEXT.heading} data-testid="published-children" className={styles.actions}>
      <strong className={styles.heading}>{TREE_TEXT.heading}</strong>
      {below === null ? <p className={styles.reason}>{TREE_TEXT.notListed}</p> : <Tree nodes={below} onOpen={onOpen} />}
      {recursiveAllowed && below && below.length > 0 && (
        <Button
          buttonType="negative"
          buttonSize="s"
          fullWidth
          disabled={busy}
          onClick={() => unpublishWithBelow(below)}
        >
          {working ? PANEL_TEXT.working : unpublishWithBelowLabel(below)}
        </Button>
      )}
      {!recursiveAllowed && <p className={styles.reason}>{TREE_TEXT.recursiveOff}</p>}
    </section>
  );
}
