// What the end-to-end tests do with the bulk action and its modal, in the editor's terms.
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { openHost } from './harness.mjs';

export const BULK_ACTION_ID = 'unpublish-locales';
export const BULK_MODAL_ID = 'bulk-unpublish';
const RUN_TIMEOUT_MS = 120_000;

/**
 * Opens a model's collection view, ticks `ids`, runs "Unpublish locales…" and waits
 * until the modal has read the records (the pick step shows). Returns the session and
 * the modal's frame. The action's promise resolves only when the modal closes: it is
 * kept in `actionDone`.
 */
export async function openBulkModal(stack, { model, ids, ...options }) {
  const session = await openHost(stack, { mode: 'collection', model, ...options });
  await session.host.selectItems(ids);
  const actionDone = session.host.runItemsAction(BULK_ACTION_ID).catch((error) => error);
  const modal = await session.host.waitForModal(BULK_MODAL_ID);
  await modal.getByRole('group', { name: 'What goes offline' }).waitFor({ timeout: RUN_TIMEOUT_MS });
  return { session, modal, actionDone };
}

/** Switches a locale (or, with `null`, whole records) on in the pick step. */
export async function pick(modal, locale) {
  const toggle =
    locale === null
      ? modal.locator('#bulk-whole-records')
      : modal.locator(`li[data-locale="${locale}"]`).getByRole('switch');
  await toggle.click();
  // The switch shows its new state once React has rendered the click: wait for it rather than read it at once.
  const picked = await toggle
    .locator('xpath=self::*[@aria-checked="true"]')
    .waitFor({ timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  assert.equal(picked, true, `${locale ?? 'whole records'} should be picked`);
}

/** Switches an environment on or off in "Also in other environments". */
export async function toggleEnvironment(modal, environment) {
  await modal.locator(`[data-environment="${environment}"]`).getByRole('switch').click();
}

/** Continue…, then answers the confirmation with `answer`; returns the confirmation's options. */
export async function continueAndConfirm(session, modal, answer = 'run') {
  await modal.getByRole('button', { name: 'Continue…' }).click();
  return session.host.answerConfirm(answer);
}

export async function waitForReport(modal) {
  await modal.getByTestId('bulk-report').waitFor({ timeout: RUN_TIMEOUT_MS });
}

/** Each record's status in the report, per environment: `{ [environment]: { [recordId]: status } }`. */
export async function reportStatuses(modal) {
  return modal.getByTestId('bulk-report').evaluate((report) => {
    const result = {};
    for (const block of report.querySelectorAll('[data-environment]')) {
      const lines = {};
      for (const line of block.querySelectorAll('li[data-record]')) lines[line.dataset.record] = line.dataset.status;
      result[block.dataset.environment] = lines;
    }
    return result;
  });
}

/** The text of one record's line in the report of one environment. */
export function reportLine(modal, environment, recordId) {
  return modal.locator(`[data-testid="bulk-report"] [data-environment="${environment}"] li[data-record="${recordId}"]`);
}

const selective = (locales) => ({
  data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: locales } },
});

/** The write of an unpublish: the picked locales, or no body for the whole record. */
export function unpublishWrite(environment, id, locales) {
  return { environment, method: 'PUT', path: `/items/${id}/unpublish`, body: locales ? selective(locales) : null };
}

/**
 * The complete list of writes the fake CMA received, with their environment, compared
 * without regard to order (a bulk run sends several at once).
 */
export function expectWritesIn(fake, expected) {
  const key = (w) => `${w.environment} ${w.method} ${w.path} ${JSON.stringify(w.body)}`;
  const writes = fake
    .writes()
    .map((w) => ({ environment: w.environment, method: w.method, path: w.path, body: w.body }));
  assert.deepEqual(writes.map(key).sort(), expected.map(key).sort());
}

/** Waits until every write the fake CMA received has been answered (delayed ones included). */
export async function writesSettled(fake, timeoutMs = RUN_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (fake.writes().some((w) => w.status === null)) {
    assert.ok(Date.now() < deadline, 'writes still pending');
    await delay(25);
  }
}
