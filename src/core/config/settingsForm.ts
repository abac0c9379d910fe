/**
 * The settings screen as a form: what the editor typed (kept as text, so that a value that is not valid yet
 * stays on screen as typed), whether it can be saved, and whether what is shown is what is stored.
 */
import type { Checked } from '../shared/checked';
import { leadTimeError } from './configMessages';
import { MAX_LEAD_MINUTES, type PluginConfig, parseConfig, serializeConfig } from './pluginConfig';

/** The minimum lead time as typed: a whole number of minutes from 0 to a week, or what is wrong with it. */
export function readLeadMinutes(text: string): Checked<number> {
  const trimmed = text.trim();
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a number of minutes here.
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: leadTimeError };
  const minutes = Number(trimmed);
  return minutes <= MAX_LEAD_MINUTES ? { ok: true, value: minutes } : { ok: false, message: leadTimeError };
}

/** The names of the sections (the defaults, or a model) whose typed lead time cannot be saved, in screen order. */
export function invalidSections(
  typed: Readonly<Record<string, string>>,
  sections: readonly { key: string; name: string }[],
): string[] {
  return sections
    .filter(({ key }) => typed[key] !== undefined && !readLeadMinutes(typed[key] ?? '').ok)
    .map(({ name }) => name);
}

/**
 * True when saving would store nothing new: the stored parameters read back without repairs into the very
 * settings shown. Compared as `parseConfig` reads them, so that the way they are written does not matter.
 */
export function isStored(shown: PluginConfig, storedParameters: unknown): boolean {
  const stored = parseConfig(storedParameters);
  if (stored.repairs.length > 0) return false;
  return JSON.stringify(serializeConfig(stored.config)) === JSON.stringify(serializeConfig(shown));
}
