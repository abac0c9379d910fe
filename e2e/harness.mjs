// End-to-end harness: the fake CMA, the host simulator serving the built plugin,
// and Chromium driving the host page. Used by `node --test e2e/`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, afterEach, before, beforeEach } from 'node:test';
import { chromium } from 'playwright-core';
import { startFakeCma } from '../fake-cma/server.mjs';
import { startHostServer } from '../host-sim/serve.mjs';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const DEFAULT_TIMEOUT_MS = 15_000;
const BUILT_PLUGIN_DIR = fileURLToPath(new URL('../dist', import.meta.url));

/** Starts what the pieces need, closing whatever started if a later piece fails. */
export async function startStack({ distDir = BUILT_PLUGIN_DIR, seed } = {}) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built plugin at ${distDir}/index.html: run \`npx vite build\` first`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: \`apt-get install -y chromium\` (or run \`bash .ci/run\`, which installs it)`,
    );
  }
  const closers = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
    closers.length = 0;
  };
  try {
    const fake = await startFakeCma(seed ? { port: 0, seed } : { port: 0 });
    closers.push(() => fake.close());
    const server = await startHostServer({ port: 0, distDir });
    closers.push(() => server.close());
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    closers.push(() => browser.close());
    return { fake, hostUrl: server.url, browser, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The host page's URL for these options (the URL parameters are listed in host-sim/README.md). */
export function hostPageUrl(
  stack,
  { record, mode, role, locale, tokenGranted = true, dirty, params, plugin, env, model, page },
) {
  const query = new URLSearchParams({ cma: stack.fake.url, mode, role });
  if (record) query.set('record', record);
  if (env) query.set('env', env);
  if (model) query.set('model', model);
  if (page) query.set('page', page);
  if (locale) query.set('locale', locale);
  if (!tokenGranted) query.set('token', '0');
  if (dirty) query.set('dirty', '1');
  if (params !== undefined) query.set('params', JSON.stringify(params));
  if (plugin) query.set('plugin', plugin);
  return `${stack.hostUrl}/?${query}`;
}

/** Lets only loopback requests out: anything else (Typekit fonts…) is aborted and listed. */
async function blockExternalRequests(context, blocked) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
}

function collectConsole(page) {
  const lines = [];
  page.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`[pageerror] ${error.message}`));
  return lines;
}

function withConsole(message, consoleMessages) {
  const tail = consoleMessages.slice(-20).join('\n  ');
  return new Error(tail ? `${message}\nLast console lines:\n  ${tail}` : message);
}

/** Where the frames a test talks to live in each view; the collection view has none. */
const CONTENT_FRAME_SELECTORS = {
  sidebar: '#panels iframe.plugin-frame',
  config: '#config iframe.plugin-frame',
  page: '#page iframe.plugin-frame',
  collection: null,
};
const contentFrameSelector = (mode) => CONTENT_FRAME_SELECTORS[mode] ?? null;

/** How many events of each of `types` the host has recorded so far. */
function countEvents(page, types) {
  return page.evaluate((ts) => window.__host.events.filter((e) => ts.includes(e.type)).length, types);
}

/** Waits until the host records more events of `types` than `before`; returns the newest. */
async function nextEvent(page, types, before, timeout) {
  await page.waitForFunction(
    ([ts, n]) => window.__host.events.filter((e) => ts.includes(e.type)).length > n,
    [types, before],
    { timeout },
  );
  return page.evaluate((ts) => window.__host.events.filter((e) => ts.includes(e.type)).at(-1), types);
}

