/** The settings and saved parameters the config tests share. */

import { expect } from 'vitest';
import { parseConfig } from './parseConfig';
import { FACTORY_DEFAULTS, type ModelSettings, type PluginConfig } from './pluginConfig';
import { serializeConfig } from './saveConfig';
import type { Repair } from './settingRules';

export const ANCHORS = ['info', 'publishedVersion', 'schedule', 'links', 'history'] as const;
export const PLACEMENT_EXPECTED =
  'null or a pair like ["before", "info"] (before or after one of info, publishedVersion, schedule, links, history)';

export const factory = (): PluginConfig => ({ version: 1, defaults: { ...FACTORY_DEFAULTS }, models: {} });

export const custom: ModelSettings = {
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
export const savedDefaults: ModelSettings = { ...custom, enabled: true };

export function saved(models: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, defaults: savedDefaults, models, ...extra };
}

/** A model entry: `custom` with some fields changed (or removed when set to `undefined`). */
export function model(changes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...custom };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result;
}

/** A malformed saved config, the repairs parseConfig must report for it, and an optional check of the result. */
export type RepairCase = [label: string, raw: unknown, repairs: Repair[], check?: (config: PluginConfig) => void];

/** Where parseConfig reports the repairs of the `model-article` entry. */
export const modelPath = 'models.model-article';

/** A malformed-parameters case: exactly its repairs, its own check, and a result that reads back without repairs. */
export function expectRepaired(raw: unknown, repairs: Repair[], check?: (config: PluginConfig) => void): void {
  const result = parseConfig(raw);
  expect(result.repairs).toEqual(repairs);
  check?.(result.config);
  expect(parseConfig(serializeConfig(result.config))).toEqual({ config: result.config, repairs: [] });
}
