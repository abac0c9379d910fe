/** What the replaceSchedule.*.test.ts files share: the two plans, the expected writes, and the fake CMA helpers. */
import { expect } from 'vitest';
import type { FakeCma } from '../../fake-cma/server.mjs';
import type { ReplaceResult } from '../core/schedule/replaceResult';
import { type PendingPlan, readPublicationState, type ScheduledUnpublishing } from '../core/unpublish/publicationState';
import { createCmaSession } from './cma';

export const NOW = Date.parse('2026-03-01T09:00:00Z');
const HOUR = 3_600_000;
export const ITEM = 'rec-article';
export const SCHEDULE_PATH = `/items/${ITEM}/scheduled-unpublishing`;
const SITE_LOCALES = ['en', 'it', 'es', 'fr'];

const iso = (ms: number) => new Date(ms).toISOString();
export const PREVIOUS: ScheduledUnpublishing = { at: iso(NOW + 2 * HOUR), locales: ['it'] };
export const NEXT: ScheduledUnpublishing = { at: iso(NOW + 5 * HOUR), locales: null };

/** The helpers that talk to a test file's fake CMA (`currentFake` reads it once the file's beforeAll has started it). */
export function onFakeCma(currentFake: () => FakeCma) {
  function session() {
    const fake = currentFake();
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
    currentFake().resetLog();
    return previous as ScheduledUnpublishing;
  }

  /** What the CMA holds now, read through the plugin's own call (not logged: the log is taken before). */
  async function scheduledInCma(): Promise<PendingPlan | null> {
    const raw = await session().fetchPublicationState(ITEM);
    return readPublicationState(raw, SITE_LOCALES).scheduledUnpublishing;
  }

  /** The writes the fake received, in the shape the tests compare. */
  function writes() {
    return currentFake()
      .writes()
      .map(({ method, path, body, status }) => ({ method, path, body, status }));
  }

  return { session, withPreviousPlan, scheduledInCma, writes };
}

/** The POST body of a plan. */
export const create = (plan: ScheduledUnpublishing, status: number) => ({
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
export const cancel = (status: number) => ({ method: 'DELETE', path: SCHEDULE_PATH, body: null, status });

/** The result must tell the truth about what the CMA holds afterwards. */
export function expectTruthful(result: ReplaceResult, held: PendingPlan | null, previous: PendingPlan | null) {
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

/** The failure as toApiFailure reads the fake's refusal (its `details` as the fake sends them). */
export const refusal = (status: number, code: string) => ({
  kind: 'api',
  status,
  errors: [{ code, details: expect.any(Object) }],
});
export const VALIDATION_422 = refusal(422, 'VALIDATION_INVALID');
