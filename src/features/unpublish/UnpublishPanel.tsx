import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Spinner } from 'datocms-react-ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCmaSession } from '../../api/cma';
import { createLocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import { keepLive, NOTHING_PICKED, openingPick } from '../../core/unpublish/pick';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import { Callout } from '../../ui/Callout';
import { useExclusiveAction } from '../../ui/useExclusiveAction';
import { useLazyModule } from '../../ui/useLazyModule';
import { ReadFailed } from './PanelNotes';
import { panelPolicy } from './panelPolicy';
import { useRecordPublication } from './useRecordPublication';
import { useUnpublish } from './useUnpublish';

type Ctx = RenderItemFormSidebarPanelCtx;

// The controls are not needed before the state is read: they load while it is (both start on opening), and
// stay out of the first load.
const loadControls = () => import('./LoadedPanel');

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

  const { loaded, readState } = useRecordPublication(api, itemId, ctx.site.attributes.locales);
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

  const unpublish = useUnpublish({ ctxRef, api, itemId, state, name, run, ask: action.ask, afterWrite });
  const { clearBlocked } = unpublish;

  const controls = useLazyModule(loadControls);

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

  if (controls.status === 'failed') return <Callout tone="error">{PANEL_TEXT.controlsFailed}</Callout>;
  if (loaded.status === 'failed') return <ReadFailed message={loaded.message} onRetry={() => void refresh()} />;
  if (loaded.status === 'loading' || controls.status === 'loading') return <Spinner placement="centered" />;
  const { LoadedPanel } = controls.module;
  return (
    <LoadedPanel
      ctx={ctx}
      api={api}
      itemId={itemId}
      state={loaded.state}
      policy={policy}
      name={name}
      pick={pick}
      onPick={setPick}
      outcome={outcome}
      rateLimitWait={rateLimitWait}
      action={action}
      afterWrite={afterWrite}
      onReadAgain={() => void run(async () => void (await refresh()))}
      unpublish={unpublish}
    />
  );
}
