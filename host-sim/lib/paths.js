// @ts-check
// The DatoCMS paths `ctx.navigateTo` takes, as far as the host models them. No DOM here:
// the self-test imports this module in node.
//
// Sources (public plugin code and the SDK docs; the exact routing table is not documented):
// - records: `/editor/item_types/<model>/items/<record>/edit`, new: `…/items/new`, list: `…/items`;
// - plugin pages: `/configuration/p/<plugin>/pages/<page>` (settings area) and
//   `/editor/p/<plugin>/pages/<page>` (content area) as official plugins navigate to them;
//   `/p/<plugin>/pages/<page>` for top-bar tabs is the host's assumption;
// - a sandbox environment prefixes every path with `/environments/<id>` (official plugins
//   add it when `ctx.isEnvironmentPrimary` is false).

/** @typedef {'main' | 'content' | 'settings'} PageArea */
/** @typedef {{ pathname: string, search: string, hash: string }} Location */
/**
 * @typedef {{ kind: 'record', itemTypeId: string, itemId: string }
 *   | { kind: 'new-record', itemTypeId: string }
 *   | { kind: 'collection', itemTypeId: string }
 *   | { kind: 'page', area: PageArea, pluginId: string, pageId: string, location: Location }} Destination
 */

/** @type {Record<PageArea, string>} */
const PAGE_PREFIX = { main: '', content: '/editor', settings: '/configuration' };

/**
 * @param {string | null} environment a sandbox's id, or null for the primary environment
 * @param {string} path a path as the primary environment has it
 */
export function inEnvironment(environment, path) {
  return environment ? `/environments/${encodeURIComponent(environment)}${path}` : path;
}

/**
 * The path of a plugin page, as DatoCMS shows it in the address bar.
 * @param {{ area: PageArea, pluginId: string, pageId: string, environment: string | null }} page
 */
export function pagePath({ area, pluginId, pageId, environment }) {
  return inEnvironment(
    environment,
    `${PAGE_PREFIX[area]}/p/${encodeURIComponent(pluginId)}/pages/${encodeURIComponent(pageId)}`,
  );
}

/**
 * @param {string} pathname without the environment prefix
 * @returns {Omit<Extract<Destination, { kind: 'page' }>, 'location'> | null}
 */
function pageDestination(pathname) {
  const match = /^(\/editor|\/configuration)?\/p\/([^/]+)\/pages\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  /** @type {PageArea} */
  let area = 'main';
  if (match[1] === '/editor') area = 'content';
  if (match[1] === '/configuration') area = 'settings';
  return {
    kind: 'page',
    area,
    pluginId: decodeURIComponent(match[2] ?? ''),
    pageId: decodeURIComponent(match[3] ?? ''),
  };
}

/**
 * @param {string} pathname without the environment prefix
 * @returns {Destination | null}
 */
function editorDestination(pathname) {
  const match = /^\/editor\/item_types\/([^/]+)\/items(?:\/([^/]+)(\/edit)?)?\/?$/.exec(pathname);
  if (!match) return null;
  const itemTypeId = decodeURIComponent(match[1] ?? '');
  const itemId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
  if (itemId === undefined) return { kind: 'collection', itemTypeId };
  if (itemId === 'new' && !match[3]) return { kind: 'new-record', itemTypeId };
  return { kind: 'record', itemTypeId, itemId };
}

/**
 * Reads a navigateTo path: which environment it is in (null: the primary one) and where it
 * leads (null: a place the host does not model).
 * @param {string} path
 * @returns {{ environment: string | null, destination: Destination | null }}
 */
export function parseNavigationPath(path) {
  const url = new URL(path, 'https://host.invalid');
  let pathname = url.pathname;
  /** @type {string | null} */
  let environment = null;
  const prefix = /^\/environments\/([^/]+)(\/.*)?$/.exec(pathname);
  if (prefix) {
    environment = decodeURIComponent(prefix[1] ?? '');
    pathname = prefix[2] ?? '/';
  }
  const page = pageDestination(pathname);
  if (page) {
    return {
      environment,
      destination: { ...page, location: { pathname: url.pathname, search: url.search, hash: url.hash } },
    };
  }
  return { environment, destination: editorDestination(pathname) };
}
