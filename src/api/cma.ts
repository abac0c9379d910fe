/**
 * The thin layer over the official CMA client: built only from the SDK ctx
 * (token, environment, base URL), exposing the few calls the plugin makes and
 * turning the client's errors into the core's `ApiFailure`.
 */
import { ApiError, TimeoutError } from '@datocms/rest-client-utils';
import type { ApiFailure } from '../core/shared/apiFailure';
import type { RawPublicationState, ScheduledUnpublishing } from '../core/unpublish/publicationState';
import type { RawRecord } from '../core/unpublish/treeChildren';
import type { UnpublishRequest } from '../core/unpublish/unpublishRequest';
import { buildPanelClient } from './panelClient';

export type CmaAccess = {
  currentUserAccessToken: string;
  environment: string;
  cmaBaseUrl: string;
};

/** How long the panel waits out 429s for one call before it gives up and says so. */
const RATE_LIMIT_PATIENCE_SECONDS = 30;
/** An answer slower than this counts as a timeout: the outcome of a write is then unknown. */
const REQUEST_TIMEOUT_MS = 15_000;
const PAGE_SIZE = 500;
/** A tree larger than this many pages is not walked whole. */
const MAX_PAGES = 20;

export class RateLimitedError extends Error {}

export type CmaSession = ReturnType<typeof createCmaSession>;

export type ConnectionOptions = { onRateLimitWait: (seconds: number) => void; sleep?: (ms: number) => Promise<void> };

/** Both clients (the panel's slim one, the full one of lazily loaded surfaces) are built alike. */
export function clientConfig(access: CmaAccess) {
  return {
    apiToken: access.currentUserAccessToken,
    environment: access.environment,
    baseUrl: access.cmaBaseUrl,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // The client's own retries would repeat a write whose first attempt may have
    // gone through (timeouts) and wait without bound on 429s: the plugin decides instead.
    autoRetry: false,
  };
}

/**
 * `call(request)`: a 429 means the CMA did not carry the request out, so it is
 * safe to repeat, for a bounded time.
 */
export function createCall(options: ConnectionOptions) {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /**
   * Waits out one 429 (and tells the UI), or throws: the error itself when it is not a 429, a
   * `RateLimitedError` when the wait would go past the patience of one call.
   */
  async function waitOut(error: unknown, spent: { seconds: number }): Promise<void> {
    const seconds = rateLimitWait(error);
    if (seconds === null) throw error;
    if (spent.seconds + seconds > RATE_LIMIT_PATIENCE_SECONDS) throw new RateLimitedError();
    spent.seconds += seconds;
    options.onRateLimitWait(seconds);
    await sleep(seconds * 1000);
  }

  return async function call<T>(request: () => Promise<T>): Promise<T> {
    const spent = { seconds: 0 };
    try {
      for (;;) {
        try {
          return await request();
        } catch (error) {
          await waitOut(error, spent);
        }
      }
    } finally {
      if (spent.seconds > 0) options.onRateLimitWait(0);
    }
  };
}

/** For a 429, the seconds the API asks to wait (`X-RateLimit-Reset`, else 1); `null` for any other error. */
function rateLimitWait(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.response.status !== 429) return null;
  const reset = Number.parseInt(error.response.headers['x-ratelimit-reset'] ?? '', 10);
  return Number.isFinite(reset) && reset > 0 ? reset : 1;
}

/**
 * One request: locales live, scheduled unpublishing and publication (from `included`).
 * The client marks this call as private and subject to change: every reader of the
 * state (the panel, bulk runs) goes through here.
 */
export function requestPublicationState(
  client: { items: { rawCurrentVsPublishedState(itemId: string): Promise<unknown> } },
  itemId: string,
): Promise<RawPublicationState> {
  return client.items.rawCurrentVsPublishedState(itemId) as Promise<RawPublicationState>;
}

/**
 * The panel's slim client (records and scheduled unpublishings only: see panelClient.ts) and
 * `call`. Enough for the plans page too, which uses it rather than `createCmaConnection`: a
 * lazily loaded use of `buildClient` puts cma-client's generated Client into the panel's first
 * load (about 2.4 KB gzip, measured), because panelClient.ts imports that package's index.
 */
export function createSlimConnection(access: CmaAccess, options: ConnectionOptions) {
  return { client: buildPanelClient(clientConfig(access)), call: createCall(options) };
}

/** The calls of the record panel (on the panel's slim client: see panelClient.ts). */
export function createCmaSession(access: CmaAccess, options: ConnectionOptions) {
  return sessionOn(createSlimConnection(access, options));
}

/** The record panel's calls on a connection another surface already holds (the plans page's). */
export function sessionOn({ client, call }: ReturnType<typeof createSlimConnection>) {
  return {
    fetchPublicationState(itemId: string): Promise<RawPublicationState> {
      return call(() => requestPublicationState(client, itemId));
    },

    /** The record itself (raw): asked only when the state request answers 404, to tell which of the two is gone. */
    fetchRecord(itemId: string): Promise<unknown> {
      return call(() => client.items.rawFind(itemId));
    },

    async unpublish(itemId: string, request: UnpublishRequest, { recursive }: { recursive: boolean }): Promise<void> {
      const query = recursive ? { recursive: true } : undefined;
      await call(() =>
        request.scope === 'whole-record'
          ? // No body at all: the CMA reads that as "every locale" (an empty object is refused).
            client.items.unpublish(itemId, undefined, query)
          : client.items.unpublish(itemId, { content_in_locales: request.locales }, query),
      );
    },

    /** `plan.locales` null: the whole record. */
    async scheduleUnpublishing(itemId: string, plan: ScheduledUnpublishing): Promise<void> {
      await call(() =>
        client.scheduledUnpublishing.create(itemId, {
          unpublishing_scheduled_at: plan.at,
          content_in_locales: plan.locales,
        }),
      );
    },

    async cancelScheduledUnpublishing(itemId: string): Promise<void> {
      await call(() => client.scheduledUnpublishing.destroy(itemId));
    },

    /** Every record of a model, raw, page by page (only read when a tree blocks an unpublish). */
    async listModelRecords(modelId: string): Promise<RawRecord[]> {
      const records: RawRecord[] = [];
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { data } = await call(() =>
          client.items.rawList({ filter: { type: modelId }, page: { offset: page * PAGE_SIZE, limit: PAGE_SIZE } }),
        );
        records.push(...(data as unknown as RawRecord[]));
        if (data.length < PAGE_SIZE) break;
      }
      return records;
    },
  };
}

function isDetails(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof RateLimitedError) return { kind: 'rate-limited' };
  if (error instanceof ApiError) {
    return {
      kind: 'api',
      status: error.response.status,
      // `details` says which field a validation error is about (the core reads both nestings of it).
      errors: error.errors.map(({ attributes }) => ({
        code: String(attributes.code),
        details: isDetails(attributes.details) ? { ...attributes.details } : {},
      })),
    };
  }
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  // fetch rejects with a TypeError when the connection fails or drops.
  return { kind: 'network' };
}
