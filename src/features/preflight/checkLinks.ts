/**
 * Runs the pre-flight from an SDK ctx (the record panel's or onBeforeItemsUnpublish's):
 * reads the records that link to one record and their fields, then asks the pure core.
 * Loaded only when an unpublish is about to happen, never with the panel.
 */
import type { Ctx } from 'datocms-plugin-sdk';
import { toApiFailure } from '../../api/cma';
import { createReferencesApi } from '../../api/references';
import type { LinkCheck } from '../../core/preflight/nativeButton';
import { type Preflight, preflight, type UnpublishScope } from '../../core/preflight/preflight';
import {
  blockedReason,
  confirmationNote,
  NATIVE_TEXT,
  notCheckedNote,
  notCheckedReason,
  recordLabel,
} from '../../core/preflight/preflightMessages';
import { linkedFromNote } from '../../core/preflight/publishedReferences';
import type { ApiFailure } from '../../core/shared/apiFailure';

export type LinkCheckCtx = Pick<
  Ctx,
  'currentUserAccessToken' | 'environment' | 'cmaBaseUrl' | 'itemTypes' | 'loadItemTypeFields'
>;

export type CheckOptions = {
  target: { id: string; modelId: string };
  scope: UnpublishScope;
  /** The locale record titles are read in first. */
  locale: string;
  onRateLimitWait?: (seconds: number) => void;
};

/** Reads and checks; never throws (a failed read is a `not-checked` with its reason). */
export async function checkLinks(ctx: LinkCheckCtx, options: CheckOptions): Promise<LinkCheck> {
  const token = ctx.currentUserAccessToken;
  if (!token) return { kind: 'not-checked', reason: NATIVE_TEXT.noToken };
  // Some hosts may not offer the loader: the CMA is asked instead.
  const loadFields =
    typeof ctx.loadItemTypeFields === 'function' ? (id: string) => ctx.loadItemTypeFields(id) : undefined;
  const api = createReferencesApi(
    { currentUserAccessToken: token, environment: ctx.environment, cmaBaseUrl: ctx.cmaBaseUrl },
    { onRateLimitWait: options.onRateLimitWait ?? (() => {}), loadFields },
  );
  try {
    const reads = await api.readPreflight(options.target.id);
    return {
      kind: 'checked',
      preflight: preflight({
        ...reads,
        target: options.target,
        scope: options.scope,
        models: ctx.itemTypes,
        locale: options.locale,
      }),
    };
  } catch (error) {
    return { kind: 'not-checked', reason: notCheckedReason(toApiFailure(error)) };
  }
}

/** Why DatoCMS would refuse, shown instead of the confirmation: the records and the words for the button. */
export type LinkBlock = { preflight: Preflight; reason: string };

/** The panel's answer: the records that block (or null), and a note for the confirmation or the refusal. */
export type PanelGate = { block: LinkBlock | null; note: string };

type PanelCtx = LinkCheckCtx & { itemType: { id: string }; locale: string; ui: { locale: string } };

/**
 * Before the confirmation (`refusal` absent): go on with what else the unpublish does, or stop
 * with the records DatoCMS would refuse for. After DatoCMS refused for PUBLISHED_REFERENCES
 * (`refusal`): the same records shown, and the note naming the records the error names.
 */
export async function panelGate(
  ctx: PanelCtx,
  itemId: string,
  request: UnpublishScope,
  onRateLimitWait: (seconds: number) => void,
  refusal?: ApiFailure,
): Promise<PanelGate> {
  const target = { id: itemId, modelId: ctx.itemType.id };
  const check = await checkLinks(ctx, { target, scope: request, locale: ctx.locale, onRateLimitWait });
  const found = check.kind === 'checked' ? check.preflight : null;
  const block = found?.blocked ? { preflight: found, reason: blockedReason(found) } : null;
  if (refusal) return { block, note: linkedFromNote(refusal, recordNamer(found)) };
  // Not checked: DatoCMS stays the judge (PUBLISHED_REFERENCES is explained if it comes).
  if (check.kind === 'not-checked') return { block, note: notCheckedNote(check.reason) };
  return { block, note: block ? '' : confirmationNote(check.preflight, ctx.ui.locale) };
}

/** Names records by title when the check found them. */
function recordNamer(found: Preflight | null): (id: string) => string {
  const names = new Map<string, string>();
  for (const group of found?.groups ?? []) for (const record of group.named) names.set(record.id, recordLabel(record));
  return (id) => names.get(id) ?? `record ${id}`;
}
