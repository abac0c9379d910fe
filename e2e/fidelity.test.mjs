// Real DatoCMS, not only our doubles (issue 13): the panel against the shapes the platform may
// really answer in. Every test ends on the complete list of writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openHost, useStack } from './harness.mjs';
import {
  expectWrites,
  pickLocale,
  planBody,
  planDelete,
  planPost,
  pluginParams,
  waitForLocaleState,
  waitForNothingLive,
} from './panel.mjs';

const t = useStack();

const UNPUBLISH = '/items/rec-article/unpublish';
const PUT_ITALIAN = {
  method: 'PUT',
  path: UNPUBLISH,
  body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
};

async function unpublishItalianRefusedWith(fault, options = {}) {
  t.session = await openHost(t.stack, { record: 'rec-article', ...options });
  await pickLocale(t.session.panel, 'it');
  t.stack.fake.injectFault({ method: 'PUT', path: UNPUBLISH, ...fault });
  await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
  await t.session.host.answerConfirm('unpublish');
}

describe('validation errors in the documented envelope', () => {
  for (const [shape, code, details] of [
    [
      'INVALID_FIELD with the code in details (the errors page)',
      'INVALID_FIELD',
      { field: 'content_in_locales', code: 'VALIDATION_INVALID' },
    ],
    [
      'VALIDATION_INVALID with the field in details (the other nesting)',
      'VALIDATION_INVALID',
      { field: 'content_in_locales', code: 'INVALID_FIELD' },
    ],
  ]) {
    test(`${shape}: a locale you picked is no longer live`, async () => {
      await unpublishItalianRefusedWith({ status: 422, code, details });
      await t.session.panel.getByText('Nothing was unpublished. A locale you picked is no longer published').waitFor();
      await waitForLocaleState(t.session.panel, 'it', 'live');
      assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), ['en', 'it', 'es']);
      expectWrites(t.stack.fake, [PUT_ITALIAN]);
    });
  }
});

describe('ITEM_LOCKED and the editor’s own form', () => {
  test('with unsaved changes in the form: save or discard them first', async () => {
    await unpublishItalianRefusedWith({ status: 422, code: 'ITEM_LOCKED' }, { dirty: true });
    await t.session.panel
      .getByText(
        'Nothing was unpublished. The record is locked while this form has unsaved changes. Save or discard your changes first, then try again.',
      )
      .waitFor();
    assert.equal(await t.session.panel.getByText('locked by another operation').count(), 0);
    expectWrites(t.stack.fake, [PUT_ITALIAN]);
  });

  test('nested in INVALID_FIELD, with a clean form: another operation holds the lock', async () => {
    await unpublishItalianRefusedWith({ status: 422, code: 'INVALID_FIELD', details: { code: 'ITEM_LOCKED' } });
    await t.session.panel
      .getByText('Nothing was unpublished. The record is locked by another operation right now. Try again in a moment.')
      .waitFor();
    expectWrites(t.stack.fake, [PUT_ITALIAN]);
  });
});

/**
 * The settings screen over parameters too large for a URL: stored where the host simulator keeps
 * them between visits (its localStorage), then the page loaded again.
 */
async function openConfigWith(params) {
  t.session = await openHost(t.stack, { mode: 'config', role: 'admin' });
  const { page } = t.session;
  await page.evaluate((json) => localStorage.setItem('host-sim:plugin-parameters', json), JSON.stringify(params));
  const url = new URL(page.url());
  url.searchParams.delete('params');
  await page.goto(url.toString());
  await page.waitForFunction(() => window.__host?.isReady);
  await t.session.panel.getByRole('button', { name: 'Save settings' }).waitFor();
}

