/** What the settings screen says about DatoCMS's own Unpublish button (the plugin's onBeforeItemsUnpublish). */
import type { ModelSettings, NativeUnpublishMode } from './pluginConfig';

export const NATIVE_BUTTON_TEXT = {
  label: 'DatoCMS’s own Unpublish button',
  modes: {
    allow: 'Allow: it works as usual, without the plugin’s checks (default)',
    warn: 'Warn: confirm first, with the records that go offline or are edited too',
    block: 'Block: refuse it and say why; editors use the Unpublish locales panel',
  } satisfies Record<NativeUnpublishMode, string>,
  explanation:
    'Applies when an editor presses DatoCMS’s own Unpublish (in the record or in a collection). DatoCMS does not tell the plugin which locales that button takes offline, so the plugin assumes the whole record; and it is not asked at all when a scheduled unpublishing runs (DatoCMS carries those out later by itself). With Warn or Block, a record that DatoCMS would refuse because of the records that link to it is refused at once, with their names.',
  wholeRecordLoophole:
    'Unpublishing the whole record is turned off here, but with Allow DatoCMS’s own button can still do it: choose Warn or Block to hold the rule.',
} as const;

export function nativeButtonHint(settings: ModelSettings): string {
  const loophole = !settings.allowWholeRecord && settings.nativeUnpublish === 'allow';
  return loophole
    ? `${NATIVE_BUTTON_TEXT.explanation} ${NATIVE_BUTTON_TEXT.wholeRecordLoophole}`
    : NATIVE_BUTTON_TEXT.explanation;
}
