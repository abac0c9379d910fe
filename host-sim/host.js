// @ts-check
// The host page: plays DatoCMS around a plugin (record editor, collection view, plugin pages,
// the plugin's settings screen) over the same penpal protocol, against the fake CMA.
// URL parameters: see README.md.
import { fetchFixtures } from './lib/cma.js';
import { openCollection, runItemsAction, selectItems } from './lib/collection-view.js';
import { answerConfirm, pendingConfirm } from './lib/dialogs.js';
import { mountPluginFrame } from './lib/frames.js';
import { buildHostMethods } from './lib/host-methods.js';
import { closeTopModal, listModals, openModal } from './lib/modals.js';
import { askNavigation, drawNavigation, openPage } from './lib/pages.js';
import { parseNavigationPath } from './lib/paths.js';
import { PLUGIN_ID } from './lib/plugin-record.js';
import { nativeUnpublish, refreshItem, saveCurrentItem, selectRecord, setFieldValue } from './lib/record-view.js';
import { buildRoles, environmentRefusal, PRIMARY_ENVIRONMENT } from './lib/roles.js';
import { settingsFor } from './lib/settings.js';
import { element, fillSelect, logLine, recordOptions } from './lib/views.js';

/** @typedef {import('./types').Frame} Frame */
/** @typedef {import('./types').FrameKind} FrameKind */
/** @typedef {import('./types').HostState} HostState */
/** @typedef {import('./types').ViewMode} ViewMode */
/** @typedef {import('./types').HostEvent} HostEvent */

const PARAMETERS_KEY = 'host-sim:plugin-parameters';
const MODES = /** @type {const} */ (['sidebar', 'config', 'collection', 'page']);
const query = new URLSearchParams(location.search);

/** @param {string} id */
function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The host page has no #${id}`);
  return node;
}

/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ ($(id));
/** @param {string} id */
const select = (id) => /** @type {HTMLSelectElement} */ ($(id));

// DatoCMS serves plugins from an origin other than its own. The same server
// answers to both loopback names, so the plugin gets the other one.
/** @param {string} entryPoint */
function defaultPluginUrl(entryPoint) {
  /** @type {Record<string, string>} */
  const other = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' };
  const otherName = other[location.hostname];
  return otherName ? `${location.protocol}//${otherName}:${location.port}/plugin/${entryPoint}` : `/plugin/${entryPoint}`;
}

const requestedEnvironment = query.get('env');
const isEnvironmentPrimary = !requestedEnvironment || requestedEnvironment === PRIMARY_ENVIRONMENT;
const environment = isEnvironmentPrimary ? PRIMARY_ENVIRONMENT : requestedEnvironment;

/** @type {HostState} */
const state = {
  cmaUrl: (query.get('cma') ?? 'http://127.0.0.1:4010').replace(/\/+$/, ''),
  pluginUrl: '',
  environment,
  isEnvironmentPrimary,
  mode: /** @type {ViewMode} */ (query.get('mode') ?? 'sidebar'),
  role: query.get('role') ?? 'admin',
  roles: buildRoles(isEnvironmentPrimary ? [PRIMARY_ENVIRONMENT] : [PRIMARY_ENVIRONMENT, environment]),
  tokenGranted: query.get('token') !== '0',
  dirty: query.get('dirty') === '1',
  pluginParameters: {},
  pluginPackage: { name: null, version: null, description: null, title: null, permissions: [], entryPoint: 'index.html' },
  fixtures: /** @type {import('./types').Fixtures} */ (/** @type {unknown} */ (null)),
  locale: '',
  item: null,
  itemTypeId: null,
  formValues: {},
  panels: [],
  loadedFieldModels: new Set(),
  navigation: { mainNavigationTabs: [], contentAreaSidebarItems: [], settingsAreaSidebarItemGroups: [] },
  collection: { itemTypeId: null, selected: new Set(), actions: [] },
  page: null,
};

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
const CONTENT_KINDS = /** @type {Record<ViewMode, FrameKind | null>} */ ({ sidebar: 'panel', config: 'config', page: 'page', collection: null });

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
 * Follows a DatoCMS path, as the plugin's `ctx.navigateTo` does. Paths into another
 * environment, another plugin or places the host does not draw are recorded, not followed.
 * @param {string} path
 */
async function navigateTo(path) {
  const { environment: target, destination } = parseNavigationPath(path);
  const here = state.isEnvironmentPrimary ? null : state.environment;
  const known = (/** @type {string} */ id) => state.fixtures.items.some((item) => item.id === id);
  let followed = target === here && destination !== null;
  if (destination?.kind === 'page') followed &&= destination.pluginId === PLUGIN_ID;
  if (destination?.kind === 'record') followed &&= known(destination.itemId);
  recordHost('host:navigation', [{ path, environment: target ?? PRIMARY_ENVIRONMENT, destination, followed }]);
  if (!followed || !destination) {
    note('navigation not followed', path);
    return;
  }
  if (destination.kind === 'record') void selectRecord(host, destination.itemId);
  if (destination.kind === 'new-record') void selectRecord(host, `new:${destination.itemTypeId}`);
  if (destination.kind === 'collection') void openCollection(host, destination.itemTypeId);
  if (destination.kind === 'page') void openPage(host, destination.pageId, destination.location);
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
  select('locale').value = locale;
  return pushAll();
}

/** @param {string} role */
function checkRole(role) {
  const found = state.roles[role];
  if (!found) throw new Error(`Unknown role ${role} (known: ${Object.keys(state.roles).join(', ')})`);
  const refusal = environmentRefusal(found, state.environment, state.isEnvironmentPrimary);
  if (refusal) throw new Error(refusal);
}

