// Accessibility, in Chromium: axe-core's WCAG 2.1 A/AA rules on the panel's main states, the settings screen,
// the bulk modal and the plans page; any serious or critical violation fails. Each state is also pictured in
// reports/screenshots/ (not compared: for a person to look at). Every test ends on the complete list of writes.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { plansSeed } from '../fake-cma/server.mjs';
import {
  continueAndConfirm,
  expectWritesIn,
  openBulkModal,
  pick,
  unpublishWrite,
  waitForReport,
} from './bulkSteps.mjs';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, pickLocale, planPost, pluginParams, waitForLocaleState, waitForNothingLive } from './panel.mjs';
import { auditWcag, pictureFrame, pluginFrame, settle } from './visual.mjs';

const SHOTS = fileURLToPath(new URL('../reports/screenshots/', import.meta.url));

const t = useStack();

/** Audits the frame, pictures it, and fails on any serious or critical violation (listing every one). */
async function auditState(name, mode = 'sidebar', session = t.session) {
  const { handle, frame } = await pluginFrame(session, mode);
  await settle(session, frame);
  await mkdir(SHOTS, { recursive: true });
  await pictureFrame(session, handle, `${SHOTS}${name}.png`);
  const violations = await auditWcag(frame);
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(blocking, [], `${name}: serious or critical WCAG 2.1 A/AA violations`);
  return violations;
}

const PUT_ITALIAN = {
  method: 'PUT',
  path: '/items/rec-article/unpublish',
  body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
};

describe('the panel meets WCAG 2.1 AA (axe-core)', () => {
  test('opened, with the locales that are not live unfolded', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    await auditState('panel-opened');
    await t.session.panel.getByText('1 locale not live').click();
    await auditState('panel-not-live-unfolded');
    expectWrites(t.stack.fake, []);
  });

  test('Italian picked: the red button enabled', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await auditState('panel-italian-picked');
    expectWrites(t.stack.fake, []);
  });

  test('the schedule form on the repeated hour, then the plan', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await t.session.panel.getByRole('button', { name: 'Schedule for later…' }).click();
    const form = t.session.panel.getByRole('form', { name: 'Schedule unpublishing' });
    await form.getByLabel('Date').fill('2027-10-31');
    await form.getByLabel(/^Time/).fill('02:30');
    await form.getByRole('combobox', { name: /happens twice/ }).waitFor();
    await auditState('panel-schedule-form');
    await form.getByRole('combobox', { name: /happens twice/ }).click();
    await form.getByRole('option', { name: /the second$/ }).click();
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    await t.session.panel.getByTestId('scheduled-unpublishing').waitFor();
    await auditState('panel-plan');
    expectWrites(t.stack.fake, [planPost('2027-10-31T01:30:00Z', ['it'])]);
  });

  test('a failure whose outcome is unknown, with unsaved changes in the form', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', dirty: true });
    await pickLocale(t.session.panel, 'it');
    t.stack.fake.injectFault({ method: 'PUT', status: 503 });
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await t.session.panel.getByRole('button', { name: 'Read the state again' }).waitFor();
    // The flow has ended (the state read again): the controls are back.
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now', disabled: false }).waitFor();
    await auditState('panel-outcome-unknown');
    expectWrites(t.stack.fake, [PUT_ITALIAN]);
  });

  test('a tree record refused for the records below it', async () => {
    const params = pluginParams({}, { 'model-page': { allowRecursive: true } });
    t.session = await openHost(t.stack, { record: 'rec-page-root', params });
    await t.session.panel.getByRole('switch', { name: 'The whole record' }).click();
    await t.session.panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await t.session.panel.getByRole('button', { name: 'Unpublish with the 2 records below' }).waitFor();
    await auditState('panel-tree-refusal');
    expectWrites(t.stack.fake, [{ method: 'PUT', path: '/items/rec-page-root/unpublish', body: null }]);
  });

  test('nothing live; a role that may not publish; a role that may publish only English', async () => {
    t.session = await openHost(t.stack, { record: 'rec-draft' });
    await waitForNothingLive(t.session.panel);
    await auditState('panel-nothing-live');
    await t.session.close();
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'viewer' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    await auditState('panel-role-read-only');
    await t.session.close();
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'editor-en' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    await auditState('panel-role-english-only');
    expectWrites(t.stack.fake, []);
  });
});

describe('the settings screen meets WCAG 2.1 AA (axe-core)', () => {
  test('defaults, a configured model, and a lead time that cannot be saved', async () => {
    t.session = await openHost(t.stack, { mode: 'config', role: 'admin' });
    const article = t.session.panel.locator('[data-model="article"]');
    await article.getByRole('button', { name: 'Configure this model' }).click();
    await auditState('settings', 'config');
    await article.getByLabel('Minimum lead time of a schedule (minutes)').fill('99999');
    await t.session.panel.getByText('Fix the minimum lead time of Article to save.').waitFor();
    await auditState('settings-invalid', 'config');
    expectWrites(t.stack.fake, []);
  });

  test('read-only for a role that cannot edit the schema', async () => {
    t.session = await openHost(t.stack, { mode: 'config', role: 'viewer' });
    await t.session.panel
      .getByText('Only roles that can edit the project’s schema can change these settings.')
      .waitFor();
    await auditState('settings-read-only', 'config');
    expectWrites(t.stack.fake, []);
  });
});

describe('the bulk modal meets WCAG 2.1 AA (axe-core)', () => {
  test('the bulk modal: the pick with its tally, then a report with a success, skips and a failure', async () => {
    t.stack.fake.injectFault({ method: 'PUT', path: '/items/rec-html/unpublish', status: 422, code: 'ITEM_LOCKED' });
    const ids = ['rec-article', 'rec-article-en', 'rec-html', 'rec-draft'];
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids });
    t.session = session;
    await pick(modal, 'it');
    await auditState('bulk-pick', 'modal');
    await continueAndConfirm(session, modal);
    await waitForReport(modal);
    await auditState('bulk-report', 'modal');
    expectWritesIn(t.stack.fake, [
      unpublishWrite('main', 'rec-article', ['it']),
      unpublishWrite('main', 'rec-html', ['it']),
    ]);
  });
});

describe('the plans page meets WCAG 2.1 AA (axe-core)', () => {
  const p = useStack({ seed: plansSeed({ plans: 8, models: 2, horizonDays: 3 }) });

  test('its rows with their conflicts', async () => {
    p.session = await openHost(p.stack, { mode: 'page', page: 'scheduled-unpublishings' });
    const row = p.session.panel.locator('[data-plan-id="plan-conflict-publication-after"]');
    await row.scrollIntoViewIfNeeded();
    await row.locator('[data-conflict="publication-after"]').waitFor();
    await auditState('plans-page', 'page', p.session);
    expectWrites(p.stack.fake, []);
  });
});
