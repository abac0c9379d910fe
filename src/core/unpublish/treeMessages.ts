/**
 * Words for a record blocked by the live records below it (tree collections).
 * Loaded only with that refusal, as the tree itself is.
 */
import { formatList, type LocaleNamer } from '../shared/localeNames';
import type { PublicationState } from './publicationState';
import { countRecords, type LiveNode } from './treeChildren';
import { type Confirmation, describeConfirmation, recordsBelow } from './unpublishMessages';
import type { UnpublishRequest } from './unpublishRequest';

export const TREE_TEXT = {
  heading: 'Published below this record',
  notListed: 'The published records below it could not be listed. Open the tree to see them.',
  recursiveOff:
    'Unpublishing the records below together with this one is turned off for this model: unpublish them first, or ask an administrator to allow it.',
} as const;

/** 'Getting started (with Installation below it), FAQ': the tree in one line, titles as given. */
export function describeTree(uiLocale: string, nodes: readonly LiveNode[]): string {
  return formatList(
    uiLocale,
    nodes.map((node) =>
      node.children.length > 0 ? `${node.title} (with ${describeTree(uiLocale, node.children)} below it)` : node.title,
    ),
  );
}

/** The label of the one action that unpublishes a record with the live records below it. */
export function unpublishWithBelowLabel(below: readonly LiveNode[]): string {
  return `Unpublish with ${recordsBelow(countRecords(below))}`;
}

/** The confirmation of an unpublish that takes the live records below the record offline too. */
export function describeRecursiveConfirmation(
  request: UnpublishRequest,
  state: PublicationState,
  uiLocale: string,
  name: LocaleNamer,
  below: readonly LiveNode[],
): Confirmation {
  const base = describeConfirmation(request, state, uiLocale, name);
  const count = countRecords(below);
  const published = count === 1 ? 'The published record below it goes' : `The ${count} published records below it go`;
  return {
    title: `${base.title.slice(0, -1)}, with ${recordsBelow(count)} it?`,
    content: `${base.content} ${published} offline too: ${describeTree(uiLocale, below)}.`,
    confirmLabel: unpublishWithBelowLabel(below),
  };
}
