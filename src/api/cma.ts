/**
 * The thin layer over the official CMA client: built only from the SDK ctx
 * (token, environment, base URL), exposing the few calls the plugin makes and
 * turning the client's errors into the core's `ApiFailure`.
 */
import { ApiError, buildClient, TimeoutError } from '@datocms/cma-client-browser';
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
export type CmaConnection = ReturnType<typeof createCmaConnection>;

export type ConnectionOptions = { onRateLimitWait: (seconds: number) => void; sleep?: (ms: number) => Promise<void> };

/**
 * The official client and `call`, the one way every request of the plugin is
 * sent (bounded waiting on 429s). Features with calls of their own (bulk work,
 * references, listing plans) build on this in their own module of src/api/.
 *
 * `onRateLimitWait(seconds)` is told each time a call waits for the rate
 * limit (so the UI can say so), and `onRateLimitWait(0)` when it stops waiting.
 */
export function createCmaConnection(access: CmaAccess, options: ConnectionOptions) {
  const client = buildClient(clientConfig(access));
  return { client, call: createCall(options) };
}

/** Both clients are built alike. */
function clientConfig(access: CmaAccess) {
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

  return async function call<T>(request: () => Promise<T>): Promise<T> {
    let waited = 0;
    try {
      for (;;) {
        try {
          return await request();
        } catch (error) {
          if (!(error instanceof ApiError) || error.response.status !== 429) throw error;
          const reset = Number.parseInt(error.response.headers['x-ratelimit-reset'] ?? '', 10);
          const seconds = Number.isFinite(reset) && reset > 0 ? reset : 1;
          if (waited + seconds > RATE_LIMIT_PATIENCE_SECONDS) throw new RateLimitedError();
          waited += seconds;
          options.onRateLimitWait(seconds);
          await sleep(seconds * 1000);
        }
      }
    } finally {
      if (waited > 0) options.onRateLimitWait(0);
    }
  };
}

/** The calls of the record panel (on the panel's slim client: see panelClient.ts). */
export function createCmaSession(access: CmaAccess, options: ConnectionOptions) {
  const client = buildPanelClient(clientConfig(access));
  const call = createCall(options);
  return {
    /** One request: locales live, scheduled unpublishing and publication (from `included`). */
    fetchPublicationState(itemId: string): Promise<RawPublicationState> {
      // The client marks this call as private and subject to change: keep its use here only.
      return call(() => client.items.rawCurrentVsPublishedState(itemId) as Promise<RawPublicationState>);
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

export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof RateLimitedError) return { kind: 'rate-limited' };
  if (error instanceof ApiError) {
    return {
      kind: 'api',
      status: error.response.status,
      codes: error.errors.map((e) => e.attributes.code),
    };
  }
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  // fetch rejects with a TypeError when the connection fails or drops.
  return { kind: 'network' };
}