/** @param {string} role */
function setRole(role) {
  checkRole(role);
  state.role = role;
  select('role').value = role;
  return pushAll();
}

/** @param {boolean} dirty */
function setDirty(dirty) {
  state.dirty = Boolean(dirty);
  input('dirty').checked = state.dirty;
  return pushAll();
}

/** @param {boolean} granted */
function setTokenGranted(granted) {
  state.tokenGranted = Boolean(granted);
  input('token-denied').checked = !state.tokenGranted;
  return pushAll();
}

/**
 * Pushes the current settings with `partial` on top, once (the host state is unchanged).
 * @param {Record<string, unknown>} partial
 */
async function pushUpdate(partial) {
  await Promise.all(contentFrames().filter((f) => f.settled).map((frame) => pushSettings(frame, partial)));
}

function openConfig() {
  const generation = beginLoad('config');
  state.loadedFieldModels = new Set();
  const frame = mount($('config'), 'config', 'config', {});
  return pushAll()
    .then(async () => {
      const hooks = await (await frame.remote).implementedHooks();
      if (!hooks.renderConfigScreen) throw new Error('The plugin does not implement renderConfigScreen');
      await finishLoad(generation, [frame]);
    })
    .catch((error) => failLoad(generation, error));
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
  navigateTo,
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
  openConfig,
  navigation: () => structuredClone(state.navigation),
  /** @param {string} path */
  navigateTo,
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

function fillControls() {
  const { locales } = state.fixtures.site.attributes;
  fillSelect(select('record'), recordOptions(state.fixtures));
  fillSelect(select('locale'), [{ label: 'Site locales', options: locales.map((l) => ({ value: l, text: l })) }]);
  const roleOptions = Object.entries(state.roles).map(([key, role]) => ({ value: key, text: role.attributes.name }));
  fillSelect(select('role'), [{ label: 'Roles', options: roleOptions }]);
  select('locale').value = state.locale;
  select('role').value = state.role;
  input('dirty').checked = state.dirty;
  input('token-denied').checked = !state.tokenGranted;
  $('stored-params').textContent = JSON.stringify(state.pluginParameters, null, 2);
  $('environment').textContent = state.isEnvironmentPrimary ? `Environment: ${state.environment} (primary)` : `Sandbox environment: ${state.environment}`;
  const models = Object.values(state.fixtures.itemTypes).filter((itemType) => !itemType.attributes.modular_block);
  $('model-nav').replaceChildren(
    ...models.map((itemType) => {
      const button = element('button', { type: 'button', className: 'nav-entry', textContent: itemType.attributes.name });
      button.dataset.modelId = itemType.id;
      button.addEventListener('click', () => void openCollection(host, itemType.id));
      return button;
    }),
  );
}

function listen() {
  /** @param {(event: Event) => unknown} action */
  const guard = (action) => (/** @type {Event} */ event) => Promise.resolve(action(event)).catch(showError);
  /** @param {Event} e */
  const value = (e) => /** @type {HTMLInputElement} */ (e.target).value;
  /** @param {Event} e */
  const checked = (e) => /** @type {HTMLInputElement} */ (e.target).checked;
  $('record').addEventListener('change', guard((e) => selectRecord(host, value(e))));
  $('locale').addEventListener('change', guard((e) => setLocale(value(e))));
  $('role').addEventListener('change', guard((e) => setRole(value(e))));
  $('dirty').addEventListener('change', guard((e) => setDirty(checked(e))));
  $('token-denied').addEventListener('change', guard((e) => setTokenGranted(!checked(e))));
  $('refetch').addEventListener('click', guard(() => refreshItem(host, 'refetch button')));
  $('reset-params').addEventListener('click', guard(() => updatePluginParameters({})));
  $('native-unpublish').addEventListener('click', guard(() => nativeUnpublish(host)));
  $('open-config').addEventListener('click', guard(() => openConfig()));
}

/** @returns {Promise<import('./types').PluginPackage>} */
async function fetchPluginPackage() {
  const response = await fetch('/__host/plugin-package.json');
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(`The plugin's package.json: ${body.error}`);
  return body;
}

function initialParameters() {
  const fromUrl = query.get('params');
  return JSON.parse(fromUrl ?? localStorage.getItem(PARAMETERS_KEY) ?? '{}');
}

async function start() {
  const mode = state.mode;
  if (!MODES.includes(mode)) throw new Error(`Unknown mode ${mode} (${MODES.join(', ')})`);
  checkRole(state.role);
  state.pluginParameters = initialParameters();
  state.pluginPackage = await fetchPluginPackage();
  state.pluginUrl = new URL(query.get('plugin') ?? defaultPluginUrl(state.pluginPackage.entryPoint), location.href).href;
  state.fixtures = await fetchFixtures(state.cmaUrl, state.isEnvironmentPrimary ? null : state.environment);
  const { locales } = state.fixtures.site.attributes;
  state.locale = query.get('locale') ?? locales[0] ?? '';
  if (!locales.includes(state.locale)) throw new Error(`Unknown locale ${state.locale} (site has ${locales.join(', ')})`);
  fillControls();
  listen();

  bootFrame = mount($('boot'), 'boot', 'boot', {});
  state.navigation = await askNavigation(host);
  drawNavigation(host, (pageId) => void openPage(host, pageId));

  if (mode === 'config') return openConfig();
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
