import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { describeFailure } from '../../core/shared/apiFailure';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { recordEditorPath } from '../../core/shared/recordPath';
import { loadTreeChildren } from '../../core/unpublish/loadTreeChildren';
import { childrenGoingOfflineNote, PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LiveChild } from '../../core/unpublish/treeChildren';
import { describeConfirmation, describeSuccess } from '../../core/unpublish/unpublishMessages';
import { localesGoingOffline, type UnpublishRequest } from '../../core/unpublish/unpublishRequest';

/** An unpublish refused because of published child records, with those children (null: not listed). */
export type BlockedByChildren = { request: UnpublishRequest; liveChildren: LiveChild[] | null };

type Options = {
  ctxRef: RefObject<RenderItemFormSidebarPanelCtx>;
  api: CmaSession;
  itemId: string;
  state: PublicationState | null;
  name: LocaleNamer;
  /** Runs one write at a time (see useExclusiveAction). */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Reports the outcome and reads the state again. */
  afterWrite: (outcome: Outcome) => Promise<void>;
};

/** Unpublishing now: confirm, one write, the outcome; and the tree refusal with the children that caused it. */
export function useUnpublish({ ctxRef, api, itemId, state, name, run, afterWrite }: Options) {
  const [blocked, setBlocked] = useState<BlockedByChildren | null>(null);
  const clearBlocked = useCallback(() => setBlocked(null), []);

  /** The live records under this one, or null when they cannot be listed. */
  async function findLiveChildren(): Promise<LiveChild[] | null> {
    const ctx = ctxRef.current;
    const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
    const titleField = titleFieldId ? ctx.fields[titleFieldId] : undefined;
    try {
      const [records, { liveDescendants }] = await Promise.all([
        api.listModelRecords(ctx.itemType.id),
        loadTreeChildren(),
      ]);
      return liveDescendants(itemId, records, titleField?.attributes.api_key ?? null, ctx.locale);
    } catch {
      return null;
    }
  }

  /** Asks the editor to confirm exactly what goes offline (and the children with it, when they are given). */
  async function confirmUnpublish(
    target: UnpublishRequest,
    state: PublicationState,
    liveChildren: LiveChild[] | null,
  ): Promise<boolean> {
    const ctx = ctxRef.current;
    const confirmation = describeConfirmation(target, state, ctx.ui.locale, name);
    const choice = await ctx.openConfirm({
      title: confirmation.title,
      content: `${confirmation.content}${childrenGoingOfflineNote(liveChildren?.map((c) => c.title) ?? [])}`,
      choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
      cancel: { label: PANEL_TEXT.cancel, value: 'cancel' },
    });
    return choice === 'unpublish';
  }

  /** Sends one unpublish, then reports the outcome and reads the state again; a tree refusal lists the children. */
  async function unpublishAndReport(
    target: UnpublishRequest,
    state: PublicationState,
    liveChildren: LiveChild[] | null,
  ) {
    const uiLocale = ctxRef.current.ui.locale;
    const recursive = liveChildren !== null;
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
  }

  /** Confirms, then sends one unpublish (with the children when they are given), then reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, liveChildren: LiveChild[] | null) =>
    run(async () => {
      if (!state) return;
      if (await confirmUnpublish(target, state, liveChildren)) await unpublishAndReport(target, state, liveChildren);
    });

  function openRecord(child: LiveChild) {
    const ctx = ctxRef.current;
    void ctx.navigateTo(recordEditorPath(ctx, ctx.itemType.id, child.id));
  }

  return { blocked, clearBlocked, confirmAndUnpublish, openRecord };
}
