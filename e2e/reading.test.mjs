// The panel as an editor reads and clicks it: each fact said once, the live locales first and the rest
// behind one line, locale names that toggle their switch. Every test ends on the complete list of writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultSeed } from '../fake-cma/server.mjs';
import { openHost, startStack, useStack } from './harness.mjs';
import { expectWrites, localeRow, pickLocale, planPost, waitForLocaleState, waitForNothingLive } from './panel.mjs';

const t = useStack();

/**
 * The panel's text cut into messages (lines, then sentences), with how often each occurs. Short fragments
 * (a locale's "Live", a button's two words) are labels, not messages: only sentences of four words or more
 * count.
 */
async function messageCounts(panel) {
  // The text as shown: its line breaks separate messages, and what is collapsed is not read.
  // biome-ignore lint/performance/useDomNodeTextContent: textContent has neither.
  const text = await panel.locator('body').innerText();
  const counts = new Map();
  for (const line of text.split('\n')) {
    for (const sentence of line.split(/(?<=[.!?:])\s+/)) {
      const message = sentence.trim();
      if (message.split(/\s+/).length < 4) continue;
      counts.set(message, (counts.get(message) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every message of the panel is said once; returns them for more specific checks. */
async function expectEachMessageOnce(panel) {
  const counts = await messageCounts(panel);
  const repeated = [...counts].filter(([, count]) => count > 1);
  assert.deepEqual(repeated, [], 'a message said more than once');
  return [...counts.keys()];
}

const occurrences = (messages, part) => messages.filter((message) => message.includes(part)).length;

describe('one message per fact', () => {
  test('a record with nothing live: one sentence, nothing to press or pick', async () => {
    t.session = await openHost(t.stack, { record: 'rec-draft' });
    await waitForNothingLive(t.session.panel);
    const messages = await expectEachMessageOnce(t.session.panel);
    assert.deepEqual(messages, [
      'This record is not published in any locale, so there is nothing to unpublish or schedule.',
    ]);
    assert.equal(await t.session.panel.getByRole('switch').count(), 0);
    assert.equal(await t.session.panel.getByRole('button').count(), 0);
    expectWrites(t.stack.fake, []);
  });

  test('a role that may not publish: its reason once, no pick to ask for', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'viewer' });
    await t.session.panel.getByText('Your role may not publish or unpublish Article records.').waitFor();
    const messages = await expectEachMessageOnce(t.session.panel);
    assert.equal(occurrences(messages, 'Your role may not publish or unpublish Article records.'), 1);
    assert.equal(occurrences(messages, 'may not unpublish it'), 0);
    assert.equal(occurrences(messages, 'Pick the locales'), 0);
    expectWrites(t.stack.fake, []);
  });

  test('a role that may unpublish only English: its reason once, not again on rows or switches', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'editor-en' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    const messages = await expectEachMessageOnce(t.session.panel);
    assert.equal(occurrences(messages, 'Your role may unpublish only English.'), 1);
    assert.equal(occurrences(messages, 'your role may not unpublish it'), 0);
    // Picking every locale it may (English) is a valid request: nothing under the buttons repeats the reason.
    await pickLocale(t.session.panel, 'en');
    await t.session.panel.getByRole('button', { name: 'Unpublish English now' }).waitFor();
    assert.equal(occurrences(await expectEachMessageOnce(t.session.panel), 'Your role may unpublish only'), 1);
    expectWrites(t.stack.fake, []);
  });

  test('after scheduling: the plan is shown once in the panel, the toast only says it was done', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await t.session.panel.getByRole('button', { name: 'Schedule for later…' }).click();
    const form = t.session.panel.getByRole('form', { name: 'Schedule unpublishing' });
    await form.getByLabel('Date').fill('2027-03-01');
    await form.getByLabel(/^Time/).fill('09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    await card.waitFor();
    await form.waitFor({ state: 'detached' });

    const messages = await expectEachMessageOnce(t.session.panel);
    assert.equal(occurrences(messages, 'Monday, March 1, 2027 at 9:00 AM (Europe/Rome)'), 1);
    assert.equal(occurrences(messages, 'Italian goes offline'), 1);
    assert.equal(occurrences(messages, 'scheduled'), 0, 'no box repeats the toast');
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['The unpublishing is scheduled.']],
    );
    // With a plan pending, scheduling again says what it does, not "instead" of something.
    await t.session.panel.getByRole('button', { name: 'Schedule for later…', exact: true }).waitFor();
    expectWrites(t.stack.fake, [planPost('2027-03-01T08:00:00Z', ['it'])]);
  });

  test('after unpublishing: the toast says it, the panel shows it, no box repeats it', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await pickLocale(t.session.panel, 'it');
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await waitForLocaleState(t.session.panel, 'it', 'not-live');
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['Italian is no longer published.']],
    );
    const messages = await expectEachMessageOnce(t.session.panel);
    assert.equal(occurrences(messages, 'no longer published'), 0);
    expectWrites(t.stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
  });
});

describe('clicking a locale', () => {
  test("clicking a locale's name toggles its switch, as clicking the switch does", async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const italian = localeRow(t.session.panel, 'it');
    const toggle = italian.getByRole('switch');
    await italian.getByText('Italian (it)', { exact: true }).click();
    assert.equal(await toggle.getAttribute('aria-checked'), 'true');
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).waitFor();
    await italian.getByText('Italian (it)', { exact: true }).click();
    assert.equal(await toggle.getAttribute('aria-checked'), 'false');
    await t.session.panel.getByText('The whole record', { exact: true }).click();
    await t.session.panel.getByRole('button', { name: 'Unpublish the whole record now' }).waitFor();
    expectWrites(t.stack.fake, []);
  });
});

describe('a project with many locales', () => {
  // 30 locales; the record exists in three of them, all three live.
  const LOCALES = 'en it es fr de nl pt pl sv da fi nb cs sk hu ro bg el hr sl et lv lt ga mt ja ko zh ar he'.split(
    ' ',
  );

  test('the live locales first, pickable; the 27 others behind one collapsed line', async () => {
    const seed = defaultSeed();
    seed.site.locales = LOCALES;
    const title = { en: 'Spring launch', it: 'Lancio di primavera', es: 'Lanzamiento de primavera' };
    seed.records = [{ id: 'rec-many', model: 'model-article', title, published: { ...title } }];
    const stack = await startStack({ seed });
    try {
      t.session = await openHost(stack, { record: 'rec-many' });
      const { panel } = t.session;
      await waitForLocaleState(panel, 'es', 'live');
      const live = panel.getByRole('list', { name: 'Live locales' }).getByRole('listitem');
      assert.deepEqual(await live.evaluateAll((rows) => rows.map((row) => row.dataset.locale)), ['en', 'it', 'es']);
      assert.equal(await panel.getByRole('list', { name: 'Live locales' }).getByRole('switch').count(), 3);
      const more = panel.getByText('27 locales not live', { exact: true });
      await more.waitFor();
      const notLive = panel.locator('li[data-state="not-live"]');
      assert.equal(await notLive.count(), 27);
      assert.equal(await notLive.first().isVisible(), false, 'collapsed');
      assert.equal(await panel.getByRole('switch').count(), 4, 'three locales and the whole record');
      await more.click();
      await localeRow(panel, 'he').getByText('Hebrew (he)').waitFor();
      assert.equal(await notLive.getByRole('switch').count(), 0);
      expectWrites(stack.fake, []);
    } finally {
      await t.session?.close();
      t.session = null;
      await stack.close();
    }
  });
});
