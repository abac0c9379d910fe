// Scheduled unpublishing, end to end: plan, show, change, cancel, and run.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openHost, useStack } from './harness.mjs';
import { expectWrites, pickLocale, waitForLocaleState, waitForNothingLive } from './panel.mjs';

const t = useStack();

const scheduleBody = (at, locales) => ({
  data: { type: 'scheduled_unpublishing', attributes: { unpublishing_scheduled_at: at, content_in_locales: locales } },
});
const POST = (at, locales) => ({
  method: 'POST',
  path: '/items/rec-article/scheduled-unpublishing',
  body: scheduleBody(at, locales),
});
const DELETE = { method: 'DELETE', path: '/items/rec-article/scheduled-unpublishing', body: null };

async function openScheduleForm(panel, locale) {
  if (locale) await pickLocale(panel, locale);
  await panel.getByRole('button', { name: /^Schedule for later/ }).click();
  return panel.getByRole('form', { name: 'Schedule unpublishing' });
}

async function fillWallClock(form, date, time) {
  await form.getByLabel('Date').fill(date);
  await form.getByLabel(/^Time/).fill(time);
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
    await reopened.getByText("Monday, March 1, 2027 at 3:00 AM (America/New_York) in your browser's time zone").waitFor();
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
    const question = form.getByRole('combobox', { name: /^02:30 AM happens twice on October 31, 2027 in Europe\/Rome/ });
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
