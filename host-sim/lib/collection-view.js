// @ts-check
// The collection view of a model: its records with checkboxes and the plugin's
// `itemsDropdownActions`, run through `executeItemsDropdownAction` on the selected records.
import { callBootHook, expectArrayOf, isDropdownEntry } from './boot.js';
import { fetchFixtures } from './cma.js';
import { showToast } from './dialogs.js';
import { itemStatus } from './settings.js';
import { element, recordTitle } from './views.js';

/** @typedef {import('../types').Host} Host */
/** @typedef {import('datocms-plugin-sdk').DropdownAction} DropdownAction */
/** @typedef {import('datocms-plugin-sdk').DropdownActionGroup} DropdownActionGroup */
/** @typedef {import('datocms-plugin-sdk').Item} Item */

/** @param {Host} host */
const sandbox = (host) => (host.state.isEnvironmentPrimary ? null : host.state.environment);

/** @param {DropdownAction | DropdownActionGroup} entry @returns {entry is DropdownActionGroup} */
const isGroup = (entry) => 'actions' in entry;

/** @param {{ rank?: number }} a @param {{ rank?: number }} b */
const byRank = (a, b) => (a.rank ?? 0) - (b.rank ?? 0);

/**
 * Every action, groups flattened.
 * @param {Array<DropdownAction | DropdownActionGroup>} entries
 * @returns {DropdownAction[]}
 */
export function flattenActions(entries) {
  return entries.flatMap((entry) => (isGroup(entry) ? entry.actions : [entry]));
}

/** @param {Host} host @param {string} itemTypeId @returns {Promise<Item[]>} */
async function recordsOf(host, itemTypeId) {
  const fixtures = await fetchFixtures(host.state.cmaUrl, sandbox(host));
  return fixtures.items.filter((item) => item.relationships.item_type.data.id === itemTypeId);
}

/** @param {Host} host @param {Item[]} items */
function drawRecords(host, items) {
  const { state } = host;
  const locale = state.fixtures.site.attributes.locales[0];
  const rows = items.map((item) => {
    const box = element('input', { type: 'checkbox', checked: state.collection.selected.has(item.id) });
    box.dataset.itemId = item.id;
    box.setAttribute('aria-label', `Select ${recordTitle(item, locale)}`);
    box.addEventListener('change', () => {
      if (box.checked) state.collection.selected.add(item.id);
      else state.collection.selected.delete(item.id);
    });
    const row = element('li', { className: 'collection__row' }, [
      element('label', {}, [box, ` ${recordTitle(item, locale)}`]),
      element('code', { textContent: item.id }),
      element('span', { className: 'collection__status', textContent: itemStatus(item) }),
    ]);
    row.dataset.itemId = item.id;
    return row;
  });
  host.element('collection-records').replaceChildren(...rows);
}

/**
 * @param {Host} host
 * @param {DropdownAction} action
 */
function actionButton(host, action) {
  const button = element('button', {
    type: 'button',
    className: `button${action.alert ? ' button--negative' : ''}`,
    textContent: action.label,
    disabled: Boolean(action.disabled),
    title: `icon: ${typeof action.icon === 'string' ? action.icon : 'custom SVG'}`,
  });
  button.dataset.actionId = action.id;
  button.addEventListener('click', () => void runItemsAction(host, action.id).catch(host.showError));
  return button;
}

/** @param {Host} host */
function drawActions(host) {
  const entries = [...host.state.collection.actions].sort(byRank);
  /** @type {HTMLElement[]} */
  const nodes = entries.map((entry) => {
    if (!isGroup(entry)) return actionButton(host, entry);
    return element('fieldset', { className: 'collection__group' }, [
      element('legend', { textContent: entry.label }),
      ...[...entry.actions].sort(byRank).map((action) => actionButton(host, action)),
    ]);
  });
  if (nodes.length === 0)
    nodes.push(element('p', { className: 'muted', textContent: 'The plugin adds no action to this model.' }));
  host.element('collection-actions').replaceChildren(...nodes);
}

/**
 * Opens the collection view of a model and asks the plugin for its actions.
 * @param {Host} host
 * @param {string} itemTypeId
 */
export async function openCollection(host, itemTypeId) {
  const generation = host.beginLoad('collection');
  const { state } = host;
  try {
    const itemType = state.fixtures.itemTypes[itemTypeId];
    if (!itemType) throw new Error(`Unknown model ${itemTypeId}`);
    Object.assign(state.collection, { itemTypeId, selected: new Set(), actions: [] });
    state.loadedFieldModels = new Set([itemTypeId]);
    host.element('collection-title').textContent = `${itemType.attributes.name} records`;
    drawRecords(host, await recordsOf(host, itemTypeId));
    drawActions(host);
    await host.pushAll();
    const answer = await callBootHook(
      { bootFrame: host.bootFrame(), recordHost: host.recordHost },
      'itemsDropdownActions',
      [itemType],
      {
        extra: { itemType },
        summary: [{ itemType: itemType.id }],
      },
    );
    if (!host.isCurrentLoad(generation)) return;
    state.collection.actions = answer.implemented
      ? expectArrayOf(
          'itemsDropdownActions',
          answer.result,
          isDropdownEntry,
          '{ id, label, icon } or { label, icon, actions }',
        )
      : [];
    drawActions(host);
    await host.finishLoad(generation, []);
  } catch (error) {
    host.failLoad(generation, error);
  }
}

/**
 * Ticks exactly the records `ids` (the rest are unticked).
 * @param {Host} host
 * @param {string[]} ids
 */
export function selectItems(host, ids) {
  const boxes = [...host.element('collection-records').querySelectorAll('input[type="checkbox"]')];
  const known = boxes.map((box) => /** @type {HTMLInputElement} */ (box).dataset.itemId);
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length > 0) throw new Error(`Not in this list: ${unknown.join(', ')}`);
  host.state.collection.selected = new Set(ids);
  for (const box of boxes) {
    const input = /** @type {HTMLInputElement} */ (box);
    input.checked = ids.includes(input.dataset.itemId ?? '');
  }
}

/**
 * Runs one of the plugin's actions on the selected records, read afresh as full raw items,
 * then re-reads the list. Resolves once `executeItemsDropdownAction` has finished.
 * @param {Host} host
 * @param {string} actionId
 * @returns {Promise<{ itemIds: string[], error: string | null }>}
 */
export async function runItemsAction(host, actionId) {
  const { state } = host;
  const action = flattenActions(state.collection.actions).find((candidate) => candidate.id === actionId);
  if (!action)
    throw new Error(
      `No action ${actionId} (has: ${flattenActions(state.collection.actions)
        .map((a) => a.id)
        .join(', ')})`,
    );
  if (action.disabled) throw new Error(`The action ${actionId} is disabled`);
  const itemTypeId = state.collection.itemTypeId ?? '';
  const items = (await recordsOf(host, itemTypeId)).filter((item) => state.collection.selected.has(item.id));
  const itemIds = items.map((item) => item.id);
  /** @type {string | null} */
  let error = null;
  try {
    await callBootHook(
      { bootFrame: host.bootFrame(), recordHost: host.recordHost },
      'executeItemsDropdownAction',
      [actionId, items],
      {
        extra: { parameters: action.parameters },
        summary: [actionId, { items: itemIds, parameters: action.parameters ?? null }],
      },
    );
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
    showToast({ message: `The action failed: ${error}`, type: 'alert' });
  }
  drawRecords(host, await recordsOf(host, itemTypeId));
  return { itemIds, error };
}