/** Host page helpers, all going through `window.__host` (see host-sim/host.js and README.md). */
function hostHelpers(page, timeout) {
  const call = (name, ...args) => page.evaluate(([n, a]) => window.__host[n](...a), [name, args]);
  return {
    events: (type) => page.evaluate((t) => window.__host.events.filter((e) => !t || e.type === t), type),
    pendingConfirm: () => call('pendingConfirm'),
    /** Waits for the plugin's confirm dialog, answers it, and returns its options. */
    async answerConfirm(value) {
      await page.waitForFunction(() => window.__host.pendingConfirm() !== null, null, { timeout });
      const options = await call('pendingConfirm');
      await call('answerConfirm', value);
      return options;
    },
    /** Waits until the plugin has made a call of `type`; returns all calls of that type. */
    async waitForEvent(type) {
      await page.waitForFunction((t) => window.__host.events.some((e) => e.type === t), type, { timeout });
      return page.evaluate((t) => window.__host.events.filter((e) => e.type === t), type);
    },
    /** Waits until the plugin has shown the toast `text` (ctx.notice), whatever came before it. */
    async waitForNotice(text) {
      const shown = (t) => window.__host.events.some((e) => e.type === 'notice' && e.args[0] === t);
      await page.waitForFunction(shown, text, { timeout });
    },
    pushUpdate: (partial) => call('pushUpdate', partial),
    setLocale: (locale) => call('setLocale', locale),
    setRole: (role) => call('setRole', role),
    setDirty: (dirty) => call('setDirty', dirty),
    setTokenGranted: (granted) => call('setTokenGranted', granted),
    refreshItem: () => call('refreshItem'),
    panels: () => call('panels'),
    settings: () => call('settings'),
    bootSettings: () => call('bootSettings'),
    /** The plugin's navigation entries: what its three navigation hooks returned, by hook name. */
    navigation: () => call('navigation'),
    /** Follows a DatoCMS path as `ctx.navigateTo` does (recorded as a `host:navigation` event). */
    navigateTo: (path) => call('navigateTo', path),
    /**
     * Clicks DatoCMS's own Unpublish button and waits until the host is done: returns the
     * outcome `{ itemIds, hookCalled, answer, sent, status, code, error }`. When the plugin's
     * hook opens a confirm, answer it (`answerConfirm`) while this is pending.
     */
    async clickNativeUnpublish() {
      const before = await countEvents(page, ['nativeUnpublish']);
      await page.locator('#native-unpublish').click();
      const event = await nextEvent(page, ['nativeUnpublish'], before, timeout);
      return event.args[0];
    },
    /** The collection view's actions, as `itemsDropdownActions` returned them. */
    collectionActions: () => call('collectionActions'),
    /** Ticks exactly these records in the collection view. */
    selectItems: (ids) => call('selectItems', ids),
    /**
     * Clicks the collection action `actionId` and waits until `executeItemsDropdownAction`
     * has answered or failed; returns that host event. Answer a modal it opens meanwhile.
     */
    async runItemsAction(actionId) {
      const types = ['answer:executeItemsDropdownAction', 'error:executeItemsDropdownAction'];
      const before = await countEvents(page, types);
      await page.locator(`#collection-actions button[data-action-id="${actionId}"]`).click();
      return nextEvent(page, types, before, timeout);
    },
    /** The open modals `[{ id, title, width, parameters, closeDisabled, initialHeight }]`, the latest last. */
    modals: () => call('modals'),
    /** Clicks the latest modal's Close button (its openModal promise resolves with null). */
    closeModal: () => page.locator('dialog.modal-dialog').last().getByRole('button', { name: 'Close' }).click(),
    /** Waits until the modal `id` is open and its plugin frame has read its settings; returns a frame locator. */
    async waitForModal(id) {
      await page.waitForFunction(
        (name) => window.__host.frames().some((f) => f.name === name && f.settled),
        `modal:${id}`,
        { timeout },
      );
      return page.frameLocator(`dialog.modal-dialog[data-modal-id="${id}"] iframe`);
    },
  };
}

/**
 * Waits until the host has connected every content frame and the first one shows
 * something; throws with the page's console when the host reports an error.
 */
async function waitForContent(page, mode, timeout, consoleMessages) {
  const outcome = await page
    .waitForFunction(() => window.__host && (window.__host.isReady || window.__host.error), null, { timeout })
    .then(() => page.evaluate(() => ({ error: window.__host.error })))
    .catch(async () => {
      const frames = await page.evaluate(() => window.__host?.frames()).catch(() => undefined);
      const waiting = (frames ?? []).filter((f) => !f.settled).map((f) => f.name);
      const detail = frames ? `frames that never called getSettings: ${waiting.join(', ') || 'none'}` : 'no host page';
      return { error: `host not ready after ${timeout} ms (${detail})` };
    });
  if (outcome.error) throw withConsole(`Host simulator failed: ${outcome.error}`, consoleMessages);

  // Collapsed panels (startOpen false) would hide the plugin from the test: open them all.
  await page.evaluate(() => document.querySelectorAll('details.sidebar-panel').forEach((d) => (d.open = true)));
  const selector = contentFrameSelector(mode);
  const handle = selector ? await page.$(selector) : null;
  if (!handle) return false;
  const frame = await handle.contentFrame();
  await frame
    .waitForFunction(
      () => {
        const root = document.getElementById('root');
        return root ? root.children.length > 0 : document.body?.innerText.trim().length > 0;
      },
      null,
      { timeout },
    )
    .catch(() => {
      throw withConsole(`The plugin frame rendered nothing within ${timeout} ms`, consoleMessages);
    });
  return true;
}

