// The host page: plays the DatoCMS record editor (or the plugin's settings page)
// around a plugin, over the same penpal protocol, against the fake CMA.
// URL: ?cma=&plugin=&record=&role=&mode=sidebar|config&locale=&dirty=1&token=0&params=<json>
import { fetchFixtures, fetchItem } from './lib/cma.js';
import { answerConfirm, openModalShell, pendingConfirm } from './lib/dialogs.js';
import { mountPluginFrame, untilSettled } from './lib/frames.js';
import { buildHostMethods } from './lib/host-methods.js';
import { ROLES } from './lib/roles.js';
import { itemStatus, settingsFor } from './lib/settings.js';
import { fillSelect, logLine, recordOptions, renderPanelList, renderRecordInfo } from './lib/views.js';

const PARAMETERS_KEY = 'host-sim:plugin-parameters';
const $ = (id) => document.getElementById(id);
const query = new URLSearchParams(location.search);

// DatoCMS serves plugins from an origin other than its own. The same server
// answers to both loopback names, so the plugin gets the other one.
function defaultPluginPath() {
  const otherName = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' }[location.hostname];
  return otherName ? `${location.protocol}//${otherName}:${location.port}/plugin/index.html` : '/plugin/index.html';
}

const state = {
  cmaUrl: (query.get('cma') ?? 'http://127.0.0.1:4010').replace(/\/+$/, ''),
  pluginUrl: new URL(query.get('plugin') ?? defaultPluginPath(), location.href).href,
  mode: query.get('mode') ?? 'sidebar',
  role: query.get('role') ?? 'admin',
  tokenGranted: query.get('token') !== '0',
  dirty: query.get('dirty') === '1',
  pluginParameters: {},
  fixtures: null,
  locale: null,
  item: null, // null for a new record
  itemTypeId: null,
  formValues: {},
  panels: [],
};

const events = [];
const frames = new Set();
let bootFrame = null;
let loadGeneration = 0;
let readiness = deferred();
let isReady = false;

function deferred() {
  const handle = {};
  handle.promise = new Promise((resolve, reject) => Object.assign(handle, { resolve, reject }));
  // A failed load is reported on the page; awaiting `ready` is optional.
  handle.promise.catch(() => {});
  return handle;
}

function initialParameters() {
  if (query.has('params')) return JSON.parse(query.get('params'));
  return JSON.parse(localStorage.getItem(PARAMETERS_KEY) ?? '{}');
}

// --- Recording and errors -------------------------------------------------------

function record(frame, type, args) {
  const event = { type, args: structuredClone(args), at: Date.now(), frame: frame.name };
  events.push(event);
  logLine($('events'), { ...event, source: frame.name });
}

function note(type, args) {
  logLine($('events'), { source: 'host', type, args, at: Date.now() });
}

