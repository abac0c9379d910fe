/**
 * The per-model configuration kept in the plugin's parameters: reading it back
 * from whatever was saved (never throwing, repairing field by field and saying
 * what was repaired). saveConfig.ts writes it out.
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
import { DEFAULT_LEAD_MINUTES, isLeadMinutes, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES } from '../schedule/leadTime';

import { SAVED_VERSION, ungroupModels } from './compactConfig';
import { describe, isRecordObject, pathOf, show } from './configValues';

export const CONFIG_VERSION = 1;

export type SidebarAnchor = 'info' | 'publishedVersion' | 'schedule' | 'links' | 'history';

/** What DatoCMS's own Unpublish button may do on a model's records (onBeforeItemsUnpublish). */
export type NativeUnpublishMode = 'allow' | 'warn' | 'block';
export const NATIVE_UNPUBLISH_MODES: readonly NativeUnpublishMode[] = ['allow', 'warn', 'block'];

export type ModelSettings = {
  /** The panel is shown on this model's records. */
  enabled: boolean;
  startOpen: boolean;
  /** `null`: where DatoCMS puts plugin panels by default (after its own panels). */
  placement: null | ['before' | 'after', SidebarAnchor];
  /** Unpublishing the whole record is offered. */
  allowWholeRecord: boolean;
  allowScheduling: boolean;
  /** Whole minutes, MIN_LEAD_MINUTES..MAX_LEAD_MINUTES (schedule/leadTime): how far in the future a schedule must be at least. */
  minLeadMinutes: number;
  /** Recursive unpublish of the record's published children (tree models). */
  allowRecursive: boolean;
  /** What is pre-picked when the panel opens. */
  defaultScope: 'none' | 'form-locale';
  /** DatoCMS's own Unpublish button: let it be, confirm first with what else goes offline, or refuse it. */
  nativeUnpublish: NativeUnpublishMode;
};

export type PluginConfig = {
  version: 1;
  defaults: ModelSettings;
  /** Keyed by item type (model) id. */
  models: Record<string, ModelSettings>;
};

/** A field of the saved parameters that could not be used as it was, and what was done instead. */
export type Repair = { path: string; message: string };

export const SIDEBAR_ANCHORS: readonly SidebarAnchor[] = ['info', 'publishedVersion', 'schedule', 'links', 'history'];

export const FACTORY_DEFAULTS: ModelSettings = Object.freeze({
  enabled: true,
  startOpen: true,
  placement: null,
  allowWholeRecord: true,
  allowScheduling: true,
  minLeadMinutes: DEFAULT_LEAD_MINUTES,
  // Taking a record's children offline with it is opt-in.
  allowRecursive: false,
  defaultScope: 'none',
  // DatoCMS's own button keeps working as it always did until an administrator says otherwise.
  nativeUnpublish: 'allow',
}) as ModelSettings;

export const SETTING_KEYS = [
  'enabled',
  'startOpen',
  'placement',
  'allowWholeRecord',
  'allowScheduling',
  'minLeadMinutes',
  'allowRecursive',
  'defaultScope',
  'nativeUnpublish',
] as const satisfies readonly (keyof ModelSettings)[];

/** Settings added after versions 0 and 1 of the saved parameters: missing there is not a repair. */
const ADDED_AFTER_VERSION_1: readonly (keyof ModelSettings)[] = ['nativeUnpublish'];

/** Keys that must never become own keys of a plain object built here. */
const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/** DatoCMS ids are short, URL-safe strings. */
const MODEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An id `parseConfig` accepts as a model's. */
export function isModelId(id: string): boolean {
  return !FORBIDDEN_IDS.has(id) && MODEL_ID.test(id);
}

// ---------------------------------------------------------------------------
// Reading

type Missing = { readonly missing: true };
const MISSING: Missing = { missing: true };

function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : MISSING;
}

type FieldRule<V> = {
  /** The valid value (a fresh copy), or `undefined` when the value is not valid. */
  read: (value: unknown) => V | undefined;
  /** "not …", completing "was X, not …". */
  expected: string;
};

const booleanRule: FieldRule<boolean> = {
  read: (v) => (typeof v === 'boolean' ? v : undefined),
  expected: 'true or false',
};

function isAnchor(value: unknown): value is SidebarAnchor {
  return typeof value === 'string' && (SIDEBAR_ANCHORS as readonly string[]).includes(value);
}

