/**
 * A record holds at most one scheduled unpublishing, so changing one is a
 * cancel followed by a create. If the create fails after the cancel went
 * through, the old plan is put back: the editor never silently loses it.
 * When the create's outcome is unknown (timeout, dropped connection, 5xx) and
 * the old plan cannot be put back, the new one may well be there: the result
 * says so instead of claiming that nothing is scheduled. A previous plan whose
 * locales DatoCMS did not tell cannot be put back (its scope would be a guess).
 */

import type { ReplaceResult } from '../core/schedule/replaceResult';
import { type ApiFailure, mayHaveHappened } from '../core/shared/apiFailure';
import { isPlanKnown, type PendingPlan, type ScheduledUnpublishing } from '../core/unpublish/publicationState';
import { type CmaSession, toApiFailure } from './cma';

export async function replaceScheduledUnpublishing(
  api: Pick<CmaSession, 'scheduleUnpublishing' | 'cancelScheduledUnpublishing'>,
  itemId: string,
  previous: PendingPlan | null,
  next: ScheduledUnpublishing,
): Promise<ReplaceResult> {
  if (previous) {
    try {
      await api.cancelScheduledUnpublishing(itemId);
    } catch (error) {
      return { kind: 'failed', failure: toApiFailure(error) };
    }
  }
  try {
    await api.scheduleUnpublishing(itemId, next);
    return { kind: 'saved' };
  } catch (error) {
    const failure = toApiFailure(error);
    return previous ? putBack(api, itemId, previous, failure) : { kind: 'failed', failure };
  }
}

/** The new plan was refused after the old one was cancelled: the old one is created again, if it can be. */
async function putBack(
  api: Pick<CmaSession, 'scheduleUnpublishing'>,
  itemId: string,
  previous: PendingPlan,
  failure: ApiFailure,
): Promise<ReplaceResult> {
  if (isPlanKnown(previous)) {
    try {
      await api.scheduleUnpublishing(itemId, previous);
      return { kind: 'restored', failure };
    } catch {
      // Not put back: said below.
    }
  }
  return { kind: mayHaveHappened(failure) ? 'unknown' : 'lost', failure };
}
