/**
 * The calls of a bulk run, per environment: one connection per environment (the
 * client's `environment` option sends `X-Environment`), every request through one
 * paced gate (the rate limit is the project's, whatever the environment), 429s
 * waited out as in the panel (`call`), and the rate-limit headers of every answer
 * read where the client fetches (a `fetchFn` wrapper: the client gives its callers
 * the body only).
 */
import { ApiError } from '@datocms/rest-client-utils';
import type { RecordRead } from '../core/bulk/bulkPlan';
import { type Pacer, readRateHeaders } from '../core/bulk/ratePacer';
import type { ReplaceResult } from '../core/schedule/replaceResult';
import { type PendingPlan, readPublicationState, type ScheduledUnpublishing } from '../core/unpublish/publicationState';
import type { UnpublishRequest } from '../core/unpublish/unpublishRequest';
import { requestPublicationState, toApiFailure } from './cma';
import { type CmaConnection, createCmaConnection } from './connection';
import { type Clock, createPacedGate } from './pacedGate';
import { replaceScheduledUnpublishing } from './replaceSchedule';

export type BulkAccess = { currentUserAccessToken: string; cmaBaseUrl: string };

export type BulkApiOptions = {
  pacer: Pacer;
  onRateLimitWait: (seconds: number) => void;
  clock?: Clock;
  sleep?: (ms: number) => Promise<void>;
  /** The browser's fetch unless given (tests). */
  fetch?: typeof fetch;
};

/**
 * Whether a job's writes may still leave: not once the editor pressed Stop, unless one
 * of them was already carried out (a plan being replaced, cancel then create, finishes).
 */
export type WriteGuard = { stopped: () => boolean; committed: boolean };

export type EnvironmentFacts = { id: string; meta: { status?: unknown; primary?: unknown; read_only_mode?: unknown } };

export type BulkApi = ReturnType<typeof createBulkApi>;
export type EnvironmentApi = ReturnType<BulkApi['environment']>;

export function createBulkApi(access: BulkAccess, options: BulkApiOptions) {
  const gate = createPacedGate(options.pacer, options.clock);
  const baseFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  // Headers the server does not expose to the browser (CORS) read as null: the pacer then falls back.
  const fetchFn: typeof fetch = async (input, init) => {
    const response = await baseFetch(input, init);
    gate.answered(
      response.status,
      readRateHeaders((name) => response.headers.get(name)),
    );
    return response;
  };
  const connections = new Map<string, CmaConnection>();

  function connection(environment: string): CmaConnection {
    let found = connections.get(environment);
    if (!found) {
      found = createCmaConnection(
        { currentUserAccessToken: access.currentUserAccessToken, environment, cmaBaseUrl: access.cmaBaseUrl },
        { onRateLimitWait: options.onRateLimitWait, fetchFn, ...(options.sleep ? { sleep: options.sleep } : {}) },
      );
      connections.set(environment, found);
    }
    return found;
  }

  /**
   * One request through the gate; a 429 goes back through it after the wait (and, for a
   * write, only while the run is not stopped: a 429 means the CMA did not carry it out).
   */
  function send<T>(environment: string, request: (client: CmaConnection['client']) => Promise<T>, guard?: WriteGuard) {
    const { client, call } = connection(environment);
    return call(async () => {
      await gate.acquire(() => guard !== undefined && !guard.committed && guard.stopped());
      try {
        const result = await request(client);
        if (guard) guard.committed = true;
        return result;
      } catch (error) {
        // Anything but a 429 may have been carried out: the job's further writes must finish.
        if (guard && !(error instanceof ApiError && error.response.status === 429)) guard.committed = true;
        throw error;
      } finally {
        gate.release();
      }
    });
  }

  function environment(id: string) {
    const write = (guard: WriteGuard) => ({
      scheduleUnpublishing: async (itemId: string, plan: ScheduledUnpublishing) => {
        await send(
          id,
          (client) =>
            client.scheduledUnpublishing.create(itemId, {
              unpublishing_scheduled_at: plan.at,
              content_in_locales: plan.locales,
            }),
          guard,
        );
      },
      cancelScheduledUnpublishing: async (itemId: string) => {
        await send(id, (client) => client.scheduledUnpublishing.destroy(itemId), guard);
      },
    });
    return {
      /** The record's state, as the panel reads it; a record missing here is not a failure. */
      async readState(itemId: string, siteLocales: readonly string[]): Promise<RecordRead> {
        try {
          const raw = await send(id, (client) => requestPublicationState(client, itemId));
          const state = readPublicationState(raw, [...siteLocales]);
          return { kind: 'read', live: state.liveLocales, plan: state.scheduledUnpublishing };
        } catch (error) {
          if (error instanceof ApiError && error.response.status === 404) return { kind: 'not-found' };
          return { kind: 'failed', failure: toApiFailure(error) };
        }
      },
      async unpublish(itemId: string, request: UnpublishRequest, guard: WriteGuard): Promise<void> {
        await send(
          id,
          (client) =>
            request.scope === 'whole-record'
              ? // No body at all: the CMA reads that as "every locale" (an empty object is refused).
                client.items.unpublish(itemId)
              : client.items.unpublish(itemId, { content_in_locales: request.locales }),
          guard,
        );
      },
      /** A record holds one plan: replacing is cancel then create, the old one put back if the new one fails. */
      replacePlan(
        itemId: string,
        previous: PendingPlan | null,
        next: ScheduledUnpublishing,
        guard: WriteGuard,
      ): Promise<ReplaceResult> {
        return replaceScheduledUnpublishing(write(guard), itemId, previous, next);
      },
      /** The plugin's parameters in this environment (plugins and their settings are per environment). */
      async pluginParameters(pluginId: string): Promise<unknown> {
        const plugin = await send(id, (client) => client.plugins.find(pluginId));
        return plugin.parameters;
      },
    };
  }

  return {
    environment,
    async listEnvironments(current: string): Promise<EnvironmentFacts[]> {
      return send(current, (client) => client.environments.list()) as Promise<EnvironmentFacts[]>;
    },
    /** After Stop: requests waiting for their turn are dropped now. */
    wake: gate.wake,
  };
}
