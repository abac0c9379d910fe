// The core promise, end to end: the built plugin in the host simulator, in
// Chromium, against the fake CMA. Every test ends on the complete list of writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, localeRow, pickLocale, waitForLocaleState, waitForNothingLive } from './panel.mjs';

const t = useStack();

describe('unpublishing locales from the sidebar panel', () => {
  test('opening the panel costs exactly one request: the publication state', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    assert.deepEqual(
      t.stack.fake.requests().map((r) => `${r.method} ${r.path}`),
      ['GET /items/rec-article/current-vs-published-state'],
    );
    // Every site locale is listed with its state: the live ones first, each with its switch; French, not
    // live, behind one collapsed line, with nothing to pick.
    await waitForLocaleState(t.session.panel, 'en', 'live');
    await waitForLocaleState(t.session.panel, 'es', 'live-with-changes');
    await waitForLocaleState(t.session.panel, 'fr', 'not-live');
    assert.equal(await localeRow(t.session.panel, 'fr').getByRole('switch').count(), 0);
    assert.equal(await localeRow(t.session.panel, 'fr').isVisible(), false);
    await t.session.panel.getByText('1 locale not live', { exact: true }).click();
    await localeRow(t.session.panel, 'fr').getByText('French (fr)').waitFor();
    expectWrites(t.stack.fake, []);
  });

  test('unpublishing Italian only sends one selective request and shows Italian offline', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.equal(confirm.content, 'Italian will stop being published; English and Spanish stay live.');

    await waitForLocaleState(t.session.panel, 'it', 'not-live');
    expectWrites(t.stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), ['en', 'es']);
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(notices.at(-1).args, ['Italian is no longer published.']);
    // The opening read; on the click, one read of the records that link here; the write; the new state.
    assert.deepEqual(
      t.stack.fake.requests().map((r) => `${r.method} ${r.path}`),
      [
        'GET /items/rec-article/current-vs-published-state',
        'GET /items/rec-article/references',
        'PUT /items/rec-article/unpublish',
        'GET /items/rec-article/current-vs-published-state',
      ],
    );
  });

  test('picking every live locale unpublishes the whole record with no body at all', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    for (const locale of ['en', 'it', 'es']) await pickLocale(t.session.panel, locale);
    await t.session.panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.equal(confirm.title, 'Unpublish the whole record?');

    await waitForNothingLive(t.session.panel);
    expectWrites(t.stack.fake, [{ method: 'PUT', path: '/items/rec-article/unpublish', body: null }]);
    assert.equal(t.stack.fake.writes()[0].rawBody, '');
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), []);
  });

  test('cancelling the confirmation sends nothing', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await t.session.host.answerConfirm('cancel');
    // The button comes back once the flow has ended.
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).waitFor();
    expectWrites(t.stack.fake, []);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), ['en', 'it', 'es']);
  });

  test('a locale taken offline by someone else meanwhile: clear message, state read again, nothing else sent', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    // Someone else unpublishes Italian between the panel's read and its write.
    await fetch(`${t.stack.fake.url}/items/rec-article/unpublish`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${t.stack.fake.token}`,
        'x-api-version': '3',
        'content-type': 'application/vnd.api+json',
      },
      body: JSON.stringify({
        data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } },
      }),
    });
    t.stack.fake.resetLog();

    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await t.session.panel.getByText('A locale you picked is no longer published').waitFor();
    await waitForLocaleState(t.session.panel, 'it', 'not-live');
    assert.deepEqual(
      t.stack.fake.requests().map((r) => `${r.method} ${r.path} ${r.status}`),
      [
        'GET /items/rec-article/references 200',
        'PUT /items/rec-article/unpublish 422',
        'GET /items/rec-article/current-vs-published-state 200',
      ],
    );
    // The pick was dropped with the locale: nothing can be sent again by mistake.
    assert.equal(await t.session.panel.getByRole('button', { name: /^Unpublish.*now$/ }).isDisabled(), true);
    expectWrites(t.stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
  });

  test('with nothing picked, unpublishing is disabled and says why', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    assert.equal(await t.session.panel.getByRole('button', { name: 'Unpublish now' }).isDisabled(), true);
    await t.session.panel.getByText('Pick the locales to take offline, or the whole record.').waitFor();
    expectWrites(t.stack.fake, []);
  });
});

describe('what the button says while the editor decides', () => {
  test('a confirmation still open shows no work; "Working…" only once the request is in flight', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    const button = t.session.panel.getByRole('button', { name: 'Unpublish Italian now' });
    await button.click();
    await t.session.page.waitForFunction(() => window.__host.pendingConfirm() !== null);
    // Asking is not working: the button keeps its words (locked, so that nothing can be sent twice).
    assert.equal(await t.session.panel.getByRole('button', { name: 'Working…' }).count(), 0);
    assert.equal(await button.isDisabled(), true);
    expectWrites(t.stack.fake, []);

    t.stack.fake.injectFault({ method: 'PUT', delayMs: 1500 });
    await t.session.host.answerConfirm('unpublish');
    const working = t.session.panel.getByRole('button', { name: 'Working…' });
    await working.waitFor();
    assert.equal(await working.isDisabled(), true);
    assert.equal(t.stack.fake.requests().at(-1).status, null, 'the PUT is in flight');
    await waitForLocaleState(t.session.panel, 'it', 'not-live');
    await t.session.panel.getByRole('button', { name: 'Unpublish now' }).waitFor();
    expectWrites(t.stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
  });
});

describe('records the panel can do nothing for', () => {
  test('a record with nothing live explains and offers no action', async () => {
    t.session = await openHost(t.stack, { record: 'rec-draft' });
    await waitForNothingLive(t.session.panel);
    assert.equal(await t.session.panel.getByRole('button').count(), 0);
    assert.equal(await t.session.panel.getByRole('switch').count(), 0);
    expectWrites(t.stack.fake, []);
  });

  test('without the token permission it says how to grant it and sends nothing', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', tokenGranted: false });
    await t.session.panel.getByText('Configuration → Plugins').waitFor();
    assert.deepEqual(t.stack.fake.requests(), []);
  });

  test('unsaved changes in the form: it says unpublishing does not touch them', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', dirty: true });
    await t.session.panel.getByText('it does not save or discard your edits').waitFor();
    expectWrites(t.stack.fake, []);
  });
});
