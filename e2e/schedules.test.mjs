// The plans page (issue 11), end to end: every pending scheduled unpublishing of the project,
// by day in the project's zone, cancelled from the page, with its conflicts; and what opening
// it costs with 5,000 plans, counted in the fake CMA's log.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { plansSeed } from '../fake-cma/server.mjs';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, planPost, pluginParams } from './panel.mjs';

const PAGE_ID = 'scheduled-unpublishings';
const PROJECT_ZONE = 'Europe/Rome';
const row = (frame, id) => frame.locator(`[data-plan-id="${id}"]`);

/** A row on screen with its scope read (its state request answered). */
async function readRow(frame, id) {
  await row(frame, id).scrollIntoViewIfNeeded();
  await row(frame, id).locator('[data-scope="ready"]').waitFor();
  return row(frame, id);
}

const conflictKinds = (locator) =>
  locator.locator('[data-conflict]').evaluateAll((els) => els.map((e) => e.dataset.conflict));

/** Every pending plan the fake holds: id and instant, soonest first. */
function seededPlans(fake) {
  return fake
    .fixtures()
    .items.filter((item) => typeof item.meta.unpublishing_scheduled_at === 'string')
    .map((item) => ({ id: item.id, at: Date.parse(item.meta.unpublishing_scheduled_at) }))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
}

/** The plan ids grouped by calendar day in `timeZone`, soonest first. */
function groupsIn(plans, timeZone) {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const groups = [];
  for (const plan of plans) {
    const key = day.format(plan.at);
    if (groups.at(-1)?.key !== key) groups.push({ key, first: plan.at, ids: [] });
    groups.at(-1).ids.push(plan.id);
  }
  return groups;
}

describe('the plans page', () => {
  const t = useStack({ seed: plansSeed({ plans: 8, models: 2, horizonDays: 3 }) });

  test('lists the seeded plans by day in the project zone, while the browser is in another zone', async () => {
    const plans = seededPlans(t.stack.fake);
    const expected = groupsIn(plans, PROJECT_ZONE);
    // A browser zone whose days cut these plans differently, so that grouping by it would show.
    const browserZone = ['Pacific/Kiritimati', 'Pacific/Auckland', 'America/Los_Angeles'].find(
      (zone) => JSON.stringify(groupsIn(plans, zone).map((g) => g.ids)) !== JSON.stringify(expected.map((g) => g.ids)),
    );
    assert.ok(browserZone, 'the seeded plans fall on the same days in every candidate zone');

    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID, timezoneId: browserZone });
    const frame = t.session.panel;
    await frame.getByTestId('plan-count').getByText(`${plans.length} plans`).waitFor();
    const days = frame.getByTestId('plan-day');
    await days.nth(expected.length - 1).waitFor();
    const shown = await days.evaluateAll((sections) =>
      sections.map((s) => ({
        label: s.getAttribute('aria-label'),
        ids: [...s.querySelectorAll('[data-plan-id]')].map((r) => r.getAttribute('data-plan-id')),
      })),
    );
    const dayLabel = new Intl.DateTimeFormat('en', { timeZone: PROJECT_ZONE, dateStyle: 'full' });
    assert.deepEqual(
      shown,
      expected.map((g) => ({ label: dayLabel.format(g.first), ids: g.ids })),
    );

    // Each row: the time in the project zone, and the same moment in the browser's zone.
    const first = await readRow(frame, plans[0].id);
    const time = new Intl.DateTimeFormat('en', { timeZone: PROJECT_ZONE, timeStyle: 'short' }).format(plans[0].at);
    await first.getByText(time, { exact: true }).waitFor();
    const there = new Intl.DateTimeFormat('en', { timeZone: browserZone, dateStyle: 'full', timeStyle: 'short' });
    await first.getByText(`${there.format(plans[0].at)} (${browserZone}) in your browser’s time zone`).waitFor();
    await frame.getByText(`your browser is in ${browserZone}`).waitFor();
    expectWrites(t.stack.fake, []);
  });

  test('cancels a plan from the page: asks first, one DELETE, the row is gone', async () => {
    const [plan] = seededPlans(t.stack.fake);
    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID });
    const frame = t.session.panel;
    const target = await readRow(frame, plan.id);
    const title = (await target.getByRole('button').first().textContent()) ?? '';

    // "Keep it" sends nothing.
    await target.getByRole('button', { name: 'Cancel the schedule' }).click();
    await t.session.host.answerConfirm('keep');
    expectWrites(t.stack.fake, []);

    await target.getByRole('button', { name: 'Cancel the schedule' }).click();
    const confirm = await t.session.host.answerConfirm('cancel-schedule');
    assert.equal(confirm.title, `Cancel the scheduled unpublishing of “${title}”?`);
    await target.waitFor({ state: 'detached' });
    assert.equal(await frame.getByTestId('plan-count').textContent(), `${seededPlans(t.stack.fake).length} plans`);
    assert.equal(t.stack.fake.getItem(plan.id).meta.unpublishing_scheduled_at, null);
    expectWrites(t.stack.fake, [{ method: 'DELETE', path: `/items/${plan.id}/scheduled-unpublishing`, body: null }]);
  });

  test('flags each conflict on the page and in the record panel, saying what happens and what to do', async () => {
    // The model settings the plans were made under have changed since.
    const params = pluginParams(
      {},
      { 'model-plan-0': { allowWholeRecord: false }, 'model-plan-tree': { allowScheduling: false } },
    );
    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID, params });
    const frame = t.session.panel;
    const cases = {
      'plan-conflict-publication-after': ['publication-after', 'whole-record-off'],
      'plan-conflict-locale-gone': ['locales-not-live'],
      'plan-conflict-tree-parent': ['published-children', 'scheduling-off'],
    };
    for (const [id, kinds] of Object.entries(cases)) {
      const target = await readRow(frame, id);
      // Some facts arrive later (the tree's records): every flag is waited for, then nothing else is there.
      for (const kind of kinds) await target.locator(`[data-conflict="${kind}"]`).waitFor();
      assert.deepEqual(await conflictKinds(target), kinds, id);
    }
    const text = (id, kind) => row(frame, id).locator(`[data-conflict="${kind}"]`).textContent();
    assert.match(
      await text('plan-conflict-publication-after', 'publication-after'),
      /will publish the record again: it goes back online then\. Cancel the scheduled publication/,
    );
    assert.match(
      await text('plan-conflict-locale-gone', 'locales-not-live'),
      /^Italian is no longer published: .* Cancel the plan\.$/,
    );
    assert.match(
      await text('plan-conflict-tree-parent', 'published-children'),
      /\(Child\) stays published at this time: DatoCMS will refuse to unpublish their parent .* Take those child records offline first/,
    );
    assert.match(
      await text('plan-conflict-tree-parent', 'scheduling-off'),
      /Scheduling is turned off for Plan tree .* it will still run\. Cancel it/,
    );
    assert.match(
      await text('plan-conflict-publication-after', 'whole-record-off'),
      /takes the whole record offline, which Plan model 0’s settings no longer allow: it will still run/,
    );
    await t.session.close();

    // The record panel's plan card says the same, from the same rules.
    for (const [id, kinds] of Object.entries(cases)) {
      t.session = await openHost(t.stack, { record: id, params });
      const card = t.session.panel.getByTestId('scheduled-unpublishing');
      for (const kind of kinds) await card.locator(`[data-conflict="${kind}"]`).waitFor();
      assert.deepEqual(await conflictKinds(card), kinds, `panel of ${id}`);
      await t.session.close();
    }
    t.session = null;
    expectWrites(t.stack.fake, []);
  });
});

