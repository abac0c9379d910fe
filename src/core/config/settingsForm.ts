/**
 * The settings screen as a form: what the editor typed (kept as text, so that a value that is not valid yet
 * stays on screen as typed), whether it can be saved, and whether what is shown is what is stored.
 */

import { leadMinutesFromText } from '../schedule/leadTime';
import type { Checked } from '../shared/checked';
import { leadTimeError } from './configMessages';
import type { PluginConfig } from './pluginConfig';
import { serializeConfig } from './saveConfig';

/** The minimum lead time as typed: a whole number of minutes from 0 to a week, or what is wrong with it. */
export function readLeadMinutes(text: string): Checked<number> {
  const minutes = leadMinutesFromText(text);
  return minutes === null ? { ok: false, message: leadTimeError } : { ok: true, value: minutes };
}

/** The names of the sections (the defaults, or a model) whose typed lead time cannot be saved, in screen order. */
export function invalidSections(
  typed: Readonly<Record<string, string>>,
  sections: readonly { key: string; name: string }[],
): string[] {
  return sections
    .filter(({ key }) => {
      const text = typed[key];
      return text !== undefined && !readLeadMinutes(text).ok;
    })
    .map(({ name }) => name);
}

/** JSON with every object's keys in order: two values read equal whatever order their keys came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * True when saving would store nothing new: the stored parameters are, field for field, what saving the settings
 * shown would send. An older saved form, or one that needed repairs, is not: saving then writes it anew.
 */
export function isStored(shown: PluginConfig, storedParameters: unknown): boolean {
  return canonical(serializeConfig(shown)) === canonical(storedParameters);
}
