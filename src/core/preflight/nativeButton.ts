/**
 * What the plugin answers when an editor presses DatoCMS's own Unpublish button
 * (onBeforeItemsUnpublish), per the model's setting: allow, warn (confirm with the
 * pre-flight) or block (refuse, saying why). The SDK's hook gets the records but not
 * the locales (datocms-plugin-sdk `onBeforeItemsUnpublish(items, ctx)`), so the whole
 * record is assumed; it does not run for scheduled unpublishings.
 */
import type { Preflight } from './preflight';
import {
  NATIVE_TEXT,
  nativeBlockedReason,
  nativeNotCheckedLine,
  nativeRefusalReason,
  nativeUncheckedMore,
  nativeWarnIntro,
  nativeWarnLine,
} from './preflightMessages';

/** A pre-flight, or why it could not be run. */
export type LinkCheck = { kind: 'checked'; preflight: Preflight } | { kind: 'not-checked'; reason: string };

export type NativeItem = {
  id: string;
  modelId: string;
  title: string;
  modelName: string;
  mode: 'allow' | 'warn' | 'block';
  allowWholeRecord: boolean;
};

/** At most this many records are checked for one press of the button (one read each). */
export const MAX_NATIVE_CHECKS = 10;

/** Block mode: the refusal to show, naming each model's reason once; null when no record's model blocks. */
export function nativeRefusal(items: readonly NativeItem[]): string | null {
  const reasons = new Map<string, string>();
  for (const item of items) {
    if (item.mode !== 'block' || reasons.has(item.modelName)) continue;
    reasons.set(item.modelName, nativeBlockedReason(item.modelName, !item.allowWholeRecord));
  }
  return reasons.size > 0 ? [...reasons.values()].join(' ') : null;
}

export type NativeWarning =
  | { kind: 'refuse'; message: string }
  | { kind: 'confirm'; title: string; content: string; confirmLabel: string; cancelLabel: string };

/**
 * Warn mode, once the records are checked (`checks`, in the order of `items`; the items past
 * them were not checked): DatoCMS would refuse (a `fail` link), or the confirmation to ask.
 */
export function nativeWarning(
  items: readonly NativeItem[],
  checks: readonly LinkCheck[],
  uiLocale: string,
): NativeWarning {
  const refusals = checks.flatMap((check, i) => {
    const item = items[i];
    return item && check.kind === 'checked' && check.preflight.blocked
      ? [nativeRefusalReason(item.title, check.preflight, uiLocale)]
      : [];
  });
  if (refusals.length > 0) return { kind: 'refuse', message: refusals.join(' ') };
  const lines = checks.flatMap((check, i) => {
    const item = items[i];
    if (!item) return [];
    return check.kind === 'checked'
      ? [nativeWarnLine(item.title, check.preflight, !item.allowWholeRecord, uiLocale)]
      : [nativeNotCheckedLine(item.title, check.reason)];
  });
  const unchecked = items.length - checks.length;
  if (unchecked > 0) lines.push(nativeUncheckedMore(unchecked));
  return {
    kind: 'confirm',
    title: NATIVE_TEXT.warnTitle,
    content: [nativeWarnIntro(items.length), ...lines].join(' '),
    confirmLabel: NATIVE_TEXT.confirmLabel,
    cancelLabel: NATIVE_TEXT.cancelLabel,
  };
}
