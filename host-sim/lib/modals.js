// @ts-check
// `ctx.openModal`: a host dialog around a plugin frame in `renderModal` mode. The promise
// resolves with what the modal passes to `ctx.resolve`, or null when the person closes it.
import { openModalShell } from './dialogs.js';

/** @typedef {import('../types').Host} Host */
/** @typedef {import('datocms-plugin-sdk').Modal} Modal */
/** @typedef {{ modal: Modal, close: (value: unknown) => void }} OpenModal */

/** Open modals, the most recent last. @type {OpenModal[]} */
const openModals = [];

/**
 * @param {Host} host
 * @param {Modal} modal
 * @returns {Promise<unknown>}
 */
export function openModal(host, modal) {
  if (typeof modal?.id !== 'string') return Promise.reject(new Error('openModal needs { id, ... }'));
  return new Promise((resolve) => {
    /** @type {import('../types').Frame | null} */
    let frame = null;
    /** @type {OpenModal} */
    const entry = {
      modal: structuredClone(modal),
      close: (value) => {
        if (!openModals.includes(entry)) return; // resolve() and Close answer once
        openModals.splice(openModals.indexOf(entry), 1);
        if (frame) host.unmount(frame);
        shell.dialog.remove();
        host.recordHost('host:modalClosed', [{ id: modal.id, value }]);
        resolve(value);
      },
    };
    const shell = openModalShell(modal, () => entry.close(null));
    openModals.push(entry);
    frame = host.mount(
      shell.body,
      'modal',
      `modal:${modal.id}`,
      { modal },
      {
        height: modal.initialHeight ?? 0,
        // Answer the plugin's resolve() call before its frame goes away.
        resolve: async (value) => {
          setTimeout(() => entry.close(value), 0);
        },
      },
    );
  });
}

/** The open modals, the most recent last. */
export function listModals() {
  return openModals.map(({ modal }) => structuredClone(modal));
}

/** Closes the most recent modal as its Close button does (resolving its promise with null). */
export function closeTopModal() {
  const top = openModals.at(-1);
  if (!top) throw new Error('No modal is open');
  if (top.modal.closeDisabled)
    throw new Error(`The modal ${top.modal.id} has closeDisabled: only ctx.resolve closes it`);
  top.close(null);
}
