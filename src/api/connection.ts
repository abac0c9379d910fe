/**
 * The full official client, for the surfaces loaded lazily (bulk runs, …). Kept out of
 * cma.ts on purpose: cma.ts is part of the panel's first load, and anything it exports
 * that a lazy surface uses stays in that first load (the panel itself uses the slim
 * client of panelClient.ts).
 */
import { buildClient } from '@datocms/cma-client-browser';
import { type CmaAccess, type ConnectionOptions, clientConfig, createCall } from './cma';

export type CmaConnection = ReturnType<typeof createCmaConnection>;

/**
 * The official client and `call`, the one way every request of the plugin is
 * sent (bounded waiting on 429s). Features with calls of their own (bulk work,
 * references, listing plans) build on this in their own module of src/api/.
 *
 * `onRateLimitWait(seconds)` is told each time a call waits for the rate
 * limit (so the UI can say so), and `onRateLimitWait(0)` when it stops waiting.
 */
export function createCmaConnection(
  access: CmaAccess,
  options: ConnectionOptions & {
    /** Every request goes through it (bulk runs read the rate-limit headers of each answer there). */
    fetchFn?: typeof fetch;
  },
) {
  const client = buildClient({ ...clientConfig(access), fetchFn: options.fetchFn });
  return { client, call: createCall(options) };
}
