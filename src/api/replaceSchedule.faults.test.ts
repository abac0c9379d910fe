// @vitest-environment node
// Replacing a scheduled unpublishing against the fake CMA when a request fails short of an answered create:
// a refused cancel, a plan already gone (404), a dropped create, and a create that times out but runs late.
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  refusal,
  SCHEDULE_PATH,
} from './replaceSchedule.fixtures';
import { fakeCmaPerFile } from './testFakeCma';

const fake = fakeCmaPerFile({ now: NOW });

const { session, withPreviousPlan, scheduledInCma, writes } = onFakeCma(fake);

describe('replaceScheduledUnpublishing against the fake CMA', () => {
  it('with a refused cancel: failed, no POST, the previous plan still there', async () => {
    const previous = await withPreviousPlan();
    fake().injectFault({ method: 'DELETE', path: SCHEDULE_PATH, status: 422, code: 'ITEM_LOCKED' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'failed', failure: refusal(422, 'ITEM_LOCKED') });
    expect(log).toEqual([cancel(422)]);
    expect(held).toEqual(PREVIOUS);
    expectTruthful(result, held, previous);
  });

  it('with a previous plan that is already gone (run or cancelled elsewhere): failed on the DELETE (404), no POST', async () => {
    // The panel's `previous` is stale: the CMA holds no schedule any more.
    const result = await replaceScheduledUnpublishing(session(), ITEM, PREVIOUS, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'failed', failure: refusal(404, 'NOT_FOUND') });
    expect(log).toEqual([cancel(404)]);
    expect(held).toBeNull();
  });

  it('with a previous plan and a dropped create: restored (the fake never ran the create)', async () => {
    const previous = await withPreviousPlan();
    fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, dropConnection: true });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({ kind: 'restored', failure: { kind: 'network' } });
    expect(log).toEqual([cancel(200), { ...create(NEXT, 200), status: 'dropped' }, create(PREVIOUS, 200)]);
    expect(held).toEqual(PREVIOUS);
    expectTruthful(result, held, previous);
  });

  describe('when the create times out but the CMA carries it out late', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    /** Waits (real time) until the fake has received `count` requests. */
    async function received(count: number) {
      for (let i = 0; i < 2000 && fake().requests().length < count; i += 1) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(fake().requests()).toHaveLength(count);
    }

    it('does not report "lost" (nothing scheduled) while the new plan is in fact scheduled', async () => {
      const previous = await withPreviousPlan();
      // The create is answered only after the session's 15 s timeout, but is then carried out;
      // the restore that follows is held for 1 s, so it reaches the CMA after the late create.
      fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, delayMs: 15_000 });
      fake().injectFault({ method: 'POST', path: SCHEDULE_PATH, delayMs: 1_000 });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

      const replacing = replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
      await received(2); // DELETE, POST (new plan, held by the fake)
      await vi.advanceTimersByTimeAsync(15_000); // the client gives up; the fake runs the create
      await received(3); // POST (restore, held by the fake)
      await vi.advanceTimersByTimeAsync(1_000); // the fake refuses the restore: a plan is already there
      const result = await replacing;
      vi.useRealTimers();

      const log = writes();
      const held = await scheduledInCma();
      expect(log).toEqual([cancel(200), create(NEXT, 200), create(PREVIOUS, 422)]);
      expect(held).toEqual(NEXT);
      // The create's outcome was unknown (timeout): the result must not claim that nothing is scheduled.
      expect(result.kind, 'the new plan is scheduled, yet the result says "nothing is scheduled now"').not.toBe('lost');
      expectTruthful(result, held, previous);
    });
  });
});
