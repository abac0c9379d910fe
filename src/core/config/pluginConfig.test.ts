import fc from 'fast-check';
import {
  CONFIG_VERSION,
  FACTORY_DEFAULTS,
  type ModelSettings,
  type PluginConfig,
  parseConfig,
  type Repair,
  settingsForModel,
} from './pluginConfig';
import { serializeConfig } from './saveConfig';

const ANCHORS = ['info', 'publishedVersion', 'schedule', 'links', 'history'] as const;
const PLACEMENT_EXPECTED =
  'null or a pair like ["before", "info"] (before or after one of info, publishedVersion, schedule, links, history)';

const factory = (): PluginConfig => ({ version: 1, defaults: { ...FACTORY_DEFAULTS }, models: {} });

const custom: ModelSettings = {
  enabled: false,
  startOpen: false,
  placement: ['before', 'schedule'],
  allowWholeRecord: false,
  allowScheduling: false,
  minLeadMinutes: 60,
  allowRecursive: true,
  defaultScope: 'form-locale',
  nativeUnpublish: 'block',
};

/** A saved version-1 config whose defaults differ from the factory's in every field but `enabled`. */
const savedDefaults: ModelSettings = { ...custom, enabled: true };

function saved(models: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, defaults: savedDefaults, models, ...extra };
}

/** A model entry: `custom` with some fields changed (or removed when set to `undefined`). */
function model(changes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...custom };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}

describe('parseConfig: nothing saved yet', () => {
  it.each([
    ['{}', {}],
    ['undefined', undefined],
    ['null', null],
  ])('reads %s as the factory defaults, without any repair', (_label, raw) => {
    expect(parseConfig(raw)).toEqual({ config: factory(), repairs: [] });
  });

  it('has the documented factory defaults (recursive unpublish is opt-in)', () => {
    expect(FACTORY_DEFAULTS).toEqual({
      enabled: true,
      startOpen: true,
      placement: null,
      allowWholeRecord: true,
      allowScheduling: true,
      minLeadMinutes: 5,
      allowRecursive: false,
      defaultScope: 'none',
      nativeUnpublish: 'allow',
    });
    expect(CONFIG_VERSION).toBe(1);
  });
});

describe('parseConfig: a valid version-1 config', () => {
  it('is read as it is, and survives serialize → JSON → parse', () => {
    const config: PluginConfig = {
      version: 1,
      defaults: savedDefaults,
      models: { 'model-article': custom, '1234': { ...FACTORY_DEFAULTS, placement: ['after', 'history'] } },
    };
    expect(parseConfig(config)).toEqual({ config, repairs: [] });
    const json = JSON.parse(JSON.stringify(serializeConfig(config))) as unknown;
    expect(parseConfig(json)).toEqual({ config, repairs: [] });
  });

  it('builds fresh objects (nothing of the input is shared)', () => {
    const raw = saved({ m1: model({}) });
    const { config } = parseConfig(raw);
    expect(config.defaults).not.toBe(raw.defaults);
    expect(config.models.m1?.placement).not.toBe(custom.placement);
  });

  it('accepts every placement anchor on both sides, and null', () => {
    for (const side of ['before', 'after'] as const) {
      for (const anchor of ANCHORS) {
        expect(parseConfig(saved({ m1: model({ placement: [side, anchor] }) })).repairs).toEqual([]);
      }
    }
    expect(parseConfig(saved({ m1: model({ placement: null }) })).repairs).toEqual([]);
  });

  it('accepts the bounds of minLeadMinutes, and reads -0 as 0', () => {
    for (const minutes of [0, 10080]) {
      expect(parseConfig(saved({ m1: model({ minLeadMinutes: minutes }) })).repairs).toEqual([]);
    }
    const { config, repairs } = parseConfig(saved({ m1: model({ minLeadMinutes: -0 }) }));
    expect(repairs).toEqual([]);
    expect(Object.is(config.models.m1?.minLeadMinutes, 0)).toBe(true);
  });
});

