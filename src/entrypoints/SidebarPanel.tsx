import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Button, Canvas, Spinner, SwitchField } from 'datocms-react-ui';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createCmaSession, toApiFailure } from '../api/cma';
import { Callout } from '../components/Callout';
import { LocalePicker } from '../components/LocalePicker';
import type { Outcome, SchedulingContext } from '../components/Scheduling';
import styles from '../components/styles.module.css';
import { useExclusiveAction } from '../components/useExclusiveAction';
import { describeFailure } from '../core/apiFailure';
import { createLocaleNamer, nameLocales } from '../core/localeNames';
import { panelSituation } from '../core/panelSituation';
import { type ModelSettings, parseConfig, settingsForModel } from '../core/pluginConfig';
import { type PublicationState, readPublicationState, type ScheduledUnpublishing } from '../core/publicationState';
import { type UnpublishPermission, unpublishPermission } from '../core/rolePermissions';
import type { LiveChild } from '../core/treeChildren';
import { describeConfirmation, describeSuccess } from '../core/unpublishMessages';
import { applyPolicy } from '../core/unpublishPolicy';
import { buildUnpublishRequest, type LocalePick, localesGoingOffline, type UnpublishRequest } from '../core/unpublishRequest';

// Scheduling brings the Temporal polyfill: loaded only once a plan exists or the editor opens the form.
const loadScheduling = () => import('../components/Scheduling');
const PendingSchedule = lazy(() => loadScheduling().then((m) => ({ default: m.PendingSchedule })));
const ScheduleEditor = lazy(() => loadScheduling().then((m) => ({ default: m.ScheduleEditor })));
// Only a tree record blocked by its published children needs these.
const PublishedChildren = lazy(() => import('../components/PublishedChildren').then((m) => ({ default: m.PublishedChildren })));

type Ctx = RenderItemFormSidebarPanelCtx;

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: PublicationState }
  | { status: 'failed'; message: string };

/** The schedule form, open with the wall clock to start from (null: the form's default). */
type Scheduling = { initialAt: string | null } | null;

/** An unpublish refused because of published child records, with those children (null: not listed). */
type BlockedByChildren = { request: UnpublishRequest; liveChildren: LiveChild[] | null } | null;

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

function permissionFor(ctx: Ctx): UnpublishPermission {
  return unpublishPermission(ctx.currentRole, {
    itemTypeId: ctx.itemType.id,
    itemTypeName: ctx.itemType.attributes.name,
    environment: ctx.environment,
    siteLocales: ctx.site.attributes.locales,
    creatorIsCurrentUser: ctx.item?.relationships.creator?.data.id === ctx.currentUser.id,
    stageId: (ctx.item?.meta.stage as string | null | undefined) ?? null,
    workflowId: ctx.itemType.relationships.workflow?.data?.id ?? null,
  });
}

