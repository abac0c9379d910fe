// Scheduled unpublishing, end to end: plan, show, change, cancel, and run.
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

const POST = (at, locales) => planPost(at, locales);
const DELETE = planDelete();

async function openScheduleForm(panel, locale) {
  if (locale) await pickLocale(panel, locale);
  await panel.getByRole('button', { name: /^Schedule for later/ }).click();
  return panel.getByRole('form', { name: 'Schedule unpublishing' });
}

async function fillWallClock(form, date, time) {
  await form.getByLabel('Date').fill(date);
  await form.getByLabel(/^Time/).fill(time);
}

const ROME = 'Europe/Rome';
const MINUTE = 60_000;

/** Rome's offset from UTC at `ms`, in minutes. */
function romeOffset(ms) {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ROME, timeZoneName: 'longOffset' })
    .formatToParts(ms)
    .find((part) => part.type === 'timeZoneName').value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * A whole minute about `minutes` from now (real time: the schedule form checks against the browser's clock),
 * moved on by hours while Rome changes its clocks within an hour of it, so its wall clock is never skipped
 * or repeated.
 */
function minutesAheadAwayFromClockChanges(minutes) {
  let at = Math.ceil((Date.now() + minutes * MINUTE) / MINUTE) * MINUTE;
  while (romeOffset(at - 60 * MINUTE) !== romeOffset(at + 60 * MINUTE)) at += 60 * MINUTE;
  return at;
}

/** The form's fields for `ms` in Rome, and the instant the plugin sends for them. */
function wallClockInRome(ms) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ROME,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(ms)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    instant: new Date(ms).toISOString().replace('.000Z', 'Z'),
  };
}

