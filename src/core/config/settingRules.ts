/**
 * Reading one model's (or the defaults') settings from the saved parameters, field by field:
 * each field that cannot be used as saved falls back with one repair saying what was done.
 * parseConfig.ts reads the parameters around them.
 */
import { isLeadMinutes, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES } from '../schedule/leadTime';

import { describe, isRecordObject, pathOf, show } from './configValues';
import {
  type ModelSettings,
  NATIVE_UNPUBLISH_MODES,
  SETTING_KEYS,
  SIDEBAR_ANCHORS,
  type SidebarAnchor,
} from './pluginConfig';

/** A field of the saved parameters that could not be used as it was, and what was done instead. */
export type Repair = { path: string; message: string };

/** Settings added after versions 0 and 1 of the saved parameters: missing there is not a repair. */
const ADDED_AFTER_VERSION_1: readonly (keyof ModelSettings)[] = ['nativeUnpublish'];

type Missing = { readonly missing: true };
export const MISSING: Missing = { missing: true };

export function own(object: Record<string, unknown>, key: string): unknown {
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
  return (SIDEBAR_ANCHORS as readonly unknown[]).includes(value);
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

export function copySettings(settings: ModelSettings): ModelSettings {
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

export function dropUnknownKeys(
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
export function readSettings(
  raw: unknown,
  fallback: ModelSettings,
  path: string[],
  repairs: Repair[],
  missingMeansFallback: boolean,
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
