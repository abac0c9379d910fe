import type { OnBeforeItemsUnpublishCtx, OnBeforeItemsUnpublishHook } from 'datocms-plugin-sdk';
import { parseConfig } from '../core/config/parseConfig';
import { settingsForModel } from '../core/config/pluginConfig';

type Items = Parameters<OnBeforeItemsUnpublishHook['onBeforeItemsUnpublish']>[0];

/** DatoCMS's own Unpublish button: the per-model setting decides (see features/preflight/nativeUnpublish). */
export async function onBeforeItemsUnpublish(items: Items, ctx: OnBeforeItemsUnpublishCtx): Promise<boolean> {
  // The default (allow) needs nothing more: no code to load, no request.
  const config = parseConfig(ctx.plugin.attributes.parameters).config;
  if (
    items.every((item) => settingsForModel(config, item.relationships.item_type.data.id).nativeUnpublish === 'allow')
  ) {
    return true;
  }
  try {
    const { decideNativeUnpublish } = await import('../features/preflight/nativeUnpublish');
    return await decideNativeUnpublish(items, ctx);
  } catch {
    // The rules could not be applied: the model asked for more than "allow", so nothing goes offline.
    return false;
  }
}
