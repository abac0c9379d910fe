import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { recordEditorPath } from '../../core/shared/recordPath';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LiveChild } from '../../core/unpublish/treeChildren';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
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
 * Unpublishing now (the flow itself is in unpublishFlow.ts, loaded on the click), and the
 * refusals with what caused them: published children in a tree, published records that link here.
 */
export function useUnpublish({ ctxRef, api, itemId, state, name, run, afterWrite, onRateLimitWait }: Options) {
  const [blocked, setBlocked] = useState<BlockedByChildren | null>(null);
  const { linkBlock, clearLinkBlock, checkLinks } = useLinkGate(ctxRef, itemId, onRateLimitWait);
  const clearBlocked = useCallback(() => {
    setBlocked(null);
    clearLinkBlock();
  }, [clearLinkBlock]);

  /** Checks the links, confirms, sends one unpublish (with the children when given), reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, liveChildren: LiveChild[] | null) =>
    run(async () => {
      if (!state) return;
      const { confirmAndSend } = await import('./unpublishFlow');
      const flow = { ctxRef, api, itemId, state, name, afterWrite, checkLinks, setChildrenBlock: setBlocked };
      await confirmAndSend(flow, target, liveChildren);
    });

  function openRecord(child: LiveChild) {
    const ctx = ctxRef.current;
    void ctx.navigateTo(recordEditorPath(ctx, ctx.itemType.id, child.id));
  }

  return { blocked, clearBlocked, confirmAndUnpublish, openRecord, linkBlock };
}