function showHostError(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[host-sim] ${message}`);
  window.__host.error = message;
  $('host-error').textContent = message;
  $('host-error').hidden = false;
}

// --- Readiness ------------------------------------------------------------------

// Each (re)load replaces `ready`; whoever awaits an outdated one follows the new load.
function beginLoad() {
  const previous = readiness;
  readiness = deferred();
  previous.resolve(readiness.promise);
  isReady = false;
  window.__host.error = null;
  $('host-error').hidden = true;
  return ++loadGeneration;
}

async function finishLoad(generation, contentFrames) {
  await Promise.all(contentFrames.map((frame) => frame.settingsFetched.promise));
  if (generation !== loadGeneration) return;
  isReady = true;
  readiness.resolve({ frames: contentFrames.length });
}

function failLoad(generation, error) {
  showHostError(error);
  if (generation === loadGeneration) readiness.reject(error);
}

// --- Frames ---------------------------------------------------------------------

function framesOf(kind) {
  return [...frames].filter((frame) => frame.kind === kind);
}

/** The frames a test talks to: sidebar panels, or the settings screen in config mode. */
function contentFrames() {
  return framesOf(state.mode === 'config' ? 'config' : 'panel');
}

function mount(container, kind, name, props, extraMethods = () => ({})) {
  const frame = mountPluginFrame({
    container,
    pluginUrl: state.pluginUrl,
    kind,
    name,
    props,
    height: props.initialHeight ?? 0,
    buildMethods: (f) => buildHostMethods(f, app, extraMethods(f)),
  });
  frame.settingsFetched.promise.then(() => {
    frame.settled = true;
  });
  frames.add(frame);
  return frame;
}

function unmount(frame) {
  frames.delete(frame);
  frame.destroy();
}

/** Sends `onChange` with a whole new settings object: the SDK replaces, it does not merge. */
async function pushSettings(frame, overrides = {}) {
  const remote = await frame.remote;
  // A frame removed meanwhile (record switch, closed modal) has nobody to tell.
  if (!frames.has(frame)) return;
  note('onChange →', frame.name);
  await remote.onChange({ ...settingsFor(frame, state), ...overrides }).catch((error) => {
    if (frames.has(frame)) throw error;
  });
}

// Frames that have not read their settings yet will read the current ones anyway.
function pushAll() {
  const settled = [...frames].filter((frame) => frame.settled);
  return Promise.all(settled.map((frame) => pushSettings(frame))).catch(showHostError);
}

// --- Asking the boot frame for panels -----------------------------------------

function isPanel(value) {
  const optional = (v, check) => v === undefined || v === null || check(v);
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof value.id === 'string' &&
    typeof value.label === 'string' &&
    optional(value.parameters, (v) => typeof v === 'object') &&
    optional(value.startOpen, (v) => typeof v === 'boolean') &&
    optional(value.placement, (v) => Array.isArray(v) && v.length === 2 && ['before', 'after'].includes(v[0])) &&
    optional(value.rank, (v) => typeof v === 'number') &&
    optional(value.initialHeight, (v) => typeof v === 'number')
  );
}

let callCounter = 0;

async function askPanels(itemType) {
  const remote = await untilSettled(bootFrame);
  const hooks = await remote.implementedHooks();
  if (!hooks.itemFormSidebarPanels) return [];
  const callId = `call-${++callCounter}`;
  note('callMethodMergingBootCtx →', { method: 'itemFormSidebarPanels', itemType: itemType.id, callId });
  const panels = await remote.callMethodMergingBootCtx('itemFormSidebarPanels', [itemType], {}, [], callId);
  if (!Array.isArray(panels) || !panels.every(isPanel)) {
    throw new Error(`itemFormSidebarPanels returned ${JSON.stringify(panels)}: expected [{ id, label, ... }]`);
  }
  if (panels.length > 0 && !hooks.renderItemFormSidebarPanel) {
    throw new Error('itemFormSidebarPanels returned panels, but the plugin does not implement renderItemFormSidebarPanel');
  }
  return panels;
}

/** Fails the load, rather than showing an empty frame, when the plugin cannot render `hook`. */
async function requireHook(frame, hook) {
  const hooks = await (await untilSettled(frame)).implementedHooks();
  if (!hooks[hook]) throw new Error(`The plugin does not implement ${hook}`);
}

// --- The record form ------------------------------------------------------------

function itemTypeOf(item) {
  return item.relationships.item_type.data.id;
}

function redrawRecordInfo() {
  renderRecordInfo($('record-info'), {
    item: state.item,
    itemType: state.fixtures.itemTypes[state.itemTypeId],
    locales: state.fixtures.site.attributes.locales,
    itemStatus: itemStatus(state.item),
  });
}

async function loadRecord(key) {
  if (key.startsWith('new:')) {
    const itemTypeId = key.slice('new:'.length);
    if (!state.fixtures.itemTypes[itemTypeId]) throw new Error(`Unknown model ${itemTypeId}`);
    return { item: null, itemTypeId };
  }
  const item = await fetchItem(state.cmaUrl, key);
  return { item, itemTypeId: itemTypeOf(item) };
}

function mountPanels(panels) {
  const container = $('panels');
  for (const panel of panels) {
    const details = document.createElement('details');
    details.className = 'sidebar-panel';
    details.dataset.panelId = panel.id;
    details.open = Boolean(panel.startOpen);
    const summary = document.createElement('summary');
    summary.textContent = panel.label;
    details.append(summary);
    container.append(details);
    mount(details, 'panel', `panel:${panel.id}`, { panel, initialHeight: panel.initialHeight });
  }
}

/** Opens a record (a seeded id, or `new:<itemTypeId>`) as DatoCMS does: fresh frames for the new form. */
async function selectRecord(key) {
  const generation = beginLoad();
  $('record').value = key;
  framesOf('panel').forEach(unmount);
  $('panels').replaceChildren();
  try {
    const { item, itemTypeId } = await loadRecord(key);
    if (generation !== loadGeneration) return;
    Object.assign(state, { item, itemTypeId, formValues: structuredClone(item?.attributes ?? {}) });
    redrawRecordInfo();
    const itemType = state.fixtures.itemTypes[itemTypeId];
    const panels = await askPanels(itemType);
    if (generation !== loadGeneration) return;
    state.panels = panels;
    renderPanelList($('panel-list'), panels, itemType.attributes.name);
    mountPanels(panels);
    await finishLoad(generation, framesOf('panel'));
  } catch (error) {
    failLoad(generation, error);
  }
}

/** Re-reads the open record from the CMA and tells the frames, as after an unpublish. */
async function refreshItem() {
  if (!state.item) return;
  try {
    const item = await fetchItem(state.cmaUrl, state.item.id);
    Object.assign(state, { item, formValues: structuredClone(item.attributes ?? {}) });
    note('record refetched', { id: item.id, status: item.meta?.status });
    redrawRecordInfo();
    await pushAll();
  } catch (error) {
    showHostError(error);
  }
}

// --- What plugin calls do to the host (used by lib/host-methods.js) -----------

async function openModal(modal) {
  return new Promise((resolve) => {
    let frame;
    const close = (value) => {
      unmount(frame);
      shell.dialog.remove();
      resolve(value);
    };
    const shell = openModalShell(modal, () => close(null));
    frame = mount(shell.body, 'modal', `modal:${modal.id}`, { modal, initialHeight: modal.initialHeight }, () => ({
      // Answer the plugin's resolve() call before its frame goes away.
      resolve: async (value) => setTimeout(() => close(value), 0),
    }));
  });
}

async function updatePluginParameters(parameters) {
  state.pluginParameters = structuredClone(parameters ?? {});
  localStorage.setItem(PARAMETERS_KEY, JSON.stringify(state.pluginParameters));
  $('stored-params').textContent = JSON.stringify(state.pluginParameters, null, 2);
  await pushAll();
}

function navigateTo(path) {
  const itemId = /\/items\/([^/?#]+)/.exec(path)?.[1];
  const itemTypeId = /\/item_types\/([^/?#]+)/.exec(path)?.[1];
  if (itemId === 'new' && itemTypeId) {
    selectRecord(`new:${itemTypeId}`);
  } else if (itemId && state.fixtures.items.some((item) => item.id === itemId)) {
    selectRecord(itemId);
  } else {
    note('navigation not modelled', path);
  }
}

function saveCurrentItem() {
  // Nothing is written: the form just stops being dirty, as after a save.
  note('save simulated', 'no CMA write');
  setDirty(false);
}

function setFieldValue(path, value) {
  const keys = String(path).split('.');
  const last = keys.pop();
  let target = state.formValues;
  for (const key of keys) target = target[key] ??= {};
  target[last] = structuredClone(value);
  setDirty(true);
}

// --- Host controls ------------------------------------------------------------

function setLocale(locale) {
  if (!state.fixtures.site.attributes.locales.includes(locale)) throw new Error(`Unknown locale ${locale}`);
  state.locale = locale;
  $('locale').value = locale;
  return pushAll();
}

function setRole(role) {
  if (!ROLES[role]) throw new Error(`Unknown role ${role} (known: ${Object.keys(ROLES).join(', ')})`);
  state.role = role;
  $('role').value = role;
  return pushAll();
}

function setDirty(dirty) {
  state.dirty = Boolean(dirty);
  $('dirty').checked = state.dirty;
  return pushAll();
}

function setTokenGranted(granted) {
  state.tokenGranted = Boolean(granted);
  $('token-denied').checked = !state.tokenGranted;
  return pushAll();
}

/** Pushes the current settings with `partial` on top, once (the host state is unchanged). */
async function pushUpdate(partial) {
  await Promise.all(contentFrames().filter((f) => f.settled).map((frame) => pushSettings(frame, partial)));
}

// --- Wiring ---------------------------------------------------------------------

const app = { state, record, settingsFor: (frame) => settingsFor(frame, state), refreshItem, openModal, updatePluginParameters, navigateTo, saveCurrentItem, setFieldValue };

window.__host = {
  events,
  error: null,
  get ready() {
    return readiness.promise;
  },
  get isReady() {
    return isReady;
  },
  pendingConfirm,
  answerConfirm,
  pushUpdate,
  selectRecord,
  setLocale,
  setRole,
  setDirty,
  setTokenGranted,
  refreshItem,
  panels: () => structuredClone(state.panels),
  /** Every plugin frame and whether it has read its settings yet: for diagnosing a stuck load. */
  frames: () => [...frames].map(({ name, kind, settled = false }) => ({ name, kind, settled })),
  panelFrames: () => framesOf('panel').map((frame) => frame.iframe),
  settings: () => contentFrames().map((frame) => settingsFor(frame, state)),
};

function fillControls() {
  const { locales } = state.fixtures.site.attributes;
  fillSelect($('record'), recordOptions(state.fixtures));
  fillSelect($('locale'), [{ label: 'Site locales', options: locales.map((l) => ({ value: l, text: l })) }]);
  fillSelect($('role'), [{ label: 'Roles', options: Object.entries(ROLES).map(([key, role]) => ({ value: key, text: role.attributes.name })) }]);
  $('locale').value = state.locale;
  $('role').value = state.role;
  $('dirty').checked = state.dirty;
  $('token-denied').checked = !state.tokenGranted;
  $('stored-params').textContent = JSON.stringify(state.pluginParameters, null, 2);
}

function listen() {
  const guard = (action) => (event) => Promise.resolve(action(event)).catch(showHostError);
  $('record').addEventListener('change', guard((e) => selectRecord(e.target.value)));
  $('locale').addEventListener('change', guard((e) => setLocale(e.target.value)));
  $('role').addEventListener('change', guard((e) => setRole(e.target.value)));
  $('dirty').addEventListener('change', guard((e) => setDirty(e.target.checked)));
  $('token-denied').addEventListener('change', guard((e) => setTokenGranted(!e.target.checked)));
  $('refetch').addEventListener('click', guard(() => refreshItem()));
  $('reset-params').addEventListener('click', guard(() => updatePluginParameters({})));
}

async function start() {
  if (!['sidebar', 'config'].includes(state.mode)) throw new Error(`Unknown mode ${state.mode} (sidebar or config)`);
  if (!ROLES[state.role]) throw new Error(`Unknown role ${state.role} (known: ${Object.keys(ROLES).join(', ')})`);
  document.body.dataset.mode = state.mode;
  state.pluginParameters = initialParameters();
  state.fixtures = await fetchFixtures(state.cmaUrl);
  const { locales } = state.fixtures.site.attributes;
  state.locale = query.get('locale') ?? locales[0];
  if (!locales.includes(state.locale)) throw new Error(`Unknown locale ${state.locale} (site has ${locales.join(', ')})`);
  fillControls();
  listen();

  if (state.mode === 'config') {
    const generation = beginLoad();
    const frame = mount($('config'), 'config', 'config', {});
    await requireHook(frame, 'renderConfigScreen');
    await finishLoad(generation, [frame]);
    return;
  }
  bootFrame = mount($('boot'), 'boot', 'boot', {});
  await selectRecord(query.get('record') ?? state.fixtures.items[0].id);
}

start().catch((error) => failLoad(loadGeneration, error));
