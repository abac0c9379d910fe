/**
 * A record holds at most one scheduled unpublishing, so changing one is a
 * cancel followed by a create. If the create fails after the cancel went
 * through, the old plan is put back: the editor never silently loses it.
 */
import type { ScheduledUnpublishing } from '../core/publicationState';
import { cancelScheduledUnpublishing, type CmaClient, scheduleUnpublishing } from './cma';

export type ReplaceOutcome =
  | { kind: 'saved' }
  /** Nothing changed: the old plan (if any) is still there. */
  | { kind: 'failed'; error: unknown }
  /** The new plan was refused and the old one was put back. */
  | { kind: 'restored'; error: unknown }
  /** The new plan was refused and the old one could not be put back. */
  | { kind: 'lost'; error: unknown; restoreError: unknown };

export async function replaceScheduledUnpublishing(
  client: CmaClient,
  itemId: string,
  previous: ScheduledUnpublishing | null,
  next: ScheduledUnpublishing,
): Promise<ReplaceOutcome> {
  if (previous) {
    try {
      await cancelScheduledUnpublishing(client, itemId);
    } catch (error) {
      return { kind: 'failed', error };
    }
  }
  try {
    await scheduleUnpublishing(client, itemId, next);
    return { kind: 'saved' };
  } catch (error) {
    if (!previous) return { kind: 'failed', error };
    try {
      await scheduleUnpublishing(client, itemId, previous);
      return { kind: 'restored', error };
    } catch (restoreError) {
      return { kind: 'lost', error, restoreError };
    }
  }
}
