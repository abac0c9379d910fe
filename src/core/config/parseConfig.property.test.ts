import fc from 'fast-check';
import { parseConfig } from './parseConfig';
import { FACTORY_DEFAULTS, type ModelSettings, type PluginConfig, SETTING_KEYS } from './pluginConfig';
import { serializeConfig } from './saveConfig';
import { ANCHORS } from './testFixtures';

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
    const fieldArb: fc.Arbitrary<keyof ModelSettings> = fc.constantFrom(...SETTING_KEYS);
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
