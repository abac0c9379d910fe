// Several environments end to end: the same records in the primary environment and a
// forked sandbox (fake CMA's default environments: `sandbox-spring` lacks rec-html and has
// rec-article live in English only), a read-only and a still-forking one, and roles whose
// environments access or publish rules stop at the primary environment. Every test ends
// on the complete list of writes, with their environment.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
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
import { useStack } from './harness.mjs';

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
