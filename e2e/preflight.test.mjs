// Issue 10 end to end: before a record goes offline, the records that link to it (read on the
// click, one GET /items/:id/references) and what each link field's strategy will do; the
// PUBLISHED_REFERENCES refusal named; DatoCMS's own Unpublish button held to the model's setting.
// Seeds (fake-cma/seed.mjs): rec-category-linked ← rec-post-fail (`category`, fail) and
// rec-post-cascade (`related`, unpublish); rec-category-st ← rec-post-st (structured text,
// delete_references); rec-category-required ← rec-promo (`main_category`, delete_references, required).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, pickLocale, pluginParams, waitForLocaleState, waitForNothingLive } from './panel.mjs';

const t = useStack();

const unpublishPath = (id) => `/items/${id}/unpublish`;
const WHOLE = (id) => ({ method: 'PUT', path: unpublishPath(id), body: null });

/** Opens a record, picks every live locale given, and clicks the whole-record button. */
async function clickWholeRecord(record, liveLocales) {
  t.session = await openHost(t.stack, { record });
  const { panel } = t.session;
  for (const locale of liveLocales) await waitForLocaleState(panel, locale, 'live');
  for (const locale of liveLocales) await pickLocale(panel, locale);
  await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
  return panel;
}

const requestLines = () => t.stack.fake.requests().map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);

describe('the panel: what else the click does, said before it', () => {
  test('a structured-text link is removed: the confirmation names the record that stays live without it', async () => {
    const panel = await clickWholeRecord('rec-category-st', ['en']);
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.match(
      confirm.content,
      /Stay live, with the link to this record removed: “How to write” \(Post\), through “Body”\./,
    );
    await waitForNothingLive(panel);
    // DatoCMS (the fake) removed the link from the post, which stays published.
    const post = t.stack.fake.getItem('rec-post-st');
    assert.equal(JSON.stringify(post.attributes).includes('rec-category-st'), false);
    assert.equal(post.meta.status, 'published');
    assert.deepEqual(requestLines(), [
      'GET /items/rec-category-st/current-vs-published-state 200',
      'GET /items/rec-category-st/references 200',
      'PUT /items/rec-category-st/unpublish 200',
      'GET /items/rec-category-st/current-vs-published-state 200',
    ]);
    expectWrites(t.stack.fake, [WHOLE('rec-category-st')]);
  });

  test('a `fail` link: nothing is sent, the blocking record is named and the button says why', async () => {
    const panel = await clickWholeRecord('rec-category-linked', ['en', 'it']);
    await panel.getByText('DatoCMS would refuse this unpublish').waitFor();
    await panel
      .getByText(/Festival guide/)
      .first()
      .waitFor();
    await panel.getByText(/Not sent: DatoCMS would refuse it, because 1 published record links here/).waitFor();
    assert.equal(await t.session.host.pendingConfirm(), null, 'no confirmation for a click DatoCMS would refuse');
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-linked'), ['en', 'it']);
    assert.deepEqual(requestLines(), [
      'GET /items/rec-category-linked/current-vs-published-state 200',
      'GET /items/rec-category-linked/references 200',
    ]);
    expectWrites(t.stack.fake, []);
  });

  test('a required field whose link would be removed blocks too, and says the field is required', async () => {
    const panel = await clickWholeRecord('rec-category-required', ['en']);
    await panel.getByText('DatoCMS would refuse this unpublish').waitFor();
    await panel
      .getByText(/“Main category” would lose the link, but it is required/)
      .first()
      .waitFor();
    assert.equal(await t.session.host.pendingConfirm(), null);
    expectWrites(t.stack.fake, []);
  });

  test('links not readable: the confirmation says so; DatoCMS refuses with PUBLISHED_REFERENCES, named', async () => {
    t.stack.fake.injectFault({ method: 'GET', path: '/items/rec-category-linked/references', status: 500 });
    const panel = await clickWholeRecord('rec-category-linked', ['en', 'it']);
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.match(confirm.content, /The records that link here could not be checked \(DatoCMS answered HTTP 500\)/);
    await panel.getByText(/Nothing was unpublished\. Published records link to this record/).waitFor();
    await panel
      .getByText(/Festival guide/)
      .first()
      .waitFor();
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-linked'), ['en', 'it']);
    // The refused write was sent once; the records were read again to name them.
    assert.deepEqual(requestLines().slice(1, 4), [
      'GET /items/rec-category-linked/references 500',
      'PUT /items/rec-category-linked/unpublish 422',
      'GET /items/rec-category-linked/references 200',
    ]);
    expectWrites(t.stack.fake, [WHOLE('rec-category-linked')]);
  });
});

