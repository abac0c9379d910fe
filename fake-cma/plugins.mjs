// The plugins installed in an environment, with their parameters. Plugins and their
// parameters are per environment (an environment is a copy of the whole project's schema
// and configuration), so each environment holds its own.
//
// Sources:
//   [plugin]   https://www.datocms.com/docs/content-management-api/resources/plugin (object
//              payload: name, description, url, parameters, package_name, package_version,
//              permissions, meta.version; plugin_type, field_types, parameter_definitions deprecated)
//   [self]     https://www.datocms.com/docs/content-management-api/resources/plugin/self
//              (GET /plugins/:plugin_id, "Returns a resource object of type plugin"; the client,
//              @datocms/cma-client 5.8 generated/resources/Plugin.ts, `rawFind`, calls that URL)
//   [errors]   https://www.datocms.com/docs/content-management-api/errors (NOT_FOUND listed;
//              404 for an unknown plugin id is assumed, as for records)
//   [fork]     https://www.datocms.com/product-updates/immutable-ids-during-environment-fork-and-site-duplication
//              (a fork keeps ids: the same plugin id in every environment is assumed to follow)

import { ApiFailure } from './errors.mjs';

/**
 * The id the host simulator gives the installed plugin (host-sim/lib/plugin-record.js,
 * PLUGIN_ID): the plugin reads its settings in another environment under `ctx.plugin.id`.
 */
export const SELECTIVE_UNPUBLISH_PLUGIN_ID = 'plugin-selective-unpublish';

/**
 * @typedef {object} PluginSeed
 * @property {string} id
 * @property {Record<string, unknown>} parameters
 * @property {string} [name] default 'Selective Unpublish'
 * @property {string | null} [packageName] default 'datocms-plugin-selective-unpublish'
 * @property {string | null} [packageVersion] default '0.1.0'
 */

/**
 * What an environment has installed when its seed says nothing: this plugin, freshly installed
 * (`{}`: the factory defaults, as the plugin reads them).
 * @returns {PluginSeed[]}
 */
export const defaultPlugins = () => [{ id: SELECTIVE_UNPUBLISH_PLUGIN_ID, parameters: {} }];

/** @param {PluginSeed} plugin [plugin] object payload. */
export function rawPlugin(plugin) {
  return {
    id: plugin.id,
    type: 'plugin',
    attributes: {
      name: plugin.name ?? 'Selective Unpublish',
      description: null,
      url: 'https://unpkg.com/datocms-plugin-selective-unpublish/dist/index.html',
      parameters: structuredClone(plugin.parameters),
      package_name: plugin.packageName === undefined ? 'datocms-plugin-selective-unpublish' : plugin.packageName,
      package_version: plugin.packageVersion === undefined ? '0.1.0' : plugin.packageVersion,
      permissions: ['currentUserAccessToken'],
      // SDK v2 plugins have no legacy type ([plugin]: "makes sense for legacy plugins only").
      plugin_type: null,
      field_types: null,
      parameter_definitions: null,
    },
    meta: { version: '2' },
  };
}

export class Plugins {
  /** @param {PluginSeed[]} seeds */
  constructor(seeds) {
    /** @type {Map<string, PluginSeed>} */
    this.byId = new Map(structuredClone(seeds).map((plugin) => [plugin.id, plugin]));
  }

  /** [self]; an id not installed here is 404 NOT_FOUND ([errors]). @param {string} id */
  find(id) {
    const plugin = this.byId.get(id);
    if (!plugin) throw new ApiFailure(404, 'NOT_FOUND', { plugin_id: id, message: `no plugin ${id}` });
    return plugin;
  }

  /**
   * Installs a plugin or replaces its parameters (a control, not an API route); null uninstalls it.
   * @param {string} id
   * @param {Record<string, unknown> | null} parameters
   */
  set(id, parameters) {
    if (parameters === null) {
      this.byId.delete(id);
      return;
    }
    if (typeof parameters !== 'object' || Array.isArray(parameters)) throw new TypeError('parameters is an object');
    const existing = this.byId.get(id);
    this.byId.set(id, { ...existing, id, parameters: structuredClone(parameters) });
  }
}
