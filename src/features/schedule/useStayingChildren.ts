import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { useEffect, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import { scheduledLocales } from '../../core/schedule/scheduleDisplay';
import type { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import { isPlanKnown, type PendingPlan } from '../../core/unpublish/publicationState';
import type { LiveChild } from '../../core/unpublish/treeChildren';

/**
 * The live child records that will still be live when a whole-record plan of a tree parent
 * runs (DatoCMS will refuse it then). Read only for such a plan: the model's records, one
 * paged request per 500. Undefined while unknown, or when it does not apply. `loadTree` comes
 * from the first load (see src/core/unpublish/loadTreeChildren.ts).
 */
export function useStayingChildren(
  api: Pick<CmaSession, 'listModelRecords'>,
  ctx: RenderItemFormSidebarPanelCtx,
  itemId: string,
  schedule: PendingPlan,
  loadTree: typeof loadTreeChildren,
): readonly LiveChild[] | undefined {
  const [children, setChildren] = useState<readonly LiveChild[] | undefined>(undefined);
  const modelId = ctx.itemType.id;
  // Only a whole-record plan with a known time can meet the refusal (a plan DatoCMS did not describe says nothing).
  const wholeRecord = isPlanKnown(schedule) && scheduledLocales(schedule.locales) === null;
  const applies = ctx.itemType.attributes.tree && ctx.item?.meta.has_children !== false && wholeRecord;
  const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
  const titleKey = (titleFieldId && ctx.fields[titleFieldId]?.attributes.api_key) || null;
  const locale = ctx.locale;
  const atMs = schedule.at === null ? Number.NaN : Date.parse(schedule.at);

  useEffect(() => {
    setChildren(undefined);
    if (!applies) return;
    let current = true;
    Promise.all([api.listModelRecords(modelId), loadTree()])
      .then(([records, { childrenStayingPublished }]) => {
        if (current) setChildren(childrenStayingPublished(itemId, records, atMs, titleKey, locale));
      })
      // Could not be listed: nothing is claimed.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [api, applies, modelId, itemId, atMs, titleKey, locale, loadTree]);

  return children;
}
