import { parseConfig } from './parseConfig';
import { CONFIG_VERSION, FACTORY_DEFAULTS, type PluginConfig } from './pluginConfig';
import { serializeConfig } from './saveConfig';
import { ANCHORS, custom, factory, model, saved, savedDefaults } from './testFixtures';

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
