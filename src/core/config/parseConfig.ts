/**
 * Reading the plugin's parameters back into the per-model configuration (pluginConfig.ts) from
 * whatever was saved, never throwing, repairing field by field (settingRules.ts) and saying
 * what was repaired. saveConfig.ts writes it out.
 *
 * Saved formats:
 * - version 2 (written since the 10 KB limit on plugin parameters was met; compactConfig.ts):
 *   only what differs from the defaults, models with the same settings grouped.
 * - version 1 (the full form, also the in-memory `PluginConfig`):
 *   `{ version: 1, defaults: ModelSettings, models: { [itemTypeId]: ModelSettings } }`.
 * - `nativeUnpublish` (DatoCMS's own Unpublish button) came after versions 0 and 1 were written:
 *   missing there it is not a repair, the defaults' value (the factory's for `defaults`) applies.
 * - version 0: the unversioned object `{ models: { [itemTypeId]: ModelSettings } }` (no `version`,
 *   no `defaults`: the factory defaults stood for every model not listed). It is upgraded by
 *   adding the version and reading `models` with the rules of version 1.
 * - `{}` (or nothing at all): a fresh install, read as the factory defaults without any repair.
 * - any other version: unknown, so nothing in it can be trusted: reset to the factory defaults.
 */
import { SAVED_VERSION, ungroupModels } from './compactConfig';
import { describe, isRecordObject, pathOf } from './configValues';
import { CONFIG_VERSION, FACTORY_DEFAULTS, isModelId, type ModelSettings, type PluginConfig } from './pluginConfig';
import { copySettings, dropUnknownKeys, MISSING, own, type Repair, readSettings } from './settingRules';

function readModels(
  raw: unknown,
  defaults: ModelSettings,
  repairs: Repair[],
  missingMeansFallback: boolean,
): Record<string, ModelSettings> {
  const models: Record<string, ModelSettings> = {};
  if (raw === MISSING) return models;
  if (!isRecordObject(raw)) {
    repairs.push({
      path: 'models',
      message: `was ${describe(raw)}, not an object of settings by model: no model keeps its own settings`,
    });
    return models;
  }
  for (const id of Object.keys(raw)) {
    const value = raw[id];
    if (!isModelId(id)) {
      repairs.push({
        path: pathOf('models', id),
        message: `was ${describe(value)}, but ${describe(id)} is not a model ID: dropped`,
      });
      continue;
    }
    const settings = readSettings(value, defaults, ['models', id], repairs, missingMeansFallback);
    if (settings === undefined) {
      repairs.push({
        path: pathOf('models', id),
        message: `was ${describe(value)}, not an object of settings: dropped (the defaults apply to this model)`,
      });
      continue;
    }
    // `id` is never `__proto__` here, so this is a plain own property.
    models[id] = settings;
  }
  return models;
}

function factoryConfig(): PluginConfig {
  return { version: CONFIG_VERSION, defaults: copySettings(FACTORY_DEFAULTS), models: {} };
}

type Version = 0 | 1 | typeof SAVED_VERSION;

function readDefaults(raw: Record<string, unknown>, version: Version, repairs: Repair[]): ModelSettings {
  const rawDefaults = own(raw, 'defaults');
  if (rawDefaults === MISSING) {
    // Version 0 had no defaults, and version 2 leaves them out when they are the factory's.
    if (version === 1) {
      repairs.push({ path: 'defaults', message: 'was missing: set to the factory defaults' });
    }
    return copySettings(FACTORY_DEFAULTS);
  }
  const read = readSettings(rawDefaults, FACTORY_DEFAULTS, ['defaults'], repairs, version === SAVED_VERSION);
  if (read === undefined) {
    repairs.push({
      path: 'defaults',
      message: `was ${describe(rawDefaults)}, not an object of settings: reset to the factory defaults`,
    });
  }
  return read ?? copySettings(FACTORY_DEFAULTS);
}

/** The models' own settings by id: version 2 keeps them in groups of models with the same settings. */
function rawModelsOf(raw: Record<string, unknown>, version: Version, repairs: Repair[]): unknown {
  if (version === SAVED_VERSION) {
    const groups = own(raw, 'groups');
    return groups === MISSING ? MISSING : ungroupModels(groups, repairs);
  }
  const models = own(raw, 'models');
  if (models === MISSING && version === 1) {
    repairs.push({ path: 'models', message: 'was missing: no model keeps its own settings' });
  }
  return models;
}

/**
 * Version 1's content (also version 0's, which is the same without `version` and `defaults`), and
 * version 2's, where a missing field means "as the defaults" (as the factory's, in `defaults`).
 */
function readContent(raw: Record<string, unknown>, version: Version, repairs: Repair[]): PluginConfig {
  const defaults = readDefaults(raw, version, repairs);
  const models = readModels(rawModelsOf(raw, version, repairs), defaults, repairs, version === SAVED_VERSION);
  const known = version === SAVED_VERSION ? ['version', 'defaults', 'groups'] : ['version', 'defaults', 'models'];
  dropUnknownKeys(raw, known, [], repairs, 'a setting of this plugin');
  return { version: CONFIG_VERSION, defaults, models };
}

function parseUnsafe(raw: unknown, repairs: Repair[]): PluginConfig {
  // Nothing saved yet (a fresh install's parameters are `{}`).
  if (raw === undefined || raw === null) return factoryConfig();
  if (!isRecordObject(raw)) {
    repairs.push({
      path: '',
      message: `The saved settings were ${describe(raw)}, not an object: reset to the factory defaults`,
    });
    return factoryConfig();
  }
  if (Object.keys(raw).length === 0) return factoryConfig();

  const version = own(raw, 'version');
  if (version === SAVED_VERSION || version === CONFIG_VERSION) return readContent(raw, version, repairs);
  if (version === MISSING || version === 0) {
    repairs.push({
      path: 'version',
      message:
        version === MISSING
          ? 'was missing (settings saved in the unversioned format 0): upgraded to version 1'
          : 'was 0 (the unversioned format): upgraded to version 1',
    });
    return readContent(raw, 0, repairs);
  }
  repairs.push({
    path: 'version',
    message: `was ${describe(version)}, a version this plugin does not know: all settings reset to the factory defaults`,
  });
  return factoryConfig();
}

/**
 * Reads the plugin parameters. Never throws. Every field that could not be
 * used as saved is replaced (by the model's defaults, or the factory defaults
 * for `defaults`) and reported once in `repairs`; `{}` is a fresh install and
 * reports nothing. The result is built from fresh objects only.
 */
export function parseConfig(raw: unknown): { config: PluginConfig; repairs: Repair[] } {
  const repairs: Repair[] = [];
  try {
    return { config: parseUnsafe(raw, repairs), repairs };
  } catch {
    // Only exotic inputs get here (a throwing getter or proxy): nothing of them can be trusted.
    return {
      config: factoryConfig(),
      repairs: [{ path: '', message: 'The saved settings could not be read: reset to the factory defaults' }],
    };
  }
}
