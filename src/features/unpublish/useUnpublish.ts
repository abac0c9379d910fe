import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { type ApiFailure, describeFailure } from '../../core/shared/apiFailure';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { recordEditorPath } from '../../core/shared/recordPath';
import { childrenGoingOfflineNote, PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LiveChild } from '../../core/unpublish/treeChildren';
import { describeConfirmation, describeSuccess } from '../../core/unpublish/unpublishMessages';
import { localesGoingOffline, type UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import { useLinkGate } from '../preflight/useLinkGate';

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
  onRateLimitWait: (seconds: number) => void;
};

/**
 * Unpublishing now: the records that link here checked, confirm, one write, the outcome; and the
 * refusals with what caused them (published children in a tree, published records that link here).
 */
export function useUnpublish({ ctxRef, api, itemId, state, name, run, afterWrite, onRateLimitWait }: Options) {
  const [blocked, setBlocked] = useState<BlockedByChildren | null>(null);
  const { linkBlock, clearLinkBlock, checkLinks } = useLinkGate(ctxRef, itemId, onRateLimitWait);
  const clearBlocked = useCallback(() => {
    setBlocked(null);
    clearLinkBlock();
  }, [clearLinkBlock]);

  /** The live records under this one, or null when they cannot be listed. */
  async function findLiveChildren(): Promise<LiveChild[] | null> {
    const ctx = ctxRef.current;
    const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
    const titleField = titleFieldId ? ctx.fields[titleFieldId] : undefined;
    try {
      const [records, { liveDescendants }] = await Promise.all([
        api.listModelRecords(ctx.itemType.id),
        import('../../core/unpublish/treeChildren'),
      ]);
      return liveDescendants(itemId, records, titleField?.attributes.api_key ?? null, ctx.locale);
    } catch {
      return null;
    }
  }

  /** Confirms, then sends one unpublish (with the children when they are given), then reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, liveChildren: LiveChild[] | null) =>
    run(async () => {
      if (!state) return;
      // One read, now rather than when the panel opens: DatoCMS would refuse, or what else it does.
      const links = await checkLinks(target);
      if (links.block) return;
      const ctx = ctxRef.current;
      const uiLocale = ctx.ui.locale;
      const recursive = liveChildren !== null;
      const confirmation = describeConfirmation(target, state, uiLocale, name);
      const choice = await ctx.openConfirm({
        title: confirmation.title,
        content: `${confirmation.content}${childrenGoingOfflineNote(liveChildren?.map((c) => c.title) ?? [])}${links.note}`,
        choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
        cancel: { label: PANEL_TEXT.cancel, value: 'cancel' },
      });
      if (choice !== 'unpublish') return;
      try {
        await api.unpublish(itemId, target, { recursive });
        setBlocked(null);
        const offline = localesGoingOffline(target, state);
        const message = describeSuccess(target, offline, uiLocale, name, liveChildren?.length ?? 0);
        await afterWrite({ tone: 'success', message });
      } catch (error) {
        await reportFailure(toApiFailure(error), target, recursive);
      }
    });

  /** Says why the write failed, reads the state again, and lists what caused a refusal. */
  async function reportFailure(failure: ApiFailure, target: UnpublishRequest, recursive: boolean) {
    const codes = failure.kind === 'api' ? failure.codes : [];
    const described = describeFailure(failure, 'unpublish');
    // Linked meanwhile (after the check): read again, to name the linking records and show them.
    const named = codes.includes('PUBLISHED_REFERENCES') ? (await checkLinks(target, failure)).note : '';
    await afterWrite({ tone: 'error', message: `${described.message}${named}`, uncertain: described.outcomeUnknown });
    if (!recursive && codes.includes('PUBLISHED_CHILDREN')) {
      setBlocked({ request: target, liveChildren: await findLiveChildren() });
    }
  }

  function openRecord(child: LiveChild) {
    const ctx = ctxRef.current;
    void ctx.navigateTo(recordEditorPath(ctx, ctx.itemType.id, child.id));
  }

  return {
    blocked,
    clearBlocked,
    confirmAndUnpublish,
    openRecord,
    linkBlock,
  };
}
