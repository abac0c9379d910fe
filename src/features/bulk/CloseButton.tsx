import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { Button } from 'datocms-react-ui';
import { BULK_TEXT } from '../../core/bulk/bulkMessages';

type Props = { ctx: RenderModalCtx; busy: boolean; onStop: () => void };

/**
 * The modal's own Close (the host's is turned off with `closeDisabled`): while a run
 * is going it asks first, and closing then stops the run.
 */
export function CloseButton({ ctx, busy, onStop }: Props) {
  async function close() {
    if (busy) {
      const answer = await ctx.openConfirm({
        title: BULK_TEXT.closeWhileRunningTitle,
        content: BULK_TEXT.closeWhileRunning,
        choices: [{ label: BULK_TEXT.stopAndClose, value: 'close', intent: 'negative' }],
        cancel: { label: BULK_TEXT.keepRunning, value: 'keep' },
      });
      if (answer !== 'close') return;
      onStop();
    }
    await ctx.resolve(null);
  }
  return (
    <Button buttonSize="s" onClick={() => void close()}>
      {BULK_TEXT.close}
    </Button>
  );
}
