/** On which models the panel appears, and how: kept in one function. */

export const SIDEBAR_PANEL_ID = 'selective-unpublish';

export type ModelFacts = { attributes: { draft_mode_active: boolean } };

export type SidebarPanelDeclaration = {
  id: string;
  label: string;
  startOpen: boolean;
};

export function sidebarPanelsFor(model: ModelFacts): SidebarPanelDeclaration[] {
  // Records of a model without draft/published are always live: nothing to unpublish.
  if (!model.attributes.draft_mode_active) return [];
  return [{ id: SIDEBAR_PANEL_ID, label: 'Unpublish locales', startOpen: true }];
}
