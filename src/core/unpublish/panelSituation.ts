/**
 * Whether the panel can offer anything for the record being edited, decided
 * from the ctx alone (before any request is made).
 */
import { isAlwaysLive, type ModelFacts } from '../shared/modelKind';

export type PanelSituation =
  | { kind: 'ready'; itemId: string; token: string }
  | { kind: 'explain'; title: string; message: string };

export type PanelFacts = {
  itemId: string | null;
  /** The record's model (`ctx.itemType`). */
  model: Pick<ModelFacts, 'attributes'>;
  accessToken: string | undefined;
};

export function panelSituation(facts: PanelFacts): PanelSituation {
  if (isAlwaysLive(facts.model)) {
    return {
      kind: 'explain',
      title: 'Always live',
      message:
        'This model does not use draft/published, so its records are live as soon as they are saved: there is nothing to unpublish here.',
    };
  }
  if (!facts.itemId) {
    return {
      kind: 'explain',
      title: 'Not saved yet',
      message: 'This record has not been saved yet, so nothing of it is published. Save and publish it first.',
    };
  }
  if (!facts.accessToken) {
    return {
      kind: 'explain',
      title: 'Permission needed',
      message:
        'Selective Unpublish needs the “Access the current user’s API token” permission to call the API on your behalf. An administrator can grant it in Configuration → Plugins → Selective Unpublish (or by reinstalling the plugin and accepting the permission).',
    };
  }
  return { kind: 'ready', itemId: facts.itemId, token: facts.accessToken };
}
