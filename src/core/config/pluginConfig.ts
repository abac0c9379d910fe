/**
 * The per-model configuration kept in the plugin's parameters: reading it back
 * from whatever was saved (never throwing, repairing field by field and saying
 * what was repaired), and writing it out again.
 *
 * Saved formats:
 * - version 1 (current): `{ version: 1, defaults: ModelSettings, models: { [itemTypeId]: ModelSettings } }`.
 * - version 0: the unversioned object `{ models: { [itemTypeId]: ModelSettings } }` (no `version`,
 *   no `defaults`: the factory defaults stood for every model not listed). It is upgraded by
 *   adding the version and reading `models` with the rules of version 1.
 * - `{}` (or nothing at all): a fresh install, read as the factory defaults without any repair.
 * - any other version: unknown, so nothing in it can be trusted: reset to the factory defaults.
 */
import { DEFAULT_LEAD_MINUTES, isLeadMinutes, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES } from '../schedule/leadTime';

export const CONFIG_VERSION = 1;

export type SidebarAnchor = 'info' | 'publishedVersion' | 'schedule' | 'links' | 'history';

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
}) as ModelSettings;

const SETTING_KEYS = [
  'enabled',
  'startOpen',
  'placement',
  'allowWholeRecord',
  'allowScheduling',
  'minLeadMinutes',
  'allowRecursive',
  'defaultScope',
] as const satisfies readonly (keyof ModelSettings)[];

/** Keys that must never become own keys of a plain object built here. */
const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/** DatoCMS ids are short, URL-safe strings. */
const MODEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

// ---------------------------------------------------------------------------
// Describing saved values in messages

const MAX_SHOWN_STRING = 40;

function describe(value: unknown, depth = 0): string {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string': {
      const shown = value.length > MAX_SHOWN_STRING ? `${value.slice(0, MAX_SHOWN_STRING - 1)}…` : value;
      return JSON.stringify(shown);
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    if (depth === 0 && value.length <= 3) {
      return `[${value.map((v) => describe(v, depth + 1)).join(', ')}]`;
    }
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  }
  // "a Date", "a Map"…: anything but a plain object says what it is.
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'an object' : `a ${tag}`;
}

/** Valid values are JSON: show them as JSON (`5`, `true`, `"none"`, `null`, `["before","info"]`). */
function show(valid: unknown): string {
  return JSON.stringify(valid) ?? String(valid);
}

function pathOf(...segments: string[]): string {
  return segments.map((s, i) => (/^[A-Za-z0-9_-]+$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${describe(s)}]`)).join('');
}

// ---------------------------------------------------------------------------
// Reading

type Missing = { readonly missing: true };
const MISSING: Missing = { missing: true };

function isRecordObject(value: unknown): value is Record<string, unknown> {
  // Plain objects only (same or other realm): not lists, dates, maps, class instances.
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Object]';
}

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
};

function readField<K extends keyof ModelSettings>(
  key: K,
  object: Record<string, unknown>,
  fallback: ModelSettings,
  path: string[],
  repairs: Repair[],
): ModelSettings[K] {
  const rule = RULES[key];
  const raw = own(object, key);
  const fallbackValue = copyValue(fallback[key]);
  if (raw === MISSING) {
    repairs.push({ path: pathOf(...path, key), message: `was missing: set to ${show(fallbackValue)}` });
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
 * falls back to `fallback`'s value with one repair; valid fields are kept.
 */
function readSettings(
  raw: unknown,
  fallback: ModelSettings,
  path: string[],
  repairs: Repair[],
): ModelSettings | undefined {
  if (!isRecordObject(raw)) return undefined;
  const settings: ModelSettings = {
    enabled: readField('enabled', raw, fallback, path, repairs),
    startOpen: readField('startOpen', raw, fallback, path, repairs),
    placement: readField('placement', raw, fallback, path, repairs),
    allowWholeRecord: readField('allowWholeRecord', raw, fallback, path, repairs),
    allowScheduling: readField('allowScheduling', raw, fallback, path, repairs),
    minLeadMinutes: readField('minLeadMinutes', raw, fallback, path, repairs),
    allowRecursive: readField('allowRecursive', raw, fallback, path, repairs),
    defaultScope: readField('defaultScope', raw, fallback, path, repairs),
  };
  dropUnknownKeys(raw, SETTING_KEYS, path, repairs, 'a setting of this plugin');
  return settings;
}

function readModels(raw: unknown, defaults: ModelSettings, repairs: Repair[]): Record<string, ModelSettings> {
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
    if (FORBIDDEN_IDS.has(id) || !MODEL_ID.test(id)) {
      repairs.push({
        path: pathOf('models', id),
        message: `was ${describe(value)}, but ${describe(id)} is not a model ID: dropped`,
      });
      continue;
    }
    const settings = readSettings(value, defaults, ['models', id], repairs);
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

/** Version 1's content (also version 0's, which is the same without `version` and `defaults`). */
function readContent(raw: Record<string, unknown>, version: 0 | 1, repairs: Repair[]): PluginConfig {
  const rawDefaults = own(raw, 'defaults');
  let defaults: ModelSettings;
  if (rawDefaults === MISSING) {
    // Version 0 had no defaults: the factory defaults stood for every model.
    if (version === 1) {
      repairs.push({ path: 'defaults', message: 'was missing: set to the factory defaults' });
    }
    defaults = copySettings(FACTORY_DEFAULTS);
  } else {
    const read = readSettings(rawDefaults, FACTORY_DEFAULTS, ['defaults'], repairs);
    if (read === undefined) {
      repairs.push({
        path: 'defaults',
        message: `was ${describe(rawDefaults)}, not an object of settings: reset to the factory defaults`,
      });
    }
    defaults = read ?? copySettings(FACTORY_DEFAULTS);
  }

  const rawModels = own(raw, 'models');
  if (rawModels === MISSING && version === 1) {
    repairs.push({ path: 'models', message: 'was missing: no model keeps its own settings' });
  }
  const models = readModels(rawModels, defaults, repairs);

  dropUnknownKeys(raw, ['version', 'defaults', 'models'], [], repairs, 'a setting of this plugin');
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
  if (version === CONFIG_VERSION) return readContent(raw, 1, repairs);
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

/** A JSON-safe copy to save with `updatePluginParameters`; `parseConfig` reads it back unchanged. */
export function serializeConfig(config: PluginConfig): Record<string, unknown> {
  const models: Record<string, unknown> = {};
  for (const id of Object.keys(config.models)) {
    const settings = config.models[id];
    // Ids `parseConfig` would not accept are left out, so that what is saved reads back without repairs.
    if (settings === undefined || FORBIDDEN_IDS.has(id) || !MODEL_ID.test(id)) continue;
    models[id] = copySettings(settings);
  }
  return { version: CONFIG_VERSION, defaults: copySettings(config.defaults), models };
}