describe('the 10 KB limit on plugin parameters', () => {
  /** `count` configured models, each with settings of its own (a lead time no other has). */
  function manyDistinctModels(count) {
    const models = {};
    for (let n = 0; n < count; n += 1)
      models[`Mdl${String(n).padStart(4, '0')}xQ7pZr2LkV9wTu`] = { minLeadMinutes: 10 + n };
    return pluginParams({}, models);
  }

  test('settings that cannot fit: the host refuses them, the screen says why, and never "Saved"', async () => {
    const params = manyDistinctModels(300);
    await openConfigWith(params);
    await t.session.panel.getByRole('button', { name: 'Save settings' }).click();
    await t.session.panel.getByText('Settings not saved').waitFor();
    await t.session.panel
      .getByText(/^These settings need \d+\.\d KB, more than the 10\.0 KB .* so nothing was saved\./)
      .waitFor();
    await t.session.panel.getByRole('button', { name: 'Save settings' }).waitFor();
    assert.equal(await t.session.panel.getByRole('button', { name: 'Saved' }).count(), 0);
    // The save was asked for, and the host (10 KB, as DatoCMS) stored nothing.
    const [asked] = (await t.session.host.waitForEvent('updatePluginParameters')).map((e) => e.args[0]);
    assert.ok(JSON.stringify(asked).length > 10_240);
    const stored = await t.session.page.evaluate(() => localStorage.getItem('host-sim:plugin-parameters'));
    assert.deepEqual(JSON.parse(stored), params);
    assert.equal((await t.session.host.events('notice')).length, 0);
    expectWrites(t.stack.fake, []);
  });

  test('150 configured models (older full parameters) are saved in the compact form, and read back', async () => {
    const models = {};
    for (let n = 0; n < 150; n += 1) {
      models[`Mdl${String(n).padStart(4, '0')}xQ7pZr2LkV9wTu`] =
        n % 3 ? { minLeadMinutes: 30 } : { allowScheduling: false };
    }
    const full = pluginParams({}, models);
    assert.ok(JSON.stringify(full).length > 10_240, 'the full form of version 1 is over the limit');
    await openConfigWith(full);
    await t.session.panel.getByRole('button', { name: 'Save settings' }).click();
    const [saved] = (await t.session.host.waitForEvent('updatePluginParameters')).map((e) => e.args[0]);
    assert.equal(saved.version, 2);
    assert.ok(JSON.stringify(saved).length < 5_000, `saved ${JSON.stringify(saved).length} bytes`);
    assert.deepEqual(
      saved.groups.map((g) => [g.models.length, g.settings]),
      [
        [50, { allowScheduling: false }],
        [100, { minLeadMinutes: 30 }],
      ],
    );
    await t.session.panel.getByRole('button', { name: 'Saved' }).waitFor();
    await t.session.close();

    // The panel reads the saved form back.
    t.session = await openHost(t.stack, { record: 'rec-article', params: saved });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    expectWrites(t.stack.fake, []);
  });
});

const STATE = '/items/rec-article/current-vs-published-state';