type Case = [label: string, raw: unknown, repairs: Repair[], check?: (config: PluginConfig) => void];

const modelPath = 'models.model-article';

const malformed: Case[] = [
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
    'a negative lead time (falls back to the defaults’ value)',
    saved({ 'model-article': model({ minLeadMinutes: -3 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was -3, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, minLeadMinutes: 60 }),
  ],
  [
    'a lead time of 2.5',
    saved({ 'model-article': model({ minLeadMinutes: 2.5 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 2.5, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time of NaN',
    saved({ 'model-article': model({ minLeadMinutes: Number.NaN }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was NaN, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time of Infinity',
    saved({ 'model-article': model({ minLeadMinutes: Number.POSITIVE_INFINITY }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was Infinity, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a huge lead time',
    saved({ 'model-article': model({ minLeadMinutes: 1e308 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 1e+308, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time over a week',
    saved({ 'model-article': model({ minLeadMinutes: 10081 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 10081, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time as a string',
    saved({ 'model-article': model({ minLeadMinutes: '5' }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was "5", not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a flag that is not a boolean',
    saved({ 'model-article': model({ enabled: 'yes' }) }),
    [{ path: `${modelPath}.enabled`, message: 'was "yes", not true or false: reset to true' }],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, enabled: true }),
  ],
  [
    'a flag that is 0',
    saved({ 'model-article': model({ allowRecursive: 0 }) }),
    [{ path: `${modelPath}.allowRecursive`, message: 'was 0, not true or false: reset to true' }],
  ],
  [
    'a placement with an unknown anchor',
    saved({ 'model-article': model({ placement: ['before', 'nowhere'] }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was ["before", "nowhere"], not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'a placement that is a string',
    saved({ 'model-article': model({ placement: 'after' }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was "after", not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'a placement with three items',
    saved({ 'model-article': model({ placement: ['after', 'info', 1] }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was ["after", "info", 1], not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'an unknown default scope',
    saved({ 'model-article': model({ defaultScope: 'all' }) }),
    [
      {
        path: `${modelPath}.defaultScope`,
        message: 'was "all", not "none" or "form-locale": reset to "form-locale"',
      },
    ],
  ],
  [
    'a missing field (and a long string elsewhere, shortened)',
    saved({ 'model-article': model({ startOpen: undefined, defaultScope: 'x'.repeat(100) }) }),
    [
      { path: `${modelPath}.startOpen`, message: 'was missing: set to false' },
      {
        path: `${modelPath}.defaultScope`,
        message: `was "${'x'.repeat(39)}…", not "none" or "form-locale": reset to "form-locale"`,
      },
    ],
  ],
  [
    'several broken fields (each repaired, the valid ones kept)',
    saved({ 'model-article': model({ enabled: null, minLeadMinutes: {}, allowScheduling: [true] }) }),
    [
      { path: `${modelPath}.enabled`, message: 'was null, not true or false: reset to true' },
      { path: `${modelPath}.allowScheduling`, message: 'was [true], not true or false: reset to false' },
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was an object, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, enabled: true, minLeadMinutes: 60 }),
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
  it.each(malformed)('repairs %s', (_label, raw, repairs, check) => {
    const result = parseConfig(raw);
    expect(result.repairs).toEqual(repairs);
    check?.(result.config);
    // Whatever was repaired, the result is a config that reads back without repairs.
    expect(parseConfig(serializeConfig(result.config))).toEqual({ config: result.config, repairs: [] });
  });

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

describe('parseConfig: migrations', () => {
  const v0 = { models: { 'model-article': custom, 'model-page': model({ minLeadMinutes: -1 }) } };

  it('upgrades the unversioned format (version 0): models kept, factory defaults', () => {
    expect(parseConfig(v0)).toEqual({
      config: {
        version: 1,
        defaults: FACTORY_DEFAULTS,
        models: { 'model-article': custom, 'model-page': { ...custom, minLeadMinutes: 5 } },
      },
      repairs: [
        {
          path: 'version',
          message: 'was missing (settings saved in the unversioned format 0): upgraded to version 1',
        },
        {
          path: 'models.model-page.minLeadMinutes',
          message: 'was -1, not a whole number of minutes between 0 and 10080: reset to 5',
        },
      ],
    });
  });

  it('upgrades an explicit version 0 the same way', () => {
    const { config, repairs } = parseConfig({ version: 0, models: { m1: custom } });
    expect(config).toEqual({ version: 1, defaults: FACTORY_DEFAULTS, models: { m1: custom } });
    expect(repairs).toEqual([{ path: 'version', message: 'was 0 (the unversioned format): upgraded to version 1' }]);
  });

  it('reads an unversioned object with only unknown keys as version 0 and drops the keys', () => {
    expect(parseConfig({ foo: 1 })).toEqual({
      config: factory(),
      repairs: [
        {
          path: 'version',
          message: 'was missing (settings saved in the unversioned format 0): upgraded to version 1',
        },
        { path: 'foo', message: 'was 1, which is not a setting of this plugin: dropped' },
      ],
    });
  });

  it('saves what it upgraded in the saved form (version 2), which then reads without repairs', () => {
    const upgraded = parseConfig(v0).config;
    const saved = serializeConfig(upgraded);
    expect(saved.version).toBe(2);
    expect(parseConfig(saved)).toEqual({ config: upgraded, repairs: [] });
  });
});

describe('parseConfig: the setting of DatoCMS’s own Unpublish button, which came after versions 0 and 1', () => {
  const { nativeUnpublish: _left, ...before } = custom;

  it('is not a repair when a version-1 or unversioned config lacks it: the defaults’ value applies', () => {
    const defaults = { ...before, enabled: true };
    expect(parseConfig({ version: 1, defaults, models: { m1: before } })).toEqual({
      config: {
        version: 1,
        defaults: { ...defaults, nativeUnpublish: 'allow' },
        models: { m1: { ...before, nativeUnpublish: 'allow' } },
      },
      repairs: [],
    });
    const unversioned = parseConfig({ models: { m1: before } });
    expect(unversioned.config.models.m1?.nativeUnpublish).toBe('allow');
    expect(unversioned.repairs.map((r) => r.path)).toEqual(['version']);
  });

  it('is read when there, and repaired when broken, like any setting', () => {
    const { config, repairs } = parseConfig({
      version: 1,
      defaults: { ...before, enabled: true, nativeUnpublish: 'warn' },
      models: { m1: { ...before, nativeUnpublish: 'never' }, m2: custom },
    });
    expect(config.defaults.nativeUnpublish).toBe('warn');
    expect(config.models.m1?.nativeUnpublish).toBe('warn');
    expect(config.models.m2?.nativeUnpublish).toBe('block');
    expect(repairs).toEqual([
      { path: 'models.m1.nativeUnpublish', message: 'was "never", not "allow", "warn" or "block": reset to "warn"' },
    ]);
  });

  it('is still a repair when another setting of version 1 is missing (only the newer one is excused)', () => {
    const { repairs } = parseConfig({ version: 1, defaults: custom, models: { m1: model({ startOpen: undefined }) } });
    expect(repairs).toEqual([{ path: 'models.m1.startOpen', message: 'was missing: set to false' }]);
  });
});

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

describe('serializeConfig', () => {
  it('leaves out model ids it would not read back', () => {
    const config = { version: 1, defaults: savedDefaults, models: { 'a b': custom, m1: custom } } as PluginConfig;
    expect(parseConfig(serializeConfig(config))).toEqual({
      config: { version: 1, defaults: savedDefaults, models: { m1: custom } },
      repairs: [],
    });
  });
});

// ---------------------------------------------------------------------------
// Properties

const settingsArb: fc.Arbitrary<ModelSettings> = fc.record(
  {
    enabled: fc.boolean(),
    startOpen: fc.boolean(),
    placement: fc.option(fc.tuple(fc.constantFrom('before' as const, 'after' as const), fc.constantFrom(...ANCHORS)), {
      nil: null,
    }),
    allowWholeRecord: fc.boolean(),
    allowScheduling: fc.boolean(),
    minLeadMinutes: fc.integer({ min: 0, max: 10080 }),
    allowRecursive: fc.boolean(),
    defaultScope: fc.constantFrom('none' as const, 'form-locale' as const),
    nativeUnpublish: fc.constantFrom('allow' as const, 'warn' as const, 'block' as const),
  },
  { noNullPrototype: true },
);

const idArb = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,64}$/)
  .filter((id) => !['__proto__', 'constructor', 'prototype'].includes(id));

const configArb: fc.Arbitrary<PluginConfig> = fc.record(
  {
    version: fc.constant(1 as const),
    defaults: settingsArb,
    models: fc.dictionary(idArb, settingsArb, { maxKeys: 5, noNullPrototype: true }),
  },
  { noNullPrototype: true },
);

/** The config reads back from its serialized (and JSON-encoded) form unchanged and without repairs. */
function expectStable(config: PluginConfig): void {
  expect(parseConfig(serializeConfig(config))).toEqual({ config, repairs: [] });
  const json: unknown = JSON.parse(JSON.stringify(serializeConfig(config)));
  expect(parseConfig(json)).toEqual({ config, repairs: [] });
  expect(parseConfig(config)).toEqual({ config, repairs: [] });
}

const trickyKeys = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'version',
  'defaults',
  'models',
  'enabled',
  'minLeadMinutes',
  'placement',
  'model-article',
);

const anythingArb = fc.anything({
  key: fc.oneof(fc.string(), trickyKeys),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A version-1 config written before DatoCMS's own button had a setting lacks it by right: no repair then. */
function repairedPaths(repaired: boolean, kind: string, key: keyof ModelSettings, path: string): string[] {
  const excused = kind === 'delete' && key === 'nativeUnpublish';
  return repaired && !excused ? [path] : [];
}

describe('parseConfig: properties', () => {
  it('never throws on anything, and always gives a config that reads back without repairs', () => {
    fc.assert(
      fc.property(anythingArb, (raw) => {
        const { config, repairs } = parseConfig(raw);
        expect(Array.isArray(repairs)).toBe(true);
        expectStable(config);
      }),
      { numRuns: 500 },
    );
  });

  it('does the same on any object, any JSON value, and JSON text with tricky keys', () => {
    const jsonText = fc
      .dictionary(trickyKeys, fc.oneof(fc.jsonValue(), fc.dictionary(trickyKeys, fc.jsonValue())))
      .map((o) => JSON.parse(JSON.stringify(o)) as unknown);
    fc.assert(
      fc.property(fc.oneof(fc.object(), fc.jsonValue(), jsonText), (raw) => {
        expectStable(parseConfig(raw).config);
        expect(({} as Record<string, unknown>).enabled).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('reads any valid config back unchanged through serialize and JSON', () => {
    fc.assert(fc.property(configArb, expectStable), { numRuns: 300 });
  });

  /** An oracle written apart from the module: is `value` valid for `key`? */
  function isValid(key: keyof ModelSettings, value: unknown): boolean {
    switch (key) {
      case 'placement':
        return (
          value === null ||
          (Array.isArray(value) &&
            value.length === 2 &&
            (value[0] === 'before' || value[0] === 'after') &&
            (ANCHORS as readonly unknown[]).includes(value[1]))
        );
      case 'minLeadMinutes':
        return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10080;
      case 'defaultScope':
        return value === 'none' || value === 'form-locale';
      case 'nativeUnpublish':
        return value === 'allow' || value === 'warn' || value === 'block';
      default:
        return typeof value === 'boolean';
    }
  }

  const brokenValueArb = fc.oneof(
    anythingArb,
    fc.integer({ min: -20000, max: 20000 }),
    fc.double(),
    fc.constantFrom<unknown>(null, true, false, 'none', 'form-locale', 'all', -0, 0, 10080, 10081, '5', [], {}),
    fc.tuple(fc.constantFrom('before', 'after', 'Before', ''), fc.constantFrom(...ANCHORS, 'nowhere')),
    fc.array(fc.constantFrom('before', 'after', 'info'), { maxLength: 3 }),
  );

  type Broken = { kind: 'value'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string };

  /** The settings of model `id` (`null`: the defaults) in a config-shaped value. */
  function settingsOf<T>(config: { defaults: T; models: Record<string, T> }, id: string | null): T {
    if (id === null) return config.defaults;
    const settings = config.models[id];
    if (settings === undefined) throw new Error(`no settings for model ${id}`);
    return settings;
  }

  /** How a repair names an unknown key (the module's own rule, written out again here). */
  function extraKeyPath(basePath: string, key: string): string {
    if (/^[A-Za-z0-9_-]+$/.test(key)) return `${basePath}.${key}`;
    return `${basePath}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 39)}…` : key)}]`;
  }

  /** A JSON copy of `config` with one field of `id`'s settings broken, and the path its repair must name. */
  function breakOneField(config: PluginConfig, id: string | null, key: keyof ModelSettings, broken: Broken) {
    const raw = JSON.parse(JSON.stringify(config)) as {
      defaults: Record<string, unknown>;
      models: Record<string, Record<string, unknown>>;
    };
    const target = settingsOf(raw, id);
    const basePath = id === null ? 'defaults' : `models.${id}`;
    if (broken.kind === 'extra') {
      Object.defineProperty(target, broken.key, { value: 1, enumerable: true, configurable: true, writable: true });
      return { raw, path: extraKeyPath(basePath, broken.key) };
    }
    if (broken.kind === 'value') target[key] = broken.value;
    else delete target[key];
    return { raw, path: `${basePath}.${key}` };
  }

  /** What the broken field must read as: its fallback when repaired, the new value when valid, else unchanged. */
  function expectedValue(broken: Broken, repaired: boolean, fallback: unknown, original: unknown): unknown {
    if (broken.kind === 'extra') return original;
    if (repaired || broken.kind === 'delete') return fallback;
    return typeof broken.value === 'number' ? broken.value + 0 : broken.value;
  }

  it('repairs one broken field in a near-valid config by itself, keeping everything else', () => {
    const fieldArb = fc.constantFrom(
      'enabled',
      'startOpen',
      'placement',
      'allowWholeRecord',
      'allowScheduling',
      'minLeadMinutes',
      'allowRecursive',
      'defaultScope',
      'nativeUnpublish',
    ) as fc.Arbitrary<keyof ModelSettings>;
    const breakArb: fc.Arbitrary<Broken> = fc.oneof(
      fc.record({ kind: fc.constant('value' as const), value: brokenValueArb }),
      fc.constant({ kind: 'delete' as const }),
      fc.record({
        kind: fc.constant('extra' as const),
        key: fc.string().filter((k) => !Object.hasOwn(FACTORY_DEFAULTS, k)),
      }),
    );
    fc.assert(
      fc.property(configArb, fc.boolean(), fieldArb, breakArb, (config, inDefaults, key, broken) => {
        const id = inDefaults ? null : (Object.keys(config.models)[0] ?? null);
        const { raw, path } = breakOneField(config, id, key, broken);

        const result = parseConfig(raw);
        const repaired = broken.kind !== 'value' || !isValid(key, broken.value);
        expect(result.repairs.map((repair) => repair.path)).toEqual(repairedPaths(repaired, broken.kind, key, path));

        // Everything but the broken field is as it was; the broken field is its fallback or the new valid value.
        const got = settingsOf(result.config, id);
        const original = settingsOf(config, id);
        const fallback = id === null ? FACTORY_DEFAULTS : config.defaults;
        expect({ ...got, [key]: null }).toEqual({ ...original, [key]: null });
        expect(got[key]).toEqual(expectedValue(broken, repaired, fallback[key], original[key]));
        if (id !== null) expect(result.config.defaults).toEqual(config.defaults);
        expectStable(result.config);
      }),
      { numRuns: 500 },
    );
  });
});