describe('scheduling an unpublishing', () => {
  test('plan Italian for 1 March 09:00 Rome time, see it on reopening, change it, cancel it', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const form = await openScheduleForm(t.session.panel, 'it');
    await form.getByText('Take Italian offline at:').waitFor();
    await fillWallClock(form, '2027-03-01', '09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();

    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    await card.waitFor();
    await card.getByText('Monday, March 1, 2027 at 9:00 AM (Europe/Rome)').waitFor();
    expectWrites(t.stack.fake, [POST('2027-03-01T08:00:00Z', ['it'])]);
    await t.session.close();

    // Reopening shows it, from the single state request; an editor in New York sees their time too.
    t.stack.fake.resetLog();
    t.session = await openHost(t.stack, { record: 'rec-article', timezoneId: 'America/New_York' });
    const reopened = t.session.panel.getByTestId('scheduled-unpublishing');
    await reopened.getByText('Italian').first().waitFor();
    await reopened.getByText('Monday, March 1, 2027 at 9:00 AM (Europe/Rome)').waitFor();
    await reopened
      .getByText("Monday, March 1, 2027 at 3:00 AM (America/New_York) in your browser's time zone")
      .waitFor();
    assert.equal(t.stack.fake.requests().length, 1);

    // Change: the form starts from the plan; a record holds one, so it is replaced.
    await reopened.getByRole('button', { name: 'Change' }).click();
    const changeForm = t.session.panel.getByRole('form', { name: 'Schedule unpublishing' });
    assert.equal(await changeForm.getByLabel('Date').inputValue(), '2027-03-01');
    assert.equal(await changeForm.getByLabel(/^Time/).inputValue(), '09:00');
    await changeForm.getByLabel(/^Time/).fill('10:30');
    await changeForm.getByRole('button', { name: 'Replace the plan' }).click();
    await reopened.getByText('Monday, March 1, 2027 at 10:30 AM (Europe/Rome)').waitFor();

    // Cancel, after a confirmation.
    await reopened.getByRole('button', { name: 'Cancel the schedule' }).click();
    const confirm = await t.session.host.answerConfirm('cancel-schedule');
    assert.match(confirm.content, /Italian will go offline/);
    await reopened.waitFor({ state: 'detached' });
    expectWrites(t.stack.fake, [DELETE, POST('2027-03-01T09:30:00Z', ['it']), DELETE]);
  });

  test('"Keep it" at the cancel confirmation keeps the plan: nothing is sent', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const form = await openScheduleForm(t.session.panel, 'it');
    await fillWallClock(form, '2027-03-01', '09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    await card.waitFor();
    const cancel = card.getByRole('button', { name: 'Cancel the schedule' });

    await cancel.click();
    const confirm = await t.session.host.answerConfirm('keep');
    assert.deepEqual(confirm.cancel, { label: 'Keep it', value: 'keep' });
    // The button stays disabled while that answer is handled, so this click lands only once it has been:
    // a second confirmation proves the first flow ended, and without a write.
    await cancel.click();
    await t.session.host.answerConfirm('keep');

    await card.getByText('Monday, March 1, 2027 at 9:00 AM (Europe/Rome)').waitFor();
    assert.equal((await t.session.host.events('openConfirm')).length, 2);
    assert.equal(t.stack.fake.getItem('rec-article').meta.unpublishing_scheduled_at, '2027-03-01T08:00:00.000Z');
    expectWrites(t.stack.fake, [POST('2027-03-01T08:00:00Z', ['it'])]);
  });

  test("a model's own minimum lead time reaches its schedule form; other models keep the default", async () => {
    // Only Article asks for 10 hours ahead; the defaults (5 minutes) stay for Page.
    const params = pluginParams({}, { 'model-article': { minLeadMinutes: 600 } });
    const { date, time, instant } = wallClockInRome(minutesAheadAwayFromClockChanges(90));

    t.session = await openHost(t.stack, { record: 'rec-article', params });
    const form = await openScheduleForm(t.session.panel, 'it');
    await fillWallClock(form, date, time);
    await form.getByText('Schedule at least 600 minutes ahead').waitFor();
    assert.equal(await form.getByRole('button', { name: 'Schedule unpublishing' }).isDisabled(), true);
    await t.session.close();

    t.session = await openHost(t.stack, { record: 'rec-page-root', params });
    await t.session.panel.getByRole('switch', { name: 'The whole record' }).click();
    const pageForm = await openScheduleForm(t.session.panel);
    await fillWallClock(pageForm, date, time);
    await pageForm.getByRole('button', { name: 'Schedule unpublishing' }).click();
    await t.session.panel.getByTestId('scheduled-unpublishing').waitFor();
    expectWrites(t.stack.fake, [
      {
        method: 'POST',
        path: '/items/rec-page-root/scheduled-unpublishing',
        body: planBody(instant, null),
      },
    ]);
  });

  test('when the time comes, Italian goes offline and the panel shows it', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const form = await openScheduleForm(t.session.panel, 'it');
    await fillWallClock(form, '2027-03-01', '09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    await t.session.panel.getByTestId('scheduled-unpublishing').waitFor();

    t.stack.fake.clock.set('2027-03-01T08:00:01Z');
    await t.session.host.selectRecord('rec-article-en');
    await t.session.host.selectRecord('rec-article');
    await waitForLocaleState(t.session.panel, 'it', 'not-live');
    await waitForLocaleState(t.session.panel, 'en', 'live');
    assert.equal(await t.session.panel.getByTestId('scheduled-unpublishing').count(), 0);
    expectWrites(t.stack.fake, [POST('2027-03-01T08:00:00Z', ['it'])]);
  });

  test('the whole record is scheduled with content_in_locales null', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    await t.session.panel.getByRole('switch', { name: 'The whole record' }).click();
    const form = await openScheduleForm(t.session.panel);
    await form.getByText('Take the whole record offline at:').waitFor();
    await fillWallClock(form, '2027-07-01', '09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    await t.session.panel.getByTestId('scheduled-unpublishing').waitFor();
    expectWrites(t.stack.fake, [POST('2027-07-01T07:00:00Z', null)]);
  });

  test('a failed change keeps the old plan: it is put back and the editor is told', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    let form = await openScheduleForm(t.session.panel, 'it');
    await fillWallClock(form, '2027-03-01', '09:00');
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    await card.waitFor();

    await card.getByRole('button', { name: 'Change' }).click();
    form = t.session.panel.getByRole('form', { name: 'Schedule unpublishing' });
    await form.getByLabel(/^Time/).fill('11:00');
    t.stack.fake.injectFault({ method: 'POST', status: 500, count: 1 });
    await form.getByRole('button', { name: 'Replace the plan' }).click();
    await t.session.panel.getByText('Your previous plan was kept').waitFor();
    await card.getByText('Monday, March 1, 2027 at 9:00 AM (Europe/Rome)').waitFor();
    expectWrites(t.stack.fake, [
      POST('2027-03-01T08:00:00Z', ['it']),
      DELETE,
      POST('2027-03-01T10:00:00Z', ['it']),
      // The old plan put back, with its instant as the API returned it.
      POST('2027-03-01T08:00:00.000Z', ['it']),
    ]);
  });
});

