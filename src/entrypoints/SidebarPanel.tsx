import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Button, Canvas, Spinner, SwitchField } from 'datocms-react-ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCmaClient, fetchPublicationState, toApiFailure, unpublish } from '../api/cma';
import { Callout } from '../components/Callout';
import { LocalePicker } from '../components/LocalePicker';
import styles from '../components/styles.module.css';
import { describeFailure } from '../core/apiFailure';
import { createLocaleNamer, nameLocales } from '../core/localeNames';
import { panelSituation } from '../core/panelSituation';
import { type PublicationState, readPublicationState } from '../core/publicationState';
import { describeConfirmation, describeSuccess } from '../core/unpublishMessages';
import { buildUnpublishRequest, type LocalePick, localesGoingOffline } from '../core/unpublishRequest';

type Ctx = RenderItemFormSidebarPanelCtx;

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: PublicationState }
  | { status: 'failed'; message: string };

type Outcome = { tone: 'success' | 'error'; message: string } | null;

const NOTHING_PICKED: LocalePick = { wholeRecord: false, locales: [] };

export default function SidebarPanel({ ctx }: { ctx: Ctx }) {
  const situation = panelSituation({
    itemId: ctx.item?.id ?? null,
    draftModeActive: ctx.itemType.attributes.draft_mode_active,
    accessToken: ctx.currentUserAccessToken,
  });
  return (
    <Canvas ctx={ctx}>
      {situation.kind === 'explain' ? (
        <Callout tone="info" title={situation.title}>
          {situation.message}
        </Callout>
      ) : (
        <UnpublishControls ctx={ctx} itemId={situation.itemId} token={situation.token} />
      )}
    </Canvas>
  );
}

function UnpublishControls({ ctx, itemId, token }: { ctx: Ctx; itemId: string; token: string }) {
  const { environment, cmaBaseUrl } = ctx;
  const uiLocale = ctx.ui.locale;
  const client = useMemo(
    () => createCmaClient({ currentUserAccessToken: token, environment, cmaBaseUrl }),
    [token, environment, cmaBaseUrl],
  );
  const name = useMemo(() => createLocaleNamer(uiLocale), [uiLocale]);

  // Async flows outlive the render that started them: they read the newest ctx from here.
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [pick, setPick] = useState<LocalePick>(NOTHING_PICKED);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  // A ref, not state: a second click in the same frame must see the first one.
  const busyRef = useRef(false);

  const readState = useCallback(async () => {
    try {
      const raw = await fetchPublicationState(client, itemId);
      const state = readPublicationState(raw, ctxRef.current.site.attributes.locales);
      setLoaded({ status: 'ready', state });
      // A locale that went offline meanwhile can no longer stay picked.
      setPick((current) =>
        current.wholeRecord
          ? current
          : { wholeRecord: false, locales: current.locales.filter((l) => state.liveLocales.includes(l)) },
      );
    } catch (error) {
      setLoaded({ status: 'failed', message: describeFailure(toApiFailure(error), 'read').message });
    }
  }, [client, itemId]);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    setPick(NOTHING_PICKED);
    setOutcome(null);
    void readState();
  }, [readState]);

  if (loaded.status === 'loading') return <Spinner placement="centered" />;
  if (loaded.status === 'failed') {
    return (
      <>
        <Callout tone="error" title="Could not read the publication state">
          {loaded.message}
        </Callout>
        <Button buttonSize="s" onClick={() => void readState()}>
          Try again
        </Button>
      </>
    );
  }

  const { state } = loaded;
  const request = buildUnpublishRequest(pick, state, name);

  async function confirmAndUnpublish() {
    if (busyRef.current || !request.ok) return;
    busyRef.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      const confirmation = describeConfirmation(request.value, state, uiLocale, name);
      const choice = await ctxRef.current.openConfirm({
        title: confirmation.title,
        content: confirmation.content,
        choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
        cancel: { label: 'Cancel', value: 'cancel' },
      });
      if (choice !== 'unpublish') return;
      try {
        await unpublish(client, itemId, request.value, { recursive: false });
        const message = describeSuccess(request.value, localesGoingOffline(request.value, state), uiLocale, name);
        setPick(NOTHING_PICKED);
        setOutcome({ tone: 'success', message });
        void ctxRef.current.notice(message);
      } catch (error) {
        setOutcome({ tone: 'error', message: describeFailure(toApiFailure(error), 'unpublish').message });
      }
      await readState();
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }

  function toggleLocale(locale: string, picked: boolean) {
    setPick((current) => {
      const locales = current.wholeRecord ? [] : current.locales.filter((l) => l !== locale);
      return { wholeRecord: false, locales: picked ? [...locales, locale] : locales };
    });
  }

  const shownPick = pick.wholeRecord ? state.liveLocales : pick.locales;
  const nothingPicked = !pick.wholeRecord && pick.locales.length === 0;

  return (
    <>
      <RecordSummary state={state} uiLocale={uiLocale} name={name} />
      {ctx.isFormDirty && (
        <Callout tone="info">
          You have unsaved changes. Unpublishing takes the published version offline; it does not save or
          discard your edits.
        </Callout>
      )}
      {outcome && <Callout tone={outcome.tone}>{outcome.message}</Callout>}
      {state.liveLocales.length === 0 ? (
        <Callout tone="info" title="Nothing is live">
          This record is not published in any locale, so there is nothing to unpublish.
        </Callout>
      ) : (
        <>
          <LocalePicker
            state={state}
            name={name}
            picked={shownPick}
            pickable={pick.wholeRecord ? [] : state.liveLocales}
            disabled={busy}
            onToggle={toggleLocale}
          />
          <SwitchField
            id="whole-record"
            name="whole-record"
            label="The whole record"
            hint="Every locale goes offline"
            value={pick.wholeRecord}
            onChange={(value) => setPick(value ? { wholeRecord: true } : NOTHING_PICKED)}
            switchInputProps={{ name: 'whole-record', value: pick.wholeRecord, disabled: busy }}
          />
          <div className={styles.actions}>
            <Button
              buttonType="negative"
              buttonSize="s"
              fullWidth
              disabled={busy || !request.ok}
              onClick={() => void confirmAndUnpublish()}
            >
              {busy
                ? 'Working…'
                : request.ok && request.value.scope === 'locales'
                  ? `Unpublish ${nameLocales(uiLocale, name, request.value.locales)}`
                  : 'Unpublish the whole record'}
            </Button>
            {!busy && !request.ok && (
              <span className={styles.reason} role={nothingPicked ? undefined : 'alert'}>
                {nothingPicked ? 'Pick the locales to take offline, or the whole record.' : request.message}
              </span>
            )}
          </div>
        </>
      )}
    </>
  );
}

function RecordSummary({
  state,
  uiLocale,
  name,
}: {
  state: PublicationState;
  uiLocale: string;
  name: (l: string) => string;
}) {
  const live = state.liveLocales;
  const changed = state.locales.filter((l) => l.state === 'live-with-changes').map((l) => l.locale);
  return (
    <p className={styles.summary} data-record-status={state.recordStatus}>
      {live.length === 0
        ? 'Not published in any locale.'
        : `Live in ${nameLocales(uiLocale, name, live)}${
            changed.length > 0 ? ` (${nameLocales(uiLocale, name, changed)}: unpublished changes)` : ''
          }.`}
    </p>
  );
}
