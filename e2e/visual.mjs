// What the accessibility test and the screenshot script share: the plugin's frame, axe-core run inside it,
// and pictures of the frame as the host shows it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules (axe-core's tags for them). */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Where the host simulator puts each surface's frame. */
const FRAME_SELECTORS = {
  sidebar: '#panels iframe.plugin-frame',
  config: '#config iframe.plugin-frame',
  page: '#page iframe.plugin-frame',
  modal: 'dialog.modal-dialog iframe',
};

/** The content frame of the plugin (the first sidebar panel, the settings screen, a page or a modal). */
export async function pluginFrame(session, mode = 'sidebar') {
  const selector = FRAME_SELECTORS[mode];
  const handle = await session.page.waitForSelector(selector);
  return { handle, frame: await handle.contentFrame() };
}

/**
 * Runs axe-core's WCAG 2.1 A/AA rules in the plugin's frame. Returns every violation as
 * `{ id, impact, help, nodes: [{ target, summary }] }`.
 */
export async function auditWcag(frame) {
  await frame.evaluate(AXE_SOURCE);
  const result = await frame.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_21_AA,
  );
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
  }));
}

/** Lets the frame settle (fonts, the auto-resizer's last height) before a picture is taken. */
export async function settle(session, frame) {
  await frame.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(resolve))));
  await session.page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * A picture of the plugin's frame as the host shows it, whole: the page grows to hold a frame taller than the
 * window (a frame's part outside the window is not painted), and CSS transitions are finished first.
 * Writes it to `path` and returns it (PNG).
 */
export async function pictureFrame(session, handle, path) {
  // A click may have scrolled the host page (the settings screen opens a section lower down): the frame is
  // measured, and pictured whole, from the page's top.
  await session.page.evaluate(() => window.scrollTo(0, 0));
  const box = await handle.boundingBox();
  const viewport = session.page.viewportSize();
  if (box && viewport && box.y + box.height > viewport.height) {
    await session.page.setViewportSize({ width: viewport.width, height: Math.ceil(box.y + box.height) + 16 });
  }
  return handle.screenshot({ path, animations: 'disabled' });
}
