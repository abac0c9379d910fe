// `npm run screenshots`: pictures of the built plugin, taken in Chromium through the end-to-end harness (the
// host simulator around dist/, against the fake CMA), so that they show the product as it is today:
// - docs/screenshots/*.png: the panel's main states and the settings screen, and the collection view's bulk
//   modal (its pick after reading, the environments, its report), for the README;
// - public/cover.png (1200×800, the marketplace's cover size) and public/preview.png: those pictures set on
//   a page of their own, without the simulator's toolbar, log or switches.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BULK_ACTION_ID, BULK_MODAL_ID, pick, toggleEnvironment, waitForReport } from '../e2e/bulkSteps.mjs';
import { openHost, startStack } from '../e2e/harness.mjs';
import { pickLocale, pluginParams, waitForLocaleState } from '../e2e/panel.mjs';
import { pictureFrame, pluginFrame, settle } from '../e2e/visual.mjs';
import { coverPage, previewPage } from './marketplacePages.mjs';

const root = new URL('../', import.meta.url);
const DOCS = fileURLToPath(new URL('docs/screenshots/', root));
const PUBLIC = fileURLToPath(new URL('public/', root));

/** The states to picture: each opens the host and brings the panel (or the settings screen) there. */
const STATES = [
  {
    name: 'panel-italian-picked',
    open: { record: 'rec-article' },
    async reach({ panel }) {
      await pickLocale(panel, 'it');
      await panel.getByRole('button', { name: 'Unpublish Italian now' }).waitFor();
    },
  },
  {
    name: 'panel-plan',
    open: { record: 'rec-article' },
    async reach({ panel }) {
      await pickLocale(panel, 'it');
      await panel.getByRole('button', { name: 'Schedule for later…' }).click();
      const form = panel.getByRole('form', { name: 'Schedule unpublishing' });
      await form.getByLabel('Date').fill(nextYear('03-01'));
      await form.getByLabel(/^Time/).fill('09:00');
      await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
      await panel.getByTestId('scheduled-unpublishing').waitFor();
      await form.waitFor({ state: 'detached' });
    },
  },
  {
    name: 'panel-repeated-hour',
    open: { record: 'rec-article' },
    async reach({ panel }) {
      await pickLocale(panel, 'it');
      await panel.getByRole('button', { name: 'Schedule for later…' }).click();
      const form = panel.getByRole('form', { name: 'Schedule unpublishing' });
      await form.getByLabel('Date').fill('2027-10-31');
      await form.getByLabel(/^Time/).fill('02:30');
      await form.getByRole('combobox', { name: /happens twice/ }).click();
      await form.getByRole('option', { name: /the second$/ }).click();
    },
  },
  {
    name: 'panel-tree-refusal',
    open: { record: 'rec-page-root', params: pluginParams({}, { 'model-page': { allowRecursive: true } }) },
    async reach({ panel, host }) {
      await panel.getByRole('switch', { name: 'The whole record' }).click();
      await panel.getByRole('button', { name: 'Unpublish the whole record now' }).click();
      await host.answerConfirm('unpublish');
      await panel.getByRole('button', { name: 'Unpublish with the 2 records below' }).waitFor();
    },
  },
  {
    name: 'panel-role-english-only',
    open: { record: 'rec-article', role: 'editor-en' },
    reach: ({ panel }) => waitForLocaleState(panel, 'it', 'live'),
  },
  {
    name: 'panel-nothing-live',
    open: { record: 'rec-draft' },
    reach: ({ panel }) => panel.getByText('not published in any locale').waitFor(),
  },
  {
    name: 'settings',
    open: { mode: 'config' },
    reach: ({ panel }) => panel.locator('[data-model="article"]').getByRole('button', { name: 'Configure this model' }).click(),
  },
  ...bulkStates(),
];

/** The records of the bulk pictures: live in different locales, one missing in the sandbox (rec-html). */
const BULK_RECORDS = ['rec-article', 'rec-article-en', 'rec-html', 'rec-draft'];

