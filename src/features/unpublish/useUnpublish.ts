import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LiveNode } from '../../core/unpublish/treeChildren';
import { type Confirmation, describeConfirmation, describeSuccess } from '../../core/unpublish/unpublishMessages';
import { localesGoingOffline, type UnpublishRequest } from '../../core/unpublish/unpublishRequest';

/** An unpublish refused because of published records below it, with those records (null: not listed). */
export type BlockedByChildren = { request: UnpublishRequest; below: LiveNode[] | null };

/** An unpublish that takes the records below with it: its confirmation, and how many records go with it. */
export type WithRecordsBelow = { confirmation: Confirmation; count: number };

type Options = {
  ctxRef: RefObject<RenderItemFormSidebarPanelCtx>;
  api: CmaSession;
  itemId: string;
  state: PublicationState | null;
  name: LocaleNamer;
  /** Runs one write at a time (see useExclusiveAction). */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Puts a question to the editor inside an action: nothing is in flight meanwhile. */
  ask: <T>(question: () => Promise<T>) => Promise<T>;
  /** Reports the outcome and reads the state again. */
  afterWrite: (outcome: Outcome) => Promise<void>;
};

/** Unpublishing now: confirm, one write, the outcome; and the tree refusal with the records that caused it. */
export function useUnpublish({ ctxRef, api, itemId, state, name, run, ask, afterWrite }: Options) {
  const [blocked, setBlocked] = useState<BlockedByChildren | null>(null);
  const clearBlocked = useCallback(() => setBlocked(null), []);

  /** The live records below this one, as a tree, or null when they cannot be listed. */
  async function findLiveBelow(): Promise<LiveNode[] | null> {
    const ctx = ctxRef.current;
    const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
    const titleField = titleFieldId ? ctx.fields[titleFieldId] : undefined;
    try {
      const [records, { liveTree }] = await Promise.all([
        api.listModelRecords(ctx.itemType.id),
        import('../../core/unpublish/treeChildren'),
      ]);
      return liveTree(itemId, records, titleField?.attributes.api_key ?? null, ctx.locale);
    } catch {
      return null;
    }
  }

  /** Asks the editor to confirm exactly what goes offline (and the records below, when they go too). */
  async function confirmUnpublish(
    target: UnpublishRequest,
    state: PublicationState,
    withBelow: WithRecordsBelow | null,
  ): Promise<boolean> {
    const ctx = ctxRef.current;
    const confirmation = withBelow?.confirmation ?? describeConfirmation(target, state, ctx.ui.locale, name);
    const choice = await ask(() =>
      ctx.openConfirm({
        title: confirmation.title,
        content: confirmation.content,
        choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
        cancel: { label: PANEL_TEXT.cancel, value: 'cancel' },
      }),
    );
    return choice === 'unpublish';
  }

  /** Sends one unpublish, then reports the outcome and reads the state again; a tree refusal lists the records below. */
  async function unpublishAndReport(
    target: UnpublishRequest,
    state: PublicationState,
    withBelow: WithRecordsBelow | null,
  ) {
    const uiLocale = ctxRef.current.ui.locale;
    try {
      await api.unpublish(itemId, target, { recursive: withBelow !== null });
      setBlocked(null);
      const offline = localesGoingOffline(target, state);
      await afterWrite({
        tone: 'success',
        message: describeSuccess(target, offline, uiLocale, name, withBelow?.count),
      });
    } catch (error) {
      const failure = toApiFailure(error);
      // Loaded only when a write fails: the panel's first load stays small.
      const { describeFailure, failureReason } = await import('../../core/shared/apiFailure');
      const described = describeFailure(failure, 'unpublish', { formDirty: ctxRef.current.isFormDirty });
      await afterWrite({ tone: 'error', message: described.message, uncertain: described.outcomeUnknown });
      if (!withBelow && failureReason(failure) === 'published-children') {
        setBlocked({ request: target, below: await findLiveBelow() });
      }
    }
  }

  /** Confirms, then sends one unpublish (with the records below when given), then reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, withBelow: WithRecordsBelow | null) =>
    run(async () => {
      if (!state) return;
      if (await confirmUnpublish(target, state, withBelow)) await unpublishAndReport(target, state, withBelow);
    });

  function openRecord(record: { id: string }) {
    const ctx = ctxRef.current;
    const prefix = ctx.isEnvironmentPrimary ? '' : `/environments/${ctx.environment}`;
    void ctx.navigateTo(`${prefix}/editor/item_types/${ctx.itemType.id}/items/${record.id}/edit`);
  }

  return { blocked, clearBlocked, confirmAndUnpublish, openRecord };
}
