// Per-model configuration and role awareness, end to end.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, localeRow, pluginParams, waitForLocaleState } from './panel.mjs';

const t = useStack();

async function switchOf(frame, label) {
  return frame.getByRole('switch', { name: label, exact: true });
}

describe('the config screen', () => {
  test('enabling only Articles: the panel appears on articles and not on pages', async () => {
    t.session = await openHost(t.stack, { mode: 'config', role: 'admin' });
    const screen = t.session.panel;
    // Models without draft/published are listed as not applicable, with the reason: their records get no panel
    // (nothing to unpublish there), and this is where that is said.
    await screen.locator('[data-model="author"]').getByText('Not applicable').waitFor();
    await screen.locator('[data-model="author"]').getByText('the panel does not appear on them').waitFor();

    // Defaults: hide the panel; Articles: show it.
    await (await switchOf(screen.locator('[data-model="defaults"]'), 'Show the panel')).click();
    await screen.locator('[data-model="article"]').getByRole('button', { name: 'Configure this model' }).click();
    const articleShow = await switchOf(screen.locator('[data-model="article"]'), 'Show the panel');
    assert.equal(
      await articleShow.getAttribute('aria-checked'),
      'false',
      'a newly configured model starts from the defaults',
    );
    await articleShow.click();
    await screen.getByRole('button', { name: 'Save settings' }).click();
    const [saved] = (await t.session.host.waitForEvent('updatePluginParameters')).map((e) => e.args[0]);
    // The saved form (version 2): only what differs from the defaults.
    assert.deepEqual(saved, {
      version: 2,
      defaults: { enabled: false },
      groups: [{ models: ['model-article'], settings: { enabled: true } }],
    });
    await t.session.close();

    t.session = await openHost(t.stack, { record: 'rec-article', params: saved });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    await t.session.close();

    t.session = await openHost(t.stack, { record: 'rec-page-root', params: saved });
    assert.equal(t.session.panel, null, 'no panel on a model that is not enabled');
    assert.deepEqual(await t.session.host.panels(), []);
    assert.deepEqual(
      t.stack.fake.requests().map((r) => `${r.method} ${r.path}`),
      ['GET /items/rec-article/current-vs-published-state'],
      'the hidden panel sent nothing',
    );
    expectWrites(t.stack.fake, []);
  });

  test('a lead time that cannot be saved: Save is off and says where, nothing claims a save; a valid one is saved as shown', async () => {
    t.session = await openHost(t.stack, { mode: 'config', role: 'admin' });
    const screen = t.session.panel;
    const article = screen.locator('[data-model="article"]');
    await article.getByRole('button', { name: 'Configure this model' }).click();
    const lead = article.getByLabel('Minimum lead time of a schedule (minutes)');
    const save = screen.getByRole('button', { name: 'Save settings' });
    for (const text of ['99999', '', '2.5', '-1']) {
      await lead.fill(text);
      await article.getByText('A whole number of minutes from 0 to 10080.').waitFor();
      await screen.getByText('Fix the minimum lead time of Article to save.').waitFor();
      assert.equal(await save.isDisabled(), true, `Save with ${JSON.stringify(text)}`);
      assert.equal(await lead.inputValue(), text, 'the field keeps what was typed');
    }
    // Enter in the field submits the form: still nothing is saved, nothing says so.
    await lead.press('Enter');
    assert.deepEqual(await t.session.host.events('updatePluginParameters'), []);
    assert.deepEqual(await t.session.host.events('notice'), []);

    await lead.fill('30');
    assert.equal(await screen.getByText('Fix the minimum lead time').count(), 0);
    await save.click();
    const [saved] = (await t.session.host.waitForEvent('updatePluginParameters')).map((e) => e.args[0]);
    // The compact saved form (version 2): Article's group holds what differs from the defaults.
    assert.equal(saved.version, 2);
    assert.equal(saved.groups.find((g) => g.models.includes('model-article'))?.settings.minLeadMinutes, 30);
    const notices = await t.session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map((n) => n.args),
      [['Selective Unpublish settings saved.']],
    );
    // "Saved" comes from the parameters the host now holds: what is shown.
    const savedButton = screen.getByRole('button', { name: 'Saved' });
    await savedButton.waitFor();
    assert.equal(await savedButton.isDisabled(), true);

    // A value that cannot be saved after a save: the button no longer says "Saved".
    await lead.fill('');
    await save.waitFor();
    assert.equal(await save.isDisabled(), true);
    assert.equal(await savedButton.count(), 0);
    assert.equal((await t.session.host.events('updatePluginParameters')).length, 1);
    expectWrites(t.stack.fake, []);
  });

  test('malformed saved parameters: the screen shows what was repaired', async () => {
    t.session = await openHost(t.stack, {
      mode: 'config',
      role: 'admin',
      params: { version: 1, defaults: { minLeadMinutes: -3 }, models: 'nope' },
    });
    await t.session.panel.getByText('Some saved settings were repaired').waitFor();
    await t.session.panel.getByText('defaults.minLeadMinutes').waitFor();
    expectWrites(t.stack.fake, []);
  });

  test('a role that cannot edit the schema sees the settings read-only', async () => {
    t.session = await openHost(t.stack, { mode: 'config', role: 'viewer' });
    await t.session.panel
      .getByText('Only roles that can edit the project’s schema can change these settings.')
      .waitFor();
    assert.equal(await t.session.panel.getByRole('button', { name: 'Save settings' }).count(), 0);
    assert.equal(
      await (await switchOf(t.session.panel.locator('[data-model="defaults"]'), 'Show the panel')).isDisabled(),
      true,
    );
    expectWrites(t.stack.fake, []);
  });
});

