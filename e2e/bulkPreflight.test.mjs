// Issue 10 in the bulk modal: before the confirmation of an unpublish now, the records it sends in
// the current environment are checked for the published records that link to them (one
// GET /items/:id/references each, at most 20); the ones DatoCMS would refuse are skipped with the
// linking records named, and what the other links do is said in the confirmation.
// Seeds (fake-cma/seed.mjs), all in model-category: rec-category-linked ("Events") ← rec-post-fail
// (`category`, fail) and rec-post-cascade (`related`, unpublish); rec-category-st ("Guides") ←
// rec-post-st (structured text, delete_references); rec-category-required ("News") ← rec-promo
// (`main_category`, delete_references, required).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  continueAndConfirm,
  expectWritesIn,
  openBulkModal,
  pick,
  reportLine,
  reportStatuses,
  unpublishWrite,
  waitForReport,
} from './bulkSteps.mjs';
import { useStack } from './harness.mjs';

const t = useStack();
const CATEGORIES = ['rec-category-linked', 'rec-category-st', 'rec-category-required'];
const referenceReads = () =>
  t.stack.fake
    .requests()
    .filter((r) => r.path.endsWith('/references'))
    .map((r) => `${r.path} ${r.status}`)
    .sort();

/** Unpublishes a record as another editor would have before the test (then the log is reset). */
async function unpublishBefore(fake, record) {
  const response = await fetch(`${fake.url}/items/${record}/unpublish`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${fake.token}`, 'x-api-version': '3' },
  });
  assert.equal(response.status, 200, await response.clone().text());
  fake.resetLog();
}

describe('the bulk modal: what the links do, said before the run', () => {
  test('refused records are skipped with the records that block them; the others go, their links said', async () => {
    // Slow enough to see the check's progress (the request is then answered normally).
    t.stack.fake.injectFault({ method: 'GET', path: '/items/rec-category-st/references', delayMs: 1500 });
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-category', ids: CATEGORIES });
    t.session = session;
    await pick(modal, null);
    await modal.getByRole('button', { name: 'Continue…' }).click();
    await modal.getByText('Checking the records that link to the selected ones').waitFor();
    await modal.getByText(/Checked the links of [0-2] of 3 records/).waitFor();
    const confirmation = await session.host.answerConfirm('run');

    assert.equal(confirmation.title, 'Unpublish the whole records?');
    const { content } = confirmation;
    assert.match(content, /Offline in main \(this environment\): the whole record on 1 record \(2 records skipped\)/);
    assert.match(content, /Skipped, because DatoCMS would refuse to unpublish them while published records link/);
    assert.match(content, /“Events” \(linked from “Festival guide” \(Post\): its field “Category” does not allow it\)/);
    assert.match(
      content,
      /“News” \(linked from “News promo” \(Promo\): its field “Main category” would lose the link, but it is required\)/,
    );
    assert.match(
      content,
      /Staying live, with the link removed: “How to write” \(Post\), through “Body”, linking to “Guides”\./,
    );
    // The refused record's other link does nothing: nothing is sent for it.
    assert.doesNotMatch(content, /Weekend picks/);
    assert.deepEqual(referenceReads(), CATEGORIES.map((id) => `/items/${id}/references 200`).sort());

    await waitForReport(modal);
    assert.deepEqual((await reportStatuses(modal)).main, {
      'rec-category-linked': 'skipped',
      'rec-category-st': 'succeeded',
      'rec-category-required': 'skipped',
    });
    assert.match(
      await reportLine(modal, 'main', 'rec-category-linked').textContent(),
      /Skipped: DatoCMS would refuse it, because records link here through a field that does not allow it: “Festival guide” \(Post\): its field “Category” does not allow it\./,
    );
    assert.match(
      await reportLine(modal, 'main', 'rec-category-required').textContent(),
      /Skipped: DatoCMS would refuse it.*“News promo” \(Promo\)/,
    );
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-linked'), ['en', 'it']);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-st'), []);
    // DatoCMS (the fake) removed the link from the post, which stays published.
    const post = t.stack.fake.getItem('rec-post-st');
    assert.equal(JSON.stringify(post.attributes).includes('rec-category-st'), false);
    assert.equal(post.meta.status, 'published');
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-category-st', null)]);
  });

  test('an `unpublish` link: the confirmation names the record that goes offline too, and it does', async () => {
    // The blocking post was taken offline first: only the cascading link is left.
    await unpublishBefore(t.stack.fake, 'rec-post-fail');
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-category', ids: ['rec-category-linked'] });
    t.session = session;
    await pick(modal, null);
    const confirmation = await continueAndConfirm(session, modal, 'run');
    assert.match(
      confirmation.content,
      /Also going offline \(their link field says so\): “Weekend picks” \(Post\), through “Related categories”, linking to “Events”\./,
    );
    assert.match(confirmation.content, /the plugin checks only the records that link here directly/);
    await waitForReport(modal);
    assert.deepEqual((await reportStatuses(modal)).main, { 'rec-category-linked': 'succeeded' });
    assert.deepEqual(t.stack.fake.publishedLocales('rec-post-cascade'), []);
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-category-linked', null)]);
  });

  test('links not readable: the confirmation says not checked; DatoCMS refuses, and the report names the linking record', async () => {
    t.stack.fake.injectFault({ method: 'GET', path: '/items/rec-category-linked/references', status: 500 });
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-category', ids: ['rec-category-linked'] });
    t.session = session;
    await pick(modal, null);
    const confirmation = await continueAndConfirm(session, modal, 'run');
    assert.match(
      confirmation.content,
      /“Events” could not be checked \(DatoCMS answered HTTP 500\): DatoCMS may refuse it, or take records that link to it offline too\./,
    );
    assert.equal(confirmation.choices[0].label, 'Unpublish on 1 record');
    await waitForReport(modal);
    assert.deepEqual((await reportStatuses(modal)).main, { 'rec-category-linked': 'failed' });
    const line = await reportLine(modal, 'main', 'rec-category-linked').textContent();
    assert.match(line, /Failed: Nothing was unpublished\. Published records link to this record/);
    assert.match(line, /Linked from: record rec-post-fail\./);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-linked'), ['en', 'it']);
    expectWritesIn(t.stack.fake, [unpublishWrite('main', 'rec-category-linked', null)]);
  });

  test('every record refused: nothing is sent, the editor is told which records link there', async () => {
    const { session, modal } = await openBulkModal(t.stack, {
      model: 'model-category',
      ids: ['rec-category-required'],
    });
    t.session = session;
    await pick(modal, null);
    await modal.getByRole('button', { name: 'Continue…' }).click();
    const [alert] = (await session.host.waitForEvent('alert')).map((e) => e.args[0]);
    assert.match(
      alert,
      /^Nothing would be sent with this pick: every record would be skipped\. Skipped, because DatoCMS/,
    );
    assert.match(alert, /“News” \(linked from “News promo” \(Promo\): its field “Main category” would lose the link/);
    assert.equal(await session.host.pendingConfirm(), null, 'no confirmation when nothing would be sent');
    // Back to the pick, nothing sent.
    await modal.getByRole('group', { name: 'What goes offline' }).waitFor();
    assert.deepEqual(t.stack.fake.publishedLocales('rec-category-required'), ['en']);
    expectWritesIn(t.stack.fake, []);
  });

  test('a scheduled run is not checked now: the confirmation says DatoCMS checks it when it runs', async () => {
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-category', ids: ['rec-category-linked'] });
    t.session = session;
    await pick(modal, null);
    await modal.getByRole('radio', { name: 'At a date and time' }).check();
    await modal.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const confirmation = await session.host.answerConfirm('cancel');
    assert.match(confirmation.content, /DatoCMS checks them when the scheduled unpublishing runs/);
    assert.deepEqual(referenceReads(), []);
    expectWritesIn(t.stack.fake, []);
  });
});
