/** On which models the panel appears, and how: kept in one function. */
import { SIDEBAR_PANEL_ID } from '../../constants';
import { isAlwaysLive, isBlockModel, type ModelFacts } from '../shared/modelKind';
import { parseConfig } from './parseConfig';
import { type SidebarAnchor, settingsForModel } from './pluginConfig';

export type SidebarPanelDeclaration = {
  id: string;
  label: string;
  startOpen: boolean;
  placement?: ['before' | 'after', SidebarAnchor];
};

/** Why the panel is not offered on a model, or null when it is. */
export function notApplicableReason(model: ModelFacts): string | null {
  if (isBlockModel(model)) return 'A block model: blocks are published and unpublished with their record.';
  if (isAlwaysLive(model)) {
    // The settings screen is where this is said: a panel on every record of such a model would only repeat it.
    return 'Draft/published is off for this model: its records are live as soon as they are saved, so there is nothing to unpublish and the panel does not appear on them.';
  }
  return null;
}

export function sidebarPanelsFor(model: ModelFacts, pluginParameters: unknown): SidebarPanelDeclaration[] {
  if (notApplicableReason(model)) return [];
  const settings = settingsForModel(parseConfig(pluginParameters).config, model.id);
  if (!settings.enabled) return [];
  return [
    {
      id: SIDEBAR_PANEL_ID,
      label: 'Unpublish locales',
      startOpen: settings.startOpen,
      ...(settings.placement ? { placement: settings.placement } : {}),
    },
  ];
}
