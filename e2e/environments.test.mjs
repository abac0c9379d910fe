// Several environments end to end: the same records in the primary environment and a
// forked sandbox (fake CMA's default environments: `sandbox-spring` lacks rec-html and has
// rec-article live in English only), a read-only and a still-forking one, and roles whose
// environments access or publish rules stop at the primary environment. Every test ends
// on the complete list of writes, with their environment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SELECTIVE_UNPUBLISH_PLUGIN_ID } from '../fake-cma/server.mjs';
import {
  BULK_MODAL_ID,
  continueAndConfirm,
  expectWritesIn,
  openBulkModal,
  pick,
  reportLine,
  reportStatuses,
  toggleEnvironment,
  unpublishWrite,
  waitForReport,
} from './bulkSteps.mjs';
import { coreModule, literally } from './coreText.mjs';
import { openHost, useStack } from './harness.mjs';
import { pickLocale } from './panel.mjs';

const t = useStack();

describe('unpublishing in other environments too', () => {
  test('one record live in the primary environment and missing in the sandbox: one write, one line per environment', async () => {
    const { session, modal } = await openBulkModal(t.stack, {
      model: 'model-article',
      ids: ['rec-html', 'rec-article'],
    });
    t.session = session;
    const environments = modal.getByRole('group', { name: 'Also in other environments' });
    await environments.locator('[data-environment="sandbox-spring"]').waitFor();
    // Only ready environments out of read-only mode can be picked; the others say why.
    assert.match(await environments.locator('[data-environment="readonly-archive"]').textContent(), /read-only/);
    assert.match(await environments.locator('[data-environment="sandbox-creating"]').textContent(), /being created/);
    assert.equal(
      await environments.locator('[data-environment="readonly-archive"]').getByRole('switch').isDisabled(),
      true,
    );

    await pick(modal, 'it');
    await toggleEnvironment(modal, 'sandbox-spring');
    const confirmation = await continueAndConfirm(session, modal);
    assert.match(confirmation.content, /Offline in main \(this environment\): Italian on 2 records\./);
    assert.match(confirmation.content, /Offline in sandbox-spring: nothing \(2 records skipped\)\./);
    assert.match(confirmation.content, /Each environment’s own plugin settings and your role there decided/);
    await waitForReport(modal);

    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-html': 'succeeded', 'rec-article': 'succeeded' },
      'sandbox-spring': { 'rec-html': 'skipped', 'rec-article': 'skipped' },
    });
    assert.match(await reportLine(modal, 'sandbox-spring', 'rec-html').textContent(), /not found in this environment/);
    assert.match(
      await reportLine(modal, 'sandbox-spring', 'rec-article').textContent(),
      /none of the picked locales is live here/,
    );
    // The sandbox's records were read there (X-Environment), and nothing was written there.
    const sandboxReads = t.stack.fake
      .requests()
      .filter((r) => r.environment === 'sandbox-spring' && r.method === 'GET');
    assert.ok(sandboxReads.some((r) => r.path === '/items/rec-html/current-vs-published-state'));
    expectWritesIn(t.stack.fake, [
      unpublishWrite('main', 'rec-html', ['it']),
      unpublishWrite('main', 'rec-article', ['it']),
    ]);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article', 'sandbox-spring'), ['en']);

    // Copyable as text.
    await modal.getByRole('button', { name: 'Copy the report' }).click();
    const notices = await session.host.waitForEvent('notice');
    assert.deepEqual(notices.at(-1).args, ['The report was copied.']);
    // Each record is linked to its editor in its environment (the primary one without a prefix;
    // following that one leaves the collection view, so it comes last).
    await reportLine(modal, 'sandbox-spring', 'rec-html').getByRole('button').click();
    await session.host.waitForEvent('navigateTo');
    await reportLine(modal, 'main', 'rec-html').getByRole('button').click();
    await session.page.waitForFunction(() => window.__host.events.filter((e) => e.type === 'navigateTo').length === 2);
    const paths = (await session.host.events('navigateTo')).map((e) => e.args[0]);
    assert.deepEqual(paths, [
      '/environments/sandbox-spring/editor/item_types/model-article/items/rec-html/edit',
      '/editor/item_types/model-article/items/rec-html/edit',
    ]);
  });

  test('from the record panel: the same pick in another environment, through the bulk modal on that record', async () => {
    t.session = await openHost(t.stack, { record: 'rec-html' });
    const { panel, host } = t.session;
    await pickLocale(panel, 'it');
    await panel.getByRole('button', { name: 'Also in other environments…' }).click();
    const modal = await host.waitForModal(BULK_MODAL_ID);
    await modal.getByRole('group', { name: 'What goes offline' }).waitFor();
    // The panel's pick comes along; the record is the panel's.
    assert.equal(await modal.locator('li[data-locale="it"]').getByRole('switch').getAttribute('aria-checked'), 'true');
    assert.deepEqual(
      (await host.modals()).at(-1).parameters.records.map((r) => r.id),
      ['rec-html'],
    );
    await toggleEnvironment(modal, 'sandbox-spring');
    await continueAndConfirm(t.session, modal);
    await waitForReport(modal);
    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-html': 'succeeded' },
      'sandbox-spring': { 'rec-html': 'skipped' },
    });
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-html', ['it'])]);
  });

  test('a role limited to the primary environment is offered no other environment, and nothing is asked about them', async () => {
    const { session, modal } = await openBulkModal(t.stack, {
      model: 'model-article',
      ids: ['rec-article-en'],
      role: 'editor-primary-only',
    });
    t.session = session;
    const environments = modal.getByRole('group', { name: 'Also in other environments' });
    await environments.getByText('Your role has access to this environment only.').waitFor();
    assert.equal(t.stack.fake.requests().filter((r) => r.path === '/environments').length, 0);

    await pick(modal, 'en');
    await continueAndConfirm(session, modal);
    await waitForReport(modal);
    assert.deepEqual(await reportStatuses(modal), { main: { 'rec-article-en': 'succeeded' } });
    // English was all that was live: the whole record, with no body.
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-article-en', null)]);
  });

  test('a role that may publish only in the primary environment: the sandbox is reached but nothing is sent there', async () => {
    const { session, modal } = await openBulkModal(t.stack, {
      model: 'model-article',
      ids: ['rec-article-en'],
      role: 'publisher-main-only',
    });
    t.session = session;
    await pick(modal, 'en');
    await toggleEnvironment(modal, 'sandbox-spring');
    await continueAndConfirm(session, modal);
    await waitForReport(modal);
    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-article-en': 'succeeded' },
      'sandbox-spring': { 'rec-article-en': 'skipped' },
    });
    assert.match(
      await reportLine(modal, 'sandbox-spring', 'rec-article-en').textContent(),
      /Not allowed: your role may not unpublish the whole record here/,
    );
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-article-en', null)]);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article-en', 'sandbox-spring'), ['en']);
  });
});

