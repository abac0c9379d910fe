/**
 * Unpublishing now, from the click on: the records that link here checked, the confirmation,
 * one write, its outcome, and what caused a refusal. Loaded when the editor clicks Unpublish,
 * which keeps it out of the panel's first load; useUnpublish holds the state it reports to.
 */
import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import type { RefObject } from 'react';
import { type CmaSession, toApiFailure } from '../../api/cma';
import { type ApiFailure, describeFailure } from '../../core/shared/apiFailure';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { Outcome } from '../../core/shared/outcome';
import { childrenGoingOfflineNote, PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import { type LiveChild, liveDescendants } from '../../core/unpublish/treeChildren';
import { describeConfirmation, describeSuccess } from '../../core/unpublish/unpublishMessages';
import { localesGoingOffline, type UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import type { PanelGate } from '../preflight/checkLinks';

export type FlowContext = {
  ctxRef: RefObject<RenderItemFormSidebarPanelCtx>;
  api: CmaSession;
  itemId: string;
  state: PublicationState;
  name: LocaleNamer;
  afterWrite: (outcome: Outcome) => Promise<void>;
  /** Reads the records that link here (see useLinkGate). */
  checkLinks: (request: UnpublishRequest, refusal?: ApiFailure) => Promise<PanelGate>;
  /** A refusal because of published children (null: they could not be listed), or null once sent. */
  setChildrenBlock: (block: { request: UnpublishRequest; liveChildren: LiveChild[] | null } | null) => void;
};

/** The live records under this one, or null when they cannot be listed. */
async function findLiveChildren({ ctxRef, api, itemId }: FlowContext): Promise<LiveChild[] | null> {
  const ctx = ctxRef.current;
  const titleFieldId = ctx.itemType.relationships.title_field.data?.id;
  const titleField = titleFieldId ? ctx.fields[titleFieldId] : undefined;
  try {
    const records = await api.listModelRecords(ctx.itemType.id);
    return liveDescendants(itemId, records, titleField?.attributes.api_key ?? null, ctx.locale);
  } catch {
    return null;
  }
}

/** Says why the write failed, reads the state again, and lists what caused a refusal. */
async function reportFailure(flow: FlowContext, failure: ApiFailure, target: UnpublishRequest, recursive: boolean) {
  const codes = failure.kind === 'api' ? failure.codes : [];
  const described = describeFailure(failure, 'unpublish');
  // Linked meanwhile (after the check): read again, to name the linking records and show them.
  const named = codes.includes('PUBLISHED_REFERENCES') ? (await flow.checkLinks(target, failure)).note : '';
  await flow.afterWrite({
    tone: 'error',
    message: `${described.message}${named}`,
    uncertain: described.outcomeUnknown,
  });
  if (!recursive && codes.includes('PUBLISHED_CHILDREN')) {
    flow.setChildrenBlock({ request: target, liveChildren: await findLiveChildren(flow) });
  }
}

/** Checks the links, confirms, then sends one unpublish (with the children when given), then reads the state again. */
export async function confirmAndSend(flow: FlowContext, target: UnpublishRequest, liveChildren: LiveChild[] | null) {
  const { api, itemId, state, name } = flow;
  // One read, now rather than when the panel opens: DatoCMS would refuse, or what else it does.
  const links = await flow.checkLinks(target);
  if (links.block) return;
  const ctx = flow.ctxRef.current;
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
    flow.setChildrenBlock(null);
    const offline = localesGoingOffline(target, state);
    const message = describeSuccess(target, offline, uiLocale, name, liveChildren?.length ?? 0);
    await flow.afterWrite({ tone: 'success', message });
  } catch (error) {
    await reportFailure(flow, toApiFailure(error), target, recursive);
  }
}
