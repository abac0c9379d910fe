// What the end-to-end tests do in the panel, in the editor's terms.
import assert from 'node:assert/strict';

export const localeRow = (panel, locale) => panel.locator(`li[data-locale="${locale}"]`);

/** Locales that are not live wait collapsed behind one line: their rows are in the page, not on screen. */
export async function waitForLocaleState(panel, locale, state) {
  await panel.locator(`li[data-locale="${locale}"][data-state="${state}"]`).waitFor({ state: 'attached' });
}

/** A record with nothing live says so in one line and lists no locale. */
export async function waitForNothingLive(panel) {
  await panel
    .getByText('This record is not published in any locale, so there is nothing to unpublish or schedule.')
    .waitFor();
  assert.equal(await panel.locator('li[data-locale]').count(), 0);
}

export async function pickLocale(panel, locale) {
  const toggle = localeRow(panel, locale).getByRole('switch');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-checked'), 'true', `${locale} should be picked`);
}

/** The complete list of writes the fake CMA received, compared field by field. */
export function expectWrites(fake, expected) {
  const writes = fake.writes().map((w) => ({
    method: w.method,
    path: w.path,
    body: w.body,
    ...(w.query && Object.keys(w.query).length ? { query: w.query } : {}),
  }));
  assert.deepEqual(writes, expected);
}

/** The body of `POST /items/:id/scheduled-unpublishing` (locales null: the whole record). */
export const planBody = (at, locales) => ({
  data: { type: 'scheduled_unpublishing', attributes: { unpublishing_scheduled_at: at, content_in_locales: locales } },
});

/** The write that plans an unpublishing of `record`, and the one that cancels its plan. */
export const planPost = (at, locales, record = 'rec-article') => ({
  method: 'POST',
  path: `/items/${record}/scheduled-unpublishing`,
  body: planBody(at, locales),
});
export const planDelete = (record = 'rec-article') => ({
  method: 'DELETE',
  path: `/items/${record}/scheduled-unpublishing`,
  body: null,
});

/** FACTORY_DEFAULTS of src/core/config/pluginConfig.ts (src/core/config/e2eSettings.test.ts keeps them equal). */
export const FACTORY_SETTINGS = Object.freeze({
  enabled: true,
  startOpen: true,
  placement: null,
  allowWholeRecord: true,
  allowScheduling: true,
  minLeadMinutes: 5,
  allowRecursive: false,
  defaultScope: 'none',
  nativeUnpublish: 'allow',
});

/** Plugin parameters: the defaults changed by `defaults`, and per-model settings over those. */
export function pluginParams(defaults = {}, models = {}) {
  const base = { ...FACTORY_SETTINGS, ...defaults };
  return {
    version: 1,
    defaults: base,
    models: Object.fromEntries(Object.entries(models).map(([id, settings]) => [id, { ...base, ...settings }])),
  };
}