describe('changing a plan from the page', () => {
  const t = useStack({ seed: plansSeed({ plans: 4, models: 2, horizonDays: 3 }) });
  const ID = 'plan-conflict-publication-after';
  const romeDate = new Intl.DateTimeFormat('en-CA', {
    timeZone: PROJECT_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const romeTime = new Intl.DateTimeFormat('en-GB', { timeZone: PROJECT_ZONE, hour: '2-digit', minute: '2-digit' });
  /** The plan's Rome date, two days later, as the form's date field takes it. */
  const twoDaysLater = (at) => romeDate.format(at + 2 * 86_400_000);

  async function openChangeForm(frame) {
    const target = await readRow(frame, ID);
    await target.getByRole('button', { name: 'Change' }).click();
    const form = target.getByRole('form', { name: 'Schedule unpublishing' });
    await form.waitFor();
    return { target, form };
  }

  test('with the panel’s form: the old plan cancelled, the new one created, the row moved to its day', async () => {
    const before = Date.parse(t.stack.fake.getItem(ID).meta.unpublishing_scheduled_at);
    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID });
    const frame = t.session.panel;
    const { target, form } = await openChangeForm(frame);
    await form.getByText('Take the whole record offline at:').waitFor();
    const date = twoDaysLater(before);
    await form.getByLabel('Date').fill(date);
    await form.getByLabel(/^Time/).fill('10:00');
    // The record holds one plan: the form says the new one replaces it.
    await form.getByRole('button', { name: 'Replace the plan' }).click();
    await form.waitFor({ state: 'detached' });

    const writes = t.stack.fake.writes();
    assert.equal(writes.length, 2);
    const instant = writes[1].body.data.attributes.unpublishing_scheduled_at;
    assert.equal(romeDate.format(Date.parse(instant)), date);
    assert.equal(romeTime.format(Date.parse(instant)), '10:00');
    const moved = frame.getByTestId('plan-day').filter({ has: row(frame, ID) });
    assert.equal(
      await moved.getAttribute('aria-label'),
      new Intl.DateTimeFormat('en', { timeZone: PROJECT_ZONE, dateStyle: 'full' }).format(Date.parse(instant)),
    );
    await target.getByText('10:00 AM', { exact: true }).waitFor();
    expectWrites(t.stack.fake, [
      { method: 'DELETE', path: `/items/${ID}/scheduled-unpublishing`, body: null },
      planPost(instant, null, ID),
    ]);
  });

  test('puts the old plan back when the new one is refused, and says so', async () => {
    const old = t.stack.fake.getItem(ID).meta.unpublishing_scheduled_at;
    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID });
    const frame = t.session.panel;
    const { target, form } = await openChangeForm(frame);
    await form.getByLabel('Date').fill(twoDaysLater(Date.parse(old)));
    await form.getByLabel(/^Time/).fill('10:00');
    t.stack.fake.injectFault({
      method: 'POST',
      path: `/items/${ID}/scheduled-unpublishing`,
      status: 422,
      code: 'INVALID_FIELD',
    });
    // The record holds one plan: the form says the new one replaces it.
    await form.getByRole('button', { name: 'Replace the plan' }).click();
    await target.getByText(/Your previous plan was kept/).waitFor();

    const [, refused, restored] = t.stack.fake.writes();
    assert.equal(refused.status, 422);
    assert.equal(Date.parse(restored.body.data.attributes.unpublishing_scheduled_at), Date.parse(old));
    assert.equal(Date.parse(t.stack.fake.getItem(ID).meta.unpublishing_scheduled_at), Date.parse(old));
    expectWrites(t.stack.fake, [
      { method: 'DELETE', path: `/items/${ID}/scheduled-unpublishing`, body: null },
      { method: 'POST', path: `/items/${ID}/scheduled-unpublishing`, body: refused.body },
      { method: 'POST', path: `/items/${ID}/scheduled-unpublishing`, body: restored.body },
    ]);
  });

  test('offers no change or cancel to a role that may not unpublish, and says why', async () => {
    t.session = await openHost(t.stack, { mode: 'page', page: PAGE_ID, role: 'viewer' });
    const target = await readRow(t.session.panel, ID);
    await target.getByText('Your role may not unpublish this record').waitFor();
    assert.equal(await target.getByRole('button', { name: /Cancel the schedule|Change/ }).count(), 0);
    expectWrites(t.stack.fake, []);
  });
});

