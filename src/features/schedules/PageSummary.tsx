import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { browserTimeZone, describeInstant } from '../../core/schedule/scheduleDisplay';
import { isComplete, type Listing } from '../../core/schedules/planListing';
import type { PlannedRecord } from '../../core/schedules/planRows';
import { browserZoneNote, matchingCount, PAGE_TEXT, planCount } from '../../core/schedules/schedulesMessages';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';

type Props = { ctx: RenderPageCtx; listing: Listing<PlannedRecord>; shown: number; filtered: boolean };

/** How many plans, in which zone the times are, and why the list may be empty or still changing. */
export function PageSummary({ ctx, listing, shown, filtered }: Props) {
  const projectZone = ctx.site.attributes.timezone;
  const browserZone = browserTimeZone();
  // Zones with other names may read the same (Rome and Berlin): only a different reading is worth a note.
  const readsDifferently =
    describeInstant(new Date().toISOString(), {
      projectTimeZone: projectZone,
      browserTimeZone: browserZone,
      uiLocale: ctx.ui.locale,
      now: Date.now(),
    }).browser !== null;
  const complete = isComplete(listing);
  return (
    <>
      {listing.total !== null && (
        <p className={common.summary} data-testid="plan-count">
          {planCount(listing.total, ctx.ui.locale)}
        </p>
      )}
      {filtered && complete && shown > 0 && <p className={common.reason}>{matchingCount(shown, ctx.ui.locale)}</p>}
      {readsDifferently && <p className={common.reason}>{browserZoneNote(browserZone, projectZone)}</p>}
      {listing.uncertain && <Callout tone="info">{PAGE_TEXT.uncertain}</Callout>}
      {complete && shown === 0 && (
        <Callout tone="info">{filtered ? PAGE_TEXT.emptyFilter : PAGE_TEXT.emptyWindow}</Callout>
      )}
    </>
  );
}
