import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Spinner } from 'datocms-react-ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCmaSession } from '../../api/cma';
import { createLocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { keepLive, NOTHING_PICKED, openingPick } from '../../core/unpublish/pick';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import { useExclusiveAction } from '../../ui/useExclusiveAction';
import { LoadedPanel } from './LoadedPanel';
import { ReadFailed } from './PanelNotes';
import { panelPolicy } from './panelPolicy';
import { useRecordPublication } from './useRecordPublication';
import { useUnpublish } from './useUnpublish';

type Ctx = RenderItemFormSidebarPanelCtx;

// The controls are in the first load (about 3 KB gzip): loading them as a chunk of their own, while the state
// was read, made the panel about 100 ms slower to become usable on a busy 2-core machine (npm run bench).
// Only a record without per-locale state to go by needs this (rare: lazy() and its Suspense are fine there).
const WholeRecordPanel = lazy(() => import('./WholeRecordPanel'));

/** Wires the record's state, the editor's pick and the writes; LoadedPanel draws them. */
export function UnpublishPanel({ ctx, itemId, token }: { ctx: Ctx; itemId: string; token: string }) {
  const { environment, cmaBaseUrl } = ctx;
  const [rateLimitWait, setRateLimitWait] = useState(0);
  const api = useMemo(
    () =>
      createCmaSession(
        { currentUserAccessToken: token, environment, cmaBaseUrl },
        { onRateLimitWait: setRateLimitWait },
      ),
    [token, environment, cmaBaseUrl],
  );
  const name = useMemo(() => createLocaleNamer(ctx.ui.locale), [ctx.ui.locale]);
  const policy = panelPolicy(ctx);
  // Async flows outlive the render that started them: they read the newest ctx and policy from here.
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const policyRef = useRef(policy);
  policyRef.current = policy;

  const { loaded, readState } = useRecordPublication(api, itemId, ctx.site.attributes.locales, {
    status: ctx.item?.meta.status ?? ctx.itemStatus,
    unpublishingScheduledAt: ctx.item?.meta.unpublishing_scheduled_at ?? null,
  });
  const [pick, setPick] = useState<LocalePick>(NOTHING_PICKED);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const action = useExclusiveAction();
  const { run } = action;
  const state = loaded.status === 'ready' ? loaded.state : null;

  const refresh = useCallback(async () => {
    const fresh = await readState();
    if (fresh) setPick((current) => keepLive(current, fresh.liveLocales));
    return fresh;
  }, [readState]);

  /** A success is said once, by the host's toast, and shown by the state read again; a failure stays in the panel. */
  async function afterWrite(next: Outcome) {
    setOutcome(next.tone === 'success' ? null : next);
    if (next.tone === 'success') {
      setPick(NOTHING_PICKED);
      void ctxRef.current.notice(next.message);
    }
    await refresh();
  }

  const unpublish = useUnpublish({
    ctxRef,
    api,
    itemId,
    state,
    name,
    run,
    ask: action.ask,
    afterWrite,
    onRateLimitWait: setRateLimitWait,
  });
  const { clearBlocked } = unpublish;

  useEffect(() => {
    setPick(NOTHING_PICKED);
    setOutcome(null);
    clearBlocked();
    void refresh().then((opened) => {
      if (!opened) return;
      const { settings, permission } = policyRef.current;
      const pickable = opened.liveLocales.filter((l) => permission.locales.includes(l));
      setPick(openingPick(settings.defaultScope, ctxRef.current.locale, pickable));
    });
  }, [refresh, clearBlocked]);

  if (loaded.status === 'failed') return <ReadFailed message={loaded.message} onRetry={() => void refresh()} />;
  const onReadAgain = () => void run(async () => void (await refresh()));
  // What both views of a read record take from here.
  const shared = { ctx, api, itemId, policy, name, outcome, rateLimitWait, action, afterWrite, onReadAgain };
  if (loaded.status === 'whole-record') {
    return (
      <Suspense fallback={<Spinner placement="centered" />}>
        <WholeRecordPanel {...shared} ctxRef={ctxRef} state={loaded.state} />
      </Suspense>
    );
  }
  if (loaded.status === 'loading') return <Spinner placement="centered" />;
  return (
    <LoadedPanel
      {...shared}
      state={loaded.state}
      pick={pick}
      onPick={setPick}
      unpublish={unpublish}
      isFormDirty={() => ctxRef.current.isFormDirty}
    />
  );
}
