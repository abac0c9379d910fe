// @ts-check
// The host page's own controls: the toolbar pickers and the navigation bar's model links.
import { openCollection } from './collection-view.js';
import { openConfig } from './config-view.js';
import { nativeUnpublish, refreshItem, selectRecord } from './record-view.js';
import { element, fillSelect, recordOptions } from './views.js';

/** @typedef {import('../types').Host} Host */
/**
 * @typedef {{
 *   setLocale: (locale: string) => Promise<void>,
 *   setRole: (role: string) => Promise<void>,
 *   setDirty: (dirty: boolean) => Promise<void>,
 *   setTokenGranted: (granted: boolean) => Promise<void>,
 * }} Setters
 */

/** @param {Host} host @param {string} id */
const input = (host, id) => /** @type {HTMLInputElement} */ (host.element(id));
/** @param {Host} host @param {string} id */
const select = (host, id) => /** @type {HTMLSelectElement} */ (host.element(id));

/** Shows the state in the toolbar. @param {Host} host */
export function fillControls(host) {
  const { state } = host;
  const { locales } = state.fixtures.site.attributes;
  fillSelect(select(host, 'record'), recordOptions(state.fixtures));
  fillSelect(select(host, 'locale'), [{ label: 'Site locales', options: locales.map((l) => ({ value: l, text: l })) }]);
  const roleOptions = Object.entries(state.roles).map(([key, role]) => ({ value: key, text: role.attributes.name }));
  fillSelect(select(host, 'role'), [{ label: 'Roles', options: roleOptions }]);
  select(host, 'locale').value = state.locale;
  select(host, 'role').value = state.role;
  input(host, 'dirty').checked = state.dirty;
  input(host, 'token-denied').checked = !state.tokenGranted;
  host.element('stored-params').textContent = JSON.stringify(state.pluginParameters, null, 2);
  host.element('environment').textContent = state.isEnvironmentPrimary
    ? `Environment: ${state.environment} (primary)`
    : `Sandbox environment: ${state.environment}`;
  const models = Object.values(state.fixtures.itemTypes).filter((itemType) => !itemType.attributes.modular_block);
  host.element('model-nav').replaceChildren(
    ...models.map((itemType) => {
      const button = element('button', {
        type: 'button',
        className: 'nav-entry',
        textContent: itemType.attributes.name,
      });
      button.dataset.modelId = itemType.id;
      button.addEventListener('click', () => void openCollection(host, itemType.id));
      return button;
    }),
  );
}

/**
 * Wires the controls; failures show on the page.
 * @param {Host} host
 * @param {Setters} setters
 */
export function listen(host, setters) {
  /** @param {(event: Event) => unknown} action */
  const guard = (action) => (/** @type {Event} */ event) => Promise.resolve(action(event)).catch(host.showError);
  /** @param {Event} e */
  const value = (e) => /** @type {HTMLInputElement} */ (e.target).value;
  /** @param {Event} e */
  const checked = (e) => /** @type {HTMLInputElement} */ (e.target).checked;
  /** @param {string} id @param {string} event @param {(e: Event) => unknown} action */
  const on = (id, event, action) => host.element(id).addEventListener(event, guard(action));
  on('record', 'change', (e) => selectRecord(host, value(e)));
  on('locale', 'change', (e) => setters.setLocale(value(e)));
  on('role', 'change', (e) => setters.setRole(value(e)));
  on('dirty', 'change', (e) => setters.setDirty(checked(e)));
  on('token-denied', 'change', (e) => setters.setTokenGranted(!checked(e)));
  on('refetch', 'click', () => refreshItem(host, 'refetch button'));
  on('reset-params', 'click', () => host.updatePluginParameters({}));
  on('native-unpublish', 'click', () => nativeUnpublish(host));
  on('open-config', 'click', () => openConfig(host));
}