describe('settings honoured by the panel', () => {
  test('the form locale is picked on opening when configured, and only if the role may unpublish it', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-article',
      locale: 'it',
      params: pluginParams({ defaultScope: 'form-locale' }),
    });
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).waitFor();
    assert.equal(await localeRow(t.session.panel, 'it').getByRole('switch').getAttribute('aria-checked'), 'true');
    await t.session.close();

    t.session = await openHost(t.stack, {
      record: 'rec-article',
      locale: 'it',
      role: 'editor-en',
      params: pluginParams({ defaultScope: 'form-locale' }),
    });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    assert.equal(await localeRow(t.session.panel, 'it').getByRole('switch').getAttribute('aria-checked'), 'false');
    expectWrites(t.stack.fake, []);
  });

  test('whole-record unpublish and scheduling turned off: not offered, and the reason is given', async () => {
    t.session = await openHost(t.stack, {
      record: 'rec-article',
      params: pluginParams({ allowWholeRecord: false, allowScheduling: false }),
    });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    const whole = t.session.panel.getByRole('switch', { name: 'The whole record' });
    assert.equal(await whole.isDisabled(), true);
    await t.session.panel.getByText('Turned off for this model').waitFor();
    assert.equal(await t.session.panel.getByRole('button', { name: /^Schedule/ }).count(), 0);
    // With the whole record off, an empty pick asks for locales only.
    await t.session.panel.getByText('Pick the locales to take offline.', { exact: true }).waitFor();
    assert.equal(await t.session.panel.getByText('or the whole record').count(), 0);
    // Picking every live locale would be the whole record: refused with the reason, nothing sent.
    for (const locale of ['en', 'it', 'es']) await localeRow(t.session.panel, locale).getByRole('switch').click();
    await t.session.panel.getByText('Unpublishing the whole record is turned off for this model').waitFor();
    assert.equal(await t.session.panel.getByRole('button', { name: /now$/ }).isDisabled(), true);
    expectWrites(t.stack.fake, []);
  });
});

describe('role awareness in the panel', () => {
  test('an editor who may publish only English: only English is pickable, whole record disabled, nothing sent', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'editor-en' });
    await waitForLocaleState(t.session.panel, 'it', 'live');
    assert.equal(await localeRow(t.session.panel, 'en').getByRole('switch').isDisabled(), false);
    assert.equal(await localeRow(t.session.panel, 'it').getByRole('switch').isDisabled(), true);
    assert.equal(await localeRow(t.session.panel, 'es').getByRole('switch').isDisabled(), true);
    const whole = t.session.panel.getByRole('switch', { name: 'The whole record' });
    assert.equal(await whole.isDisabled(), true);
    // The role's reason is said once, above the locales, and not again on each row or switch.
    await t.session.panel.getByText('Your role may unpublish only English.').waitFor();
    assert.equal(await t.session.panel.getByText('Your role may unpublish only English').count(), 1);
    assert.equal(await t.session.panel.getByText(/may not unpublish it/i).count(), 0);
    // Forcing clicks on what is disabled does nothing.
    await localeRow(t.session.panel, 'it').getByRole('switch').click({ force: true });
    await whole.click({ force: true });
    assert.equal(await t.session.panel.getByRole('button', { name: /now$/ }).isDisabled(), true);
    expectWrites(t.stack.fake, []);
  });

  test('an editor who may not publish: told why, once; the states shown, nothing pickable, nothing to press', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article', role: 'viewer' });
    await t.session.panel.getByText('Your role may not publish or unpublish Article records.').waitFor();
    assert.equal(await t.session.panel.getByText('Your role may not').count(), 1);
    await waitForLocaleState(t.session.panel, 'es', 'live-with-changes');
    await localeRow(t.session.panel, 'it').getByText('Live', { exact: true }).waitFor();
    assert.equal(await t.session.panel.getByRole('switch').count(), 0);
    assert.equal(await t.session.panel.getByRole('button').count(), 0);
    assert.equal(await t.session.panel.getByText('Pick the locales').count(), 0);
    expectWrites(t.stack.fake, []);
  });

  test('the server stays the final word: INSUFFICIENT_PERMISSIONS gets a clear message', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await localeRow(t.session.panel, 'it').getByRole('switch').click();
    t.stack.fake.injectFault({ status: 403, code: 'INSUFFICIENT_PERMISSIONS', method: 'PUT' });
    await t.session.panel.getByRole('button', { name: 'Unpublish Italian now' }).click();
    await t.session.host.answerConfirm('unpublish');
    await t.session.panel.getByText('Your role does not allow this').waitFor();
    expectWrites(t.stack.fake, [
      {
        method: 'PUT',
        path: '/items/rec-article/unpublish',
        body: { data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: ['it'] } } },
      },
    ]);
    assert.deepEqual(t.stack.fake.publishedLocales('rec-article'), ['en', 'it', 'es']);
  });
});
