// Builds the settings object a plugin frame gets from `getSettings()` and `onChange()`.
// The SDK turns it into `ctx` (host methods + these properties), so every property
// a real DatoCMS frame has must be here, shaped as the CMA's raw JSON:API resources.
import { ROLES } from './roles.js';

export const THEME = {
  primaryColor: 'rgb(204, 55, 98)',
  accentColor: 'rgb(60, 108, 227)',
  semiTransparentAccentColor: 'rgba(60, 108, 227, 0.1)',
  lightColor: 'rgb(230, 237, 252)',
  darkColor: 'rgb(24, 43, 91)',
};

// Unverified against DatoCMS: the host draws no padding around frames and sends
// none, so a plugin must look right with whatever `ctx.bodyPadding` it gets.
const BODY_PADDING = [0, 0, 0, 0];

const ACCOUNT = {
  id: 'account-1',
  type: 'account',
  attributes: { email: 'owner@example.com', first_name: 'Olive', last_name: 'Owner', company: 'Example Ltd' },
};

const PLUGIN_ID = 'plugin-selective-unpublish';

function currentUser(roleKey) {
  return {
    id: 'user-1',
    type: 'user',
    attributes: { email: 'editor@example.com', full_name: 'Eddie Editor', is_2fa_active: false, is_active: true },
    relationships: { role: { data: { id: ROLES[roleKey].id, type: 'role' } } },
    meta: { last_access: null },
  };
}

function pluginRecord(state) {
  return {
    id: PLUGIN_ID,
    type: 'plugin',
    attributes: {
      name: 'Selective Unpublish',
      description: 'Take chosen locales of a record offline, now or later.',
      url: state.pluginUrl,
      parameters: structuredClone(state.pluginParameters),
      package_name: 'datocms-plugin-selective-unpublish',
      package_version: '0.1.0',
      // The project admin grants (or not) what the manifest asks for.
      permissions: state.tokenGranted ? ['currentUserAccessToken'] : [],
      // SDK v2 plugins have no legacy type; `meta.version` says which SDK they use.
      plugin_type: null,
      field_types: null,
      parameter_definitions: null,
    },
    meta: { version: '2' },
  };
}

/** Properties every plugin frame has, whatever its mode. */
export function baseProperties(state) {
  const user = currentUser(state.role);
  const properties = {
    plugin: pluginRecord(state),
    currentUser: user,
    currentRole: ROLES[state.role],
    site: state.fixtures.site,
    environment: 'main',
    isEnvironmentPrimary: true,
    cdaEndpointUrl: 'https://graphql.datocms.com/',
    cmaBaseUrl: state.cmaUrl,
    owner: ACCOUNT,
    account: ACCOUNT,
    ui: { locale: 'en' },
    theme: THEME,
    itemTypes: state.fixtures.itemTypes,
    fields: state.fixtures.fields,
    fieldsets: {},
    users: { [user.id]: user },
    ssoUsers: {},
  };
  // Without the permission DatoCMS leaves the token out altogether.
  if (state.tokenGranted) properties.currentUserAccessToken = state.fixtures.token;
  return properties;
}

// Records of models without draft/published have `meta.status: null`: they are
// always live, and the form shows them as published.
export function itemStatus(item) {
  if (!item) return 'new';
  return item.meta?.status ?? 'published';
}

function blocksAnalysis(locales) {
  return {
    usage: { total: 0, nonLocalized: 0, perLocale: Object.fromEntries(locales.map((l) => [l, 0])) },
    maximumPerItem: 1000,
  };
}

/** Properties of frames that live inside the record form (sidebar panels). */
export function itemFormProperties(state) {
  return {
    item: state.item,
    itemType: state.fixtures.itemTypes[state.itemTypeId],
    itemStatus: itemStatus(state.item),
    locale: state.locale,
    formValues: state.formValues,
    isSubmitting: false,
    isFormDirty: state.dirty,
    blocksAnalysis: blocksAnalysis(state.fixtures.site.attributes.locales),
  };
}

/** The whole settings object for one frame; `frame.kind` decides the mode. */
export function settingsFor(frame, state) {
  const base = baseProperties(state);
  switch (frame.kind) {
    case 'boot':
      return { ...base, mode: 'onBoot', bodyPadding: BODY_PADDING };
    case 'panel':
      return {
        ...base,
        ...itemFormProperties(state),
        mode: 'renderItemFormSidebarPanel',
        sidebarPaneId: frame.panel.id,
        parameters: frame.panel.parameters ?? {},
        bodyPadding: BODY_PADDING,
      };
    case 'modal':
      return {
        ...base,
        mode: 'renderModal',
        modalId: frame.modal.id,
        parameters: frame.modal.parameters ?? {},
        bodyPadding: BODY_PADDING,
      };
    case 'config':
      return { ...base, mode: 'renderConfigScreen', bodyPadding: BODY_PADDING };
    default:
      throw new Error(`Unknown frame kind ${frame.kind}`);
  }
}
