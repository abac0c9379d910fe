// @ts-check
// Dialogs and toasts drawn in the host page, as DatoCMS draws them outside the plugin frame.

/** @typedef {import('datocms-plugin-sdk').ConfirmOptions} ConfirmOptions */
/** @typedef {import('datocms-plugin-sdk').ConfirmChoice} ConfirmChoice */
/** @typedef {import('datocms-plugin-sdk').Modal} Modal */
/** @typedef {{ options: ConfirmOptions, settle: (value: unknown) => void, dialog?: HTMLDialogElement }} ConfirmEntry */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Partial<HTMLElementTagNameMap[K]>} [attributes]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
function element(tag, attributes = {}, children = []) {
  const node = Object.assign(document.createElement(tag), attributes);
  node.append(...children);
  return node;
}

// --- Confirm dialogs (ctx.openConfirm) -----------------------------------------

// Confirms asked while one is open wait their turn, one dialog at a time.
/** @type {ConfirmEntry[]} */
const confirmQueue = [];
let confirmCount = 0;

/** @param {unknown} a @param {unknown} b */
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** @param {ConfirmEntry} entry */
function drawConfirm({ options, settle }) {
  const dialog = element('dialog', { className: 'confirm-dialog' });
  const titleId = `confirm-title-${++confirmCount}`;
  dialog.setAttribute('aria-labelledby', titleId);
  /** @param {ConfirmChoice} choice @param {string} role */
  const buttonFor = (choice, role) =>
    element('button', {
      type: 'button',
      textContent: choice.label,
      className: `button button--${choice.intent ?? 'neutral'} button--${role}`,
      onclick: () => settle(choice.value),
    });
  dialog.append(
    element('h2', { id: titleId, textContent: options.title ?? '' }),
    element('p', { textContent: options.content ?? '' }),
    element('div', { className: 'confirm-dialog__buttons' }, [
      buttonFor(options.cancel, 'cancel'),
      ...options.choices.map((choice) => buttonFor(choice, 'choice')),
    ]),
  );
  // Escape closes the dialog the way its cancel button does.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    settle(options.cancel.value);
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

function showNextConfirm() {
  const next = confirmQueue[0];
  if (next && !next.dialog) next.dialog = drawConfirm(next);
}

/**
 * Opens a confirm dialog; resolves with the chosen value, or `cancel.value`.
 * @param {ConfirmOptions} options
 * @returns {Promise<unknown>}
 */
export function openConfirmDialog(options) {
  if (!Array.isArray(options?.choices) || !options.cancel) {
    return Promise.reject(new Error('openConfirm needs { title, content, choices: [...], cancel: { label, value } }'));
  }
  return new Promise((resolve) => {
    /** @type {ConfirmEntry} */
    const entry = { options, settle: () => {} };
    entry.settle = (value) => {
      if (!confirmQueue.includes(entry)) return; // a double click answers once
      entry.dialog?.remove();
      confirmQueue.splice(confirmQueue.indexOf(entry), 1);
      resolve(value);
      showNextConfirm();
    };
    confirmQueue.push(entry);
    showNextConfirm();
  });
}

export function pendingConfirm() {
  return confirmQueue[0]?.options ?? null;
}

/**
 * Answers the open confirm as a click on the button with that value would.
 * @param {unknown} value
 */
export function answerConfirm(value) {
  const entry = confirmQueue[0];
  if (!entry) throw new Error('No confirm dialog is open');
  const { choices, cancel } = entry.options;
  const choice = [...choices, cancel].find((c) => sameValue(c.value, value));
  if (!choice) {
    const known = [...choices, cancel].map((c) => JSON.stringify(c.value)).join(', ');
    throw new Error(`No button of "${entry.options.title}" has value ${JSON.stringify(value)} (has: ${known})`);
  }
  entry.settle(choice.value);
}

// --- Modal shell (ctx.openModal) -----------------------------------------------

// The preset widths are the host's guess; DatoCMS's exact pixels are not documented.
const MODAL_WIDTHS = { s: '400px', m: '600px', l: '800px', xl: '1000px', fullWidth: 'calc(100vw - 40px)' };

/**
 * Draws an empty modal; `onClose` runs when the person closes it (its Close button or Escape,
 * both absent with `closeDisabled`). Returns the dialog and the element the plugin frame goes into.
 * @param {Modal} modal
 * @param {() => void} onClose
 */
export function openModalShell(modal, onClose) {
  const width = typeof modal.width === 'number' ? `${modal.width}px` : MODAL_WIDTHS[modal.width ?? 'm'];
  const body = element('div', { className: 'modal-dialog__body' });
  const header = element('header', { className: 'modal-dialog__header' }, [
    element('h2', { textContent: modal.title ?? '' }),
  ]);
  if (!modal.closeDisabled) {
    header.append(element('button', { type: 'button', className: 'button', textContent: 'Close', onclick: onClose }));
  }
  const dialog = element('dialog', { className: 'modal-dialog' }, [header, body]);
  dialog.dataset.modalId = modal.id;
  if (modal.title) dialog.setAttribute('aria-label', modal.title);
  dialog.style.width = width;
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (!modal.closeDisabled) onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, body };
}

// --- Toasts (ctx.notice, ctx.alert, ctx.customToast) --------------------------

const TOAST_MS = 8000;

/**
 * Shows a toast; resolves with the CTA's value when clicked, else null when it goes.
 * @template [CtaValue=unknown]
 * @param {import('datocms-plugin-sdk').Toast<CtaValue>} toast
 * @returns {Promise<CtaValue | null>}
 */
export function showToast({ message, type = 'notice', cta, dismissAfterTimeout = true }) {
  return new Promise((resolve) => {
    const toast = element('div', { className: `toast toast--${type}` });
    toast.setAttribute('role', type === 'alert' ? 'alert' : 'status');
    /** @param {CtaValue | null} value */
    const close = (value) => {
      toast.remove();
      resolve(value);
    };
    toast.append(element('span', { textContent: message }));
    if (cta) {
      toast.append(
        element('button', {
          type: 'button',
          className: 'button',
          textContent: cta.label,
          onclick: () => close(cta.value),
        }),
      );
    }
    toast.append(
      element('button', {
        type: 'button',
        className: 'toast__close',
        textContent: '×',
        title: 'Dismiss',
        onclick: () => close(null),
      }),
    );
    document.getElementById('toasts')?.append(toast);
    if (dismissAfterTimeout !== false) {
      const ms = typeof dismissAfterTimeout === 'number' ? dismissAfterTimeout : TOAST_MS;
      setTimeout(() => close(null), ms);
    }
  });
}