/** A plan made before the panel opens (as another editor would), out of the panel's log. */
async function planBeforehand(at, locales) {
  const response = await fetch(`${t.stack.fake.url}/items/rec-article/scheduled-unpublishing`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${t.stack.fake.token}`,
      'x-api-version': '3',
      'content-type': 'application/vnd.api+json',
    },
    body: JSON.stringify(planBody(at, locales)),
  });
  assert.equal(response.status, 200);
  t.stack.fake.resetLog();
}

describe('the private state endpoint is not there (404)', () => {
  test('the panel says so, and offers only the whole record of a published record', async () => {
    // Every read of the state answers 404; the record itself is there.
    t.stack.fake.injectFault({ method: 'GET', path: STATE, status: 404, code: 'NOT_FOUND', count: 10 });
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const { panel } = t.session;
    await panel.getByText('Locales could not be checked').waitFor();
    await panel.getByText(/did not find this record’s per-locale state \(HTTP 404\)/).waitFor();
    // Never a locale pick it cannot check.
    assert.equal(await panel.getByRole('switch').count(), 0);
    assert.equal(await panel.getByText('Nothing is live').count(), 0);

    await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    const confirm = await t.session.host.answerConfirm('unpublish');
    assert.equal(confirm.content, 'The whole record will stop being published, in every locale. Nothing stays live.');
    // Said once, by the host's toast; the panel shows the state read again.
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['The record is no longer published.']],
    );
    // Read again (404 again), the record's status now says draft: nothing more is offered.
    await panel.getByText('By its status, this record is not published: there is nothing to unpublish.').waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Unpublish the whole record now' }).count(), 0);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), []);
    assert.deepEqual(
      t.stack.fake.requests().map((r) => `${r.method} ${r.path} ${r.status}`),
      [
        `GET ${STATE} 404`,
        'GET /items/rec-article 200',
        'PUT /items/rec-article/unpublish 200',
        `GET ${STATE} 404`,
        'GET /items/rec-article 200',
      ],
    );
    expectWrites(t.stack.fake, [{ method: 'PUT', path: UNPUBLISH, body: null }]);
  });

  test('a plan the record’s meta shows can be cancelled; its locales are said to be not known', async () => {
    await planBeforehand('2027-03-01T08:00:00Z', ['it']);
    t.stack.fake.injectFault({ method: 'GET', path: STATE, status: 404, code: 'NOT_FOUND', count: 10 });
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    await card.getByText('the record (which locales, DatoCMS did not say)').waitFor();
    await card.getByText('(Europe/Rome)').first().waitFor();
    assert.equal(await card.getByRole('button', { name: 'Change' }).count(), 0);
    await card.getByRole('button', { name: 'Cancel the schedule' }).click();
    await t.session.host.answerConfirm('cancel-schedule');
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['The scheduled unpublishing was cancelled.']],
    );
    await card.waitFor({ state: 'detached' });
    expectWrites(t.stack.fake, [{ method: 'DELETE', path: '/items/rec-article/scheduled-unpublishing', body: null }]);
  });
});

describe('a plan the state request names without carrying it', () => {
  for (const scheduleInIncluded of [true, false]) {
    const mode = scheduleInIncluded ? 'in included (the client’s types)' : 'left out of included (the docs’ example)';
    test(`plan ${mode}: shown, replaced (cancel first), then cancelled`, async () => {
      t.stack.fake.modes.set({ scheduleInIncluded });
      await planBeforehand('2027-03-01T08:00:00Z', ['it']);
      t.session = await openHost(t.stack, { record: 'rec-article' });
      const { panel } = t.session;
      const card = panel.getByTestId('scheduled-unpublishing');
      await card.getByText('Monday, March 1, 2027 at 9:00 AM (Europe/Rome)').waitFor();
      const scope = scheduleInIncluded ? 'Italian' : 'The record (which locales, DatoCMS did not say)';
      await card.getByText(`${scope} goes offline in`).waitFor();
      await card.getByRole('button', { name: 'Cancel the schedule' }).waitFor();

      // Another plan instead: a record holds one, so the old one is cancelled first.
      await pickLocale(panel, 'es');
      await panel.getByRole('button', { name: 'Schedule for later…' }).click();
      const form = panel.getByRole('form', { name: 'Schedule unpublishing' });
      await form.getByLabel('Date').fill('2027-03-02');
      await form.getByLabel(/^Time/).fill('10:00');
      // A record holds one plan: the form says it replaces the pending one.
      await form.getByRole('button', { name: 'Replace the plan' }).click();
      // The new plan's time, also when only the record (read again) can tell it.
      await card.getByText('Tuesday, March 2, 2027 at 10:00 AM (Europe/Rome)').waitFor();
      await card.getByText(`${scheduleInIncluded ? 'Spanish' : scope} goes offline in`).waitFor();

      await card.getByRole('button', { name: 'Cancel the schedule' }).click();
      await t.session.host.answerConfirm('cancel-schedule');
      await t.session.host.waitForNotice('The scheduled unpublishing was cancelled.');
      await card.waitFor({ state: 'detached' });
      expectWrites(t.stack.fake, [planDelete(), planPost('2027-03-02T09:00:00Z', ['es']), planDelete()]);
    });
  }
});

describe('a model without localized fields (rec-banner)', () => {
  test('not "Nothing is live": the whole record, with no body, and why locales cannot be picked', async () => {
    t.session = await openHost(t.stack, { record: 'rec-banner' });
    const { panel } = t.session;
    await panel.getByText('The whole record only').waitFor();
    await panel.getByText(/its model has no localized fields/).waitFor();
    assert.equal(await panel.getByText('Nothing is live').count(), 0);
    assert.equal(await panel.getByRole('switch').count(), 0);

    await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    await t.session.host.answerConfirm('unpublish');
    // Said once, by the host's toast.
    await t.session.host.waitForNotice('The record is no longer published.');
    assert.equal(t.stack.fake.getItem('rec-banner').meta.status, 'draft');
    expectWrites(t.stack.fake, [{ method: 'PUT', path: '/items/rec-banner/unpublish', body: null }]);
    assert.equal(t.stack.fake.writes()[0].rawBody, '');
  });
});

describe('the state endpoint answers in another shape', () => {
  for (const currentVsPublishedShape of ['renamed', 'missing']) {
    test(`locale lists ${currentVsPublishedShape}: said plainly, whole record and the plan's cancel only`, async () => {
      t.stack.fake.modes.set({ currentVsPublishedShape });
      await planBeforehand('2027-03-01T08:00:00Z', ['it']);
      t.session = await openHost(t.stack, { record: 'rec-article' });
      const { panel } = t.session;
      await panel.getByText('Locales could not be checked').waitFor();
      await panel.getByText(/in a form this plugin does not know/).waitFor();
      assert.equal(await panel.getByRole('switch').count(), 0);
      const card = panel.getByTestId('scheduled-unpublishing');
      await card.getByText('The record (which locales, DatoCMS did not say) goes offline').waitFor();
      await card.getByRole('button', { name: 'Cancel the schedule' }).waitFor();

      await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
      await t.session.host.answerConfirm('unpublish');
      // Said once, by the host's toast.
      await t.session.host.waitForNotice('The record is no longer published.');
      // Read again: the record itself says it is a draft now.
      await panel.getByText('By its status, this record is not published: there is nothing to unpublish.').waitFor();
      assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), []);
      expectWrites(t.stack.fake, [{ method: 'PUT', path: UNPUBLISH, body: null }]);
    });
  }
});

