// @ts-check
// The host page's URL parameters (see README.md), read into the host's starting state.
import { buildRoles, environmentRefusal, PRIMARY_ENVIRONMENT } from './roles.js';

/** @typedef {import('../types').HostState} HostState */
/** @typedef {import('../types').ViewMode} ViewMode */

export const PARAMETERS_KEY = 'host-sim:plugin-parameters';
export const MODES = /** @type {const} */ (['sidebar', 'config', 'collection', 'page']);

/**
 * The stored plugin parameters: the `params` URL parameter, else what the page saved last.
 * @param {URLSearchParams} query
 * @returns {Record<string, unknown>}
 */
export function storedParameters(query) {
  return JSON.parse(query.get('params') ?? localStorage.getItem(PARAMETERS_KEY) ?? '{}');
}

/**
 * The state before anything is read; `pluginParameters`, `pluginUrl`, `pluginPackage`,
 * `fixtures` and `locale` are filled in by `start()`.
 * @param {URLSearchParams} query
 * @returns {HostState}
 */
export function initialState(query) {
  const requested = query.get('env');
  const isEnvironmentPrimary = !requested || requested === PRIMARY_ENVIRONMENT;
  const environment = requested && !isEnvironmentPrimary ? requested : PRIMARY_ENVIRONMENT;
  return {
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
    pluginPackage: {
      name: null,
      version: null,
      description: null,
      title: null,
      permissions: [],
      entryPoint: 'index.html',
    },
    fixtures: /** @type {import('../types').Fixtures} */ (/** @type {unknown} */ (null)),
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
}

/**
 * Throws when the role is unknown, or may not open the current environment.
 * @param {HostState} state
 * @param {string} role
 */
export function checkRole(state, role) {
  const found = state.roles[role];
  if (!found) throw new Error(`Unknown role ${role} (known: ${Object.keys(state.roles).join(', ')})`);
  const refusal = environmentRefusal(found, state.environment, state.isEnvironmentPrimary);
  if (refusal) throw new Error(refusal);
}

/**
 * DatoCMS serves plugins from an origin other than its own. The same server answers to
 * both loopback names, so the plugin gets the other one.
 * @param {Location} page
 * @param {string} entryPoint relative to the served `/plugin/` folder
 */
export function defaultPluginUrl(page, entryPoint) {
  /** @type {Record<string, string>} */
  const other = { '127.0.0.1': 'localhost', localhost: '127.0.0.1' };
  const otherName = other[page.hostname];
  return otherName ? `${page.protocol}//${otherName}:${page.port}/plugin/${entryPoint}` : `/plugin/${entryPoint}`;
}

/**
 * The plugin's identity, from its package.json (serve.mjs reads it beside the served dist).
 * @returns {Promise<import('../types').PluginPackage>}
 */
export async function fetchPluginPackage() {
  const response = await fetch('/__host/plugin-package.json');
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(`The plugin's package.json: ${body.error}`);
  return body;
}
