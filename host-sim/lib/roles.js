// @ts-check
// The roles the host can play, shaped like the CMA's raw `role` resource
// (`attributes` + `meta.final_permissions`), as DatoCMS puts it in `ctx.currentRole`.
// Every item-type rule names one environment (the CMA's `environment` is required), so a
// rule that holds everywhere is repeated for each environment the host knows.

/** @typedef {import('datocms-plugin-sdk').Role} Role */
/** @typedef {Role['attributes']} RoleAttributes */
/** @typedef {RoleAttributes['positive_item_type_permissions'][number]} ItemTypeRule */
/** @typedef {RoleAttributes['environments_access']} EnvironmentsAccess */

export const PRIMARY_ENVIRONMENT = 'main';

/**
 * One item-type permission rule; `item_type: null` means every model.
 * @param {string} environment
 * @param {'all' | 'read' | 'update' | 'publish'} action
 * @param {{ localization_scope?: 'all' | 'localized' | 'not_localized', locale?: string | null }} [scope]
 * @returns {ItemTypeRule}
 */
function rule(environment, action, scope = {}) {
  const common = {
    item_type: null,
    workflow: null,
    on_stage: null,
    to_stage: null,
    environment,
    on_creator: /** @type {const} */ ('anyone'),
  };
  if (action === 'all') return { ...common, action, localization_scope: 'all', locale: null };
  if (action === 'read') return { ...common, action, localization_scope: 'all', locale: null };
  return { ...common, action, localization_scope: scope.localization_scope ?? 'all', locale: scope.locale ?? null };
}

/** @type {Array<Exclude<keyof RoleAttributes, 'name' | 'environments_access' | `${string}_permissions`>>} */
const PROJECT_FLAGS = [
  'can_edit_favicon',
  'can_edit_site',
  'can_edit_schema',
  'can_manage_menu',
  'can_edit_environment',
  'can_promote_environments',
  'can_manage_users',
  'can_manage_shared_filters',
  'can_manage_upload_collections',
  'can_manage_build_triggers',
  'can_manage_search_indexes',
  'can_manage_webhooks',
  'can_manage_environments',
  'can_manage_sso',
  'can_access_audit_log',
  'can_manage_workflows',
  'can_manage_access_tokens',
  'can_perform_site_search',
  'can_access_build_events_log',
  'can_access_search_index_events_log',
];

/**
 * @param {{ key: string, name: string, isAdmin: boolean, environmentsAccess: EnvironmentsAccess,
 *   environments: string[], positive: ItemTypeRule[] }} definition
 * @returns {Role}
 */
function makeRole({ key, name, isAdmin, environmentsAccess, environments, positive }) {
  const flags = Object.fromEntries(PROJECT_FLAGS.map((flag) => [flag, isAdmin]));
  /** @type {Omit<RoleAttributes, 'name'>} */
  const permissions = {
    .../** @type {Record<(typeof PROJECT_FLAGS)[number], boolean>} */ (flags),
    // Everyone may search; only admins do more.
    can_perform_site_search: true,
    environments_access: environmentsAccess,
    positive_item_type_permissions: positive,
    negative_item_type_permissions: [],
    positive_upload_permissions: environments.map((environment) => ({
      action: 'all',
      environment,
      on_creator: 'anyone',
      localization_scope: 'all',
    })),
    negative_upload_permissions: [],
    positive_build_trigger_permissions: [],
    negative_build_trigger_permissions: [],
    positive_search_index_permissions: [],
    negative_search_index_permissions: [],
  };
  return {
    id: `role-${key}`,
    type: 'role',
    attributes: { name, ...permissions },
    relationships: { inherits_permissions_from: { data: [] } },
    // No inherited roles here, so the final permissions equal the role's own.
    meta: { final_permissions: structuredClone(permissions) },
  };
}

/**
 * The roles, with rules for each of `environments` (the primary first).
 * @param {string[]} environments
 * @returns {Record<string, Role>}
 */
export function buildRoles(environments) {
  /** @param {'all' | 'read' | 'update' | 'publish'} action @param {Parameters<typeof rule>[2]} [scope] */
  const everywhere = (action, scope) => environments.map((environment) => rule(environment, action, scope));
  const onlyPrimary = environments.filter((environment) => environment === PRIMARY_ENVIRONMENT);
  const base = { environments };
  return {
    admin: makeRole({
      ...base,
      key: 'admin',
      name: 'Admin',
      isAdmin: true,
      environmentsAccess: 'all',
      positive: everywhere('all'),
    }),
    'editor-en': makeRole({
      ...base,
      key: 'editor-en',
      name: 'Editor (publishes English only)',
      isAdmin: false,
      environmentsAccess: 'primary_only',
      positive: [
        ...everywhere('read'),
        ...everywhere('update'),
        ...everywhere('publish', { localization_scope: 'localized', locale: 'en' }),
      ],
    }),
    viewer: makeRole({
      ...base,
      key: 'viewer',
      name: 'Viewer (cannot publish)',
      isAdmin: false,
      environmentsAccess: 'primary_only',
      positive: [...everywhere('read'), ...everywhere('update')],
    }),
    // Works in every environment but publishes (and so unpublishes) only in the primary one.
    'publisher-main-only': makeRole({
      ...base,
      key: 'publisher-main-only',
      name: 'Editor (publishes in the primary environment only)',
      isAdmin: false,
      environmentsAccess: 'all',
      positive: [...everywhere('read'), ...everywhere('update'), ...onlyPrimary.map((e) => rule(e, 'publish'))],
    }),
    // May publish, but may not enter a sandbox at all.
    'editor-primary-only': makeRole({
      ...base,
      key: 'editor-primary-only',
      name: 'Editor (primary environment only)',
      isAdmin: false,
      environmentsAccess: 'primary_only',
      positive: onlyPrimary.flatMap((e) => [rule(e, 'read'), rule(e, 'update'), rule(e, 'publish')]),
    }),
  };
}

/**
 * Why `role` may not open `environment`, or null when it may. The CMA role resource
 * (https://www.datocms.com/docs/content-management-api/resources/role) has `environments_access`
 * `all`, `primary_only`, `sandbox_only` or `none`; DatoCMS keeps a role out of the others.
 * @param {Role} role
 * @param {string} environment
 * @param {boolean} isPrimary
 */
export function environmentRefusal(role, environment, isPrimary) {
  const access = role.meta.final_permissions.environments_access;
  const allowed =
    access === 'all' || (access === 'primary_only' && isPrimary) || (access === 'sandbox_only' && !isPrimary);
  return allowed
    ? null
    : `The role ${role.attributes.name} may not open the ${environment} environment (environments_access: ${access})`;
}
