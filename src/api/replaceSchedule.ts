/**
 * A record holds at most one scheduled unpublishing, so changing one is a
 * cancel followed by a create. If the create fails after the cancel went
 * through, the old plan is put back: the editor never silently loses it.
 */
import type { ScheduledUnpublishing } from '../core/publicationState';
import type { ReplaceResult } from '../core/scheduleMessages';
import { cancelScheduledUnpublishing, type CmaClient, scheduleUnpublishing, toApiFailure } from './cma';

export async function replaceScheduledUnpublishing(
  client: CmaClient,
  itemId: string,
  previous: ScheduledUnpublishing | null,
  next: ScheduledUnpublishing,
): Promise<ReplaceResult> {
  if (previous) {
    try {
      await cancelScheduledUnpublishing(client, itemId);
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    }
  }
  try {
    await scheduleUnpublishing(client, itemId, next);
    return { kind: 'saved' };
  } catch (error) {
    const failure = toApiFailure(error);
    if (!previous) return { kind: 'failed', failure };
    try {
      await scheduleUnpublishing(client, itemId, previous);
      return { kind: 'restored', failure };
    } catch {
      return { kind: 'lost', failure };
    }
  }
}
