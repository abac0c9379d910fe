/**
 * The thin layer over the official CMA client: built only from the SDK ctx
 * (token, environment, base URL), exposing the few calls the plugin makes and
 * turning the client's errors into the core's `ApiFailure`.
 */
import { ApiError, buildClient, TimeoutError } from '@datocms/cma-client-browser';
import type { ApiFailure } from '../core/apiFailure';
import type { RawPublicationState, ScheduledUnpublishing } from '../core/publicationState';
import type { UnpublishRequest } from '../core/unpublishRequest';

export type CmaClient = ReturnType<typeof buildClient>;

export type CmaAccess = {
  currentUserAccessToken?: string | undefined;
  environment: string;
  cmaBaseUrl: string;
};

export function createCmaClient(access: CmaAccess & { currentUserAccessToken: string }): CmaClient {
  return buildClient({
    apiToken: access.currentUserAccessToken,
    environment: access.environment,
    baseUrl: access.cmaBaseUrl,
    // The client's own retries would repeat a write whose first attempt may have
    // gone through (timeouts) and wait without bound on 429s: the panel decides instead.
    autoRetry: false,
  });
}

/** One request: locales live, scheduled unpublishing and publication (from `included`). */
export function fetchPublicationState(client: CmaClient, itemId: string): Promise<RawPublicationState> {
  // The client marks this call as private and subject to change: keep its use here only.
  return client.items.rawCurrentVsPublishedState(itemId) as Promise<RawPublicationState>;
}

export async function unpublish(
  client: CmaClient,
  itemId: string,
  request: UnpublishRequest,
  options: { recursive: boolean },
): Promise<void> {
  const query = options.recursive ? { recursive: true } : undefined;
  if (request.scope === 'whole-record') {
    // No body at all: the CMA reads that as "every locale" (an empty object is refused).
    await client.items.unpublish(itemId, undefined, query);
  } else {
    await client.items.unpublish(itemId, { content_in_locales: request.locales }, query);
  }
}

/** `plan.locales` null: the whole record. */
export async function scheduleUnpublishing(
  client: CmaClient,
  itemId: string,
  plan: ScheduledUnpublishing,
): Promise<void> {
  await client.scheduledUnpublishing.create(itemId, {
    unpublishing_scheduled_at: plan.at,
    content_in_locales: plan.locales,
  });
}

export async function cancelScheduledUnpublishing(client: CmaClient, itemId: string): Promise<void> {
  await client.scheduledUnpublishing.destroy(itemId);
}

export function toApiFailure(error: unknown): ApiFailure {
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
