// @vitest-environment node
// Replacing a scheduled unpublishing against the fake CMA when the create is answered: with no previous plan or
// with one (its locales known or not), saved; or refused, then the previous plan restored, or lost.
import { describe, expect, it } from 'vitest';
import type { PendingPlan } from '../core/unpublish/publicationState';
import { replaceScheduledUnpublishing } from './replaceSchedule';
import {
  cancel,
  create,
  expectTruthful,
  ITEM,
  NEXT,
  NOW,
  onFakeCma,
  PREVIOUS,
  SCHEDULE_PATH,
  VALIDATION_422,
} from './replaceSchedule.fixtures';
import { fakeCmaPerFile } from './testFakeCma';

const fake = fakeCmaPerFile({ now: NOW });

const { session, withPreviousPlan, scheduledInCma, writes } = onFakeCma(fake);

describe('replaceScheduledUnpublishing against the fake CMA', () => {
  it('with no previous plan: one POST, saved', async () => {
    const result = await replaceScheduledUnpublishing(session(), ITEM, null, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'saved' });
    expect(log).toEqual([create(NEXT, 200)]);
    expect(held).toEqual(NEXT);
    expectTruthful(result, held, null);
  });

  it('with no previous plan, a refused create: one POST, failed, nothing scheduled', async () => {
    fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, null, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'failed', failure: VALIDATION_422 });
    expect(log).toEqual([create(NEXT, 422)]);
    expect(held).toBeNull();
    expectTruthful(result, held, null);
  });

  it('with a previous plan: DELETE then POST, saved, the new plan held', async () => {
    const previous = await withPreviousPlan();
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'saved' });
    expect(log).toEqual([cancel(200), create(NEXT, 200)]);
    expect(held).toEqual(NEXT);
    expectTruthful(result, held, previous);
  });

  it('with a previous plan and a refused create: DELETE, POST (422), POST (previous): restored', async () => {
    const previous = await withPreviousPlan();
    fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'restored', failure: VALIDATION_422 });
    expect(log).toEqual([cancel(200), create(NEXT, 422), create(PREVIOUS, 200)]);
    expect(held).toEqual(PREVIOUS);
    expectTruthful(result, held, previous);
  });

  it('with a previous plan, a refused create and a refused restore: lost, nothing scheduled', async () => {
    const previous = await withPreviousPlan();
    fake().injectFault({ count: 2, method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    // The failure reported is the create's, not the restore's.
    expect(result).toEqual({ kind: 'lost', failure: VALIDATION_422 });
    expect(log).toEqual([cancel(200), create(NEXT, 422), create(PREVIOUS, 422)]);
    expect(held).toBeNull();
    expectTruthful(result, held, previous);
  });

  it('with a previous plan whose locales are not known and a refused create: lost, no guessed restore', async () => {
    await withPreviousPlan();
    // The state request named the plan without its details: only its time is known.
    const previous: PendingPlan = { at: PREVIOUS.at, locales: 'not-known' };
    fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'lost', failure: VALIDATION_422 });
    // Cancelled first (a record holds one plan), and never re-created with a guessed scope.
    expect(log).toEqual([cancel(200), create(NEXT, 422)]);
    expect(held).toBeNull();
    expectTruthful(result, held, previous);
  });

  it('with a previous plan whose locales are not known: DELETE then POST, saved', async () => {
    await withPreviousPlan();
    const result = await replaceScheduledUnpublishing(session(), ITEM, { at: null, locales: 'not-known' }, NEXT);
    expect(result).toEqual({ kind: 'saved' });
    expect(writes()).toEqual([cancel(200), create(NEXT, 200)]);
    expect(await scheduledInCma()).toEqual(NEXT);
  });
});
