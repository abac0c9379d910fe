import { parseConfig } from './parseConfig';
import { FACTORY_DEFAULTS, type ModelSettings, type PluginConfig } from './pluginConfig';
import { PARAMETERS_LIMIT_BYTES, parametersBytes, serializeConfig } from './saveConfig';
import { custom } from './testFixtures';

/** A DatoCMS-like model id (22 URL-safe characters, as the API's ids are). */
const modelId = (n: number) => `Mdl${String(n).padStart(4, '0')}xQ7pZr2LkV9wTu`;

/** A project with `count` models, each configured: every third schedules nothing, the others differ in lead time. */
function project(count: number): PluginConfig {
  const models: Record<string, ModelSettings> = {};
  for (let n = 0; n < count; n += 1) {
    models[modelId(n)] =
      n % 3 === 0
        ? { ...FACTORY_DEFAULTS, allowScheduling: false }
        : { ...FACTORY_DEFAULTS, minLeadMinutes: 30, defaultScope: 'form-locale' };
  }
  return { version: 1, defaults: { ...FACTORY_DEFAULTS }, models };
}

describe('serializeConfig: the saved form (version 2)', () => {
  it('stores only what differs from the defaults, and models with the same settings together', () => {
    const config: PluginConfig = {
      version: 1,
      defaults: { ...FACTORY_DEFAULTS, minLeadMinutes: 15 },
      models: {
        a: { ...FACTORY_DEFAULTS, minLeadMinutes: 15, allowScheduling: false },
        b: { ...FACTORY_DEFAULTS, minLeadMinutes: 15 },
        c: { ...FACTORY_DEFAULTS, minLeadMinutes: 15, allowScheduling: false },
        d: custom,
      },
    };
    expect(serializeConfig(config)).toEqual({
      version: 2,
      defaults: { minLeadMinutes: 15 },
      groups: [
        { models: ['a', 'c'], settings: { allowScheduling: false } },
        // Configured, with the defaults' values: kept as configured (it does not follow later defaults).
        { models: ['b'], settings: {} },
        { models: ['d'], settings: custom },
      ],
    });
    expect(parseConfig(JSON.parse(JSON.stringify(serializeConfig(config))))).toEqual({ config, repairs: [] });
  });

  it('writes a fresh install as almost nothing', () => {
    const fresh: PluginConfig = { version: 1, defaults: { ...FACTORY_DEFAULTS }, models: {} };
    expect(serializeConfig(fresh)).toEqual({ version: 2, defaults: {}, groups: [] });
  });

  it('shares nothing with the config', () => {
    const config: PluginConfig = { version: 1, defaults: custom, models: { m1: { ...custom, enabled: true } } };
    const out = serializeConfig(config) as { defaults: ModelSettings };
    expect(out.defaults.placement).toEqual(custom.placement);
    expect(out.defaults.placement).not.toBe(custom.placement);
  });

  it('keeps a project with 150 configured models well under the 10 KB limit (the full form did not)', () => {
    const config = project(150);
    const bytes = parametersBytes(serializeConfig(config));
    expect(bytes).toBeLessThan(PARAMETERS_LIMIT_BYTES / 2);
    // The full form (version 1) of the same settings: what was saved before, over the limit.
    expect(parametersBytes(config)).toBeGreaterThan(PARAMETERS_LIMIT_BYTES);
    expect(parseConfig(serializeConfig(config))).toEqual({ config, repairs: [] });
  });

  it('counts bytes, not characters', () => {
    expect(parametersBytes({ a: 'é' })).toBe('{"a":"é"}'.length + 1);
  });
});

describe('parseConfig: the saved form (version 2)', () => {
  it('reads missing fields as the defaults (and missing defaults as the factory’s), with no repair', () => {
    expect(
      parseConfig({ version: 2, defaults: { allowRecursive: true }, groups: [{ models: ['m1'], settings: {} }] }),
    ).toEqual({
      config: {
        version: 1,
        defaults: { ...FACTORY_DEFAULTS, allowRecursive: true },
        models: { m1: { ...FACTORY_DEFAULTS, allowRecursive: true } },
      },
      repairs: [],
    });
    expect(parseConfig({ version: 2 })).toEqual({
      config: { version: 1, defaults: FACTORY_DEFAULTS, models: {} },
      repairs: [],
    });
  });

  it('still reads the full form older versions saved (version 1)', () => {
    const v1 = { version: 1, defaults: custom, models: { m1: FACTORY_DEFAULTS } };
    expect(parseConfig(v1)).toEqual({ config: v1, repairs: [] });
  });

  it.each([
    [
      'groups that are not a list',
      { version: 2, groups: { m1: {} } },
      [{ path: 'groups', message: 'was an object, not a list of groups of models: no model keeps its own settings' }],
      {},
    ],
    [
      'a group without its list of models',
      { version: 2, groups: [{ settings: {} }, { models: ['m2'], settings: { enabled: false } }] },
      [
        {
          path: 'groups.0',
          message:
            'was an object, not a group of models ({ models, settings }): dropped (the defaults apply to its models)',
        },
      ],
      { m2: { ...FACTORY_DEFAULTS, enabled: false } },
    ],
    [
      'a model listed twice, an id that is not a string, an id that is not a model ID, and a stray key',
      {
        version: 2,
        groups: [
          { models: ['m1', 7, 'a b'], settings: {}, note: 'x' },
          { models: ['m1'], settings: {} },
        ],
      },
      [
        { path: 'groups.0.note', message: 'was "x", which is not part of a group: dropped' },
        { path: 'groups.0.models.1', message: 'was 7, not a model ID: dropped' },
        { path: 'groups.1.models.0', message: 'was "m1", a model an earlier group lists: dropped' },
        { path: 'models["a b"]', message: 'was an object, but "a b" is not a model ID: dropped' },
      ],
      { m1: FACTORY_DEFAULTS },
    ],
    [
      'an invalid value in a group’s settings',
      { version: 2, groups: [{ models: ['m1'], settings: { minLeadMinutes: -3 } }] },
      [
        {
          path: 'models.m1.minLeadMinutes',
          message: 'was -3, not a whole number of minutes between 0 and 10080: reset to 5',
        },
      ],
      { m1: FACTORY_DEFAULTS },
    ],
    [
      'a version 1 models object in a version 2 config',
      { version: 2, models: { m1: custom } },
      [{ path: 'models', message: 'was an object, which is not a setting of this plugin: dropped' }],
      {},
    ],
  ])('repairs %s', (_, raw, repairs, models) => {
    const result = parseConfig(raw);
    expect(result.repairs).toEqual(repairs);
    expect(result.config.models).toEqual(models);
    expect(parseConfig(serializeConfig(result.config))).toEqual({ config: result.config, repairs: [] });
  });

  it('never lets a __proto__ model id pollute anything', () => {
    const raw: unknown = JSON.parse('{"version":2,"groups":[{"models":["__proto__"],"settings":{"enabled":false}}]}');
    const { config, repairs } = parseConfig(raw);
    expect(repairs).toEqual([
      { path: 'models.__proto__', message: 'was an object, but "__proto__" is not a model ID: dropped' },
    ]);
    expect(Object.getPrototypeOf(config.models)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });
});