/** Ticks the records in the collection view, runs "Unpublish locales…" and waits until the modal has read them. */
async function openBulk({ host }) {
  await host.selectItems(BULK_RECORDS);
  // Resolves only when the modal closes, which a picture never waits for.
  host.runItemsAction(BULK_ACTION_ID).catch(() => undefined);
  const modal = await host.waitForModal(BULK_MODAL_ID);
  await modal.getByRole('group', { name: 'What goes offline' }).waitFor();
  return modal;
}

/** The bulk modal's frame, pictured instead of the panel's. */
async function modalFrame(session) {
  const handle = await session.page.waitForSelector('dialog.modal-dialog iframe');
  return { handle, frame: await handle.contentFrame() };
}

/** Only the modal's environments choice. */
async function environmentsChoice(session) {
  const { frame } = await modalFrame(session);
  const handle = await frame.getByRole('group', { name: 'Also in other environments' }).elementHandle();
  return { handle, frame };
}

function bulkStates() {
  const open = { mode: 'collection', model: 'model-article' };
  return [
    {
      name: 'bulk-pick',
      open,
      frame: modalFrame,
      async reach(session) {
        const modal = await openBulk(session);
        await pick(modal, 'it');
      },
    },
    {
      name: 'bulk-environments',
      open,
      frame: environmentsChoice,
      async reach(session) {
        const modal = await openBulk(session);
        await pick(modal, 'it');
        await modal.locator('[data-environment="sandbox-spring"]').waitFor();
        await toggleEnvironment(modal, 'sandbox-spring');
      },
    },
    {
      name: 'bulk-report',
      open,
      frame: modalFrame,
      async reach(session) {
        // One record locked by another editor: the report shows a failure beside what went offline and what was skipped.
        stack.fake.injectFault({ status: 422, code: 'ITEM_LOCKED', method: 'PUT', path: '/items/rec-html/unpublish' });
        const modal = await openBulk(session);
        await pick(modal, 'it');
        await modal.locator('[data-environment="sandbox-spring"]').waitFor();
        await toggleEnvironment(modal, 'sandbox-spring');
        await modal.getByRole('button', { name: 'Continue…' }).click();
        await session.host.answerConfirm('run');
        await waitForReport(modal);
      },
    },
  ];
}

/** 'YYYY-MM-DD' of the given month and day next year: a plan always in the future. */
function nextYear(monthDay) {
  return `${new Date().getUTCFullYear() + 1}-${monthDay}`;
}

async function picture(stack, state) {
  stack.fake.reset();
  // The editor's browser in the project's zone: the plan reads in one zone only, as most editors see it.
  const session = await openHost(stack, { timezoneId: 'Europe/Rome', ...state.open });
  try {
    await state.reach(session);
    const { handle, frame } = state.frame ? await state.frame(session) : await pluginFrame(session, state.open.mode);
    // A picture, not a session: no hover on the control under the mouse (moved to the frame's empty corner),
    // no focus ring on the last one clicked.
    const box = await handle.boundingBox();
    if (box) await session.page.mouse.move(box.x + 2, box.y + 2, { steps: 5 });
    await frame.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    await settle(session, frame);
    const path = `${DOCS}${state.name}.png`;
    return { name: state.name, path, png: await pictureFrame(session, handle, path) };
  } finally {
    await session.close();
  }
}

/** Renders a page of HTML at the given size and writes its picture. */
async function render(browser, html, size, path) {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  // Everything is inline: nothing may leave the machine (the library's web fonts are not fetched).
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await writeFile(path, await page.screenshot({ type: 'png' }));
  } finally {
    await context.close();
  }
}

await mkdir(DOCS, { recursive: true });
const stack = await startStack();
try {
  const shots = {};
  for (const state of STATES) {
    const shot = await picture(stack, state);
    shots[shot.name] = `data:image/png;base64,${shot.png.toString('base64')}`;
    console.log(`  ${shot.path}`);
  }
  await render(stack.browser, coverPage(shots), { width: 1200, height: 800 }, `${PUBLIC}cover.png`);
  await render(stack.browser, previewPage(shots), { width: 1600, height: 1000 }, `${PUBLIC}preview.png`);
  console.log(`  ${PUBLIC}cover.png (1200×800)\n  ${PUBLIC}preview.png (1600×1000)`);
} finally {
  await stack.close();
}
