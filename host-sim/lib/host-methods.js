// @ts-check
// The methods a plugin frame may call on the host (the SDK puts them on `ctx`), typed per
// frame mode with the SDK's own ctx types. Every call is recorded first; what the host does
// not model answers like a person who closed the dialog (null), which the event log shows.
import { openConfirmDialog, showToast } from './dialogs.js';
import { checkParametersSize } from './plugin-record.js';

/** @typedef {import('../types').App} App */
/** @typedef {import('../types').Frame} Frame */
/** @typedef {import('../types').BootMethods} BootMethods */

/**
 * Methods every frame has (`BaseMethods` in the SDK), whatever its mode.
 * @param {Frame} frame
 * @param {App} app
 * @returns {Omit<BootMethods, 'getSettings'>}
 */
function commonMethods(frame, app) {
  const dialogClosed = async () => null;
  return {
    setHeight: async (height) => {
      frame.iframe.style.height = `${Math.ceil(Number(height) || 0)}px`;
    },
    // DatoCMS shows the toast and does nothing else: it does not re-read the record (issue 13.9).
    notice: async (message) => {
      showToast({ message, type: 'notice' });
    },
    alert: async (message) => {
      showToast({ message, type: 'alert' });
    },
    customToast: (toast) => showToast(toast),
    openConfirm: (options) => openConfirmDialog(options),
    openModal: (modal) => app.openModal(modal),

    updatePluginParameters: async (parameters) => {
      checkParametersSize(parameters);
      await app.updatePluginParameters(parameters);
    },
    updateFieldAppearance: async () => {},
    navigateTo: (path) => app.navigateTo(path),

    loadItemTypeFields: (itemTypeId) => app.loadItemTypeFields(itemTypeId),
    loadItemTypeFieldsets: async () => [],
    loadFieldsUsingPlugin: async () => [],
    loadUsers: async () => Object.values(app.settingsFor(frame).users).flatMap((user) => (user ? [user] : [])),
    loadSsoUsers: async () => [],

    createNewItem: dialogClosed,
    selectItem: dialogClosed,
    editItem: dialogClosed,
    selectUpload: dialogClosed,
    editUpload: dialogClosed,
    editUploadMetadata: dialogClosed,

    callAdditionalCtxMethod: async (callId, methodName) => {
      throw new Error(`The host passed no extra ctx method ${methodName} for call ${callId}`);
    },
  };
}

/**
 * Methods of frames that live in the record form.
 * @param {App} app
 * @returns {import('datocms-plugin-sdk').ItemFormAdditionalMethods}
 */
function itemFormMethods(app) {
  return {
    scrollToField: async () => {},
    toggleField: async () => {},
    disableField: async () => {},
    setFieldValue: (path, value) => app.setFieldValue(path, value),
    saveCurrentItem: () => app.saveCurrentItem(),
    formValuesToItem: async (formValues) => ({
      type: 'item',
      attributes: structuredClone(formValues),
      relationships: { item_type: { data: { id: app.state.itemTypeId ?? '', type: 'item_type' } } },
    }),
    itemToFormValues: async (item) => structuredClone(item.attributes ?? {}),
  };
}

/**
 * Wraps each method so that the call lands in the event log before it runs.
 * @template {object} M
 * @param {M} methods
 * @param {Frame} frame
 * @param {App} app
 * @returns {M}
 */
function recorded(methods, frame, app) {
  return /** @type {M} */ (
    Object.fromEntries(
      Object.entries(methods).map(([name, method]) => [
        name,
        /** @param {unknown[]} args */
        (...args) => {
          app.record(frame, name, args);
          return method(...args);
        },
      ]),
    )
  );
}

/**
 * @param {Frame} frame
 * @param {App} app
 * @param {{ resolve?: (value: unknown) => Promise<void> }} [extra] a modal's `resolve`
 * @returns {import('../types').AnyHostMethods}
 */
export function buildHostMethods(frame, app, extra = {}) {
  const common = commonMethods(frame, app);
  switch (frame.kind) {
    case 'panel': {
      /** @type {import('../types').PanelMethods} */
      const methods = {
        ...common,
        ...itemFormMethods(app),
        getSettings: () => /** @type {import('../types').PanelSettings} */ (app.settingsFor(frame)),
      };
      return recorded(methods, frame, app);
    }
    case 'modal': {
      const { resolve } = extra;
      if (!resolve) throw new Error('A modal frame needs resolve');
      /** @type {import('../types').ModalMethods} */
      const methods = {
        ...common,
        resolve,
        getSettings: () => /** @type {import('../types').ModalSettings} */ (app.settingsFor(frame)),
      };
      return recorded(methods, frame, app);
    }
    case 'page': {
      /** @type {import('../types').PageMethods} */
      const methods = {
        ...common,
        getSettings: () => /** @type {import('../types').PageSettings} */ (app.settingsFor(frame)),
      };
      return recorded(methods, frame, app);
    }
    case 'config': {
      /** @type {import('../types').ConfigMethods} */
      const methods = {
        ...common,
        getSettings: () => /** @type {import('../types').ConfigSettings} */ (app.settingsFor(frame)),
      };
      return recorded(methods, frame, app);
    }
    case 'boot': {
      /** @type {BootMethods} */
      const methods = {
        ...common,
        getSettings: () => /** @type {import('../types').BootSettings} */ (app.settingsFor(frame)),
      };
      return recorded(methods, frame, app);
    }
    default:
      throw new Error(`Unknown frame kind ${/** @type {{ kind: string }} */ (frame).kind}`);
  }
}
