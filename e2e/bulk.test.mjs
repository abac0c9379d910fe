// The bulk action end to end: the collection view's "Unpublish locales…", its modal, the
// writes it sends and its report, against the fake CMA with its documented rate limit on.
// Every test ends on the complete list of writes (with their environment).
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
  writesSettled,
} from './bulkSteps.mjs';
import { useStack } from './harness.mjs';
import { planBody } from './panel.mjs';

const LOCALES = ['en', 'it', 'es'];
const id = (i) => `rec-${String(i).padStart(2, '0')}`;

/**
 * Thirty records whose live locales cycle through five patterns: with Italian and Spanish
 * picked, the first sends both, the second Italian, the third is unpublished whole (both are
 * all that is live), the fourth and fifth are skipped (nothing picked is live; nothing live).
 */
const PATTERNS = [['en', 'it', 'es'], ['en', 'it'], ['it', 'es'], ['en'], []];
const patternOf = (i) => PATTERNS[i % PATTERNS.length];
function seed(count = 30, livePattern = patternOf) {
  // Titles in every locale; published content in the pattern's locales only.
  return {
    site: { id: 'site-e2e-bulk', name: 'Bulk e2e', locales: LOCALES, timezone: 'Europe/Rome' },
    models: [{ id: 'model-article', name: 'Article', apiKey: 'article', draftMode: true, tree: false }],
    records: Array.from({ length: count }, (_, i) => {
      const title = { en: `Article ${i}`, it: `Articolo ${i}`, es: `Artículo ${i}` };
      return {
        id: id(i),
        model: 'model-article',
        title,
        published: Object.fromEntries(livePattern(i).map((l) => [l, title[l]])),
      };
    }),
  };
}
const ALL = Array.from({ length: 30 }, (_, i) => id(i));

/** What Italian and Spanish picked sends to record i (undefined: nothing). */
function expectedWrite(i) {
  const [, it, es] = [null, patternOf(i).includes('it'), patternOf(i).includes('es')];
  const going = LOCALES.filter((l) => (l === 'it' && it) || (l === 'es' && es));
  if (going.length === 0) return undefined;
  return unpublishWrite('main', id(i), going.length === patternOf(i).length ? null : going);
}
const AFFECTED = ALL.filter((_, i) => expectedWrite(i));
const FAILING = [id(0), id(6), id(12)];

const t = useStack({ seed: seed() });

