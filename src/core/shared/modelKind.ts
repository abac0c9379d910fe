/** What kind of model a record belongs to, as far as unpublishing goes: one source for the panel and the settings. */

/** What is read of a model (`ctx.itemType`, an entry of `ctx.itemTypes`). */
export type ModelFacts = { id: string; attributes: { draft_mode_active: boolean; modular_block?: boolean } };

/**
 * A model without draft/published: its records are live as soon as they are saved, so there is
 * nothing to unpublish (datocms.com/docs/general-concepts/draft-and-published).
 */
export function isAlwaysLive(model: Pick<ModelFacts, 'attributes'>): boolean {
  return !model.attributes.draft_mode_active;
}

/** A block model: blocks are published with the record that holds them, never on their own. */
export function isBlockModel(model: Pick<ModelFacts, 'attributes'>): boolean {
  return model.attributes.modular_block === true;
}