function UnpublishControls({ ctx, itemId, token }: { ctx: Ctx; itemId: string; token: string }) {
  const { environment, cmaBaseUrl } = ctx;
  const uiLocale = ctx.ui.locale;
  const timeZone = ctx.site.attributes.timezone;
  const [rateLimitWait, setRateLimitWait] = useState(0);
  const api = useMemo(
    () =>
      createCmaSession({ currentUserAccessToken: token, environment, cmaBaseUrl }, { onRateLimitWait: setRateLimitWait }),
    [token, environment, cmaBaseUrl],
  );
  const name = useMemo(() => createLocaleNamer(uiLocale), [uiLocale]);
  const settings: ModelSettings = settingsForModel(parseConfig(ctx.plugin.attributes.parameters).config, ctx.itemType.id);
  const permission = permissionFor(ctx);
  // Read by the opening effect, which must not re-run on every ctx update.
  const policyRef = useRef({ settings, permission });
  policyRef.current = { settings, permission };

  // Async flows outlive the render that started them: they read the newest ctx from here.
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;

  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [pick, setPick] = useState<LocalePick>(NOTHING_PICKED);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [scheduling, setScheduling] = useState<Scheduling>(null);
  const [blocked, setBlocked] = useState<BlockedByChildren>(null);
  const { busy, run } = useExclusiveAction();

  const readState = useCallback(async (): Promise<PublicationState | null> => {
    try {
      const raw = await api.fetchPublicationState(itemId);
      const state = readPublicationState(raw, ctxRef.current.site.attributes.locales);
      setLoaded({ status: 'ready', state });
      // A locale that went offline meanwhile can no longer stay picked.
      setPick((current) =>
        current.wholeRecord
          ? current
          : { wholeRecord: false, locales: current.locales.filter((l) => state.liveLocales.includes(l)) },
      );
      return state;
    } catch (error) {
      setLoaded({ status: 'failed', message: describeFailure(toApiFailure(error), 'read').message });
      return null;
    }
  }, [api, itemId]);

  useEffect(() => {
    setLoaded({ status: 'loading' });
    setPick(NOTHING_PICKED);
    setOutcome(null);
    setScheduling(null);
    setBlocked(null);
    void readState().then((state) => {
      const current = ctxRef.current;
      const formLocale = current.locale;
      const { settings: opened, permission: allowed } = policyRef.current;
      const mayPick = allowed.locales.includes(formLocale);
      if (state && opened.defaultScope === 'form-locale' && mayPick && state.liveLocales.includes(formLocale)) {
        setPick({ wholeRecord: false, locales: [formLocale] });
      }
    });
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
  const pickable = state.liveLocales.filter((l) => permission.locales.includes(l));
  const wholeRecordAllowed = settings.allowWholeRecord && permission.wholeRecord;
  const request = applyPolicy(
    buildUnpublishRequest(pick, state, name),
    { allowWholeRecord: settings.allowWholeRecord, permission },
    uiLocale,
    name,
  );

  async function afterWrite(next: Outcome) {
    setOutcome(next);
    if (next.tone === 'success') {
      setPick(NOTHING_PICKED);
      void ctxRef.current.notice(next.message);
    }
    await readState();
  }

  /** The live records under this one, or null when they cannot be listed. */
  async function findLiveChildren(): Promise<LiveChild[] | null> {
    const current = ctxRef.current;
    const titleFieldId = current.itemType.relationships.title_field.data?.id;
    const titleField = titleFieldId ? current.fields[titleFieldId] : undefined;
    try {
      const [records, { liveDescendants }] = await Promise.all([
        api.listModelRecords(current.itemType.id),
        import('../core/treeChildren'),
      ]);
      return liveDescendants(itemId, records, titleField?.attributes.api_key ?? null, current.locale);
    } catch {
      return null;
    }
  }

  /** Confirms, then sends one unpublish, then reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, liveChildren: LiveChild[] | null) =>
    run(async () => {
      setOutcome(null);
      const recursive = liveChildren !== null;
      const confirmation = describeConfirmation(target, state, uiLocale, name);
      const childrenNote = recursive ? ` These published child records go offline too: ${liveChildren.map((c) => c.title).join(', ')}.` : '';
      const choice = await ctxRef.current.openConfirm({
        title: confirmation.title,
        content: `${confirmation.content}${childrenNote}`,
        choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
        cancel: { label: 'Cancel', value: 'cancel' },
      });
      if (choice !== 'unpublish') return;
      try {
        await api.unpublish(itemId, target, { recursive });
        setBlocked(null);
        const offline = localesGoingOffline(target, state);
        const message = describeSuccess(target, offline, uiLocale, name, liveChildren?.length ?? 0);
        await afterWrite({ tone: 'success', message });
      } catch (error) {
        const failure = toApiFailure(error);
        const described = describeFailure(failure, 'unpublish');
        await afterWrite({ tone: 'error', message: described.message, uncertain: described.outcomeUnknown });
        if (!recursive && failure.kind === 'api' && failure.codes.includes('PUBLISHED_CHILDREN')) {
          setBlocked({ request: target, liveChildren: await findLiveChildren() });
        }
      }
    });

  function openRecord(child: LiveChild) {
    const current = ctxRef.current;
    const prefix = current.isEnvironmentPrimary ? '' : `/environments/${current.environment}`;
    void current.navigateTo(`${prefix}/editor/item_types/${current.itemType.id}/items/${child.id}/edit`);
  }

  function changeSchedule(schedule: ScheduledUnpublishing) {
    const live = (schedule.locales ?? []).filter((l) => pickable.includes(l));
    // Never wider than the plan: a plan whose locales are all offline now starts from an empty pick.
    setPick(schedule.locales === null ? { wholeRecord: true } : { wholeRecord: false, locales: live });
    setScheduling({ initialAt: schedule.at });
  }

  function toggleLocale(locale: string, picked: boolean) {
    setPick((current) => {
      const locales = current.wholeRecord ? [] : current.locales.filter((l) => l !== locale);
      return { wholeRecord: false, locales: picked ? [...locales, locale] : locales };
    });
  }

  const nothingPicked = !pick.wholeRecord && pick.locales.length === 0;
  const pickReason = nothingPicked ? 'Pick the locales to take offline, or the whole record.' : request.ok ? null : request.message;
  const schedulingContext: SchedulingContext = {
    api,
    itemId,
    state,
    timeZone,
    uiLocale,
    name,
    busy,
    run,
    afterWrite,
    confirm: (options) => ctxRef.current.openConfirm(options),
  };
  const noPermission = pickable.length === 0 && state.liveLocales.length > 0;

  return (
    <>
      <RecordSummary state={state} uiLocale={uiLocale} name={name} />
      {ctx.isFormDirty && (
        <Callout tone="info">
          You have unsaved changes. Unpublishing takes the published version offline; it does not save or discard your
          edits.
        </Callout>
      )}
      {state.scheduledUnpublishing && (
        <Suspense fallback={<Spinner />}>
          <PendingSchedule
            context={schedulingContext}
            schedule={state.scheduledUnpublishing}
            onChange={
              settings.allowScheduling && !noPermission ? () => changeSchedule(state.scheduledUnpublishing!) : undefined
            }
            canCancel={!noPermission}
          />
        </Suspense>
      )}
      {rateLimitWait > 0 && (
        <Callout tone="info" title="Waiting for the API rate limit">
          DatoCMS asked to slow down: trying again in {rateLimitWait} s. Nothing has been sent twice.
        </Callout>
      )}
      {outcome && <Callout tone={outcome.tone}>{outcome.message}</Callout>}
      {outcome?.uncertain && (
        // A late answer may still change the record after the panel's own re-read.
        <Button buttonSize="xs" disabled={busy} onClick={() => void run(async () => void (await readState()))}>
          Read the state again
        </Button>
      )}
      {blocked && (
        <Suspense fallback={<Spinner />}>
        <PublishedChildren
          liveChildren={blocked.liveChildren}
          recursiveRefusal={
            !settings.allowRecursive
              ? 'Unpublishing child records together with their parent is turned off for this model: unpublish them first, or ask an administrator to allow it.'
              : null
          }
          busy={busy}
          onOpen={openRecord}
          onUnpublishWithChildren={() => void confirmAndUnpublish(blocked.request, blocked.liveChildren ?? [])}
        />
        </Suspense>
      )}
      {state.liveLocales.length === 0 ? (
        <>
          <Callout tone="info" title="Nothing is live">
            This record is not published in any locale, so there is nothing to unpublish now or later: a record must be
            published to schedule its unpublishing.
          </Callout>
          <LocalePicker state={state} name={name} picked={[]} pickable={[]} disabled onToggle={() => undefined} />
        </>
      ) : (
        <>
          {noPermission && <Callout tone="info">{permission.reason ?? 'Your role may not unpublish this record.'}</Callout>}
          <LocalePicker
            state={state}
            name={name}
            picked={pick.wholeRecord ? state.liveLocales : pick.locales}
            pickable={pick.wholeRecord ? [] : pickable}
            disabled={busy}
            forbiddenHint={pick.wholeRecord ? undefined : 'your role may not unpublish it'}
            onToggle={toggleLocale}
          />
          <SwitchField
            id="whole-record"
            name="whole-record"
            label="The whole record"
            hint={
              wholeRecordAllowed
                ? 'Every locale goes offline'
                : !settings.allowWholeRecord
                  ? 'Turned off for this model'
                  : (permission.reason ?? 'Your role does not allow it')
            }
            value={pick.wholeRecord}
            onChange={(value) => setPick(value ? { wholeRecord: true } : NOTHING_PICKED)}
            switchInputProps={{ id: 'whole-record', name: 'whole-record', value: pick.wholeRecord, disabled: busy || !wholeRecordAllowed }}
          />
          {scheduling ? (
            <Suspense fallback={<Spinner />}>
              <ScheduleEditor
                context={schedulingContext}
                request={request}
                minLeadMinutes={settings.minLeadMinutes}
                initialAt={scheduling.initialAt}
                onClose={() => setScheduling(null)}
              />
            </Suspense>
          ) : (
            <div className={styles.actions}>
              <Button
                buttonType="negative"
                buttonSize="s"
                fullWidth
                disabled={busy || !request.ok}
                onClick={() => request.ok && void confirmAndUnpublish(request.value, null)}
              >
                {busy
                  ? 'Working…'
                  : !request.ok
                    ? 'Unpublish now'
                    : request.value.scope === 'locales'
                      ? `Unpublish ${nameLocales(uiLocale, name, request.value.locales)} now`
                      : 'Unpublish the whole record now'}
              </Button>
              {settings.allowScheduling && (
                <Button buttonSize="s" fullWidth disabled={busy || !request.ok} onClick={() => setScheduling({ initialAt: null })}>
                  {state.scheduledUnpublishing ? 'Schedule for later instead…' : 'Schedule for later…'}
                </Button>
              )}
              {!busy && pickReason && (
                <span className={styles.reason} role={nothingPicked ? undefined : 'alert'}>
                  {pickReason}
                </span>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}

function RecordSummary({ state, uiLocale, name }: { state: PublicationState; uiLocale: string; name: (l: string) => string }) {
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
