// @ts-check
// The record editor: the record "form", the plugin's sidebar panels, and DatoCMS's own
// Unpublish button, which asks the plugin's `onBeforeItemsUnpublish` before it unpublishes.
import { callBootHook, expectArrayOf, implementsHook, isPanel } from './boot.js';
import { fetchItem, unpublishItem } from './cma.js';
import { showToast } from './dialogs.js';
import { itemStatus } from './settings.js';
import { renderPanelList, renderRecordInfo } from './views.js';

/** @typedef {import('../types').Host} Host */
/** @typedef {import('datocms-plugin-sdk').Item} Item */
/** @typedef {import('datocms-plugin-sdk').ItemFormSidebarPanel} ItemFormSidebarPanel */

/** @param {Host} host */
const sandbox = (host) => (host.state.isEnvironmentPrimary ? null : host.state.environment);

/** @param {Host} host */
function redrawRecordInfo(host) {
  const { state } = host;
  const itemType = state.itemTypeId ? state.fixtures.itemTypes[state.itemTypeId] : undefined;
  if (!itemType) return;
  renderRecordInfo(host.element('record-info'), {
    item: state.item,
    itemType,
    locales: state.fixtures.site.attributes.locales,
    itemStatus: itemStatus(state.item),
  });
  // DatoCMS offers Unpublish on records with something live, in models with draft/published.
  const button = /** @type {HTMLButtonElement} */ (host.element('native-unpublish'));
  const status = itemStatus(state.item);
  button.disabled = !itemType.attributes.draft_mode_active || !['published', 'updated'].includes(status);
}

/**
 * @param {Host} host
 * @param {string} key a record id, or `new:<itemTypeId>`
 * @returns {Promise<{ item: Item | null, itemTypeId: string }>}
 */
async function loadRecord(host, key) {
  if (key.startsWith('new:')) {
    const itemTypeId = key.slice('new:'.length);
    if (!host.state.fixtures.itemTypes[itemTypeId]) throw new Error(`Unknown model ${itemTypeId}`);
    return { item: null, itemTypeId };
  }
  const item = await fetchItem(host.state.cmaUrl, sandbox(host), key);
  return { item, itemTypeId: item.relationships.item_type.data.id };
}

/** @param {Host} host @param {import('datocms-plugin-sdk').ItemType} itemType */
async function askPanels(host, itemType) {
  const answer = await callBootHook(
    { bootFrame: host.bootFrame(), recordHost: host.recordHost },
    'itemFormSidebarPanels',
    [itemType],
    {
      summary: [{ itemType: itemType.id }],
    },
  );
  if (!answer.implemented) return [];
  const panels = expectArrayOf('itemFormSidebarPanels', answer.result, isPanel, '{ id, label, ... }');
  if (panels.length > 0 && !(await implementsHook(host.bootFrame(), 'renderItemFormSidebarPanel'))) {
    throw new Error(
      'itemFormSidebarPanels returned panels, but the plugin does not implement renderItemFormSidebarPanel',
    );
  }
  return panels;
}

/** @param {Host} host @param {ItemFormSidebarPanel[]} panels */
function mountPanels(host, panels) {
  const container = host.element('panels');
  for (const panel of panels) {
    const details = document.createElement('details');
    details.className = 'sidebar-panel';
    details.dataset.panelId = panel.id;
    details.open = Boolean(panel.startOpen);
    const summary = document.createElement('summary');
    summary.textContent = panel.label;
    details.append(summary);
    container.append(details);
    host.mount(details, 'panel', `panel:${panel.id}`, { panel }, { height: panel.initialHeight ?? 0 });
  }
}

/**
 * Opens a record (a seeded id, or `new:<itemTypeId>`) as DatoCMS does: fresh frames for the new form.
 * @param {Host} host
 * @param {string} key
 */
export async function selectRecord(host, key) {
  const generation = host.beginLoad('sidebar');
  const { state } = host;
  /** @type {HTMLSelectElement} */ (host.element('record')).value = key;
  host.element('panels').replaceChildren();
  try {
    const { item, itemTypeId } = await loadRecord(host, key);
    if (!host.isCurrentLoad(generation)) return;
    Object.assign(state, { item, itemTypeId, formValues: structuredClone(item?.attributes ?? {}) });
    // DatoCMS has the open model's fields loaded, and no others until asked.
    state.loadedFieldModels = new Set([itemTypeId]);
    redrawRecordInfo(host);
    const itemType = state.fixtures.itemTypes[itemTypeId];
    if (!itemType) throw new Error(`Unknown model ${itemTypeId}`);
    await host.pushAll();
    const panels = await askPanels(host, itemType);
    if (!host.isCurrentLoad(generation)) return;
    state.panels = panels;
    renderPanelList(host.element('panel-list'), panels, itemType.attributes.name);
    mountPanels(host, panels);
    await host.finishLoad(generation, host.framesOf('panel'));
  } catch (error) {
    host.failLoad(generation, error);
  }
}

