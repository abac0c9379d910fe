/** What the cma.*.test.ts files share: the fake CMA's clock, a session as the panel builds it, a failure reader. */
import type { FakeCma } from '../../fake-cma/server.mjs';
import { createCmaSession } from './cma';

export const NOW = Date.parse('2026-03-01T09:00:00Z');
export const HOUR = 3_600_000;
export const SITE_LOCALES = ['en', 'it', 'es', 'fr'];

/** A session as the panel builds it, with a sleep that does not wait but records what it was asked. */
export function cmaSession(fake: FakeCma, options: { token?: string } = {}) {
  const waits: number[] = [];
  const slept: number[] = [];
  const api = createCmaSession(
    { currentUserAccessToken: options.token ?? fake.token, environment: 'main', cmaBaseUrl: fake.url },
    {
      onRateLimitWait: (seconds) => waits.push(seconds),
      sleep: async (ms) => {
        slept.push(ms);
      },
    },
  );
  return { api, waits, slept };
}

/** What a call rejects with (fails the test when it resolves). */
export async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

export const selective = (locales: string[]) => ({
  data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: locales } },
});
