/**
 * Before a bulk run's confirmation: the records it unpublishes now in the current environment
 * are checked for the published records that link to them (at most MAX_BULK_CHECKS, two at a
 * time, one read each), and the plan skips those DatoCMS would refuse. Scheduled runs are not
 * checked (DatoCMS checks them when they run); other environments are not either.
 */
import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { runPool } from '../../api/bulkRunner';
import { type EnvironmentPlan, isWrite, skipRefused } from '../../core/bulk/bulkPlan';
import type { BulkMode } from '../../core/bulk/bulkReport';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';
import { type BulkCheck, gatherBulkLinks, MAX_BULK_CHECKS, refusedById } from '../../core/preflight/bulkPreflight';
import { BULK_LINK_TEXT, bulkLinksNote } from '../../core/preflight/preflightMessages';

/** The plans with the refused records skipped, and what the confirmation says of the links. */
export type RunLinks = { plans: EnvironmentPlan[]; note: string };

type Options = {
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  onRateLimitWait: (seconds: number) => void;
};

const CHECKS_AT_ONCE = 2;

export async function checkRunLinks(
  ctx: RenderModalCtx,
  plans: EnvironmentPlan[],
  mode: BulkMode,
  records: readonly BulkRecordRef[],
  options: Options,
): Promise<RunLinks> {
  const writesElsewhere = plans.some(
    (p) => p.environment !== ctx.environment && p.records.some((r) => isWrite(r.step)),
  );
  const elsewhere = writesElsewhere ? [BULK_LINK_TEXT.otherEnvironments] : [];
  if (mode.kind === 'schedule') return { plans, note: BULK_LINK_TEXT.scheduled };

  const current = plans.find((p) => p.environment === ctx.environment);
  const toSend = (current?.records ?? []).flatMap(({ recordId, step }) =>
    step.kind === 'unpublish' ? [{ recordId, request: step.request }] : [],
  );
  if (toSend.length === 0) return { plans, note: elsewhere.join(' ') };

  // Loaded here, with the bulk run: nothing of it joins the panel's first load.
  const { checkLinks } = await import('../preflight/checkLinks');
  const locale = ctx.site.attributes.locales[0] ?? ctx.ui.locale;
  const refOf = (id: string) => records.find((r) => r.id === id);
  const checked = toSend.slice(0, MAX_BULK_CHECKS);
  let done = 0;
  options.onProgress(0, checked.length);
  const checks = await runPool<(typeof checked)[number], BulkCheck>(
    checked,
    async ({ recordId, request }) => {
      const target = { id: recordId, modelId: refOf(recordId)?.itemTypeId ?? '' };
      const check = await checkLinks(ctx, {
        target,
        scope: request,
        locale,
        onRateLimitWait: options.onRateLimitWait,
      });
      return { recordId, title: refOf(recordId)?.title ?? recordId, check };
    },
    {
      signal: options.signal,
      workers: CHECKS_AT_ONCE,
      // Stopped: the caller goes back to the pick, these are never shown.
      whenStopped: ({ recordId }) => ({ recordId, title: recordId, check: { kind: 'not-checked', reason: 'stopped' } }),
      onDone: () => {
        done += 1;
        options.onProgress(done, checked.length);
      },
    },
  );
  const links = gatherBulkLinks(checks, toSend.length - checked.length);
  const refused = refusedById(links);
  return {
    plans: plans.map((p) => (p.environment === ctx.environment ? skipRefused(p, refused) : p)),
    note: [bulkLinksNote(links, ctx.ui.locale), ...elsewhere].filter(Boolean).join(' '),
  };
}
