/**
 * Whether the panel can offer anything for the record being edited, decided
 * from the ctx alone (before any request is made).
 */
import { isAlwaysLive, type ModelFacts } from '../shared/modelKind';
import { SITUATION_TEXT } from './panelMessages';

export type PanelSituation =
  | { kind: 'ready'; itemId: string; token: string }
  | { kind: 'explain'; reason: keyof typeof SITUATION_TEXT; message: string };

export type PanelFacts = {
  itemId: string | null;
  /** The record's model (`ctx.itemType`). */
  model: Pick<ModelFacts, 'attributes'>;
  accessToken: string | undefined;
};

function explain(reason: keyof typeof SITUATION_TEXT): PanelSituation {
  return { kind: 'explain', reason, message: SITUATION_TEXT[reason] };
}

export function panelSituation(facts: PanelFacts): PanelSituation {
  // The hook declares no panel on such models; this covers a model switched off draft/published while one of
  // its records is open (the host then renders the panel again with the new model).
  if (isAlwaysLive(facts.model)) return explain('alwaysLive');
  if (!facts.itemId) return explain('notSaved');
  if (!facts.accessToken) return explain('noToken');
  return { kind: 'ready', itemId: facts.itemId, token: facts.accessToken };
}