describe("DatoCMS's own Unpublish button under the model's setting", () => {
  const categoryWith = (settings) => pluginParams({}, { 'model-category': settings });

  test('block: the host is told no, the editor why; nothing is sent', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-category-st',
      params: categoryWith({ nativeUnpublish: 'block' }),
    });
    const outcome = await t.session.host.clickNativeUnpublish();
    assert.equal(outcome.answer, false);
    assert.equal(outcome.sent, false);
    const [alert] = (await t.session.host.events('alert')).map((e) => e.args[0]);
    assert.match(alert, /“Category”: this project’s settings send unpublishing through the Selective Unpublish plugin/);
    expectWrites(t.stack.fake, []);
  });

  test('block because whole-record unpublish is off for the model: the reason says so', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-category-st',
      params: categoryWith({ nativeUnpublish: 'block', allowWholeRecord: false }),
    });
    const outcome = await t.session.host.clickNativeUnpublish();
    assert.equal(outcome.sent, false);
    const [alert] = (await t.session.host.events('alert')).map((e) => e.args[0]);
    assert.match(alert, /unpublishing the whole record is turned off for this model/);
    expectWrites(t.stack.fake, []);
  });

  test('warn: a confirmation with the pre-flight; "Unpublish" lets DatoCMS go on', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-category-st',
      params: categoryWith({ nativeUnpublish: 'warn' }),
    });
    const pending = t.session.host.clickNativeUnpublish();
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.equal(confirm.title, 'Unpublish with DatoCMS’s button?');
    assert.match(confirm.content, /“How to write” \(Post\)/);
    const outcome = await pending;
    assert.equal(outcome.answer, true);
    assert.equal(outcome.status, 200);
    expectWrites(t.stack.fake, [WHOLE('rec-category-st')]);
  });

  test('warn, answered Cancel: nothing goes offline', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-category-st',
      params: categoryWith({ nativeUnpublish: 'warn' }),
    });
    const pending = t.session.host.clickNativeUnpublish();
    await t.session.host.answerConfirm('cancel');
    assert.equal((await pending).sent, false);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-st'), ['en']);
    expectWrites(t.stack.fake, []);
  });

  test('warn on a record DatoCMS would refuse: refused with the records to deal with first', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-category-linked',
      params: categoryWith({ nativeUnpublish: 'warn' }),
    });
    const outcome = await t.session.host.clickNativeUnpublish();
    assert.equal(outcome.sent, false);
    const [alert] = (await t.session.host.events('alert')).map((e) => e.args[0]);
    assert.match(alert, /cannot be unpublished while these published records link to it: “Festival guide” \(Post\)/);
    expectWrites(t.stack.fake, []);
  });

  test('allow (the default): not asked, no request of the plugin; DatoCMS unpublishes', async () => {
    t.session = await openHost(t.stack, { record: 'rec-category-st' });
    const outcome = await t.session.host.clickNativeUnpublish();
    assert.equal(outcome.answer, true);
    assert.equal(await t.session.host.pendingConfirm(), null);
    assert.equal(
      t.stack.fake.requests().some((r) => r.path.includes('/references')),
      false,
    );
    expectWrites(t.stack.fake, [WHOLE('rec-category-st')]);
  });
});
