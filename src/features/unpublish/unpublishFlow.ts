/**
 * Unpublishing now, from the click on: the records that link here checked, the confirmation,
 * one write, its outcome, and what caused a refusal. Loaded when the editor clicks Unpublish,
 * which keeps it out of the panel's first load; useUnpublish holds the state it reports to.
 */
import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import type { RefObject } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { type ApiFailure, describeFailure, failureReason } from '../../core/shared/apiFailure';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import { type LiveNode, liveTree } from '../../core/unpublish/treeChildren';
import { describeConfirmation, describeSuccess } from '../../core/unpublish/unpublishMessages';
import { localesGoingOffline, type UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import type { PanelGate } from '../preflight/checkLinks';
import type { BlockedByChildren, WithRecordsBelow } from './useUnpublish';

export type FlowContext = {
  ctxRef: RefObject<RenderItemFormSidebarPanelCtx>;
  api: CmaSession;
  itemId: string;
  state: PublicationState;
  name: LocaleNamer;
  afterWrite: (outcome: Outcome) => Promise<void>;
  /** Puts a question to the editor inside an action: nothing is in flight meanwhile. */
  ask: <T>(question: () => Promise<T>) => Promise<T>;
  /** Reads the records that link here (see useLinkGate). */
  checkLinks: (request: UnpublishRequest, refusal?: ApiFailure) => Promise<PanelGate>;
  /** A refusal because of published records below (null: they could not be listed), or null once sent. */
  setChildrenBlock: (block: BlockedByChildren | null) => void;
};

/** The live records below this one, as a tree, or null when they cannot be listed. */
async function findLiveBelow({ ctxRef, api, itemId }: FlowContext): Promise<LiveNode[] | null> {
  const ctx = ctxRef.current;
  const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
  const titleField = titleFieldId ? ctx.fields[titleFieldId] : undefined;
  try {
    const records = await api.listModelRecords(ctx.itemType.id);
    return liveTree(itemId, records, titleField?.attributes.api_key ?? null, ctx.locale);
  } catch {
    return null;
  }
}

/** Says why the write failed, reads the state again, and lists what caused a refusal. */
async function reportFailure(flow: FlowContext, failure: ApiFailure, target: UnpublishRequest, recursive: boolean) {
  const reason = failureReason(failure);
  const described = describeFailure(failure, 'unpublish', { formDirty: flow.ctxRef.current.isFormDirty });
  // Linked meanwhile (after the check): read again, to name the linking records and show them.
  const named = reason === 'published-references' ? (await flow.checkLinks(target, failure)).note : '';
  await flow.afterWrite({
    tone: 'error',
    message: `${described.message}${named}`,
    uncertain: described.outcomeUnknown,
  });
  if (!recursive && reason === 'published-children') {
    flow.setChildrenBlock({ request: target, below: await findLiveBelow(flow) });
  }
}

/** Checks the links, confirms, then sends one unpublish (with the records below when given), then reads the state again. */
export async function confirmAndSend(flow: FlowContext, target: UnpublishRequest, withBelow: WithRecordsBelow | null) {
  const { api, itemId, state, name } = flow;
  // One read, now rather than when the panel opens: DatoCMS would refuse, or what else it does.
  const links = await flow.checkLinks(target);
  if (links.block) return;
  const ctx = flow.ctxRef.current;
  const uiLocale = ctx.ui.locale;
  const recursive = withBelow !== null;
  const confirmation = withBelow?.confirmation ?? describeConfirmation(target, state, uiLocale, name);
  const choice = await flow.ask(() =>
    ctx.openConfirm({
      title: confirmation.title,
      content: `${confirmation.content}${links.note}`,
      choices: [{ label: confirmation.confirmLabel, value: 'unpublish', intent: 'negative' }],
      cancel: { label: PANEL_TEXT.cancel, value: 'cancel' },
    }),
  );
  if (choice !== 'unpublish') return;
  try {
    await api.unpublish(itemId, target, { recursive });
    flow.setChildrenBlock(null);
    const offline = localesGoingOffline(target, state);
    const message = describeSuccess(target, offline, uiLocale, name, withBelow?.count);
    await flow.afterWrite({ tone: 'success', message });
  } catch (error) {
    await reportFailure(flow, toApiFailure(error), target, recursive);
  }
}
