// Proves the host simulator plays DatoCMS's side of the SDK protocol, with a probe
// plugin built from host-sim/test-plugin (the real datocms-plugin-sdk inside).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { openHost, startStack } from './harness.mjs';

const probeConfig = fileURLToPath(new URL('../host-sim/test-plugin/vite.config.mjs', import.meta.url));
let stack;
let probeDist;

before(async () => {
  probeDist = await mkdtemp(path.join(os.tmpdir(), 'host-sim-probe-'));
  await build({ configFile: probeConfig, build: { outDir: probeDist } });
  stack = await startStack({ distDir: probeDist });
});

after(async () => {
  await stack?.close();
  if (probeDist) await rm(probeDist, { recursive: true, force: true });
});

/** What the probe shows in `#<id>` once it shows anything. */
async function shown(frame, id) {
  const locator = frame.locator(`#${id}`);
  await locator.filter({ hasText: /./ }).waitFor();
  return JSON.parse(await locator.textContent());
}

/** The record's status as the fake CMA seeded it. */
function seededStatus(id) {
  return stack.fake.fixtures().items.find((item) => item.id === id).meta.status;
}

async function facts(session) {
  return shown(session.panel, 'ctx');
}

/** Waits until the probe's facts satisfy `check`, returning them. */
async function factsWhen(session, check) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const current = await facts(session);
    if (check(current)) return current;
    if (Date.now() > deadline) assert.fail(`facts never matched: ${JSON.stringify(current)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('host simulator with the probe plugin', () => {
  let session;
  before(async () => {
    session = await openHost(stack, { record: 'rec-article' });
  });
  after(() => session?.close());

  test('asks itemFormSidebarPanels through the boot frame with the record model', async () => {
    const [panel, ...others] = await session.host.panels();
    assert.equal(others.length, 0);
    assert.equal(panel.id, 'probe');
    assert.equal(panel.label, 'Probe for article');
    assert.deepEqual(panel.parameters, {
      askedFor: 'model-article',
      bootCtxHasToken: true,
      bootCtxHasItem: false,
      bootCtxCanNotice: true,
    });
  });

  test('getSettings gives the panel a full ctx for the record', async () => {
    const ctx = await facts(session);
    assert.equal(ctx.mode, 'renderItemFormSidebarPanel');
    assert.equal(ctx.panelId, 'probe');
    assert.equal(ctx.itemId, 'rec-article');
    assert.equal(ctx.itemTypeId, 'model-article');
    assert.equal(ctx.itemStatus, seededStatus('rec-article'));
    assert.equal(ctx.locale, 'en');
    assert.deepEqual(ctx.locales, ['en', 'it', 'es', 'fr']);
    assert.equal(ctx.cmaBaseUrl, stack.fake.url);
    assert.equal(ctx.token, stack.fake.token);
    assert.equal(ctx.isFormDirty, false);
    assert.equal(ctx.role, 'role-admin');
    assert.deepEqual(ctx.bodyPadding, [0, 0, 0, 0]);
    assert.match(ctx.accentColor, /^rgb\(\d+, \d+, \d+\)$/);
    assert.deepEqual(ctx.parameters.askedFor, 'model-article');
  });

  test('the ctx token and cmaBaseUrl reach the fake CMA', async () => {
    await session.panel.getByRole('button', { name: 'Fetch record' }).click();
    assert.deepEqual(await shown(session.panel, 'fetch-result'), {
      status: 200,
      itemStatus: seededStatus('rec-article'),
    });
    // The host reads around the request log: what it holds is the plugin's alone.
    const [pluginRead, ...more] = stack.fake.requests();
    assert.equal(more.length, 0);
    assert.equal(pluginRead.path, '/items/rec-article');
    assert.equal(pluginRead.headers.authorization, `Bearer ${stack.fake.token}`);
    assert.deepEqual(session.consoleErrors(), []);
  });

  test('openConfirm resolves with the chosen value, and with the cancel value', async () => {
    await session.panel.getByRole('button', { name: 'Ask confirm' }).click();
    const options = await session.host.answerConfirm({ locales: ['it'] });
    assert.equal(options.title, 'Unpublish the probe?');
    assert.deepEqual(await shown(session.panel, 'confirm-result'), { locales: ['it'] });
    assert.equal(await session.host.pendingConfirm(), null);

    // This time as a person would: the dialog is in the host page, not in the frame.
    await session.panel.getByRole('button', { name: 'Ask confirm' }).click();
    const dialog = session.page.getByRole('dialog', { name: 'Unpublish the probe?' });
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await session.panel.locator('#confirm-result', { hasText: 'false' }).waitFor();
    assert.equal(await shown(session.panel, 'confirm-result'), false);
  });

  test('answerConfirm refuses a value no button has', async () => {
    await session.panel.getByRole('button', { name: 'Ask confirm' }).click();
    await assert.rejects(session.host.answerConfirm('nope'), /No button .* has value "nope"/);
    await session.host.answerConfirm('go');
    // The previous answer is still shown until this one arrives.
    await session.panel.locator('#confirm-result', { hasText: '"go"' }).waitFor();
  });

  test('pushUpdate reaches the plugin through onChange, and later updates replace it', async () => {
    const before = await facts(session);
    await session.host.pushUpdate({ probe: 'mid-request', itemStatus: 'new' });
    const updated = await factsWhen(session, (f) => f.probe === 'mid-request');
    assert.equal(updated.itemStatus, 'new');
    assert.ok(updated.renders > before.renders);

    await session.host.setLocale('es');
    const replaced = await factsWhen(session, (f) => f.locale === 'es');
    assert.equal(replaced.probe, null, 'onChange must carry a whole new ctx, not a merge');
    assert.equal(replaced.itemStatus, seededStatus('rec-article'));
  });

  test('notice is recorded, shown, and followed by a refreshed ctx', async () => {
    const before = await facts(session);
    await session.panel.getByRole('button', { name: 'Say notice' }).click();
    const notices = await session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map(({ type, args, frame }) => ({ type, args, frame })),
      [{ type: 'notice', args: ['Probe notice'], frame: 'panel:probe' }],
    );
    await session.page.getByRole('status').filter({ hasText: 'Probe notice' }).waitFor();
    await factsWhen(session, (f) => f.renders > before.renders);
  });

  test('openModal renders the plugin in a host dialog and resolves with its value', async () => {
    await session.panel.getByRole('button', { name: 'Open modal' }).click();
    const modal = session.modal();
    assert.deepEqual(await shown(modal, 'modal-facts'), { modalId: 'probe-modal', parameters: { from: 'probe' } });
    await modal.getByRole('button', { name: 'Resolve modal' }).click();
    assert.deepEqual(await shown(session.panel, 'modal-result'), { picked: 'yes', modalId: 'probe-modal' });
    assert.equal(await session.page.locator('dialog.modal-dialog').count(), 0);
  });

  test('updatePluginParameters stores the parameters and pushes them to the frames', async () => {
    await session.panel.getByRole('button', { name: 'Save parameters' }).click();
    const saved = await factsWhen(session, (f) => f.pluginParameters.saves === 1);
    assert.deepEqual(saved.pluginParameters, { saves: 1 });
    const stored = await session.page.evaluate(() => localStorage.getItem('host-sim:plugin-parameters'));
    assert.deepEqual(JSON.parse(stored), { saves: 1 });
  });

  test('navigateTo a record path opens that record in fresh frames', async () => {
    await session.panel.getByRole('button', { name: 'Go to the draft' }).click();
    const ctx = await factsWhen(session, (f) => f.itemId === 'rec-draft');
    assert.equal(ctx.renders, 1, 'a fresh frame renders once');
    const [navigation] = await session.host.events('navigateTo');
    assert.deepEqual(navigation.args, ['/editor/item_types/model-article/items/rec-draft/edit']);
  });

  test('selectRecord switches record and waits for the new panel', async () => {
    assert.equal(await session.host.selectRecord('rec-page-child'), true);
    const ctx = await facts(session);
    assert.equal(ctx.itemId, 'rec-page-child');
    assert.equal(ctx.parameters.askedFor, 'model-page');
  });
});

test('host controls shape the ctx: locale, role, dirty form, token not granted', async () => {
  const session = await openHost(stack, { locale: 'it', role: 'viewer', dirty: true, tokenGranted: false });
  try {
    const ctx = await facts(session);
    assert.equal(ctx.locale, 'it');
    assert.equal(ctx.role, 'role-viewer');
    assert.equal(ctx.isFormDirty, true);
    assert.equal(ctx.token, null);
  } finally {
    await session.close();
  }
});

test('a model the plugin adds no panel to shows none', async () => {
  const session = await openHost(stack, { record: 'rec-author' });
  try {
    assert.equal(session.panel, null);
    assert.deepEqual(await session.host.panels(), []);
    await session.page.getByText('The plugin adds no panel to Author.').waitFor();
  } finally {
    await session.close();
  }
});

test('a new unsaved record has no item', async () => {
  const session = await openHost(stack, { record: 'new:model-article' });
  try {
    const ctx = await facts(session);
    assert.equal(ctx.itemId, null);
    assert.equal(ctx.itemStatus, 'new');
  } finally {
    await session.close();
  }
});

test('config mode renders the settings screen, which can save parameters', async () => {
  const session = await openHost(stack, { mode: 'config', params: { preset: 'x' } });
  try {
    const ctx = await facts(session);
    assert.equal(ctx.mode, 'renderConfigScreen');
    assert.deepEqual(ctx.pluginParameters, { preset: 'x' });
    await session.panel.getByRole('button', { name: 'Save settings' }).click();
    await session.page.locator('#stored-params', { hasText: '"configured": true' }).waitFor();
    await session.host.waitForEvent('updatePluginParameters');
  } finally {
    await session.close();
  }
});

test('openHost fails, with the console, when the plugin never connects', async () => {
  await assert.rejects(
    openHost(stack, { plugin: '/plugin/does-not-exist.html', timeout: 2_000 }),
    /Host simulator failed: host not ready/,
  );
});