const { BULK_TEXT } = await coreModule('bulk/bulkMessages.ts');

describe('each environment’s own plugin settings', () => {
  const settingsReadFailed = literally(`sandbox-spring: ${BULK_TEXT.settingsReadFailed}`);
  const pluginReads = () =>
    t.stack.fake
      .requests()
      .filter((r) => r.path === `/plugins/${SELECTIVE_UNPUBLISH_PLUGIN_ID}`)
      .map((r) => [r.method, r.environment, r.status]);
  // Articles may not go offline as whole records: every live locale picked is refused.
  const noWholeArticles = {
    version: 2,
    defaults: {},
    groups: [{ models: ['model-article'], settings: { allowWholeRecord: false } }],
  };
  const WHOLE_RECORD_OFF = /Not allowed: every live locale was picked, which takes the whole record offline/;
  // rec-article: live in en, it, es in main, in en only in the sandbox; rec-article-en: en only in both.
  const ids = ['rec-article', 'rec-article-en'];

  test('the sandbox’s settings forbid whole articles: allowed in main, skipped there with the reason, nothing bodiless sent there', async () => {
    t.stack.fake.plugins.set('sandbox-spring', SELECTIVE_UNPUBLISH_PLUGIN_ID, noWholeArticles);
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids });
    t.session = session;
    await pick(modal, 'en');
    await toggleEnvironment(modal, 'sandbox-spring');
    const confirmation = await continueAndConfirm(session, modal);
    assert.match(confirmation.content, /Offline in sandbox-spring: nothing \(2 records skipped\)\./);
    assert.doesNotMatch(confirmation.content, settingsReadFailed);
    await waitForReport(modal);

    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-article': 'succeeded', 'rec-article-en': 'succeeded' },
      'sandbox-spring': { 'rec-article': 'skipped', 'rec-article-en': 'skipped' },
    });
    assert.match(await reportLine(modal, 'sandbox-spring', 'rec-article').textContent(), WHOLE_RECORD_OFF);
    assert.match(await reportLine(modal, 'sandbox-spring', 'rec-article-en').textContent(), WHOLE_RECORD_OFF);
    // The sandbox's settings were read there; the current environment's come with the ctx.
    assert.deepEqual(pluginReads(), [['GET', 'sandbox-spring', 200]]);
    // main's settings (the factory defaults) allow the whole record: rec-article-en goes with no body.
    expectWritesIn(t.stack.fake, [
      unpublishWrite('main', 'rec-article', ['en']),
      unpublishWrite('main', 'rec-article-en', null),
    ]);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article-en', 'sandbox-spring'), ['en']);
  });

  test('the other way round: main’s settings forbid whole articles, the sandbox’s allow them, and each applies in its own environment', async () => {
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids, params: noWholeArticles });
    t.session = session;
    await pick(modal, 'en');
    await toggleEnvironment(modal, 'sandbox-spring');
    const confirmation = await continueAndConfirm(session, modal);
    assert.doesNotMatch(confirmation.content, settingsReadFailed);
    await waitForReport(modal);

    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-article': 'succeeded', 'rec-article-en': 'skipped' },
      'sandbox-spring': { 'rec-article': 'succeeded', 'rec-article-en': 'succeeded' },
    });
    assert.match(await reportLine(modal, 'main', 'rec-article-en').textContent(), WHOLE_RECORD_OFF);
    assert.deepEqual(pluginReads(), [['GET', 'sandbox-spring', 200]]);
    // In the sandbox English is all that is live on both: whole records, with no body.
    expectWritesIn(t.stack.fake, [
      unpublishWrite('main', 'rec-article', ['en']),
      unpublishWrite('sandbox-spring', 'rec-article', null),
      unpublishWrite('sandbox-spring', 'rec-article-en', null),
    ]);
  });

  test('the settings cannot be read in the sandbox: this environment’s apply there, and the confirmation says so', async () => {
    // Same as above, but the sandbox's settings (which would allow whole records) cannot be read.
    t.stack.fake.injectFault({
      status: 403,
      code: 'INSUFFICIENT_PERMISSIONS',
      method: 'GET',
      path: `/plugins/${SELECTIVE_UNPUBLISH_PLUGIN_ID}`,
    });
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids, params: noWholeArticles });
    t.session = session;
    await pick(modal, 'en');
    await toggleEnvironment(modal, 'sandbox-spring');
    const confirmation = await continueAndConfirm(session, modal);
    assert.match(confirmation.content, settingsReadFailed);
    assert.match(confirmation.content, /Offline in sandbox-spring: nothing \(2 records skipped\)\./);
    await waitForReport(modal);

    assert.deepEqual(await reportStatuses(modal), {
      main: { 'rec-article': 'succeeded', 'rec-article-en': 'skipped' },
      'sandbox-spring': { 'rec-article': 'skipped', 'rec-article-en': 'skipped' },
    });
    assert.match(await reportLine(modal, 'sandbox-spring', 'rec-article-en').textContent(), WHOLE_RECORD_OFF);
    assert.deepEqual(pluginReads(), [['GET', 'sandbox-spring', 403]]);
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-article', ['en'])]);
  });
});
