// Helpers shared by the fake CMA's own tests: the official client pointed at a fake,
// the ApiError a call rejects with, and raw requests with the client's headers.
import { ApiError, buildClient } from '@datocms/cma-client-browser';
import type { FakeCma } from './server.mjs';

export const NOW = Date.parse('2026-03-01T09:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const at = (ms: number) => new Date(ms).toISOString();

export function clientFor(fake: FakeCma, options: { apiToken?: string; environment?: string } = {}) {
  return buildClient({ baseUrl: fake.url, apiToken: fake.token, autoRetry: false, ...options });
}

/** The ApiError a call rejects with (fails the test on success or on another error). */
export async function apiError(call: Promise<unknown>): Promise<ApiError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof ApiError) return outcome;
  throw outcome;
}

/** A raw request with the client's headers, for shapes the client cannot send or does not expose. */
export function sendTo(
  fake: FakeCma,
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  return fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${fake.token}`,
      'x-api-version': '3',
      'content-type': 'application/json',
      ...init.headers,
    },
    body: init.body,
  });
}

type ErrorDocument = { data: Array<{ type: string; attributes: { code: string; details: Record<string, unknown> } }> };

/** The first error of a JSON:API error answer. */
export async function firstError(response: Response) {
  const body = (await response.json()) as ErrorDocument;
  const [error] = body.data;
  if (!error || error.type !== 'api_error') throw new Error(`not an error document: ${JSON.stringify(body)}`);
  return error.attributes;
}
