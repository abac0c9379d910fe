// @ts-check
// Builds the settings object a plugin frame gets from `getSettings()` and `onChange()`.
// The SDK turns it into `ctx` (host methods + these properties), so every property a real
// DatoCMS frame has must be here, shaped as the CMA's raw JSON:API resources. Each builder
// is typed with the SDK's own ctx type (types.d.ts): a missing or misspelled property fails
// `npm run typecheck`.
import { pluginRecord } from './plugin-record.js';

/** @typedef {import('../types').HostState} HostState */
/** @typedef {import('../types').Frame} Frame */
/** @typedef {import('datocms-plugin-sdk').Field} Field */
/** @typedef {import('datocms-plugin-sdk').Item} Item */
/** @typedef {import('datocms-plugin-sdk').User} User */
/** @typedef {import('datocms-plugin-sdk').Account} Account */
/** @typedef {[number, number, number, number]} Padding */

/** @type {import('datocms-plugin-sdk').Theme} */
export const THEME = {
  primaryColor: 'rgb(204, 55, 98)',
  accentColor: 'rgb(60, 108, 227)',
  semiTransparentAccentColor: 'rgba(60, 108, 227, 0.1)',
  lightColor: 'rgb(230, 237, 252)',
  darkColor: 'rgb(24, 43, 91)',
};

// `bodyPadding` per frame mode, [top, right, bottom, left] in px. Unverified against DatoCMS
// (see host-sim/README.md): a sidebar panel frame runs edge to edge in its panel and gets the
// 20px that datocms-react-ui's SidebarPanel, the replica of DatoCMS's own panels, puts around
// its content; full-page frames get none, as in the SDK docs' live examples.
/** @type {Record<'boot' | 'panel' | 'modal' | 'config' | 'page', Padding>} */
export const BODY_PADDING = {
  boot: [0, 0, 0, 0],
  panel: [20, 20, 20, 20],
  modal: [0, 0, 0, 0],
  config: [0, 0, 0, 0],
  page: [0, 0, 0, 0],
};

/** @type {Account} */
const ACCOUNT = {
  id: 'account-1',
  type: 'account',
  attributes: { email: 'owner@example.com', first_name: 'Olive', last_name: 'Owner', company: 'Example Ltd' },
};

/** @param {HostState} state @returns {User} */
function currentUser(state) {
  const role = state.roles[state.role];
  if (!role) throw new Error(`Unknown role ${state.role}`);
  return {
    id: 'user-1',
    type: 'user',
    attributes: { email: 'editor@example.com', full_name: 'Eddie Editor', is_2fa_active: false, is_active: true },
    relationships: { role: { data: { id: role.id, type: 'role' } } },
    meta: { last_access: null },
  };
}

/**
 * The fields the CMS has loaded: only those of the models in `state.loadedFieldModels`
 * (SDK docs, `fields`: "All the fields currently loaded … use `loadItemTypeFields`").
 * @param {HostState} state
 * @returns {Record<string, Field>}
 */
export function loadedFields(state) {
  return Object.fromEntries(
    Object.entries(state.fixtures.fields).filter(([, field]) =>
      state.loadedFieldModels.has(field.relationships.item_type.data.id),
    ),
  );
}

/**
 * Properties every plugin frame has, whatever its mode.
 * @param {HostState} state
 * @returns {import('../types').BaseSettings}
 */
export function baseProperties(state) {
  const user = currentUser(state);
  const role = state.roles[state.role];
  if (!role) throw new Error(`Unknown role ${state.role}`);
  const plugin = pluginRecord(state);
  /** @type {import('../types').BaseSettings} */
  const properties = {
    plugin,
    currentUser: user,
    currentRole: role,
    site: state.fixtures.site,
    environment: state.environment,
    isEnvironmentPrimary: state.isEnvironmentPrimary,
    cdaEndpointUrl: 'https://graphql.datocms.com/',
    cmaBaseUrl: state.cmaUrl,
    owner: ACCOUNT,
    account: ACCOUNT,
    ui: { locale: 'en' },
    theme: THEME,
    itemTypes: state.fixtures.itemTypes,
    fields: loadedFields(state),
    fieldsets: {},
    users: { [user.id]: user },
    ssoUsers: {},
  };
  // Without the permission DatoCMS leaves the token out altogether.
  if (plugin.attributes.permissions.includes('currentUserAccessToken')) {
    properties.currentUserAccessToken = state.fixtures.token;
  }
  return properties;
}

/**
 * Records of models without draft/published have `meta.status: null`: they are
 * always live, and the form shows them as published.
 * @param {Item | null} item
 * @returns {'new' | 'draft' | 'updated' | 'published'}
 */
export function itemStatus(item) {
  if (!item) return 'new';
  return item.meta.status ?? 'published';
}

/** @param {string[]} locales */
function blocksAnalysis(locales) {
  return {
    usage: { total: 0, nonLocalized: 0, perLocale: Object.fromEntries(locales.map((l) => [l, 0])) },
    maximumPerItem: 1000,
  };
}

/** @param {HostState} state */
function openItemType(state) {
  const itemType = state.itemTypeId ? state.fixtures.itemTypes[state.itemTypeId] : undefined;
  if (!itemType) throw new Error('No record is open');
  return itemType;
}

/**
 * The whole settings object for one frame; `frame.kind` decides the mode.
 * @param {Frame} frame
 * @param {HostState} state
 * @returns {import('../types').AnySettings}
 */
export function settingsFor(frame, state) {
  const base = baseProperties(state);
  switch (frame.kind) {
    case 'boot': {
      /** @type {import('../types').BootSettings} */
      const settings = { ...base, mode: 'onBoot', bodyPadding: BODY_PADDING.boot };
      return settings;
    }
    case 'panel': {
      if (!frame.panel) throw new Error(`Frame ${frame.name} has no panel`);
      /** @type {import('../types').PanelSettings} */
      const settings = {
        ...base,
        mode: 'renderItemFormSidebarPanel',
        bodyPadding: BODY_PADDING.panel,
        sidebarPaneId: frame.panel.id,
        parameters: frame.panel.parameters ?? {},
        item: state.item,
        itemType: openItemType(state),
        itemStatus: itemStatus(state.item),
        locale: state.locale,
        formValues: state.formValues,
        isSubmitting: false,
        isFormDirty: state.dirty,
        blocksAnalysis: blocksAnalysis(state.fixtures.site.attributes.locales),
      };
      return settings;
    }
    case 'modal': {
      if (!frame.modal) throw new Error(`Frame ${frame.name} has no modal`);
      /** @type {import('../types').ModalSettings} */
      const settings = {
        ...base,
        mode: 'renderModal',
        bodyPadding: BODY_PADDING.modal,
        modalId: frame.modal.id,
        parameters: frame.modal.parameters ?? {},
      };
      return settings;
    }
    case 'config': {
      /** @type {import('../types').ConfigSettings} */
      const settings = { ...base, mode: 'renderConfigScreen', bodyPadding: BODY_PADDING.config };
      return settings;
    }
    case 'page': {
      if (!frame.page) throw new Error(`Frame ${frame.name} has no page`);
      /** @type {import('../types').PageSettings} */
      const settings = {
        ...base,
        mode: 'renderPage',
        bodyPadding: BODY_PADDING.page,
        pageId: frame.page.pageId,
        location: frame.page.location,
      };
      return settings;
    }
    default:
      throw new Error(`Unknown frame kind ${/** @type {{ kind: string }} */ (frame).kind}`);
  }
}