describe('changing a plan on the repeated hour', () => {
  test('the planned 02:30 is already chosen, the form says it replaces the plan, the plan steps back while it is open', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const form = await openScheduleForm(t.session.panel, 'it');
    await fillWallClock(form, '2027-10-31', '02:30');
    await form.getByRole('combobox', { name: /happens twice/ }).click();
    await form.getByRole('option', { name: /the second$/ }).click();
    await form.getByRole('button', { name: 'Schedule unpublishing' }).click();
    const card = t.session.panel.getByTestId('scheduled-unpublishing');
    // The plan says which 02:30: its offset.
    await card.getByText('Sunday, October 31, 2027 at 2:30 AM (Europe/Rome, UTC+01:00)').waitFor();
    expectWrites(t.stack.fake, [POST('2027-10-31T01:30:00Z', ['it'])]);

    await card.getByRole('button', { name: 'Change' }).click();
    const change = t.session.panel.getByRole('form', { name: 'Schedule unpublishing' });
    await change.getByText('This replaces the pending plan shown above.').waitFor();
    assert.equal(await change.getByLabel('Date').inputValue(), '2027-10-31');
    assert.equal(await change.getByLabel(/^Time/).inputValue(), '02:30');
    await change.getByText('02:30 AM (UTC+01:00), the second').waitFor();
    const replace = change.getByRole('button', { name: 'Replace the plan' });
    assert.equal(await replace.isEnabled(), true, 'the planned instant is chosen: the form can be sent as it is');
    // Nothing above competes with the open form.
    assert.equal(await card.getByRole('button').count(), 0);

    await change.getByRole('combobox', { name: /happens twice/ }).click();
    await change.getByRole('option', { name: /the first$/ }).click();
    await replace.click();
    await card.getByText('Sunday, October 31, 2027 at 2:30 AM (Europe/Rome, UTC+02:00)').waitFor();
    await card.getByRole('button', { name: 'Change' }).waitFor();
    await card.getByRole('button', { name: 'Cancel the schedule' }).waitFor();
    expectWrites(t.stack.fake, [POST('2027-10-31T01:30:00Z', ['it']), DELETE, POST('2027-10-31T00:30:00Z', ['it'])]);
  });
});

describe('refused schedules send nothing', () => {
  test('past, malformed, a daylight-saving gap; the repeated hour asks which', async () => {
    t.session = await openHost(t.stack, { record: 'rec-article' });
    const form = await openScheduleForm(t.session.panel, 'it');
    const submit = form.getByRole('button', { name: 'Schedule unpublishing' });

    await fillWallClock(form, '2020-01-01', '10:00');
    await form.getByText('already passed').waitFor();
    assert.equal(await submit.isDisabled(), true);

    await form.getByLabel('Date').fill('');
    await form.getByText('Enter a date').waitFor();
    assert.equal(await submit.isDisabled(), true);

    await fillWallClock(form, '2027-03-28', '02:30');
    await form.getByText('does not exist').waitFor();
    assert.equal(await submit.isDisabled(), true);

    await fillWallClock(form, '2027-10-31', '02:30');
    const question = form.getByRole('combobox', {
      name: /^02:30 AM happens twice on October 31, 2027 in Europe\/Rome/,
    });
    await question.click();
    const choices = form.getByRole('option');
    assert.deepEqual(await choices.allInnerTexts(), [
      '02:30 AM (UTC+02:00), the first',
      '02:30 AM (UTC+01:00), the second',
    ]);
    assert.equal(await submit.isDisabled(), true);
    expectWrites(t.stack.fake, []);

    // Choosing the second 02:30 (after clocks went back) schedules that instant.
    await choices.nth(1).click();
    await submit.click();
    await t.session.panel.getByTestId('scheduled-unpublishing').waitFor();
    expectWrites(t.stack.fake, [POST('2027-10-31T01:30:00Z', ['it'])]);
  });

  test('a record that is not live cannot be scheduled', async () => {
    t.session = await openHost(t.stack, { record: 'rec-draft' });
    await waitForNothingLive(t.session.panel);
    assert.equal(await t.session.panel.getByRole('button', { name: /^Schedule/ }).count(), 0);
    expectWrites(t.stack.fake, []);
  });
});
