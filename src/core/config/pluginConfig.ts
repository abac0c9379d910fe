/**
 * The per-model configuration kept in the plugin's parameters: its shape (`PluginConfig`, the
 * in-memory form, also saved version 1), the factory defaults, and the settings that apply to a
 * model. parseConfig.ts reads it back from whatever was saved; saveConfig.ts writes it out.
 */
import { DEFAULT_LEAD_MINUTES } from '../schedule/leadTime';

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

/** Keys that must never become own keys of a plain object built here. */
const FORBIDDEN_IDS = new Set(['__proto__', 'constructor', 'prototype']);
/** DatoCMS ids are short, URL-safe strings. */
const MODEL_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** An id `parseConfig` accepts as a model's. */
export function isModelId(id: string): boolean {
  return !FORBIDDEN_IDS.has(id) && MODEL_ID.test(id);
}

/** The settings that apply to records of `itemTypeId`: its own, else the defaults. */
export function settingsForModel(config: PluginConfig, itemTypeId: string): ModelSettings {
  return Object.hasOwn(config.models, itemTypeId) ? (config.models[itemTypeId] ?? config.defaults) : config.defaults;
}
