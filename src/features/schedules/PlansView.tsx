import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { Button, Spinner } from 'datocms-react-ui';
import { useMemo, useState } from 'react';
import { createPlansApi } from '../../api/plans';
import { parseConfig } from '../../core/config/parseConfig';
import { isComplete, shownPlans } from '../../core/schedules/planListing';
import { type PlanWindow, plannableModels, windowDates } from '../../core/schedules/planQuery';
import { filterPlans, type KnownScope, type PlanFilter } from '../../core/schedules/planRows';
import { PAGE_TEXT } from '../../core/schedules/schedulesMessages';
import { createLocaleNamer } from '../../core/shared/localeNames';
import { rateLimitWaitMessage } from '../../core/unpublish/panelMessages';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import { useExclusiveAction } from '../../ui/useExclusiveAction';
import { PageFilters } from './PageFilters';
import { PageSummary } from './PageSummary';
import { PlanList } from './PlanList';
import type { RowContext } from './rowContext';
import { usePlanListing } from './usePlanListing';
import { usePlanStates } from './usePlanStates';
import { useTitleKeys } from './useTitleKeys';
import { useTreeRecords } from './useTreeRecords';

/** Rows drawn at first, and added by each "Show more". */
const ROWS_PER_DRAW = 40;

/** The page once it may call the API: the window, the filters and the plans. */
export function PlansView({ ctx, token }: { ctx: RenderPageCtx; token: string }) {
  const { environment, cmaBaseUrl } = ctx;
  const [rateLimitWait, setRateLimitWait] = useState(0);
  const api = useMemo(
    () =>
      createPlansApi({ currentUserAccessToken: token, environment, cmaBaseUrl }, { onRateLimitWait: setRateLimitWait }),
    [token, environment, cmaBaseUrl],
  );
  const [period, setPeriod] = useState<PlanWindow>('next-7-days');
  const [filter, setFilter] = useState<PlanFilter>({ modelIds: null, locale: null });
  const [limit, setLimit] = useState(ROWS_PER_DRAW);
  const models = useMemo(
    () => Object.values(ctx.itemTypes).flatMap((model) => (model ? [model] : [])),
    [ctx.itemTypes],
  );
  const modelKey = plannableModels(models).join(',');
  const search = useMemo(
    () => ({ modelIds: modelKey ? modelKey.split(',') : [], dates: windowDates(period, Date.now()) }),
    [modelKey, period],
  );
  const { listing, failure, resume, dropPlan, movePlan } = usePlanListing(api, search);
  const states = usePlanStates(api, ctx.site.attributes.locales);
  const tree = useTreeRecords(api.session);
  const titleKeyOf = useTitleKeys(ctx, search.modelIds);
  const { busy, working, run, ask } = useExclusiveAction();
  const name = useMemo(() => createLocaleNamer(ctx.ui.locale), [ctx.ui.locale]);
  const config = useMemo(
    () => parseConfig(ctx.plugin.attributes.parameters).config,
    [ctx.plugin.attributes.parameters],
  );
  const sorted = useMemo(() => shownPlans(listing), [listing]);

  const scopeOf = (id: string): KnownScope | undefined => {
    const read = states.stateOf(id);
    return read.status === 'ready'
      ? { plan: read.state.scheduledUnpublishing, liveLocales: read.state.liveLocales }
      : undefined;
  };
  const plans = filterPlans(sorted, filter, scopeOf);
  const { watch, refresh } = states;
  const row = useMemo<RowContext>(
    () => ({
      ctx,
      api,
      config,
      name,
      titleLocale: ctx.site.attributes.locales[0] ?? ctx.ui.locale,
      titleKeyOf,
      watch,
      refresh,
      tree,
      busy,
      working,
      run,
      ask,
      dropPlan,
      movePlan,
    }),
    [ctx, api, config, name, titleKeyOf, watch, refresh, tree, busy, working, run, ask, dropPlan, movePlan],
  );
  if (search.modelIds.length === 0) return <Callout tone="info">{PAGE_TEXT.noModels}</Callout>;

  const choose = (next: PlanWindow) => {
    setPeriod(next);
    setLimit(ROWS_PER_DRAW);
  };

  return (
    <>
      <PageFilters
        period={period}
        onPeriod={choose}
        filter={filter}
        onFilter={setFilter}
        models={search.modelIds.map((id) => ({ id, name: ctx.itemTypes[id]?.attributes.name ?? id }))}
        locales={ctx.site.attributes.locales}
        name={name}
      />
      {rateLimitWait > 0 && <Callout tone="info">{rateLimitWaitMessage(rateLimitWait)}</Callout>}
      <PageSummary
        ctx={ctx}
        listing={listing}
        shown={plans.length}
        filtered={filter.modelIds !== null || filter.locale !== null}
      />
      {listing.knownUntil === null && !failure && <Spinner placement="centered" />}
      <PlanList
        row={row}
        plans={plans}
        limit={limit}
        stateOf={states.stateOf}
        onShowMore={() => setLimit((n) => n + ROWS_PER_DRAW)}
      />
      {listing.knownUntil !== null && !isComplete(listing) && !failure && (
        <p className={common.reason}>{PAGE_TEXT.stillLoading}</p>
      )}
      {failure && (
        <Callout tone="error" title={PAGE_TEXT.readFailed}>
          {failure}{' '}
          <Button buttonSize="xs" onClick={resume}>
            {PAGE_TEXT.tryAgain}
          </Button>
        </Callout>
      )}
    </>
  );
}
