// @ts-check
// The plugin's pages: the navigation entries the boot frame declares (`mainNavigationTabs`,
// `contentAreaSidebarItems`, `settingsAreaSidebarItemGroups`) and the full-size `renderPage` frame.
import {
  callBootHook,
  expectArrayOf,
  implementsHook,
  isContentAreaSidebarItem,
  isMainNavigationTab,
  isSettingsGroup,
} from './boot.js';
import { pagePath } from './paths.js';
import { PLUGIN_ID } from './plugin-record.js';
import { element } from './views.js';

/** @typedef {import('../types').Host} Host */
/** @typedef {import('../types').NavigationEntries} NavigationEntries */
/** @typedef {import('./paths.js').PageArea} PageArea */

/** @param {Host} host */
const sandbox = (host) => (host.state.isEnvironmentPrimary ? null : host.state.environment);

/**
 * Asks the boot frame for the plugin's navigation entries (each hook only if implemented).
 * @param {Host} host
 * @returns {Promise<NavigationEntries>}
 */
export async function askNavigation(host) {
  const boot = { bootFrame: host.bootFrame(), recordHost: host.recordHost };
  /**
   * @template T
   * @param {string} hook
   * @param {(value: unknown) => value is T} check
   * @param {string} expected
   * @returns {Promise<T[]>}
   */
  const ask = async (hook, check, expected) => {
    const answer = await callBootHook(boot, hook, [], { summary: [] });
    return answer.implemented ? expectArrayOf(hook, answer.result, check, expected) : [];
  };
  return {
    mainNavigationTabs: await ask('mainNavigationTabs', isMainNavigationTab, '{ label, icon, pointsTo }'),
    contentAreaSidebarItems: await ask(
      'contentAreaSidebarItems',
      isContentAreaSidebarItem,
      '{ label, icon, pointsTo: { pageId } }',
    ),
    settingsAreaSidebarItemGroups: await ask('settingsAreaSidebarItemGroups', isSettingsGroup, '{ label, items }'),
  };
}

/**
 * The area whose menu points to `pageId`: it decides the page's path.
 * @param {NavigationEntries} navigation
 * @param {string} pageId
 * @returns {PageArea}
 */
export function areaOf(navigation, pageId) {
  /** @param {{ pointsTo: object }} entry */
  const points = (entry) => 'pageId' in entry.pointsTo && entry.pointsTo.pageId === pageId;
  if (navigation.mainNavigationTabs.some(points)) return 'main';
  if (navigation.contentAreaSidebarItems.some(points)) return 'content';
  if (navigation.settingsAreaSidebarItemGroups.some((group) => group.items.some(points))) return 'settings';
  return 'main';
}

/**
 * @param {Host} host
 * @param {(pageId: string) => void} open
 */
export function drawNavigation(host, open) {
  const { navigation } = host.state;
  /** @param {string} area @param {string} label @param {string} pageId */
  const link = (area, label, pageId) => {
    const button = element('button', { type: 'button', className: 'nav-entry', textContent: label });
    button.dataset.pageId = pageId;
    button.dataset.area = area;
    button.addEventListener('click', () => open(pageId));
    return button;
  };
  const entries = [
    ...navigation.mainNavigationTabs.flatMap((tab) =>
      'pageId' in tab.pointsTo ? [link('main', tab.label, tab.pointsTo.pageId)] : [],
    ),
    ...navigation.contentAreaSidebarItems.map((item) => link('content', item.label, item.pointsTo.pageId)),
    ...navigation.settingsAreaSidebarItemGroups.flatMap((group) =>
      group.items.map((item) => link('settings', `${group.label} › ${item.label}`, item.pointsTo.pageId)),
    ),
  ];
  host.element('plugin-nav').replaceChildren(...entries);
}

/**
 * Shows a plugin page full size, in `renderPage` mode.
 * @param {Host} host
 * @param {string} pageId
 * @param {import('../types').PageLocation} [location] where navigateTo led (default: the page's own path)
 */
export async function openPage(host, pageId, location) {
  const generation = host.beginLoad('page');
  const { state } = host;
  try {
    state.loadedFieldModels = new Set();
    await host.pushAll();
    const pathname = pagePath({
      area: areaOf(state.navigation, pageId),
      pluginId: PLUGIN_ID,
      pageId,
      environment: sandbox(host),
    });
    const page = { pageId, location: location ?? { pathname, search: '', hash: '' } };
    state.page = page;
    const { pathname: shown, search } = page.location;
    host.element('page-title').textContent = `Plugin page ${pageId} — ${shown}${search}`;
    const container = host.element('page');
    container.replaceChildren();
    const frame = host.mount(container, 'page', `page:${pageId}`, { page });
    if (!(await implementsHook(frame, 'renderPage'))) throw new Error('The plugin does not implement renderPage');
    await host.finishLoad(generation, [frame]);
  } catch (error) {
    host.failLoad(generation, error);
  }
}