/**
 * Re-reads the open record from the CMA and tells the frames. DatoCMS does this when the
 * record changes on the server (after its own actions); a plugin's notice does not cause it.
 * @param {Host} host
 * @param {string} reason
 */
export async function refreshItem(host, reason) {
  const { state } = host;
  if (!state.item) return;
  host.recordHost('host:refetch', [{ id: state.item.id, reason }]);
  try {
    const item = await fetchItem(state.cmaUrl, sandbox(host), state.item.id);
    Object.assign(state, { item, formValues: structuredClone(item.attributes ?? {}) });
    host.note('record refetched', { id: item.id, status: item.meta.status });
    redrawRecordInfo(host);
    await host.pushAll();
  } catch (error) {
    host.showError(error);
  }
}

/**
 * @typedef {{ itemIds: string[], hookCalled: boolean, answer: unknown, sent: boolean,
 *   status: number | null, code: string | null, error: string | null }} NativeUnpublishOutcome
 */

/**
 * DatoCMS's own Unpublish button: asks the plugin's `onBeforeItemsUnpublish(items, ctx)`
 * (when implemented) and unpublishes the whole record only on `true`, with the editor's token.
 * @param {Host} host
 * @returns {Promise<NativeUnpublishOutcome>}
 */
export async function nativeUnpublish(host) {
  const { state } = host;
  const item = state.item;
  if (!item) throw new Error('No saved record is open');
  /** @type {NativeUnpublishOutcome} */
  const outcome = {
    itemIds: [item.id],
    hookCalled: false,
    answer: null,
    sent: false,
    status: null,
    code: null,
    error: null,
  };
  try {
    const answer = await callBootHook(
      { bootFrame: host.bootFrame(), recordHost: host.recordHost },
      'onBeforeItemsUnpublish',
      [[item]],
      {
        summary: [{ items: [item.id] }],
      },
    );
    outcome.hookCalled = answer.implemented;
    outcome.answer = answer.implemented ? answer.result : null;
    // Without the hook DatoCMS goes ahead; with it, only an explicit true lets it through.
    if (!answer.implemented || answer.result === true) {
      const sent = await unpublishItem({
        cmaUrl: state.cmaUrl,
        token: state.fixtures.token,
        environment: sandbox(host),
        id: item.id,
      });
      Object.assign(outcome, { sent: true, status: sent.status, code: sent.code });
      if (sent.code) showToast({ message: `Could not unpublish the record: ${sent.code}`, type: 'alert' });
      else showToast({ message: 'Record unpublished', type: 'notice' });
      await refreshItem(host, 'nativeUnpublish');
    }
  } catch (error) {
    // The hook failed: DatoCMS's behaviour here is undocumented; the host sends nothing.
    outcome.error = error instanceof Error ? error.message : String(error);
    showToast({ message: `Unpublish stopped: ${outcome.error}`, type: 'alert' });
  }
  host.recordHost('nativeUnpublish', [outcome]);
  return outcome;
}

/**
 * The form is saved: nothing is written, the form just stops being dirty.
 * @param {Host} host
 * @param {(dirty: boolean) => Promise<void>} setDirty
 */
export async function saveCurrentItem(host, setDirty) {
  host.note('save simulated', 'no CMA write');
  await setDirty(false);
}

/**
 * @param {Host} host
 * @param {(dirty: boolean) => Promise<void>} setDirty
 * @param {string} path
 * @param {unknown} value
 */
export async function setFieldValue(host, setDirty, path, value) {
  const keys = String(path).split('.');
  const last = keys.pop() ?? '';
  /** @type {Record<string, unknown>} */
  let target = host.state.formValues;
  for (const key of keys) {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = /** @type {Record<string, unknown>} */ (target[key]);
  }
  target[last] = structuredClone(value);
  await setDirty(true);
}
