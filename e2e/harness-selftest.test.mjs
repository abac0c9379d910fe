// Proves the host simulator plays DatoCMS's side of the SDK protocol, with a probe
// plugin built from host-sim/test-plugin (the real datocms-plugin-sdk inside).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { pagePath, parseNavigationPath } from '../host-sim/lib/paths.js';
import { checkParametersSize, PARAMETERS_LIMIT_BYTES, PLUGIN_ID } from '../host-sim/lib/plugin-record.js';
import { startHostServer } from '../host-sim/serve.mjs';
import { hostPageUrl, openHost, startStack } from './harness.mjs';
import { expectWrites } from './panel.mjs';

const probeDir = fileURLToPath(new URL('../host-sim/test-plugin/', import.meta.url));
let stack;
let probeRoot;

before(async () => {
  // The probe is laid out as a plugin package: its package.json beside its built dist.
  probeRoot = await mkdtemp(path.join(os.tmpdir(), 'host-sim-probe-'));
  await build({ configFile: path.join(probeDir, 'vite.config.mjs'), build: { outDir: path.join(probeRoot, 'dist') } });
  await copyFile(path.join(probeDir, 'package.json'), path.join(probeRoot, 'package.json'));
  stack = await startStack({ distDir: path.join(probeRoot, 'dist') });
});

