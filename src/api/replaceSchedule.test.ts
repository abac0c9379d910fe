// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeCma, startFakeCma } from '../../fake-cma/server.mjs';
import type { ReplaceResult } from '../core/schedule/replaceResult';
import { readPublicationState, type ScheduledUnpublishing } from '../core/unpublish/publicationState';
import { createCmaSession } from './cma';
import { replaceScheduledUnpublishing } from './replaceSchedule';

const NOW = Date.parse('2026-03-01T09:00:00Z');
const HOUR = 3_600_000;
const ITEM = 'rec-article';
const SCHEDULE_PATH = `/items/${ITEM}/scheduled-unpublishing`;
const SITE_LOCALES = ['en', 'it', 'es', 'fr'];

const iso = (ms: number) => new Date(ms).toISOString();
const PREVIOUS: ScheduledUnpublishing = { at: iso(NOW + 2 * HOUR), locales: ['it'] };
const NEXT: ScheduledUnpublishing = { at: iso(NOW + 5 * HOUR), locales: null };

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function session() {
  return createCmaSession(
    { currentUserAccessToken: fake.token, environment: 'main', cmaBaseUrl: fake.url },
    { onRateLimitWait: () => {}, sleep: async () => {} },
  );
}

/** Plans `PREVIOUS` in the fake, then returns it as the panel reads it back (and clears the log). */
async function withPreviousPlan(): Promise<ScheduledUnpublishing> {
  const api = session();
  await api.scheduleUnpublishing(ITEM, PREVIOUS);
  const previous = await scheduledInCma();
  expect(previous).toEqual(PREVIOUS);
  fake.resetLog();
  return previous as ScheduledUnpublishing;
}

/** What the CMA holds now, read through the plugin's own call (not logged: the log is taken before). */
async function scheduledInCma(): Promise<ScheduledUnpublishing | null> {
  const raw = await session().fetchPublicationState(ITEM);
  return readPublicationState(raw, SITE_LOCALES).scheduledUnpublishing;
}

/** The writes the fake received, in the shape the tests compare. */
function writes() {
  return fake.writes().map(({ method, path, body, status }) => ({ method, path, body, status }));
}

/** The POST body of a plan. */
const create = (plan: ScheduledUnpublishing, status: number) => ({
  method: 'POST',
  path: SCHEDULE_PATH,
  body: {
    data: {
      type: 'scheduled_unpublishing',
      attributes: { unpublishing_scheduled_at: plan.at, content_in_locales: plan.locales },
    },
  },
  status,
});
const cancel = (status: number) => ({ method: 'DELETE', path: SCHEDULE_PATH, body: null, status });

/** The result must tell the truth about what the CMA holds afterwards. */
function expectTruthful(
  result: ReplaceResult,
  held: ScheduledUnpublishing | null,
  previous: ScheduledUnpublishing | null,
) {
  switch (result.kind) {
    case 'saved':
      expect(held, 'saved: the new plan is held').toEqual(NEXT);
      break;
    case 'restored':
      expect(held, 'restored: the previous plan is held').toEqual(previous);
      break;
    case 'lost':
      expect(held, 'lost: "nothing is scheduled now"').toBeNull();
      break;
    case 'failed':
      expect(held, 'failed: nothing changed').toEqual(previous);
      break;
  }
}

const VALIDATION_422 = { kind: 'api', status: 422, codes: ['VALIDATION_INVALID'], details: [{}] } as const;

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
    fake.injectFault({ method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
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
    fake.injectFault({ method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
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
    fake.injectFault({ count: 2, method: 'POST', path: SCHEDULE_PATH, status: 422, code: 'VALIDATION_INVALID' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    // The failure reported is the create's, not the restore's.
    expect(result).toEqual({ kind: 'lost', failure: VALIDATION_422 });
    expect(log).toEqual([cancel(200), create(NEXT, 422), create(PREVIOUS, 422)]);
    expect(held).toBeNull();
    expectTruthful(result, held, previous);
  });

  it('with a refused cancel: failed, no POST, the previous plan still there', async () => {
    const previous = await withPreviousPlan();
    fake.injectFault({ method: 'DELETE', path: SCHEDULE_PATH, status: 422, code: 'ITEM_LOCKED' });
    const result = await replaceScheduledUnpublishing(session(), ITEM, previous, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({
      kind: 'failed',
      failure: { kind: 'api', status: 422, codes: ['ITEM_LOCKED'], details: [{}] },
    });
    expect(log).toEqual([cancel(422)]);
    expect(held).toEqual(PREVIOUS);
    expectTruthful(result, held, previous);
  });

  it('with a previous plan that is already gone (run or cancelled elsewhere): failed on the DELETE (404), no POST', async () => {
    // The panel's `previous` is stale: the CMA holds no schedule any more.
    const result = await replaceScheduledUnpublishing(session(), ITEM, PREVIOUS, NEXT);
    const log = writes();
    const held = await scheduledInCma();

    expect(result).toEqual({
      kind: 'failed',
      failure: {
        kind: 'api',
        status: 404,
        codes: ['NOT_FOUND'],
        details: [{ item_id: 'rec-article', message: 'no scheduled unpublishing' }],
      },
    });
    expect(log).toEqual([cancel(404)]);
    expect(held).toBeNull();
  });

  it('with a previous plan and a dropped create: restored (the fake never ran the create)', async () => {
    const previous = await withPreviousPlan();
    fake.injectFault({ method: 'POST', path: SCHEDULE_PATH, dropConnection: true });
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
      for (let i = 0; i < 2000 && fake.requests().length < count; i += 1) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(fake.requests()).toHaveLength(count);
    }

    it('does not report "lost" (nothing scheduled) while the new plan is in fact scheduled', async () => {
      const previous = await withPreviousPlan();
      // The create is answered only after the session's 15 s timeout, but is then carried out;
      // the restore that follows is held for 1 s, so it reaches the CMA after the late create.
      fake.injectFault({ method: 'POST', path: SCHEDULE_PATH, delayMs: 15_000 });
      fake.injectFault({ method: 'POST', path: SCHEDULE_PATH, delayMs: 1_000 });
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
