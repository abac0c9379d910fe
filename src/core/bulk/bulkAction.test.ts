import { FACTORY_DEFAULTS } from '../config/pluginConfig';
import { bulkActionsFor } from './bulkAction';

describe('bulkActionsFor', () => {
  const article = { id: 'model-article', attributes: { draft_mode_active: true } };
  it('offers the action on models with draft/published where the plugin is on', () => {
    expect(bulkActionsFor(article, {})).toEqual([
      { id: 'unpublish-locales', label: 'Unpublish locales…', icon: 'eye-slash' },
    ]);
  });

  it('does not offer it where the panel would not appear', () => {
    expect(bulkActionsFor({ id: 'a', attributes: { draft_mode_active: false } }, {})).toEqual([]);
    expect(bulkActionsFor({ id: 'b', attributes: { draft_mode_active: true, modular_block: true } }, {})).toEqual([]);
    const off = {
      version: 1,
      defaults: FACTORY_DEFAULTS,
      models: { 'model-article': { ...FACTORY_DEFAULTS, enabled: false } },
    };
    expect(bulkActionsFor(article, off)).toEqual([]);
  });
});
