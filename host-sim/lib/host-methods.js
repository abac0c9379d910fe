// The methods a plugin frame may call on the host (the SDK puts them on `ctx`).
// Every call is recorded first; what the host does not model answers like a
// person who closed the dialog (null), which the event log makes visible.
import { openConfirmDialog, showToast } from './dialogs.js';

/** Methods of every frame. `app` is the host page (see host.js). */
function commonMethods(frame, app) {
  const { state } = app;
  const fieldsOf = (itemTypeId) =>
    Object.values(state.fixtures.fields).filter((f) => f.relationships?.item_type?.data?.id === itemTypeId);
  const dialogClosed = async () => null;

  return {
    getSettings: () => app.settingsFor(frame),
    setHeight: (height) => {
      frame.iframe.style.height = `${Math.ceil(Number(height) || 0)}px`;
    },

    notice: async (message) => {
      showToast({ message, type: 'notice' });
      // DatoCMS refreshes the open record after an action, without holding up the plugin.
      app.refreshItem();
    },
    alert: async (message) => {
      showToast({ message, type: 'alert' });
    },
    customToast: (toast) => showToast(toast),
    openConfirm: (options) => openConfirmDialog(options),
    openModal: (modal) => app.openModal(modal),

    updatePluginParameters: (parameters) => app.updatePluginParameters(parameters),
    updateFieldAppearance: async () => {},
    navigateTo: (path) => app.navigateTo(path),

    loadItemTypeFields: async (itemTypeId) => fieldsOf(itemTypeId),
    loadItemTypeFieldsets: async () => [],
    loadFieldsUsingPlugin: async () => [],
    loadUsers: async () => Object.values(app.settingsFor(frame).users),
    loadSsoUsers: async () => [],

    createNewItem: dialogClosed,
    selectItem: dialogClosed,
    editItem: dialogClosed,
    selectUpload: dialogClosed,
    editUpload: dialogClosed,
    editUploadMetadata: dialogClosed,

    // Only needed for extraCtxMethodKeys, which this host never passes.
    callAdditionalCtxMethod: async (callId, methodName) => {
      throw new Error(`The host passed no extra ctx method ${methodName} for call ${callId}`);
    },
  };
}

/** Methods of frames that live in the record form. */
function itemFormMethods(app) {
  return {
    scrollToField: async () => {},
    toggleField: async () => {},
    disableField: async () => {},
    setFieldValue: async (path, value) => app.setFieldValue(path, value),
    saveCurrentItem: async () => app.saveCurrentItem(),
    formValuesToItem: async (formValues) => ({ attributes: structuredClone(formValues) }),
    itemToFormValues: async (item) => structuredClone(item.attributes ?? {}),
  };
}

/** Wraps each method so that the call lands in the event log before it runs. */
function recorded(methods, frame, app) {
  return Object.fromEntries(
    Object.entries(methods).map(([name, method]) => [
      name,
      (...args) => {
        app.record(frame, name, args);
        return method(...args);
      },
    ]),
  );
}

export function buildHostMethods(frame, app, extra = {}) {
  const methods = { ...commonMethods(frame, app), ...extra };
  if (frame.kind === 'panel') Object.assign(methods, itemFormMethods(app));
  return recorded(methods, frame, app);
}
