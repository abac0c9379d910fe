// Tree collections, end to end: a record blocked by its published children,
// the children listed by title, the recursive unpublish when the model allows
// it, and titles that look like HTML shown as text. Every test ends on the
// complete list of writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultSeed } from '../fake-cma/server.mjs';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, localeRow, pluginParams, waitForLocaleState, waitForNothingLive } from './panel.mjs';

// The default seed's tree (rec-page-root → rec-page-child → rec-page-grandchild, and the draft
// rec-page-child-draft) plus a second, separate tree whose live child has an HTML-looking title:
// the default seed has such a title (rec-html) only in the Article model, which is not a tree.
const HTML_TITLE = '<img src=x onerror=alert(1)> Sale';
function treeSeed() {
  const seed = defaultSeed();
  const promo = { en: 'Promotions' };
  const sale = { en: HTML_TITLE };
  seed.records.push(
    { id: 'rec-page-promo', model: 'model-page', title: promo, published: { ...promo }, parentId: null, position: 2 },
    {
      id: 'rec-page-sale',
      model: 'model-page',
      title: sale,
      published: { ...sale },
      parentId: 'rec-page-promo',
      position: 1,
    },
  );
  return seed;
}

const t = useStack({ seed: treeSeed() });

const RECURSIVE_PARAMS = pluginParams({}, { 'model-page': { allowRecursive: true } });

const state = (id) => `GET /items/${id}/current-vs-published-state 200`;
const LIST_PAGES = 'GET /items?filter[type]=model-page&page[offset]=0&page[limit]=500 200';
// Each confirmation is preceded by one read of the records that link here (issue 10).
const links = (id) => `GET /items/${id}/references?version=published&nested=true 200`;
const WHOLE = (id) => ({ method: 'PUT', path: `/items/${id}/unpublish`, body: null });
const WHOLE_RECURSIVE = (id) => ({ ...WHOLE(id), query: { recursive: 'true' } });

/** The request log as `METHOD path?query status` lines (query keys unescaped). */
const requestLog = () =>
  t.stack.fake.requests().map((r) => {
    const query = Object.entries(r.query)
      .map(([key, value]) => `${key}=${value}`)
      .join('&');
    return `${r.method} ${r.path}${query ? `?${query}` : ''} ${r.status}`;
  });