after(async () => {
  await stack?.close();
  if (probeRoot) await rm(probeRoot, { recursive: true, force: true });
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

async function facts(session, frame = session.panel) {
  return shown(frame, 'ctx');
}

/** Opens a host session for one test and closes it afterwards. */
async function withSession(options, run) {
  const session = await openHost(stack, options);
  try {
    return await run(session);
  } finally {
    await session.close();
  }
}

/** The same server name the host page does not use: the plugin's origin in DatoCMS terms. */
const pluginOrigin = () => stack.hostUrl.replace('127.0.0.1', 'localhost');

/** Waits until the probe's facts satisfy `check`, returning them. */
async function factsWhen(session, check, frame = session.panel) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const current = await facts(session, frame);
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
    // The padding of DatoCMS's own sidebar panels (host-sim/README.md: unverified).
    assert.deepEqual(ctx.bodyPadding, [20, 20, 20, 20]);
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

  test('notice shows a toast and does not make the host re-read the record; refreshItem does', async () => {
    await session.panel.getByRole('button', { name: 'Say notice' }).click();
    const notices = await session.host.waitForEvent('notice');
    assert.deepEqual(
      notices.map(({ type, args, frame }) => ({ type, args, frame })),
      [{ type: 'notice', args: ['Probe notice'], frame: 'panel:probe' }],
    );
    await session.page.getByRole('status').filter({ hasText: 'Probe notice' }).waitFor();
    await session.panel.locator('#notice-result', { hasText: 'sent' }).waitFor();
    // A re-read is recorded as soon as it starts: none came with the notice (issue 13.9).
    assert.deepEqual(await session.host.events('host:refetch'), []);

    const before = await facts(session);
    await session.host.refreshItem();
    const refetches = await session.host.events('host:refetch');
    assert.deepEqual(
      refetches.map((e) => e.args),
      [[{ id: 'rec-article', reason: 'refreshItem' }]],
    );
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

  test('the Close button, or Escape, resolves openModal with null', async () => {
    await session.panel.getByRole('button', { name: 'Open modal' }).click();
    await session.host.waitForModal('probe-modal');
    await session.host.closeModal();
    await session.panel.locator('#modal-result', { hasText: /^null$/ }).waitFor();
    assert.deepEqual(await session.host.modals(), []);

    await session.panel.getByRole('button', { name: 'Open modal' }).click();
    await session.host.waitForModal('probe-modal');
    await session.page.keyboard.press('Escape');
    await session.page.waitForFunction(() => window.__host.modals().length === 0);
    const closed = await session.host.events('host:modalClosed');
    assert.deepEqual(
      closed.slice(-2).map((e) => e.args),
      [[{ id: 'probe-modal', value: null }], [{ id: 'probe-modal', value: null }]],
    );
  });

  test('a closeDisabled modal: no Close button, Escape ignored, its width, grows with its content', async () => {
    await session.panel.getByRole('button', { name: 'Open locked modal' }).click();
    const modal = await session.host.waitForModal('locked-modal');
    assert.deepEqual(await session.host.modals(), [
      { id: 'locked-modal', title: 'Locked modal', width: 'l', closeDisabled: true, initialHeight: 50 },
    ]);
    const dialog = session.page.locator('dialog.modal-dialog[data-modal-id="locked-modal"]');
    assert.equal(await dialog.getByRole('button', { name: 'Close' }).count(), 0);
    assert.equal(await dialog.evaluate((d) => d.style.width), '800px');
    await session.page.keyboard.press('Escape');
    assert.equal(await dialog.count(), 1);
    await assert.rejects(
      session.page.evaluate(() => window.__host.closeModal()),
      /closeDisabled/,
    );

    // setHeight (the SDK's auto-resizer) sizes the frame to its content.
    await shown(modal, 'modal-facts');
    const frameHeight = () => dialog.locator('iframe').evaluate((f) => Number.parseFloat(f.style.height));
    const before = await frameHeight();
    for (let i = 0; i < 4; i++) await modal.getByRole('button', { name: 'Grow' }).click();
    await session.page.waitForFunction(
      (h) => Number.parseFloat(document.querySelector('dialog[data-modal-id="locked-modal"] iframe').style.height) > h,
      before,
    );
    await modal.getByRole('button', { name: 'Resolve modal' }).click();
    assert.deepEqual(await shown(session.panel, 'locked-modal-result'), { picked: 'yes', modalId: 'locked-modal' });
    assert.equal(await dialog.count(), 0);
  });

  test('ctx.plugin is built from the plugin package.json beside the served dist', async () => {
    const ctx = await facts(session);
    const src = await session.page.locator('#panels iframe').first().getAttribute('src');
    assert.deepEqual(ctx.plugin, {
      id: PLUGIN_ID,
      name: 'Host-sim probe',
      description: "A probe plugin for the host simulator's self-test.",
      url: src,
      package_name: 'host-sim-probe-plugin',
      package_version: '1.2.3',
      permissions: ['currentUserAccessToken'],
      plugin_type: null,
      field_types: null,
      parameter_definitions: null,
    });
    // The manifest asks for the token and the admin granted it.
    assert.equal(ctx.token, stack.fake.token);
  });

  test('plugin frames may write to the clipboard (allow="clipboard-write")', async () => {
    assert.equal(await session.page.locator('#panels iframe').first().getAttribute('allow'), 'clipboard-write');
    await session.panel.getByRole('button', { name: 'Copy to clipboard' }).click();
    assert.equal(await shown(session.panel, 'clipboard-result'), 'copied');
  });

  test("ctx.fields holds the open model's fields; loadItemTypeFields returns and adds another's", async () => {
    assert.deepEqual((await facts(session)).fieldModels, ['model-article']);
    await session.panel.getByRole('button', { name: 'Load page fields' }).click();
    const pageFields = Object.values(stack.fake.fixtures().fields)
      .filter((field) => field.relationships.item_type.data.id === 'model-page')
      .map((field) => field.id);
    assert.ok(pageFields.length > 0);
    assert.deepEqual(await shown(session.panel, 'fields-result'), pageFields);
    await factsWhen(session, (f) => f.fieldModels.join() === 'model-article,model-page');
  });

  test('updatePluginParameters refuses more than 10 KB of parameters and stores nothing', async () => {
    const before = await facts(session);
    await session.panel.getByRole('button', { name: 'Save big parameters' }).click();
    const result = await shown(session.panel, 'big-params-result');
    assert.match(result.error, /limited to 10 KB \(10240 bytes of JSON\)/);
    const stored = await session.page.evaluate(() => localStorage.getItem('host-sim:plugin-parameters'));
    assert.deepEqual(JSON.parse(stored ?? '{}'), before.pluginParameters);
    assert.deepEqual((await facts(session)).pluginParameters, before.pluginParameters);
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

describe("DatoCMS's own Unpublish button", () => {
  beforeEach(() => stack.fake.reset());

  test('asks onBeforeItemsUnpublish with the full record in the boot ctx; false sends nothing', () =>
    withSession({ params: { beforeUnpublish: 'deny' } }, async (session) => {
      const outcome = await session.host.clickNativeUnpublish();
      assert.deepEqual(outcome, {
        itemIds: ['rec-article'],
        hookCalled: true,
        answer: false,
        sent: false,
        status: null,
        code: null,
        error: null,
      });
      expectWrites(stack.fake, []);
      assert.deepEqual(
        (await session.host.events('call:onBeforeItemsUnpublish')).map((e) => e.args),
        [[{ items: ['rec-article'] }]],
      );
      assert.deepEqual(
        (await session.host.events('answer:onBeforeItemsUnpublish')).map((e) => e.args),
        [[false]],
      );
      // The hook's ctx has the host methods, and the items are whole raw records (with meta).
      const notices = await session.host.events('notice');
      assert.deepEqual(
        notices.map((n) => [n.frame, n.args]),
        [['boot', [`Asked about rec-article:${seededStatus('rec-article')}`]]],
      );
    }));

  test("true: the host unpublishes the whole record with the editor's token, then re-reads it", () =>
    withSession({ params: { beforeUnpublish: 'allow' } }, async (session) => {
      const outcome = await session.host.clickNativeUnpublish();
      assert.deepEqual(outcome, {
        itemIds: ['rec-article'],
        hookCalled: true,
        answer: true,
        sent: true,
        status: 200,
        code: null,
        error: null,
      });
      expectWrites(stack.fake, [{ method: 'PUT', path: '/items/rec-article/unpublish', body: null }]);
      const [write] = stack.fake.writes();
      assert.equal(write.headers.authorization, `Bearer ${stack.fake.token}`);
      assert.equal(write.headers['x-api-version'], '3');
      assert.equal(write.headers['x-environment'], null);
      assert.deepEqual(
        (await session.host.events('host:refetch')).map((e) => e.args),
        [[{ id: 'rec-article', reason: 'nativeUnpublish' }]],
      );
      await factsWhen(session, (f) => f.itemStatus === 'draft');
      assert.equal(await session.page.locator('#native-unpublish').isDisabled(), true);
    }));

  test('the hook may ask the editor through openConfirm, and the answer decides', () =>
    withSession({}, async (session) => {
      const pending = session.host.clickNativeUnpublish();
      const options = await session.host.answerConfirm('no');
      assert.equal(options.title, 'Let DatoCMS unpublish?');
      assert.equal((await session.host.events('openConfirm'))[0].frame, 'boot');
      assert.deepEqual(await pending, {
        itemIds: ['rec-article'],
        hookCalled: true,
        answer: false,
        sent: false,
        status: null,
        code: null,
        error: null,
      });
      expectWrites(stack.fake, []);
    }));

  test('a plugin without the hook is not asked: the host unpublishes straight away', () =>
    withSession({ plugin: `${pluginOrigin()}/plugin/index.html?without=onBeforeItemsUnpublish` }, async (session) => {
      const outcome = await session.host.clickNativeUnpublish();
      assert.equal(outcome.hookCalled, false);
      assert.equal(outcome.status, 200);
      assert.deepEqual(await session.host.events('call:onBeforeItemsUnpublish'), []);
      expectWrites(stack.fake, [{ method: 'PUT', path: '/items/rec-article/unpublish', body: null }]);
    }));

  test('a hook that throws stops the unpublish', () =>
    withSession({ params: { beforeUnpublish: 'throw' } }, async (session) => {
      const outcome = await session.host.clickNativeUnpublish();
      assert.equal(outcome.sent, false);
      assert.match(outcome.error, /The probe refuses to answer/);
      expectWrites(stack.fake, []);
      await session.page.getByRole('alert').filter({ hasText: 'Unpublish stopped' }).waitFor();
    }));
});

describe('a sandbox environment (env=sandbox-spring)', () => {
  beforeEach(() => stack.fake.reset());

  test("ctx names the environment; the CMA client's requests carry it", () =>
    withSession({ env: 'sandbox-spring' }, async (session) => {
      const ctx = await facts(session);
      assert.equal(ctx.environment, 'sandbox-spring');
      assert.equal(ctx.isEnvironmentPrimary, false);
      await session.panel.getByRole('button', { name: 'Fetch record' }).click();
      assert.equal((await shown(session.panel, 'fetch-result')).status, 200);
      assert.equal(stack.fake.requests().at(-1).headers['x-environment'], 'sandbox-spring');
      const [settings] = await session.host.settings();
      const rules = settings.currentRole.meta.final_permissions.positive_item_type_permissions;
      // One rule per environment of the project (the bulk modal works in the others too).
      assert.deepEqual(rules.map((r) => r.environment).sort(), [
        'main',
        'readonly-archive',
        'sandbox-creating',
        'sandbox-spring',
      ]);
    }));

  test('navigateTo follows paths under /environments/<id>/; paths into another environment are recorded only', () =>
    withSession({ env: 'sandbox-spring' }, async (session) => {
      await session.panel.getByRole('button', { name: 'Primary draft' }).click();
      await session.panel.locator('#primary-nav-result', { hasText: 'navigated' }).waitFor();
      const [away] = await session.host.events('host:navigation');
      assert.deepEqual(away.args, [
        {
          path: '/editor/item_types/model-article/items/rec-draft/edit',
          environment: 'main',
          destination: { kind: 'record', itemTypeId: 'model-article', itemId: 'rec-draft' },
          followed: false,
        },
      ]);
      assert.equal((await facts(session)).itemId, 'rec-article');

      await session.panel.getByRole('button', { name: 'Go to the draft' }).click();
      await factsWhen(session, (f) => f.itemId === 'rec-draft');
      const [, within] = await session.host.events('host:navigation');
      assert.equal(
        within.args[0].path,
        '/environments/sandbox-spring/editor/item_types/model-article/items/rec-draft/edit',
      );
      assert.equal(within.args[0].followed, true);
    }));

  test("DatoCMS's Unpublish button sends to the sandbox", () =>
    withSession({ env: 'sandbox-spring', params: { beforeUnpublish: 'allow' } }, async (session) => {
      assert.equal((await session.host.clickNativeUnpublish()).status, 200);
      expectWrites(stack.fake, [{ method: 'PUT', path: '/items/rec-article/unpublish', body: null }]);
      assert.equal(stack.fake.writes()[0].headers['x-environment'], 'sandbox-spring');
    }));

  test('roles scope publishing, or access, to the primary environment', async () => {
    await withSession({ env: 'sandbox-spring', role: 'publisher-main-only' }, async (session) => {
      const [settings] = await session.host.settings();
      const permissions = settings.currentRole.meta.final_permissions;
      assert.equal(permissions.environments_access, 'all');
      const where = (action) =>
        permissions.positive_item_type_permissions.filter((r) => r.action === action).map((r) => r.environment);
      assert.deepEqual(where('publish'), ['main']);
      assert.deepEqual(where('update'), ['main', 'sandbox-spring', 'readonly-archive', 'sandbox-creating']);
    });
    // DatoCMS does not let a primary_only role into a sandbox.
    await assert.rejects(
      openHost(stack, { env: 'sandbox-spring', role: 'editor-primary-only', timeout: 5_000 }),
      /may not open the sandbox-spring environment \(environments_access: primary_only\)/,
    );
    await withSession({ role: 'editor-primary-only' }, async (session) => {
      const [settings] = await session.host.settings();
      assert.equal(settings.currentRole.meta.final_permissions.environments_access, 'primary_only');
      assert.equal(settings.isEnvironmentPrimary, true);
    });
  });
});

describe('collection view (mode=collection)', () => {
  let session;
  const articles = () =>
    stack.fake
      .fixtures()
      .items.filter((item) => item.relationships.item_type.data.id === 'model-article')
      .map((item) => item.id);
  before(async () => {
    stack.fake.reset();
    session = await openHost(stack, { mode: 'collection', model: 'model-article' });
  });
  after(() => session?.close());

  test("lists the model's records and asks itemsDropdownActions with the model in the boot ctx", async () => {
    assert.equal(session.panel, null);
    const rows = await session.page
      .locator('#collection-records li')
      .evaluateAll((li) => li.map((r) => r.dataset.itemId));
    assert.deepEqual(rows, articles());
    assert.deepEqual(
      (await session.host.events('call:itemsDropdownActions')).map((e) => e.args),
      [[{ itemType: 'model-article' }]],
    );
    assert.deepEqual(await session.host.collectionActions(), [
      {
        id: 'probe-log',
        label: 'Log selection',
        icon: 'list',
        parameters: { askedFor: 'model-article', ctxItemType: 'model-article' },
      },
      {
        label: 'More probe actions',
        icon: 'ellipsis',
        actions: [
          { id: 'probe-modal', label: 'Open modal from action', icon: 'window-maximize' },
          { id: 'probe-fail', label: 'Fail', icon: 'bomb', alert: true },
        ],
      },
      { id: 'probe-disabled', label: 'Disabled action', icon: 'ban', disabled: true },
    ]);
    const actions = session.page.locator('#collection-actions');
    await actions.getByRole('group', { name: 'More probe actions' }).getByRole('button', { name: 'Fail' }).waitFor();
    assert.equal(await actions.getByRole('button', { name: 'Disabled action' }).isDisabled(), true);
  });

  test('an action runs executeItemsDropdownAction with the ticked records, whole, and its parameters', async () => {
    await session.host.selectItems(['rec-article', 'rec-draft']);
    const answer = await session.host.runItemsAction('probe-log');
    assert.equal(answer.type, 'answer:executeItemsDropdownAction');
    const [call] = await session.host.events('call:executeItemsDropdownAction');
    const parameters = { askedFor: 'model-article', ctxItemType: 'model-article' };
    assert.deepEqual(call.args, ['probe-log', { items: ['rec-article', 'rec-draft'], parameters }]);
    const [notice] = await session.host.events('notice');
    assert.equal(notice.frame, 'boot');
    assert.deepEqual(JSON.parse(notice.args[0]), {
      actionId: 'probe-log',
      items: ['rec-article', 'rec-draft'].map((id) => ({ id, status: seededStatus(id), model: 'model-article' })),
      parameters,
    });
    expectWrites(stack.fake, []);
  });

  test('a failing action is recorded and shown', async () => {
    const failure = await session.host.runItemsAction('probe-fail');
    assert.equal(failure.type, 'error:executeItemsDropdownAction');
    assert.match(failure.args[0], /probe action failed/);
    await session.page.getByRole('alert').filter({ hasText: 'probe action failed' }).waitFor();
  });

  test('an action may open a modal from the boot ctx', async () => {
    const running = session.host.runItemsAction('probe-modal');
    const modal = await session.host.waitForModal('action-modal');
    assert.deepEqual(await shown(modal, 'modal-facts'), { modalId: 'action-modal', parameters: { count: 2 } });
    await modal.getByRole('button', { name: 'Resolve modal' }).click();
    assert.equal((await running).type, 'answer:executeItemsDropdownAction');
    const notices = (await session.host.events('notice')).map((n) => n.args[0]);
    assert.equal(notices.at(-1), 'modal answered {"picked":"yes","modalId":"action-modal"}');
  });

  test('selectItems refuses records the list does not show', async () => {
    await assert.rejects(session.host.selectItems(['rec-author']), /Not in this list: rec-author/);
  });
});

describe('plugin pages', () => {
  test('the boot declares navigation entries; page mode renders renderPage full width', () =>
    withSession({ mode: 'page', page: 'probe-page' }, async (session) => {
      assert.deepEqual(await session.host.navigation(), {
        mainNavigationTabs: [{ label: 'Probe page', icon: 'flask', pointsTo: { pageId: 'probe-page' } }],
        contentAreaSidebarItems: [
          { label: 'Probe content page', icon: 'flask', pointsTo: { pageId: 'probe-content' } },
        ],
        settingsAreaSidebarItemGroups: [
          {
            label: 'Probe',
            items: [{ label: 'Probe settings page', icon: 'cog', pointsTo: { pageId: 'probe-settings' } }],
          },
        ],
      });
      const ctx = await facts(session);
      assert.equal(ctx.mode, 'renderPage');
      assert.equal(ctx.pageId, 'probe-page');
      assert.deepEqual(ctx.location, { pathname: `/p/${PLUGIN_ID}/pages/probe-page`, search: '', hash: '' });
      assert.deepEqual(ctx.bodyPadding, [0, 0, 0, 0]);
      assert.deepEqual(ctx.fieldModels, []);
      const box = await session.page.locator('#page iframe').boundingBox();
      assert.ok(box.width > 1000, `page frame ${box.width}px wide`);

      const entries = await session.page.locator('#plugin-nav button').allTextContents();
      assert.deepEqual(entries, ['Probe page', 'Probe content page', 'Probe › Probe settings page']);
      await session.page.locator('#plugin-nav button', { hasText: 'Probe content page' }).click();
      const content = await factsWhen(session, (f) => f.pageId === 'probe-content');
      assert.equal(content.location.pathname, `/editor/p/${PLUGIN_ID}/pages/probe-content`);
    }));

  test('navigateTo a page path opens the page with its query and hash, from a record', () =>
    withSession({ record: 'rec-article' }, async (session) => {
      await session.panel.getByRole('button', { name: 'Go to the probe page' }).click();
      assert.equal(await session.host.waitForView('page'), true);
      const ctx = await facts(session, session.pageFrame());
      assert.deepEqual(ctx.location, {
        pathname: `/p/${PLUGIN_ID}/pages/probe-page`,
        search: '?from=probe',
        hash: '#top',
      });

      await session.host.navigateTo(`/configuration/p/${PLUGIN_ID}/pages/probe-settings`);
      const settingsPage = await factsWhen(session, (f) => f.pageId === 'probe-settings', session.pageFrame());
      assert.equal(settingsPage.location.pathname, `/configuration/p/${PLUGIN_ID}/pages/probe-settings`);

      await session.host.navigateTo('/p/another-plugin/pages/x');
      assert.equal((await session.host.events('host:navigation')).at(-1).args[0].followed, false);
      await session.host.navigateTo('/editor/item_types/model-article/items');
      assert.equal(await session.host.waitForView('collection'), false);
    }));

  test('in a sandbox, page paths carry the environment', () =>
    withSession({ mode: 'page', page: 'probe-content', env: 'sandbox-spring' }, async (session) => {
      const ctx = await facts(session);
      assert.equal(ctx.location.pathname, `/environments/sandbox-spring/editor/p/${PLUGIN_ID}/pages/probe-content`);
    }));
});

describe('plugin identity from a package.json that does not ask for the token', () => {
  let server;
  let root;
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'host-sim-probe-no-token-'));
    await cp(path.join(probeRoot, 'dist'), path.join(root, 'dist'), { recursive: true });
    const pkg = JSON.parse(await readFile(path.join(probeDir, 'package.json'), 'utf8'));
    pkg.datoCmsPlugin.permissions = [];
    await writeFile(path.join(root, 'package.json'), JSON.stringify(pkg));
    server = await startHostServer({ port: 0, distDir: path.join(root, 'dist') });
  });
  after(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('no token reaches the plugin, even with the grant on', async () => {
    const session = await openHost({ ...stack, hostUrl: server.url }, { record: 'rec-article' });
    try {
      const ctx = await facts(session);
      assert.equal(ctx.token, null);
      assert.equal(ctx.hasTokenKey, false);
      assert.deepEqual(ctx.plugin.permissions, []);
    } finally {
      await session.close();
    }
  });
});

describe('pure parts, in node', () => {
  test('plugin parameters are limited to 10 × 1024 bytes of JSON (UTF-8)', () => {
    assert.equal(PARAMETERS_LIMIT_BYTES, 10_240);
    const sized = (bytes, char = 'x') => ({
      s: char.repeat((bytes - JSON.stringify({ s: '' }).length) / Buffer.byteLength(char)),
    });
    assert.doesNotThrow(() => checkParametersSize(sized(10_240)));
    assert.throws(() => checkParametersSize(sized(10_242, 'é')), /limited to 10 KB/);
    assert.doesNotThrow(() => checkParametersSize(sized(10_240, 'é')));
    assert.throws(() => checkParametersSize(sized(10_241)), /these take 10241 bytes/);
  });

  test('navigation paths: environment prefix, records, lists, plugin pages', () => {
    assert.deepEqual(parseNavigationPath('/editor/item_types/m1/items/r1/edit'), {
      environment: null,
      destination: { kind: 'record', itemTypeId: 'm1', itemId: 'r1' },
    });
    assert.deepEqual(parseNavigationPath('/environments/sb/editor/item_types/m1/items/new'), {
      environment: 'sb',
      destination: { kind: 'new-record', itemTypeId: 'm1' },
    });
    assert.deepEqual(parseNavigationPath('/editor/item_types/m1/items').destination, {
      kind: 'collection',
      itemTypeId: 'm1',
    });
    assert.deepEqual(parseNavigationPath('/environments/sb/configuration/p/pl/pages/pg?a=1#h'), {
      environment: 'sb',
      destination: {
        kind: 'page',
        area: 'settings',
        pluginId: 'pl',
        pageId: 'pg',
        location: { pathname: '/environments/sb/configuration/p/pl/pages/pg', search: '?a=1', hash: '#h' },
      },
    });
    assert.equal(parseNavigationPath('/p/pl/pages/pg').destination.area, 'main');
    assert.equal(parseNavigationPath('/editor/p/pl/pages/pg').destination.area, 'content');
    assert.equal(parseNavigationPath('/schema/item_types/m1').destination, null);
    assert.equal(
      pagePath({ area: 'content', pluginId: 'pl', pageId: 'pg', environment: 'sb' }),
      '/environments/sb/editor/p/pl/pages/pg',
    );
  });

  test('hostPageUrl carries the environment, the collection model and the page', () => {
    const url = new URL(
      hostPageUrl(
        { hostUrl: 'http://h', fake: { url: 'http://c' } },
        { mode: 'page', role: 'admin', env: 'sb', page: 'pg', model: 'm1' },
      ),
    );
    assert.deepEqual(Object.fromEntries(url.searchParams), {
      cma: 'http://c',
      mode: 'page',
      role: 'admin',
      env: 'sb',
      model: 'm1',
      page: 'pg',
    });
  });
});

test('the type check catches a ctx property or host method the host forgets or misspells', async () => {
  // A copy of the host inside the repository, so that its imports resolve; `npm run typecheck` checks the original.
  const repo = fileURLToPath(new URL('..', import.meta.url));
  const copy = path.join(repo, 'node_modules', '.cache', 'host-sim-typecheck');
  await rm(copy, { recursive: true, force: true });
  await mkdir(copy, { recursive: true });
  await cp(path.join(repo, 'host-sim'), path.join(copy, 'host-sim'), { recursive: true });
  const edit = async (file, from, to) => {
    const text = await readFile(path.join(copy, file), 'utf8');
    assert.ok(text.includes(from), `${file} should contain ${from}`);
    await writeFile(path.join(copy, file), text.replace(from, to));
  };
  await edit('host-sim/lib/settings.js', 'isFormDirty: state.dirty,', '');
  await edit('host-sim/lib/host-methods.js', 'notice: async (message) =>', 'notise: async (message) =>');
  const config = JSON.parse(
    (await readFile(path.join(repo, 'tsconfig.host.json'), 'utf8')).replace(/^\s*\/\/.*$/gm, ''),
  );
  await writeFile(
    path.join(copy, 'tsconfig.json'),
    JSON.stringify({ ...config, include: ['host-sim/**/*.js', 'host-sim/**/*.d.ts', 'host-sim/**/*.d.mts'] }),
  );
  const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', copy]);
  const failure = await run.then(
    () => null,
    (error) => error,
  );
  try {
    assert.ok(failure, 'tsc should fail on the broken copy');
    assert.match(failure.stdout, /isFormDirty/);
    assert.match(failure.stdout, /notice/);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