const RULES: { [K in keyof ModelSettings]: FieldRule<ModelSettings[K]> } = {
  enabled: booleanRule,
  startOpen: booleanRule,
  allowWholeRecord: booleanRule,
  allowScheduling: booleanRule,
  allowRecursive: booleanRule,
  placement: {
    read: (v) => {
      if (v === null) return null;
      if (!Array.isArray(v) || v.length !== 2) return undefined;
      const [side, anchor] = v as unknown[];
      if ((side !== 'before' && side !== 'after') || !isAnchor(anchor)) return undefined;
      return [side, anchor];
    },
    expected: `null or a pair like ["before", "info"] (before or after one of ${SIDEBAR_ANCHORS.join(', ')})`,
  },
  minLeadMinutes: {
    // `+ 0` turns -0 into 0, which is what JSON would give back.
    read: (v) => (isLeadMinutes(v) ? v + 0 : undefined),
    expected: `a whole number of minutes between ${MIN_LEAD_MINUTES} and ${MAX_LEAD_MINUTES}`,
  },
  defaultScope: {
    read: (v) => (v === 'none' || v === 'form-locale' ? v : undefined),
    expected: '"none" or "form-locale"',
  },
  nativeUnpublish: {
    read: (v) => NATIVE_UNPUBLISH_MODES.find((mode) => mode === v),
    expected: '"allow", "warn" or "block"',
  },
};

function readField<K extends keyof ModelSettings>(
  key: K,
  object: Record<string, unknown>,
  fallback: ModelSettings,
  path: string[],
  repairs: Repair[],
  missingMeansFallback: boolean,
): ModelSettings[K] {
  const rule = RULES[key];
  const raw = own(object, key);
  const fallbackValue = copyValue(fallback[key]);
  if (raw === MISSING) {
    // In the saved form (version 2) a missing field is one equal to the fallback, not a fault;
    // in older forms, so is a setting that did not exist yet.
    if (!missingMeansFallback && !ADDED_AFTER_VERSION_1.includes(key)) {
      repairs.push({ path: pathOf(...path, key), message: `was missing: set to ${show(fallbackValue)}` });
    }
    return fallbackValue;
  }
  const value = rule.read(raw);
  if (value === undefined) {
    repairs.push({
      path: pathOf(...path, key),
      message: `was ${describe(raw)}, not ${rule.expected}: reset to ${show(fallbackValue)}`,
    });
    return fallbackValue;
  }
  return value;
}

/** A fresh copy of one setting's value (a placement pair is the only one that is not a primitive). */
function copyValue<V>(value: V): V {
  return (Array.isArray(value) ? [...value] : value) as V;
}

function copySettings(settings: ModelSettings): ModelSettings {
  return {
    enabled: settings.enabled,
    startOpen: settings.startOpen,
    placement: settings.placement === null ? null : [settings.placement[0], settings.placement[1]],
    allowWholeRecord: settings.allowWholeRecord,
    allowScheduling: settings.allowScheduling,
    minLeadMinutes: settings.minLeadMinutes + 0,
    allowRecursive: settings.allowRecursive,
    defaultScope: settings.defaultScope,
    nativeUnpublish: settings.nativeUnpublish,
  };
}

function dropUnknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  path: string[],
  repairs: Repair[],
  what: string,
): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key)) continue;
    repairs.push({
      path: pathOf(...path, key),
      message: `was ${describe(object[key])}, which is not ${what}: dropped`,
    });
  }
}

/**
 * Reads one model's (or the defaults') settings. Each missing or invalid field
 * falls back to `fallback`'s value with one repair (none for a missing one when
 * `missingMeansFallback`); valid fields are kept.
 */
function readSettings(
  raw: unknown,
  fallback: ModelSettings,
  path: string[],
  repairs: Repair[],
  missingMeansFallback = false,
): ModelSettings | undefined {
  if (!isRecordObject(raw)) return undefined;
  const settings: ModelSettings = {
    enabled: readField('enabled', raw, fallback, path, repairs, missingMeansFallback),
    startOpen: readField('startOpen', raw, fallback, path, repairs, missingMeansFallback),
    placement: readField('placement', raw, fallback, path, repairs, missingMeansFallback),
    allowWholeRecord: readField('allowWholeRecord', raw, fallback, path, repairs, missingMeansFallback),
    allowScheduling: readField('allowScheduling', raw, fallback, path, repairs, missingMeansFallback),
    minLeadMinutes: readField('minLeadMinutes', raw, fallback, path, repairs, missingMeansFallback),
    allowRecursive: readField('allowRecursive', raw, fallback, path, repairs, missingMeansFallback),
    defaultScope: readField('defaultScope', raw, fallback, path, repairs, missingMeansFallback),
    nativeUnpublish: readField('nativeUnpublish', raw, fallback, path, repairs, missingMeansFallback),
  };
  dropUnknownKeys(raw, SETTING_KEYS, path, repairs, 'a setting of this plugin');
  return settings;
}

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

/** The settings that apply to records of `itemTypeId`: its own, else the defaults. */
export function settingsForModel(config: PluginConfig, itemTypeId: string): ModelSettings {
  return Object.hasOwn(config.models, itemTypeId) ? (config.models[itemTypeId] ?? config.defaults) : config.defaults;
}
