/**
 * The plans page's calls: the paged list of records with a pending scheduled unpublishing, and
 * the state of one record (the panel's own request and reader: the scope of a plan is only
 * there). Writes go through the panel's session on the same connection, so that one rate-limit
 * wait covers them all. The connection is the panel's slim one (see createSlimConnection).
 */
import type { PlanListQuery } from '../core/schedules/planQuery';
import type { RawListedRecord } from '../core/schedules/planRows';
import { type PublicationState, readPublicationState } from '../core/unpublish/publicationState';
import { type CmaAccess, type ConnectionOptions, createSlimConnection, sessionOn } from './cma';

export type PlansApi = ReturnType<typeof createPlansApi>;

export type PlanPage = { records: RawListedRecord[]; total: number };

export function createPlansApi(access: CmaAccess, options: ConnectionOptions) {
  const connection = createSlimConnection(access, options);
  const session = sessionOn(connection);
  return {
    session,

    /** One page of `GET /items` (src/core/schedules/planQuery.ts builds the query). */
    async listPlans(query: PlanListQuery): Promise<PlanPage> {
      const body = await connection.call(() => connection.client.items.rawList(query));
      const total = body.meta?.total_count;
      const { offset, limit } = query.page;
      // Without a count, a full page means more may follow: the listing then pages on until a short one.
      const counted = body.data.length < limit ? offset + body.data.length : offset + limit + 1;
      return { records: body.data as unknown as RawListedRecord[], total: typeof total === 'number' ? total : counted };
    },

    async readState(itemId: string, siteLocales: readonly string[]): Promise<PublicationState> {
      return readPublicationState(await session.fetchPublicationState(itemId), siteLocales);
    },
  };
}
