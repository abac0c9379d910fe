// The three roles the host can play, shaped like the CMA's raw `role` resource
// (`attributes` + `meta.final_permissions`), as DatoCMS puts it in `ctx.currentRole`.

const ENVIRONMENT = 'main';

/** One item-type permission rule; `item_type: null` means every model. */
function rule(action, overrides = {}) {
  return {
    item_type: null,
    workflow: null,
    on_stage: null,
    to_stage: null,
    environment: ENVIRONMENT,
    action,
    on_creator: 'anyone',
    localization_scope: 'all',
    locale: null,
    ...overrides,
  };
}

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

function makeRole({ key, name, isAdmin, positive }) {
  const flags = Object.fromEntries(PROJECT_FLAGS.map((flag) => [flag, isAdmin]));
  const permissions = {
    ...flags,
    // Everyone may search and use the primary environment; only admins do more.
    can_perform_site_search: true,
    environments_access: isAdmin ? 'all' : 'primary_only',
    positive_item_type_permissions: positive,
    negative_item_type_permissions: [],
    positive_upload_permissions: [{ action: 'all', environment: ENVIRONMENT, on_creator: 'anyone' }],
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

export const ROLES = {
  admin: makeRole({ key: 'admin', name: 'Admin', isAdmin: true, positive: [rule('all')] }),
  'editor-en': makeRole({
    key: 'editor-en',
    name: 'Editor (publishes English only)',
    isAdmin: false,
    positive: [
      rule('read'),
      rule('update'),
      rule('publish', { localization_scope: 'localized', locale: 'en' }),
    ],
  }),
  viewer: makeRole({
    key: 'viewer',
    name: 'Viewer (cannot publish)',
    isAdmin: false,
    positive: [rule('read'), rule('update')],
  }),
};
