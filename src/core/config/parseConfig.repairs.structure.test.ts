// parseConfig's repairs of the saved document's shape: not an object, unknown keys, models and defaults of the
// wrong kind, a missing or unknown version; and keys or getters that try to break the parser.
import { parseConfig } from './parseConfig';
import { FACTORY_DEFAULTS, settingsForModel } from './pluginConfig';
import {
  custom,
  expectRepaired,
  factory,
  model,
  modelPath,
  type RepairCase,
  saved,
  savedDefaults,
} from './testFixtures';

const malformed: RepairCase[] = [
  [
    'a string',
    'hello',
    [{ path: '', message: 'The saved settings were "hello", not an object: reset to the factory defaults' }],
    (c) => expect(c).toEqual(factory()),
  ],
  ['a number', 42, [{ path: '', message: 'The saved settings were 42, not an object: reset to the factory defaults' }]],
  [
    'a list',
    [],
    [{ path: '', message: 'The saved settings were an empty list, not an object: reset to the factory defaults' }],
  ],
  [
    'a date',
    new Date(0),
    [{ path: '', message: 'The saved settings were a Date, not an object: reset to the factory defaults' }],
  ],
  [
    'an unknown key in a model',
    saved({ 'model-article': model({ color: 'red' }) }),
    [{ path: `${modelPath}.color`, message: 'was "red", which is not a setting of this plugin: dropped' }],
    (c) => expect(c.models['model-article']).toEqual(custom),
  ],
  [
    'an unknown top-level key',
    saved({}, { theme: { dark: true } }),
    [{ path: 'theme', message: 'was an object, which is not a setting of this plugin: dropped' }],
  ],
  [
    'models that are a list',
    saved({}, { models: [custom] }),
    [
      {
        path: 'models',
        message: 'was [an object], not an object of settings by model: no model keeps its own settings',
      },
    ],
    (c) => expect(c.models).toEqual({}),
  ],
  [
    'a model whose settings are not an object',
    saved({ m1: 'x', m2: custom }),
    [{ path: 'models.m1', message: 'was "x", not an object of settings: dropped (the defaults apply to this model)' }],
    (c) => expect(c.models).toEqual({ m2: custom }),
  ],
  [
    'a model ID that is not one',
    saved({ 'a b': custom, '': custom }),
    [
      { path: 'models["a b"]', message: 'was an object, but "a b" is not a model ID: dropped' },
      { path: 'models[""]', message: 'was an object, but "" is not a model ID: dropped' },
    ],
    (c) => expect(c.models).toEqual({}),
  ],
  [
    'defaults that are null',
    saved({}, { defaults: null }),
    [{ path: 'defaults', message: 'was null, not an object of settings: reset to the factory defaults' }],
    (c) => expect(c.defaults).toEqual(FACTORY_DEFAULTS),
  ],
  [
    'a broken default (falls back to the factory value), which models missing it then inherit',
    saved({ m1: model({ allowRecursive: undefined }) }, { defaults: { ...savedDefaults, allowRecursive: 'yes' } }),
    [
      { path: 'defaults.allowRecursive', message: 'was "yes", not true or false: reset to false' },
      { path: 'models.m1.allowRecursive', message: 'was missing: set to false' },
    ],
    (c) => {
      expect(c.defaults).toEqual({ ...savedDefaults, allowRecursive: false });
      expect(c.models.m1).toEqual({ ...custom, allowRecursive: false });
    },
  ],
  [
    'version 1 without defaults or models',
    { version: 1 },
    [
      { path: 'defaults', message: 'was missing: set to the factory defaults' },
      { path: 'models', message: 'was missing: no model keeps its own settings' },
    ],
    (c) => expect(c).toEqual(factory()),
  ],
  [
    'an unknown (newer) version',
    { version: 3, defaults: custom, models: { m1: custom } },
    [
      {
        path: 'version',
        message: 'was 3, a version this plugin does not know: all settings reset to the factory defaults',
      },
    ],
    (c) => expect(c).toEqual(factory()),
  ],
  [
    'a version that is a string',
    { version: '1', defaults: custom, models: {} },
    [
      {
        path: 'version',
        message: 'was "1", a version this plugin does not know: all settings reset to the factory defaults',
      },
    ],
    (c) => expect(c).toEqual(factory()),
  ],
];

describe('parseConfig: malformed parameters', () => {
  it.each(malformed)('repairs %s', (_label, raw, repairs, check) => expectRepaired(raw, repairs, check));

  it('drops prototype-pollution keys without polluting anything', () => {
    const raw: unknown = JSON.parse(
      `{"version":1,"defaults":${JSON.stringify(savedDefaults)},"models":{"__proto__":{"enabled":false,"polluted":true},"constructor":{"enabled":false},"prototype":{}},"__proto__":{"polluted":true}}`,
    );
    const { config, repairs } = parseConfig(raw);
    expect(repairs).toEqual([
      { path: 'models.__proto__', message: 'was an object, but "__proto__" is not a model ID: dropped' },
      { path: 'models.constructor', message: 'was an object, but "constructor" is not a model ID: dropped' },
      { path: 'models.prototype', message: 'was an object, but "prototype" is not a model ID: dropped' },
      { path: '__proto__', message: 'was an object, which is not a setting of this plugin: dropped' },
    ]);
    expect(Object.keys(config.models)).toEqual([]);
    expect(Object.getPrototypeOf(config.models)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(settingsForModel(config, '__proto__')).toBe(config.defaults);
  });

  it('drops a __proto__ key inside a model’s settings', () => {
    const raw: unknown = JSON.parse(
      `{"version":1,"defaults":${JSON.stringify(savedDefaults)},"models":{"m1":${JSON.stringify({ ...custom }).replace('{', '{"__proto__":{"enabled":true},')}}}`,
    );
    const { config, repairs } = parseConfig(raw);
    expect(repairs).toEqual([
      { path: 'models.m1.__proto__', message: 'was an object, which is not a setting of this plugin: dropped' },
    ]);
    expect(config.models.m1).toEqual(custom);
    expect(Object.getPrototypeOf(config.models.m1)).toBe(Object.prototype);
  });

  it('survives a getter that throws', () => {
    const raw = {
      version: 1,
      get defaults(): never {
        throw new Error('boom');
      },
    };
    expect(parseConfig(raw)).toEqual({
      config: factory(),
      repairs: [{ path: '', message: 'The saved settings could not be read: reset to the factory defaults' }],
    });
  });
});