export async function openHost(
  stack,
  {
    record = 'rec-article',
    mode = 'sidebar',
    role = 'admin',
    locale,
    tokenGranted = true,
    dirty = false,
    params,
    plugin,
    // A sandbox environment's id (`env` URL parameter); none: the primary environment.
    env,
    // The model of the collection view (mode 'collection').
    model,
    // The plugin page to show (mode 'page').
    page: pageId,
    // The editor's browser zone; the project's (fake CMA seed) is Europe/Rome.
    timezoneId = 'UTC',
    timeout = DEFAULT_TIMEOUT_MS,
  } = {},
) {
  const context = await stack.browser.newContext({ viewport: { width: 1400, height: 1000 }, timezoneId });
  const blockedRequests = [];
  await blockExternalRequests(context, blockedRequests);
  const page = await context.newPage();
  const consoleMessages = collectConsole(page);
  try {
    await page.goto(
      hostPageUrl(stack, { record, mode, role, locale, tokenGranted, dirty, params, plugin, env, model, page: pageId }),
    );
    const hasPanel = await waitForContent(page, mode, timeout, consoleMessages);
    const selector = contentFrameSelector(mode);
    /** Runs a view switch in the page and waits for the new view as `openHost` does. */
    const switchTo = async (viewMode, name, arg) => {
      await page.evaluate(([n, a]) => window.__host[n](a), [name, arg]);
      return waitForContent(page, viewMode, timeout, consoleMessages);
    };
    return {
      page,
      // A locator, so it follows the panel when the host re-creates its frame. In page mode
      // it is the page frame, in config mode the settings screen; null in collection mode.
      panel: hasPanel ? page.frameLocator(selector).first() : null,
      panelFor: (panelId) => page.frameLocator(`iframe[data-frame="panel:${panelId}"]`),
      /** The plugin page's frame (page mode). */
      pageFrame: () => page.frameLocator(CONTENT_FRAME_SELECTORS.page).first(),
      modal: () => page.frameLocator('dialog.modal-dialog iframe').last(),
      host: {
        ...hostHelpers(page, timeout),
        /** Opens another record and waits for its panels as `openHost` does. */
        selectRecord: (id) => switchTo('sidebar', 'selectRecord', id),
        /** Switches to a model's collection view and waits until its actions are known. */
        openCollection: (itemTypeId) => switchTo('collection', 'openCollection', itemTypeId),
        /** Switches to a plugin page and waits until it shows something. */
        openPage: (id) => switchTo('page', 'openPage', id),
        /**
         * Waits for the view a navigation (e.g. the plugin's navigateTo) switched to: `mode`
         * is `sidebar`, `collection`, `page` or `config`. A record-to-record switch stays in
         * `sidebar`: wait for the `host:navigation` event and the new record's ctx instead.
         */
        async waitForView(viewMode) {
          await page.waitForFunction((m) => document.body.dataset.mode === m, viewMode, { timeout });
          return waitForContent(page, viewMode, timeout, consoleMessages);
        },
      },
      consoleMessages,
      /** Console errors and uncaught exceptions, minus the noise of blocked external requests. */
      consoleErrors: () =>
        consoleMessages.filter(
          (line) => /^\[(error|pageerror)\]/.test(line) && !line.includes('ERR_BLOCKED_BY_CLIENT'),
        ),
      blockedRequests,
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * The usual frame of a test file: one stack for the file, the fake CMA's data
 * reset before each test, the test's host session closed after it.
 * Tests set `t.session` to what `openHost` returned. `options` go to `startStack` (e.g. a `seed`).
 */
export function useStack(options = {}) {
  const t = { stack: null, session: null };
  before(async () => {
    t.stack = await startStack(options);
  });
  after(() => t.stack?.close());
  beforeEach(() => t.stack.fake.reset());
  afterEach(async () => {
    await t.session?.close();
    t.session = null;
  });
  return t;
}