describe('unpublishing locales of many records from the collection view', () => {
  test('sends one write per affected record, none for skipped ones; the report lists exactly the failed ones; retry sends only those', async () => {
    for (const record of FAILING) {
      t.stack.fake.injectFault({ method: 'PUT', path: `/items/${record}/unpublish`, status: 422, code: 'ITEM_LOCKED' });
    }
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids: ALL });
    t.session = session;
    // The tally: on how many of the 30 records each locale is live.
    assert.match(await modal.locator('li[data-locale="it"]').textContent(), /live on 18 of 30 records/);
    assert.match(await modal.locator('li[data-locale="es"]').textContent(), /live on 12 of 30 records/);
    assert.equal(
      t.stack.fake.requests().filter((r) => r.path.endsWith('/current-vs-published-state')).length,
      30,
      'each record is read once',
    );
    expectWritesIn(t.stack.fake, []);

    await pick(modal, 'it');
    await pick(modal, 'es');
    const confirmation = await continueAndConfirm(session, modal);
    assert.equal(confirmation.title, 'Unpublish Italian and Spanish?');
    assert.match(confirmation.content, /Offline in main \(this environment\): .*Italian and Spanish on 6 records/);
    assert.match(confirmation.content, /12 records skipped/);
    await waitForReport(modal);

    const statuses = (await reportStatuses(modal)).main;
    const failed = Object.keys(statuses).filter((r) => statuses[r] === 'failed');
    assert.deepEqual(failed, FAILING);
    assert.equal(Object.values(statuses).filter((s) => s === 'succeeded').length, AFFECTED.length - 3);
    assert.equal(Object.values(statuses).filter((s) => s === 'skipped').length, 30 - AFFECTED.length);
    assert.match(
      await reportLine(modal, 'main', id(0)).textContent(),
      /Failed: Nothing was unpublished\. The record is locked/,
    );
    assert.match(
      await reportLine(modal, 'main', id(3)).textContent(),
      /Skipped: none of the picked locales is live here/,
    );
    assert.match(await reportLine(modal, 'main', id(2)).textContent(), /The whole record went offline/);
    // Exactly one write per affected record (the three refused ones included), none for the skipped ones.
    expectWritesIn(
      t.stack.fake,
      AFFECTED.map((r) => expectedWrite(ALL.indexOf(r))),
    );

    const before = t.stack.fake.writes().length;
    await modal.getByRole('button', { name: 'Retry the failed ones (3)' }).click();
    await session.host.answerConfirm('retry');
    await modal.locator('[data-testid="bulk-report"] li[data-record="rec-00"][data-status="succeeded"]').waitFor();
    const retried = t.stack.fake
      .writes()
      .slice(before)
      .map((w) => w.path)
      .sort();
    assert.deepEqual(
      retried,
      FAILING.map((r) => `/items/${r}/unpublish`),
    );
    assert.deepEqual(
      Object.values((await reportStatuses(modal)).main).filter((s) => s === 'failed'),
      [],
    );
    expectWritesIn(t.stack.fake, [
      ...AFFECTED.map((r) => expectedWrite(ALL.indexOf(r))),
      ...FAILING.map((r) => expectedWrite(ALL.indexOf(r))),
    ]);
  });

  test('Stop: no write leaves after the click, and the records not sent are reported as such', async () => {
    t.stack.fake.reset();
    // Slow answers, so that the click lands mid-run.
    t.stack.fake.injectFault({ method: 'PUT', path: /\/items\/.*\/unpublish/, delayMs: 1000, count: 30 });
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids: ALL });
    t.session = session;
    const writeStarts = [];
    session.page.on('requestfinished', (request) => {
      if (request.method() === 'PUT') writeStarts.push(request.timing().startTime);
    });
    await pick(modal, 'it');
    await continueAndConfirm(session, modal);
    // At most nine done and six on their way when the click lands: some are left.
    await modal.getByText(/^[1-9] of 18 done/).waitFor({ timeout: 60_000 });
    // The time of the click, read in the page right before the button is clicked.
    const stoppedAt = await modal.getByRole('button', { name: 'Stop' }).evaluate((button) => {
      const at = performance.timeOrigin + performance.now();
      button.click();
      return at;
    });
    await waitForReport(modal);
    await writesSettled(t.stack.fake);

    const lines = (await reportStatuses(modal)).main;
    const notSent = Object.keys(lines).filter((r) => lines[r] === 'not-sent');
    const sent = Object.keys(lines).filter((r) => lines[r] === 'succeeded' || lines[r] === 'failed');
    assert.ok(notSent.length > 0, 'some records were not sent');
    assert.ok(writeStarts.length > 0 && writeStarts.every((at) => at < stoppedAt), 'no write started after Stop');
    // Italian is never the only live locale here: each write sends it alone.
    expectWritesIn(
      t.stack.fake,
      sent.map((r) => unpublishWrite('main', r, ['it'])),
    );
    for (const record of notSent) assert.equal(t.stack.fake.publishedLocales(record).includes('it'), true);
  });

  test('closing the modal mid-run asks first; keeping it running goes on, closing stops it', async () => {
    t.stack.fake.injectFault({ method: 'PUT', path: /\/items\/.*\/unpublish/, delayMs: 2000, count: 30 });
    const { session, modal, actionDone } = await openBulkModal(t.stack, { model: 'model-article', ids: ALL });
    t.session = session;
    await pick(modal, 'it');
    await continueAndConfirm(session, modal);
    await modal.getByText(/^[1-9] of 18 done/).waitFor({ timeout: 60_000 });
    // DatoCMS's own Close is turned off: only the modal's Close, which asks.
    assert.equal((await session.host.modals()).at(-1).closeDisabled, true);
    await modal.getByRole('button', { name: 'Close' }).click();
    const asked = await session.host.answerConfirm('keep');
    assert.equal(asked.title, 'Stop and close?');
    await modal.getByRole('button', { name: 'Stop' }).waitFor();
    await modal.getByRole('button', { name: 'Close' }).click();
    await session.host.answerConfirm('close');
    const ended = await actionDone;
    assert.equal(ended.type, 'answer:executeItemsDropdownAction', 'the modal closed and the action ended');
    assert.deepEqual(await session.host.modals(), []);
    // What had left when it closed (at most the six on their way), then nothing: not the 18 of a full run.
    await writesSettled(t.stack.fake);
    const written = t.stack.fake.writes();
    assert.ok(written.length >= 1 && written.length <= 15, `${written.length} writes`);
    expectWritesIn(
      t.stack.fake,
      written.map((w) => unpublishWrite('main', w.path.split('/')[2], ['it'])),
    );
  });

  test('scheduling 30 records for one instant: the two with a plan are listed first and keep it', async () => {
    const withPlans = [id(0), id(5)];
    const existing = '2027-06-01T08:00:00Z';
    for (const record of withPlans) await createPlan(t.stack.fake, record, existing, ['es']);
    t.stack.fake.resetLog();
    const { session, modal } = await openBulkModal(t.stack, { model: 'model-article', ids: ALL });
    t.session = session;
    await pick(modal, 'it');
    await modal.getByRole('radio', { name: 'At a date and time' }).check();
    const listed = modal.getByTestId('bulk-existing-plans');
    await listed.waitFor();
    assert.match(await listed.textContent(), /\(2\)/);
    for (const title of ['Article 0', 'Article 5']) assert.match(await listed.textContent(), new RegExp(title));
    assert.equal(await modal.getByRole('radio', { name: /Keep their plans/ }).isChecked(), true);
    expectWritesIn(t.stack.fake, []);

    await modal.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const confirmation = await session.host.answerConfirm('run');
    assert.match(confirmation.content, /2 records keep their current plan/);
    await waitForReport(modal);

    const lines = (await reportStatuses(modal)).main;
    for (const record of withPlans) {
      assert.equal(lines[record], 'skipped');
      assert.match(await reportLine(modal, 'main', record).textContent(), /already has a scheduled unpublishing, kept/);
    }
    const writes = t.stack.fake.writes();
    const at = writes[0]?.body?.data?.attributes?.unpublishing_scheduled_at;
    assert.ok(Date.parse(at) > Date.now() + 5 * 60_000, 'one instant, past the lead time');
    const planned = AFFECTED.filter((r) => !withPlans.includes(r));
    expectWritesIn(
      t.stack.fake,
      planned.map((r) => ({
        environment: 'main',
        method: 'POST',
        path: `/items/${r}/scheduled-unpublishing`,
        body: planBody(at, ['it']),
      })),
    );
  });
});

/** A plan made before the test, as another editor would have (then the log is reset). */
async function createPlan(fake, record, at, locales) {
  const response = await fetch(`${fake.url}/items/${record}/scheduled-unpublishing`, {
    method: 'POST',
    headers: { authorization: `Bearer ${fake.token}`, 'x-api-version': '3', 'content-type': 'application/json' },
    body: JSON.stringify(planBody(at, locales)),
  });
  assert.equal(response.status, 200, await response.clone().text());
}
