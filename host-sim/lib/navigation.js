// @ts-check
// `ctx.navigateTo`: follows the DatoCMS paths the host draws (lib/paths.js). Paths into
// another environment, another plugin's pages, unknown records or places the host does not
// draw are recorded (`host:navigation`, `followed: false`) and not followed.
import { openCollection } from './collection-view.js';
import { openPage } from './pages.js';
import { parseNavigationPath } from './paths.js';
import { PLUGIN_ID } from './plugin-record.js';
import { selectRecord } from './record-view.js';
import { PRIMARY_ENVIRONMENT } from './roles.js';

/**
 * @param {import('../types').Host} host
 * @param {string} path
 */
export async function navigateTo(host, path) {
  const { state } = host;
  const { environment: target, destination } = parseNavigationPath(path);
  const here = state.isEnvironmentPrimary ? null : state.environment;
  const known = (/** @type {string} */ id) => state.fixtures.items.some((item) => item.id === id);
  let followed = target === here && destination !== null;
  if (destination?.kind === 'page') followed &&= destination.pluginId === PLUGIN_ID;
  if (destination?.kind === 'record') followed &&= known(destination.itemId);
  host.recordHost('host:navigation', [{ path, environment: target ?? PRIMARY_ENVIRONMENT, destination, followed }]);
  if (!followed || !destination) {
    host.note('navigation not followed', path);
    return;
  }
  // The plugin's call returns once the navigation has started, as the frame that made it may go.
  if (destination.kind === 'record') void selectRecord(host, destination.itemId);
  if (destination.kind === 'new-record') void selectRecord(host, `new:${destination.itemTypeId}`);
  if (destination.kind === 'collection') void openCollection(host, destination.itemTypeId);
  if (destination.kind === 'page') void openPage(host, destination.pageId, destination.location);
}
