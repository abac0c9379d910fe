/**
 * Writing the settings out, in the saved form version 2 (read by compactConfig.ts):
 * only what differs from the defaults, models with the same settings listed together.
 * DatoCMS keeps at most 10 KB of plugin parameters (its "Technical limits" page); the full
 * form (version 1) cost about 220 bytes per configured model, so about 45 models overflowed it.
 * Loaded with the settings screen only.
 */
import { SAVED_VERSION } from './compactConfig';
import { FACTORY_DEFAULTS, isModelId, type ModelSettings, type PluginConfig, SETTING_KEYS } from './pluginConfig';

/**
 * The documented limit ("10 KB"), read as 10,000 bytes of JSON: the docs do not say how DatoCMS
 * counts, so a refused save of anything larger is explained as too large.
 */
export const PARAMETERS_LIMIT_BYTES = 10_000;

/** The fields of `settings` that differ from `base`, in a fixed order (so equal differences read equal). */
function differences(settings: ModelSettings, base: ModelSettings): Partial<ModelSettings> {
  const diff: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (JSON.stringify(value) !== JSON.stringify(base[key])) diff[key] = Array.isArray(value) ? [...value] : value;
  }
  return diff as Partial<ModelSettings>;
}

/** A JSON-safe object to save with `updatePluginParameters`; `parseConfig` reads it back unchanged. */
export function serializeConfig(config: PluginConfig): Record<string, unknown> {
  const groups = new Map<string, { models: string[]; settings: Partial<ModelSettings> }>();
  for (const [id, settings] of Object.entries(config.models)) {
    // Ids `parseConfig` would not accept are left out, so that what is saved reads back without repairs.
    if (!isModelId(id)) continue;
    const diff = differences(settings, config.defaults);
    const key = JSON.stringify(diff);
    const group = groups.get(key);
    if (group) group.models.push(id);
    else groups.set(key, { models: [id], settings: diff });
  }
  return {
    version: SAVED_VERSION,
    defaults: differences(config.defaults, FACTORY_DEFAULTS),
    groups: [...groups.values()],
  };
}

/** The size of the parameters as sent: bytes of their JSON text. */
export function parametersBytes(parameters: unknown): number {
  return new TextEncoder().encode(JSON.stringify(parameters)).length;
}
