/**
 * DatoCMS's own Unpublish button under the plugin's per-model rules (onBeforeItemsUnpublish).
 * Loaded only when that button is pressed on records of a model that does not simply allow it.
 */
import type { Ctx } from 'datocms-plugin-sdk';
import { parseConfig } from '../../core/config/parseConfig';
import { settingsForModel } from '../../core/config/pluginConfig';
import {
  type LinkCheck,
  MAX_NATIVE_CHECKS,
  type NativeItem,
  nativeRefusal,
  nativeWarning,
} from '../../core/preflight/nativeButton';
import { recordTitle } from '../../core/shared/recordTitle';
import { checkLinks } from './checkLinks';

/** A record as the hook receives it (the SDK's raw item). */
export type HookItem = {
  id: string;
  attributes: Record<string, unknown>;
  relationships: { item_type: { data: { id: string } } };
};

type HookCtx = Ctx;

async function describeItem(item: HookItem, ctx: HookCtx, locale: string): Promise<NativeItem> {
  const modelId = item.relationships.item_type.data.id;
  const model = ctx.itemTypes[modelId];
  const settings = settingsForModel(parseConfig(ctx.plugin.attributes.parameters).config, modelId);
  const titleFieldId = model?.relationships.title_field.data?.id;
  // The SDK's cache of fields (no CMA request); the id stands in when it cannot say.
  const fields = titleFieldId ? await ctx.loadItemTypeFields(modelId).catch(() => []) : [];
  const titleKey = fields.find((f) => f.id === titleFieldId)?.attributes.api_key ?? null;
  return {
    id: item.id,
    modelId,
    title: recordTitle(item, titleKey, locale),
    modelName: model?.attributes.name ?? modelId,
    mode: settings.nativeUnpublish,
    allowWholeRecord: settings.allowWholeRecord,
  };
}

/** True lets DatoCMS unpublish the records; false stops it (the editor is told why, or cancelled). */
export async function decideNativeUnpublish(items: readonly HookItem[], ctx: HookCtx): Promise<boolean> {
  const locale = ctx.site.attributes.locales[0] ?? ctx.ui.locale;
  const described = await Promise.all(items.map((item) => describeItem(item, ctx, locale)));
  const refusal = nativeRefusal(described);
  if (refusal) {
    await ctx.alert(refusal);
    return false;
  }
  const warned = described.filter((item) => item.mode === 'warn');
  if (warned.length === 0) return true;

  // One read per record, one after the other (bounded): the hook is told no locales, so the whole record.
  const checks: LinkCheck[] = [];
  for (const item of warned.slice(0, MAX_NATIVE_CHECKS)) {
    const target = { id: item.id, modelId: item.modelId };
    checks.push(await checkLinks(ctx, { target, scope: { scope: 'whole-record' }, locale }));
  }
  const warning = nativeWarning(warned, checks, ctx.ui.locale);
  if (warning.kind === 'refuse') {
    await ctx.alert(warning.message);
    return false;
  }
  const choice = await ctx.openConfirm({
    title: warning.title,
    content: warning.content,
    choices: [{ label: warning.confirmLabel, value: 'unpublish', intent: 'negative' }],
    cancel: { label: warning.cancelLabel, value: 'cancel' },
  });
  return choice === 'unpublish';
}
