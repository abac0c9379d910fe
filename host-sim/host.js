// @ts-check
// The host page: plays DatoCMS around a plugin (record editor, collection view, plugin pages,
// the plugin's settings screen) over the same penpal protocol, against the fake CMA.
// URL parameters: see README.md.
import { fetchEnvironmentIds, fetchFixtures } from './lib/cma.js';
import { openCollection, runItemsAction, selectItems } from './lib/collection-view.js';
import { openConfig } from './lib/config-view.js';
import { fillControls, listen } from './lib/controls.js';
import { answerConfirm, pendingConfirm } from './lib/dialogs.js';
import { mountPluginFrame } from './lib/frames.js';
import { buildHostMethods } from './lib/host-methods.js';
import { closeTopModal, listModals, openModal } from './lib/modals.js';
import { navigateTo } from './lib/navigation.js';
import {
  checkRole,
  defaultPluginUrl,
  fetchPluginPackage,
  initialState,
  MODES,
  PARAMETERS_KEY,
  storedParameters,
} from './lib/options.js';
import { askNavigation, drawNavigation, openPage } from './lib/pages.js';
import { nativeUnpublish, refreshItem, saveCurrentItem, selectRecord, setFieldValue } from './lib/record-view.js';
import { settingsFor } from './lib/settings.js';
import { buildRoles, PRIMARY_ENVIRONMENT } from './lib/roles.js';
import { logLine } from './lib/views.js';

/** @typedef {import('./types').Frame} Frame */
/** @typedef {import('./types').FrameKind} FrameKind */
/** @typedef {import('./types').ViewMode} ViewMode */
/** @typedef {import('./types').HostEvent} HostEvent */

const query = new URLSearchParams(location.search);

/** @param {string} id */
function $(id) {
  const node = document.getElementById(id);
  if (node) return node;
  throw new Error(`The host page has no #${id}`);
}

const state = initialState(query);

/** @type {HostEvent[]} */
const events = [];
/** @type {Set<Frame>} */
const frames = new Set();
/** @type {Frame | null} */
let bootFrame = null;
let loadGeneration = 0;
let readiness = deferredLoad();
let isReady = false;

