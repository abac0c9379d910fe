// @ts-check
// The installed plugin as DatoCMS knows it (`ctx.plugin`, the CMA's raw `plugin` resource),
// built from the plugin's own package.json (its `datoCmsPlugin` block), as DatoCMS builds it
// when a plugin is installed from npm.

/** @typedef {import('datocms-plugin-sdk').Plugin} Plugin */
/** @typedef {import('../types').HostState} HostState */

/** The id DatoCMS gave the installed plugin (used in `/p/<id>/pages/…` paths). */
export const PLUGIN_ID = 'plugin-selective-unpublish';

/**
 * DatoCMS's technical limits page (https://www.datocms.com/docs/content-management-api/technical-limits):
 * plugin parameters are limited to 10 KB. Read here as
 * 10 × 1024 bytes of the parameters' JSON in UTF-8; the unit and how DatoCMS measures
 * it are unverified.
 */
export const PARAMETERS_LIMIT_BYTES = 10 * 1024;

/**
 * Rejects parameters DatoCMS would not store.
 * @param {unknown} parameters
 */
export function checkParametersSize(parameters) {
  const bytes = new TextEncoder().encode(JSON.stringify(parameters ?? {})).length;
  if (bytes > PARAMETERS_LIMIT_BYTES) {
    throw new Error(
      `Plugin parameters are limited to 10 KB (${PARAMETERS_LIMIT_BYTES} bytes of JSON); ` +
        `these take ${bytes} bytes. Nothing was saved.`,
    );
  }
}

/** @type {ReadonlyArray<Plugin['attributes']['permissions'][number]>} */
const KNOWN_PERMISSIONS = ['currentUserAccessToken'];

/**
 * The permissions the plugin holds: what its manifest asks for, if the admin granted it.
 * @param {HostState} state
 */
function grantedPermissions(state) {
  if (!state.tokenGranted) return [];
  return KNOWN_PERMISSIONS.filter((permission) => state.pluginPackage.permissions.includes(permission));
}

/**
 * @param {HostState} state
 * @returns {Plugin}
 */
export function pluginRecord(state) {
  const pkg = state.pluginPackage;
  return {
    id: PLUGIN_ID,
    type: 'plugin',
    attributes: {
      name: pkg.title ?? pkg.name ?? 'Unnamed plugin',
      description: pkg.description,
      url: state.pluginUrl,
      parameters: structuredClone(state.pluginParameters),
      package_name: pkg.name,
      package_version: pkg.version,
      permissions: grantedPermissions(state),
      // SDK v2 plugins have no legacy type; `meta.version` says which SDK they use.
      plugin_type: null,
      field_types: null,
      parameter_definitions: null,
    },
    meta: { version: '2' },
  };
}