async function waitForLog(done, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!done(t.stack.fake.requests())) {
    if (Date.now() > end) assert.fail(`request log never got there: ${JSON.stringify(requestLog())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const waitForAnswered = (count) => waitForLog((log) => log.length >= count && log.every((r) => r.status !== null));

/** Opens `record`, picks the whole record and confirms: refused for its published children. */
async function unpublishBlockedRecord(record, { params, beforeUnpublish } = {}) {
  t.session = await openHost(t.stack, { record, params });
  beforeUnpublish?.(t.session);
  await waitForLocaleState(t.session.panel, 'en', 'live');
  await t.session.panel.getByRole('switch', { name: 'The whole record' }).click();
  await t.session.panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
  const confirm = await t.session.host.answerConfirm('unpublish');
  assert.equal(confirm.title, 'Unpublish the whole record?');
  assert.doesNotMatch(confirm.content, /child records/, 'the first attempt is a plain whole-record unpublish');
  const children = t.session.panel.getByTestId('published-children');
  await children.waitFor();
  await t.session.panel
    .getByText(
      'Nothing was unpublished. This record has published child records in its tree, and they must go offline first (or together with it).',
    )
    .waitFor();
  await waitForAnswered(5);
  return children;
}

/** The records below, as the panel shows them: the titles of one level, each with the level below it. */
async function shownTree(list) {
  const items = list.locator(':scope > li');
  const tree = [];
  for (let i = 0; i < (await items.count()); i += 1) {
    const item = items.nth(i);
    const below = item.locator(':scope > ul');
    tree.push({
      title: await item.locator(':scope > button').textContent(),
      below: (await below.count()) > 0 ? await shownTree(below) : [],
    });
  }
  return tree;
}
const childTree = (children) => shownTree(children.locator(':scope > ul'));
const DOCS_TREE = [{ title: 'Getting started', below: [{ title: 'Installation', below: [] }] }];
const RECURSIVE_OFF =
  'Unpublishing the records below together with this one is turned off for this model: unpublish them first, or ask an administrator to allow it.';

describe('a tree record with published children', () => {
  test('default config: the live children are listed, unpublishing them together is turned off, one PUT', async () => {
    const children = await unpublishBlockedRecord('rec-page-root');
    // A tree: Installation is shown under Getting started, its parent.
    assert.deepEqual(await childTree(children), DOCS_TREE);
    assert.equal(await t.session.panel.getByText('Roadmap').count(), 0, 'a draft child is not listed');
    await children.getByText(RECURSIVE_OFF).waitFor();
    // Nothing to press that would only be refused again.
    assert.equal(await t.session.panel.getByRole('button', { name: /^Unpublish/ }).count(), 0);

    assert.deepEqual(requestLog(), [
      state('rec-page-root'),
      links('rec-page-root'),
      'PUT /items/rec-page-root/unpublish 422',
      state('rec-page-root'),
      LIST_PAGES,
    ]);
    assert.equal(t.stack.fake.writes()[0].rawBody, '');
    assert.deepEqual(t.stack.fake.publishedLocales('rec-page-root'), ['en', 'it']);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-page-child'), ['en', 'it']);
    expectWrites(t.stack.fake, [WHOLE('rec-page-root')]);
  });

  test('recursive allowed: one action, counting every record below; the confirmation names them; cancel sends nothing; confirm sends recursive=true', async () => {
    const children = await unpublishBlockedRecord('rec-page-root', { params: RECURSIVE_PARAMS });
    assert.deepEqual(await childTree(children), DOCS_TREE);
    assert.equal(await children.getByText('is turned off for this model').count(), 0);
    const offer = t.session.panel.getByRole('button', { name: 'Unpublish with the 2 records below' });
    // The one primary action: the plain unpublish that was refused is not offered again.
    assert.deepEqual(await t.session.panel.getByRole('button', { name: /^Unpublish/ }).allInnerTexts(), [
      'Unpublish with the 2 records below',
    ]);

    await offer.click();
    const cancelled = await t.session.host.answerConfirm('cancel');
    assert.equal(cancelled.title, 'Unpublish the whole record, with the 2 records below it?');
    assert.match(
      cancelled.content,
      / The 2 published records below it go offline too: Getting started \(with Installation below it\)\.$/,
    );
    assert.equal(cancelled.choices[0].label, 'Unpublish with the 2 records below');
    await offer.waitFor();
    assert.equal(await offer.isEnabled(), true);
    expectWrites(t.stack.fake, [WHOLE('rec-page-root')]);

    await offer.click();
    const confirmed = await t.session.host.answerConfirm('unpublish');
    assert.equal(confirmed.content, cancelled.content);
    await waitForNothingLive(t.session.panel);
    await children.waitFor({ state: 'detached' });
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['The record and the 2 records below it are no longer published.']],
    );
    // Said once, by the toast: the refusal is gone from the panel, no success box repeats it.
    assert.equal(await t.session.panel.getByText('no longer published').count(), 0);
    assert.equal(await t.session.panel.getByText('Nothing was unpublished').count(), 0);

    for (const id of ['rec-page-root', 'rec-page-child', 'rec-page-grandchild', 'rec-page-child-draft']) {
      assert.deepEqual(t.stack.fake.publishedLocales(id), [], id);
    }
    await waitForAnswered(9);
    assert.deepEqual(requestLog(), [
      state('rec-page-root'),
      links('rec-page-root'),
      'PUT /items/rec-page-root/unpublish 422',
      state('rec-page-root'),
      LIST_PAGES,
      // The offer cancelled once, then confirmed: a read before each confirmation.
      links('rec-page-root'),
      links('rec-page-root'),
      'PUT /items/rec-page-root/unpublish?recursive=true 200',
      state('rec-page-root'),
    ]);
    assert.equal(t.stack.fake.writes()[1].rawBody, '', 'no body at all');
    expectWrites(t.stack.fake, [WHOLE('rec-page-root'), WHOLE_RECURSIVE('rec-page-root')]);
  });

  test('clicking a child title opens that record', async () => {
    const children = await unpublishBlockedRecord('rec-page-root');
    await children.getByRole('button', { name: 'Getting started' }).click();
    const [navigation] = await t.session.host.waitForEvent('navigateTo');
    assert.equal(navigation.args[0], '/editor/item_types/model-page/items/rec-page-child/edit');
    assert.match(navigation.args[0], /\/items\/rec-page-child\/edit$/);

    // The host opens the child, whose panel reads its own state.
    await waitForLocaleState(t.session.panel, 'it', 'live');
    await waitForLocaleState(t.session.panel, 'es', 'not-live');
    await waitForAnswered(6);
    assert.deepEqual(requestLog(), [
      state('rec-page-root'),
      links('rec-page-root'),
      'PUT /items/rec-page-root/unpublish 422',
      state('rec-page-root'),
      LIST_PAGES,
      state('rec-page-child'),
    ]);
    assert.equal((await t.session.host.events('navigateTo')).length, 1);
    expectWrites(t.stack.fake, [WHOLE('rec-page-root')]);
  });
});

describe('text that looks like HTML is shown as text', () => {
  test('a live child titled with an <img onerror> tag is listed as that literal text', async () => {
    // An alert(1) run from the title would open a dialog: listen before the children are rendered.
    const dialogs = [];
    const children = await unpublishBlockedRecord('rec-page-promo', {
      params: RECURSIVE_PARAMS,
      beforeUnpublish: ({ page }) =>
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        }),
    });
    assert.deepEqual(await childTree(children), [{ title: HTML_TITLE, below: [] }]);
    await children.getByRole('button', { name: HTML_TITLE, exact: true }).waitFor();
    assert.equal(await children.locator('img').count(), 0, 'no <img> element was created');
    assert.equal(await t.session.panel.locator('img[src="x"]').count(), 0);

    // The recursive confirm names it as text too.
    await t.session.panel.getByRole('button', { name: 'Unpublish with the record below' }).click();
    const confirm = await t.session.host.answerConfirm('cancel');
    assert.ok(
      confirm.content.endsWith(`The published record below it goes offline too: ${HTML_TITLE}.`),
      confirm.content,
    );
    assert.equal(await t.session.page.locator('dialog.confirm-dialog img').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.equal(await t.session.page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);

    assert.deepEqual(requestLog(), [
      state('rec-page-promo'),
      links('rec-page-promo'),
      'PUT /items/rec-page-promo/unpublish 422',
      state('rec-page-promo'),
      LIST_PAGES,
      links('rec-page-promo'),
    ]);
    expectWrites(t.stack.fake, [WHOLE('rec-page-promo')]);
  });

  test('a site locale code with HTML in it is listed as text', async () => {
    const code = '<b>x</b>';
    // The panel takes the site's locales when it reads the state: fail the first read, change the
    // locales, then read again with "Try again".
    t.stack.fake.injectFault({ method: 'GET', path: '/items/rec-article/current-vs-published-state', status: 500 });
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await t.session.panel.getByText('Could not read the publication state').waitFor();
    const [{ site }] = await t.session.host.settings();
    await t.session.host.pushUpdate({
      site: { ...site, attributes: { ...site.attributes, locales: [...site.attributes.locales, code] } },
    });
    await t.session.panel.getByRole('button', { name: 'Try again' }).click();

    const row = localeRow(t.session.panel, code);
    await row.waitFor({ state: 'attached' });
    assert.equal(await row.getAttribute('data-state'), 'not-live');
    await t.session.panel.getByText('2 locales not live', { exact: true }).click();
    await row.getByText(`${code} (${code})`, { exact: true }).waitFor();
    assert.equal(await t.session.panel.locator('li[data-locale] b').count(), 0, 'no <b> element was created');
    assert.equal(await t.session.panel.locator('b').count(), 0);
    assert.equal(await row.getByRole('switch').count(), 0, 'nothing to pick in a locale that is not live');
    await waitForLocaleState(t.session.panel, 'it', 'live');

    assert.deepEqual(requestLog(), [
      'GET /items/rec-article/current-vs-published-state 500',
      'GET /items/rec-article/current-vs-published-state 200',
    ]);
    expectWrites(t.stack.fake, []);
  });
});