describe('a sandbox environment (sandbox-spring: rec-article live in English only)', () => {
  test('the panel reads and writes the sandbox, never the primary environment', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', env: 'sandbox-spring' });
    const { panel } = t.session;
    await waitForLocaleState(panel, 'en', 'live');
    await waitForLocaleState(panel, 'it', 'not-live');
    await pickLocale(panel, 'en');
    await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await waitForNothingLive(panel);
    assert.ok(t.stack.fake.requests().every((r) => r.headers['x-environment'] === 'sandbox-spring'));
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article', 'sandbox-spring'), []);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), ['en', 'it', 'es']);
    expectWrites(t.stack.fake, [{ method: 'PUT', path: UNPUBLISH, body: null }]);
  });

  test('rules scoped to the primary environment grant nothing in the sandbox', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', env: 'sandbox-spring', role: 'publisher-main-only' });
    const { panel } = t.session;
    await waitForLocaleState(panel, 'en', 'live');
    await panel.getByText('Your role may not publish or unpublish Article records.').waitFor();
    // Said once; nothing to pick or press.
    assert.equal(await panel.getByText('Your role may not').count(), 1);
    assert.equal(await panel.getByRole('switch').count(), 0);
    assert.equal(await panel.getByRole('button', { name: /^Unpublish/ }).count(), 0);
    expectWrites(t.stack.fake, []);
    await t.session.close();

    // The same role in the primary environment may.
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'publisher-main-only' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    assert.equal(await t.session.panel.getByRole('switch', { name: 'Italian (it)' }).isDisabled(), false);
    expectWrites(t.stack.fake, []);
  });
});
