import { type PluginConfig, settingsForModel } from './pluginConfig';
import { custom, savedDefaults } from './testFixtures';

describe('settingsForModel', () => {
  const config: PluginConfig = { version: 1, defaults: savedDefaults, models: { m1: custom } };

  it('gives a model its own settings, else the defaults', () => {
    expect(settingsForModel(config, 'm1')).toBe(custom);
    expect(settingsForModel(config, 'm2')).toBe(savedDefaults);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'gives the defaults for %s (never something inherited)',
    (id) => {
      expect(settingsForModel(config, id)).toBe(savedDefaults);
    },
  );
});
