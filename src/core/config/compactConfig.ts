/**
 * Reading the saved form of the settings, version 2 (written by saveConfig.ts):
 * `{ version: 2, defaults: {…}, groups: [{ models: [itemTypeId, …], settings: {…} }] }`,
 * where `defaults` holds only what differs from the factory defaults and each group's
 * `settings` only what differs from `defaults`, for every model it lists. Undoing the groups
 * gives version 1's `models` object, which parseConfig.ts reads with version 1's rules (a
 * missing field then meaning "as the defaults").
 */
import { describe, isRecordObject, pathOf } from './configValues';
import type { Repair } from './settingRules';

export const SAVED_VERSION = 2;

const GROUP_KEYS = ['models', 'settings'];

/** An own data property, even for an id like `__proto__` (which the reader then refuses, with a repair). */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The settings of each model listed in `groups`, by model id; what cannot be read is dropped with a repair. */
export function ungroupModels(groups: unknown, repairs: Repair[]): Record<string, unknown> {
  const models: Record<string, unknown> = {};
  if (!Array.isArray(groups)) {
    repairs.push({
      path: 'groups',
      message: `was ${describe(groups)}, not a list of groups of models: no model keeps its own settings`,
    });
    return models;
  }
  groups.forEach((group: unknown, index) => {
    const at = ['groups', String(index)];
    if (!isRecordObject(group) || !Array.isArray(group.models)) {
      repairs.push({
        path: pathOf(...at),
        message: `was ${describe(group)}, not a group of models ({ models, settings }): dropped (the defaults apply to its models)`,
      });
      return;
    }
    for (const key of Object.keys(group)) {
      if (GROUP_KEYS.includes(key)) continue;
      repairs.push({
        path: pathOf(...at, key),
        message: `was ${describe(group[key])}, which is not part of a group: dropped`,
      });
    }
    const settings = Object.hasOwn(group, 'settings') ? group.settings : {};
    group.models.forEach((id: unknown, position) => {
      const path = pathOf(...at, 'models', String(position));
      if (typeof id !== 'string') {
        repairs.push({ path, message: `was ${describe(id)}, not a model ID: dropped` });
      } else if (Object.hasOwn(models, id)) {
        repairs.push({ path, message: `was ${describe(id)}, a model an earlier group lists: dropped` });
      } else {
        define(models, id, settings);
      }
    });
  });
  return models;
}
