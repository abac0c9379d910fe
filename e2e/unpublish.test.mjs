// The core promise, end to end: the built plugin in the host simulator, in
// Chromium, against the fake CMA. Every test ends on the complete list of writes.
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import { openHost, startStack } from './harness.mjs';
import { expectWrites, localeRow, pickLocale, waitForLocaleState } from './panel.mjs';

let stack;
let session;
before(async () => {
  stack = await startStack();
});
after(() => stack?.close());
beforeEach(() => stack.fake.reset());
afterEach(() => session?.close());

describe('unpublishing locales from the sidebar panel', () => {
  test('opening the panel costs exactly one request: the publication state', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    await waitForLocaleState(session.panel, 'it', 'live');
    assert.deepEqual(
      stack.fake.requests().map((r) => `${r.method} ${r.path}`),
      ['GET /items/rec-article/current-vs-published-state'],
    );
    // Every site locale is listed with its state.
    await waitForLocaleState(session.panel, 'en', 'live');
    await waitForLocaleState(session.panel, 'es', 'live-with-changes');
    await waitForLocaleState(session.panel, 'fr', 'not-live');
    assert.equal(await localeRow(session.panel, 'fr').getByRole('switch').isDisabled(), true);
  });

  test('unpublishing Italian only sends one selective request and shows Italian offline', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    await pickLocale(session.panel, 'it');
    await session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    const confirm = await session.host.answerConfirm('unpublish');
    assert.equal(confirm.content, 'Italian will stop being published; English and Spanish stay live.');

    await waitForLocaleState(session.panel, 'it', 'not-live');
    expectWrites(stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
    assert.deepEqual(stack.fake.publishedLocales('rec-article'), ['en', 'es']);
    const notices = await session.host.waitForEvent('notice');
    assert.deepEqual(notices.at(-1).args, ['Italian is no longer published.']);
    // One write and one read of the new state after the opening read.
    assert.deepEqual(
      stack.fake.requests().map((r) => r.method),
      ['GET', 'PUT', 'GET'],
    );
  });

  test('picking every live locale unpublishes the whole record with no body at all', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    for (const locale of ['en', 'it', 'es']) await pickLocale(session.panel, locale);
    await session.panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    const confirm = await session.host.answerConfirm('unpublish');
    assert.equal(confirm.title, 'Unpublish the whole record?');

    await waitForLocaleState(session.panel, 'en', 'not-live');
    expectWrites(stack.fake, [{ method: 'PUT', path: '/items/rec-article/unpublish', body: null }]);
    assert.equal(stack.fake.writes()[0].rawBody, '');
    assert.deepEqual(stack.fake.publishedLocales('rec-article'), []);
  });

  test('cancelling the confirmation sends nothing', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    await pickLocale(session.panel, 'it');
    await session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await session.host.answerConfirm('cancel');
    // The button comes back once the flow has ended.
    await session.panel.getByRole('button', { name: 'Unpublish Italian now' }).waitFor();
    expectWrites(stack.fake, []);
    assert.deepEqual(stack.fake.publishedLocales('rec-article'), ['en', 'it', 'es']);
  });

  test('a locale taken offline by someone else meanwhile: clear message, state read again, nothing else sent', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    await pickLocale(session.panel, 'it');
    // Someone else unpublishes Italian between the panel's read and its write.
    await fetch(`${stack.fake.url}/items/rec-article/unpublish`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${stack.fake.token}`,
        'x-api-version': '3',
        'content-type': 'application/vnd.api+json',
      },
      body: JSON.stringify({ data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } }),
    });
    stack.fake.resetLog();

    await session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await session.host.answerConfirm('unpublish');
    await session.panel.getByText('A locale you picked is no longer published').waitFor();
    await waitForLocaleState(session.panel, 'it', 'not-live');
    assert.deepEqual(
      stack.fake.requests().map((r) => `${r.method} ${r.path} ${r.status}`),
      ['PUT /items/rec-article/unpublish 422', 'GET /items/rec-article/current-vs-published-state 200'],
    );
    // The pick was dropped with the locale: nothing can be sent again by mistake.
    assert.equal(await session.panel.getByRole('button', { name: /^Unpublish.*now$/ }).isDisabled(), true);
  });

  test('with nothing picked, unpublishing is disabled and says why', async () => {
    session = await openHost(stack, { record: 'rec-article' });
    await waitForLocaleState(session.panel, 'it', 'live');
    assert.equal(await session.panel.getByRole('button', { name: 'Unpublish now' }).isDisabled(), true);
    await session.panel.getByText('Pick the locales to take offline, or the whole record.').waitFor();
    expectWrites(stack.fake, []);
  });
});

describe('records the panel can do nothing for', () => {
  test('a record with nothing live explains and offers no action', async () => {
    session = await openHost(stack, { record: 'rec-draft' });
    await session.panel.getByText('This record is not published in any locale').waitFor();
    assert.equal(await session.panel.getByRole('button').count(), 0);
    expectWrites(stack.fake, []);
  });

  test('without the token permission it says how to grant it and sends nothing', async () => {
    session = await openHost(stack, { record: 'rec-article', tokenGranted: false });
    await session.panel.getByText('Configuration → Plugins').waitFor();
    assert.deepEqual(stack.fake.requests(), []);
  });

  test('unsaved changes in the form: it says unpublishing does not touch them', async () => {
    session = await openHost(stack, { record: 'rec-article', dirty: true });
    await session.panel.getByText('it does not save or discard your edits').waitFor();
  });
});