/** @returns {{ promise: Promise<unknown>, resolve: (value: unknown) => void, reject: (error: unknown) => void }} */
function deferredLoad() {
  /** @type {(value: unknown) => void} */
  let resolve = () => {};
  /** @type {(error: unknown) => void} */
  let reject = () => {};
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A failed load is reported on the page; awaiting `ready` is optional.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

// --- Recording and errors -------------------------------------------------------

/** @param {{ name: string }} frame @param {string} type @param {unknown} args */
function record(frame, type, args) {
  const event = { type, args: structuredClone(args), at: Date.now(), frame: frame.name };
  events.push(event);
  logLine($('events'), { ...event, source: frame.name });
}

/** @param {string} type @param {unknown} args */
const recordHost = (type, args) => record({ name: 'host' }, type, args);

/** @param {string} type @param {unknown} args */
function note(type, args) {
  logLine($('events'), { source: 'host', type, args, at: Date.now() });
}

/** @param {unknown} error */
function showError(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[host-sim] ${message}`);
  hostApi.error = message;
  $('host-error').textContent = message;
  $('host-error').hidden = false;
}

// --- Views and readiness ----------------------------------------------------------

/** The frames a test talks to in each view (the collection view has none). */
const CONTENT_KINDS = /** @type {Record<ViewMode, FrameKind | null>} */ ({
  sidebar: 'panel',
  config: 'config',
  page: 'page',
  collection: null,
});

/**
 * Switches the visible view, drops the frames of the previous one, and starts a load:
 * `ready` follows the newest load.
 * @param {ViewMode} mode
 */
function beginLoad(mode) {
  for (const frame of frames) if (frame.kind !== 'boot' && frame.kind !== 'modal') unmount(frame);
  state.mode = mode;
  document.body.dataset.mode = mode;
  for (const node of document.querySelectorAll('[data-modes]')) {
    /** @type {HTMLElement} */ (node).hidden = !(node.getAttribute('data-modes') ?? '').split(' ').includes(mode);
  }
  const previous = readiness;
  readiness = deferredLoad();
  previous.resolve(readiness.promise);
  isReady = false;
  hostApi.error = null;
  $('host-error').hidden = true;
  return ++loadGeneration;
}

/** @param {number} generation @param {Frame[]} content */
async function finishLoad(generation, content) {
  await Promise.all(content.map((frame) => frame.settingsFetched.promise));
  if (generation !== loadGeneration) return;
  isReady = true;
  readiness.resolve({ frames: content.length });
}

/** @param {number} generation @param {unknown} error */
function failLoad(generation, error) {
  showError(error);
  if (generation === loadGeneration) readiness.reject(error);
}

// --- Frames ---------------------------------------------------------------------

/** @param {FrameKind} kind */
const framesOf = (kind) => [...frames].filter((frame) => frame.kind === kind);

function contentFrames() {
  const kind = CONTENT_KINDS[state.mode];
  return kind ? framesOf(kind) : [];
}

/** @type {import('./types').Host['mount']} */
function mount(container, kind, name, props, { height = 0, resolve } = {}) {
  const frame = mountPluginFrame({
    container,
    pluginUrl: state.pluginUrl,
    kind,
    name,
    props,
    height,
    buildMethods: (f) => buildHostMethods(f, host, resolve ? { resolve } : {}),
  });
  frames.add(frame);
  return frame;
}

/** @param {Frame} frame */
function unmount(frame) {
  frames.delete(frame);
  frame.destroy();
}

/**
 * Sends `onChange` with a whole new settings object: the SDK replaces, it does not merge.
 * @param {Frame} frame
 * @param {Record<string, unknown>} [overrides]
 */
async function pushSettings(frame, overrides = {}) {
  const remote = await frame.remote;
  // A frame removed meanwhile (record switch, closed modal) has nobody to tell.
  if (!frames.has(frame)) return;
  note('onChange →', frame.name);
  const settings = /** @type {import('./types').AnySettings} */ ({ ...settingsFor(frame, state), ...overrides });
  await remote.onChange(settings).catch((error) => {
    if (frames.has(frame)) throw error;
  });
}

// Frames that have not read their settings yet will read the current ones anyway.
function pushAll() {
  const settled = [...frames].filter((frame) => frame.settled);
  return Promise.all(settled.map((frame) => pushSettings(frame))).then(() => {}, showError);
}

// --- What plugin calls do to the host (used by lib/host-methods.js) -----------

/** @param {Record<string, unknown>} parameters */
async function updatePluginParameters(parameters) {
  state.pluginParameters = structuredClone(parameters ?? {});
  localStorage.setItem(PARAMETERS_KEY, JSON.stringify(state.pluginParameters));
  $('stored-params').textContent = JSON.stringify(state.pluginParameters, null, 2);
  await pushAll();
}

/**
 * `ctx.loadItemTypeFields`: returns the model's fields and adds them to `ctx.fields` of every frame.
 * @param {string} itemTypeId
 */
async function loadItemTypeFields(itemTypeId) {
  if (!state.fixtures.itemTypes[itemTypeId]) throw new Error(`Unknown model ${itemTypeId}`);
  state.loadedFieldModels.add(itemTypeId);
  await pushAll();
  return Object.values(state.fixtures.fields).filter((field) => field.relationships.item_type.data.id === itemTypeId);
}

// --- Host controls ------------------------------------------------------------

/** @param {string} locale */
function setLocale(locale) {
  if (!state.fixtures.site.attributes.locales.includes(locale)) throw new Error(`Unknown locale ${locale}`);
  state.locale = locale;
  /** @type {HTMLSelectElement} */ ($('locale')).value = locale;
  return pushAll();
}

/** @param {string} role */
function setRole(role) {
  checkRole(state, role);
  state.role = role;
  /** @type {HTMLSelectElement} */ ($('role')).value = role;
  return pushAll();
}

/** @param {boolean} dirty */
function setDirty(dirty) {
  state.dirty = Boolean(dirty);
  /** @type {HTMLInputElement} */ ($('dirty')).checked = state.dirty;
  return pushAll();
}

/** @param {boolean} granted */
function setTokenGranted(granted) {
  state.tokenGranted = Boolean(granted);
  /** @type {HTMLInputElement} */ ($('token-denied')).checked = !state.tokenGranted;
  return pushAll();
}

/**
 * Pushes the current settings with `partial` on top, once (the host state is unchanged).
 * @param {Record<string, unknown>} partial
 */
async function pushUpdate(partial) {
  await Promise.all(
    contentFrames()
      .filter((f) => f.settled)
      .map((frame) => pushSettings(frame, partial)),
  );
}

// --- Wiring ---------------------------------------------------------------------

/** @type {import('./types').Host} */
const host = {
  state,
  record,
  recordHost,
  note,
  showError,
  settingsFor: (frame) => settingsFor(frame, state),
  openModal: (modal) => openModal(host, modal),
  updatePluginParameters,
  navigateTo: (path) => navigateTo(host, path),
  saveCurrentItem: () => saveCurrentItem(host, setDirty),
  setFieldValue: (path, value) => setFieldValue(host, setDirty, path, value),
  loadItemTypeFields,
  element: $,
  mount,
  unmount,
  framesOf,
  pushAll,
  bootFrame: () => {
    if (!bootFrame) throw new Error('The boot frame is not there yet');
    return bootFrame;
  },
  beginLoad,
  isCurrentLoad: (generation) => generation === loadGeneration,
  finishLoad,
  failLoad,
};

const hostApi = {
  events,
  /** @type {string | null} */
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
  /** @param {string} key */
  selectRecord: (key) => selectRecord(host, key),
  setLocale,
  setRole,
  setDirty,
  setTokenGranted,
  refreshItem: () => refreshItem(host, 'refreshItem'),
  nativeUnpublish: () => nativeUnpublish(host),
  /** @param {string} itemTypeId */
  openCollection: (itemTypeId) => openCollection(host, itemTypeId),
  collectionActions: () => structuredClone(state.collection.actions),
  /** @param {string[]} ids */
  selectItems: (ids) => selectItems(host, ids),
  /** @param {string} actionId */
  runItemsAction: (actionId) => runItemsAction(host, actionId),
  /** @param {string} pageId */
  openPage: (pageId) => openPage(host, pageId),
  openConfig: () => openConfig(host),
  navigation: () => structuredClone(state.navigation),
  /** @param {string} path */
  navigateTo: (path) => navigateTo(host, path),
  modals: listModals,
  closeModal: closeTopModal,
  panels: () => structuredClone(state.panels),
  /** Every plugin frame and whether it has read its settings yet: for diagnosing a stuck load. */
  frames: () => [...frames].map(({ name, kind, settled }) => ({ name, kind, settled })),
  panelFrames: () => framesOf('panel').map((frame) => frame.iframe),
  settings: () => contentFrames().map((frame) => settingsFor(frame, state)),
  bootSettings: () => (bootFrame ? settingsFor(bootFrame, state) : null),
};
Object.assign(window, { __host: hostApi });

async function start() {
  const mode = state.mode;
  if (!MODES.includes(mode)) throw new Error(`Unknown mode ${mode} (${MODES.join(', ')})`);
  checkRole(state, state.role);
  state.pluginParameters = storedParameters(query);
  state.pluginPackage = await fetchPluginPackage();
  state.pluginUrl = new URL(
    query.get('plugin') ?? defaultPluginUrl(location, state.pluginPackage.entryPoint),
    location.href,
  ).href;
  state.fixtures = await fetchFixtures(state.cmaUrl, state.isEnvironmentPrimary ? null : state.environment);
  // Role rules each name one environment: the roles get theirs for every environment of the
  // project (the bulk modal also works in environments other than the current one).
  const environmentIds = await fetchEnvironmentIds(state.cmaUrl);
  state.roles = buildRoles([...new Set([PRIMARY_ENVIRONMENT, state.environment, ...environmentIds])]);
  const { locales } = state.fixtures.site.attributes;
  state.locale = query.get('locale') ?? locales[0] ?? '';
  if (!locales.includes(state.locale))
    throw new Error(`Unknown locale ${state.locale} (site has ${locales.join(', ')})`);
  fillControls(host);
  listen(host, { setLocale, setRole, setDirty, setTokenGranted });

  bootFrame = mount($('boot'), 'boot', 'boot', {});
  state.navigation = await askNavigation(host);
  drawNavigation(host, (pageId) => void openPage(host, pageId));

  if (mode === 'config') return openConfig(host);
  if (mode === 'collection') {
    const model = query.get('model');
    if (!model) throw new Error('mode=collection needs model=<itemTypeId>');
    return openCollection(host, model);
  }
  if (mode === 'page') {
    const pageId = query.get('page');
    if (!pageId) throw new Error('mode=page needs page=<pageId>');
    return openPage(host, pageId);
  }
  const firstRecord = state.fixtures.items[0]?.id;
  return selectRecord(host, query.get('record') ?? firstRecord ?? '');
}

start().catch((error) => failLoad(loadGeneration, error));