describe('the plans page with 5,000 plans', () => {
  // Every plan within the next 6 days: all of them in the page's default window (next 7 days).
  const t = useStack({ seed: plansSeed({ plans: 5000, models: 10, horizonDays: 6 }) });

  test('first screen after 2 list requests and a state read per visible row; the whole list one request per 500 plans, plus the narrowed one', async () => {
    const { fake } = t.stack;
    const total = seededPlans(fake).length;
    const soonest = seededPlans(fake)
      .slice(0, 3)
      .map((p) => p.id);
    // Open a record first, then hold the third list request: the first screen must not need it.
    t.session = await openHost(t.stack, { record: 'plan-00000' });
    let lists = 0;
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await t.session.page.route(/\/items\?/, async (route) => {
      lists += 1;
      if (lists === 3) await held;
      await route.fallback();
    });
    fake.resetLog();
    await t.session.host.openPage(PAGE_ID);
    const frame = t.session.pageFrame();
    await frame
      .getByTestId('plan-count')
      .getByText(`${total.toLocaleString('en')} plans`)
      .waitFor();
    // The soonest plans are on screen while the third list request is still held.
    for (const id of soonest) await row(frame, id).waitFor();
    assert.equal(lists, 3);
    assert.equal(fake.requests().filter((r) => r.path === '/items').length, 2);

    // One state read per row on screen, none for the others.
    const onScreen = await frame
      .locator('[data-plan-id]')
      .evaluateAll((rows) =>
        rows.filter((r) => r.getBoundingClientRect().top < window.innerHeight).map((r) => r.dataset.planId),
      );
    assert.ok(onScreen.length > 0 && onScreen.length < 30, `${onScreen.length} rows on screen`);
    for (const id of onScreen) await row(frame, id).locator('[data-scope="ready"]').waitFor();
    const stateReads = () =>
      fake
        .requests()
        .filter((r) => r.path.endsWith('/current-vs-published-state'))
        .map((r) => r.path.split('/')[2]);
    assert.deepEqual(stateReads().sort(), [...onScreen].sort());

    release();
    await frame.getByText('Loading more plans…').waitFor({ state: 'detached', timeout: 30_000 });
    const listRequests = fake.requests().filter((r) => r.path === '/items');
    assert.equal(listRequests.length, Math.ceil(total / 500) + 1);
    for (const { query } of listRequests) {
      assert.equal(query['filter[type]'].split(',').length, 11);
      assert.equal(query['filter[fields][_unpublishing_scheduled_at][exists]'], 'true');
      assert.ok(query['filter[fields][_unpublishing_scheduled_at][gt]']);
      assert.equal(query['page[limit]'], '500');
      assert.equal(query.version, 'current');
    }
    // Nothing else: no request per plan.
    assert.equal(fake.requests().length, listRequests.length + onScreen.length);
    assert.deepEqual(stateReads().sort(), [...onScreen].sort());
    expectWrites(fake, []);
  });
});
