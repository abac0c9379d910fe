import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import type { CmaSession } from '../../api/cma';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { recordEditorPath } from '../../core/shared/recordPath';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LiveNode } from '../../core/unpublish/treeChildren';
import type { Confirmation } from '../../core/unpublish/unpublishMessages';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import { useLinkGate } from '../preflight/useLinkGate';

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
  onRateLimitWait: (seconds: number) => void;
};

/**
 * Unpublishing now (the flow itself is in unpublishFlow.ts, loaded on the click), and the
 * refusals with what caused them: published records below in a tree, published records that link here.
 */
export function useUnpublish({ ctxRef, api, itemId, state, name, run, ask, afterWrite, onRateLimitWait }: Options) {
  const [blocked, setBlocked] = useState<BlockedByChildren | null>(null);
  const { linkBlock, clearLinkBlock, checkLinks } = useLinkGate(ctxRef, itemId, onRateLimitWait);
  const clearBlocked = useCallback(() => {
    setBlocked(null);
    clearLinkBlock();
  }, [clearLinkBlock]);

  /** Checks the links, confirms, sends one unpublish (with the records below when given), reads the state again. */
  const confirmAndUnpublish = (target: UnpublishRequest, withBelow: WithRecordsBelow | null) =>
    run(async () => {
      if (!state) return;
      const { confirmAndSend } = await import('./unpublishFlow');
      const flow = { ctxRef, api, itemId, state, name, ask, afterWrite, checkLinks, setChildrenBlock: setBlocked };
      await confirmAndSend(flow, target, withBelow);
    });

  function openRecord(record: { id: string }) {
    const ctx = ctxRef.current;
    void ctx.navigateTo(recordEditorPath(ctx, ctx.itemType.id, record.id));
  }

  return { blocked, clearBlocked, confirmAndUnpublish, openRecord, linkBlock };
}
