// @ts-check
// Asking the plugin's non-render hooks, as DatoCMS does: in the hidden `onBoot` frame, through
// `callMethodMergingBootCtx`, so the hook gets the boot ctx (host methods + properties) plus
// the hook's own extras (SDK connect.ts). The checks below follow the SDK's own guards
// (`isItemFormSidebarPanel`, `isDropdownAction`, `isMainNavigationTab`, …), which a static
// host page cannot import (their ES modules use extensionless and bare imports).
import { untilSettled } from './frames.js';

/** @typedef {import('../types').Frame} Frame */
/** @typedef {(type: string, args: unknown) => void} RecordHost */

let callCounter = 0;

/**
 * Calls `hook` in the boot frame when the plugin implements it. Records the call and the
 * answer (or error) as host events `call:<hook>`, `answer:<hook>`, `error:<hook>`.
 * @param {{ bootFrame: Frame, recordHost: RecordHost }} host
 * @param {string} hook
 * @param {unknown[]} args
 * @param {{ extra?: Record<string, unknown>, summary?: unknown }} [options] ctx extras; what the log shows of the args
 * @returns {Promise<{ implemented: false } | { implemented: true, result: unknown }>}
 */
export async function callBootHook({ bootFrame, recordHost }, hook, args, { extra = {}, summary = args } = {}) {
  const remote = await untilSettled(bootFrame);
  const hooks = await remote.implementedHooks();
  if (!hooks[hook]) return { implemented: false };
  const callId = `call-${++callCounter}`;
  recordHost(`call:${hook}`, summary);
  try {
    const result = await remote.callMethodMergingBootCtx(hook, args, extra, [], callId);
    recordHost(`answer:${hook}`, [result]);
    return { implemented: true, result };
  } catch (error) {
    recordHost(`error:${hook}`, [error instanceof Error ? error.message : String(error)]);
    throw error;
  }
}

/** Whether the plugin implements `hook` (its `implementedHooks`). @param {Frame} frame @param {string} hook */
export async function implementsHook(frame, hook) {
  const hooks = await (await untilSettled(frame)).implementedHooks();
  return Boolean(hooks[hook]);
}

/** @param {unknown} value @returns {value is Record<string, unknown>} */
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** @param {unknown} value @param {(v: unknown) => boolean} check */
const optional = (value, check) => value === undefined || value === null || check(value);
/** @param {unknown} value */
const isIcon = (value) => typeof value === 'string' || (isRecord(value) && typeof value.type === 'string');
/** @param {unknown} value */
const isPlacement = (value) => Array.isArray(value) && value.length === 2 && ['before', 'after'].includes(value[0]);

/** @param {unknown} value @returns {value is import('datocms-plugin-sdk').ItemFormSidebarPanel} */
export function isPanel(value) {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.label === 'string' &&
    optional(value.parameters, isRecord) &&
    optional(value.startOpen, (v) => typeof v === 'boolean') &&
    optional(value.placement, isPlacement) &&
    optional(value.rank, (v) => typeof v === 'number') &&
    optional(value.initialHeight, (v) => typeof v === 'number')
  );
}

/** @param {unknown} value @returns {value is import('datocms-plugin-sdk').DropdownAction} */
export function isDropdownAction(value) {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.label === 'string' &&
    isIcon(value.icon) &&
    optional(value.parameters, isRecord) &&
    optional(value.rank, (v) => typeof v === 'number')
  );
}

/**
 * An action, or a group of actions (SDK `DropdownActionGroup`: one level of nesting).
 * @param {unknown} value
 * @returns {value is import('datocms-plugin-sdk').DropdownAction | import('datocms-plugin-sdk').DropdownActionGroup}
 */
export function isDropdownEntry(value) {
  if (isDropdownAction(value)) return true;
  return (
    isRecord(value) &&
    typeof value.label === 'string' &&
    isIcon(value.icon) &&
    Array.isArray(value.actions) &&
    value.actions.every(isDropdownAction)
  );
}

/** A navigation entry that points to a page (`pointsTo.pageId`). @param {unknown} value */
export function pointsToPage(value) {
  return (
    isRecord(value) &&
    typeof value.label === 'string' &&
    isRecord(value.pointsTo) &&
    typeof value.pointsTo.pageId === 'string'
  );
}

/** @param {unknown} value @returns {value is import('datocms-plugin-sdk').MainNavigationTab} */
export function isMainNavigationTab(value) {
  return (
    isRecord(value) &&
    typeof value.label === 'string' &&
    isIcon(value.icon) &&
    isRecord(value.pointsTo) &&
    (typeof value.pointsTo.pageId === 'string' || typeof value.pointsTo.inspectorId === 'string')
  );
}

/** @param {unknown} value @returns {value is import('datocms-plugin-sdk').ContentAreaSidebarItem} */
export function isContentAreaSidebarItem(value) {
  return pointsToPage(value) && isIcon(/** @type {Record<string, unknown>} */ (value).icon);
}

/** @param {unknown} value @returns {value is import('datocms-plugin-sdk').SettingsAreaSidebarItemGroup} */
export function isSettingsGroup(value) {
  return (
    isRecord(value) &&
    typeof value.label === 'string' &&
    Array.isArray(value.items) &&
    value.items.every((item) => pointsToPage(item) && isIcon(item.icon))
  );
}

/**
 * Throws, naming the hook, unless `value` is an array of entries `check` accepts.
 * @template T
 * @param {string} hook
 * @param {unknown} value
 * @param {(entry: unknown) => entry is T} check
 * @param {string} expected
 * @returns {T[]}
 */
export function expectArrayOf(hook, value, check, expected) {
  if (!Array.isArray(value) || !value.every(check)) {
    throw new Error(`${hook} returned ${JSON.stringify(value)}: expected [${expected}]`);
  }
  return value;
}
