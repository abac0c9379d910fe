// The end-to-end tests write plugin parameters by hand (e2e/panel.mjs runs in plain Node, which cannot
// import this TypeScript): this test keeps their copy of the factory defaults equal to the plugin's.
import { FACTORY_SETTINGS, pluginParams } from '../../../e2e/panel.mjs';
import { parseConfig } from './parseConfig';
import { FACTORY_DEFAULTS } from './pluginConfig';

describe("the end-to-end tests' settings", () => {
  it('start from exactly the factory defaults', () => {
    expect(FACTORY_SETTINGS).toEqual(FACTORY_DEFAULTS);
  });

  it('are parameters the plugin reads without a single repair', () => {
    const params = pluginParams({ defaultScope: 'form-locale' }, { 'model-page': { allowRecursive: true } });
    const { config, repairs } = parseConfig(params);
    expect(repairs).toEqual([]);
    expect(config.defaults).toEqual({ ...FACTORY_DEFAULTS, defaultScope: 'form-locale' });
    expect(config.models['model-page']).toEqual({
      ...FACTORY_DEFAULTS,
      defaultScope: 'form-locale',
      allowRecursive: true,
    });
  });
});
