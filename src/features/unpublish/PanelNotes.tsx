import { Button } from 'datocms-react-ui';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT, rateLimitWaitMessage } from '../../core/unpublish/panelMessages';
import { Callout } from '../../ui/Callout';
import { secondaryButton } from '../../ui/Switch';

export function ReadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Callout
      tone="error"
      title={PANEL_TEXT.readFailedTitle}
      action={
        <Button buttonSize="xs" className={secondaryButton} onClick={onRetry}>
          {PANEL_TEXT.tryAgain}
        </Button>
      }
    >
      {message}
    </Callout>
  );
}

type Props = { dirty: boolean; rateLimitWait: number; outcome: Outcome | null; busy: boolean; onReadAgain: () => void };

/**
 * What the panel has to say about the form, the rate limit and the last write. A write that worked is said
 * once, by the host's toast, and shown by the state itself: only a failure stays here.
 */
export function PanelNotes({ dirty, rateLimitWait, outcome, busy, onReadAgain }: Props) {
  return (
    <>
      {dirty && <Callout tone="info">{PANEL_TEXT.unsavedChanges}</Callout>}
      {rateLimitWait > 0 && (
        <Callout tone="info" title={PANEL_TEXT.rateLimitTitle}>
          {rateLimitWaitMessage(rateLimitWait)}
        </Callout>
      )}
      {outcome && outcome.tone !== 'success' && (
        <Callout
          tone={outcome.tone}
          action={
            // A late answer may still change the record after the panel's own re-read.
            outcome.uncertain && (
              <Button buttonSize="xs" className={secondaryButton} disabled={busy} onClick={onReadAgain}>
                {PANEL_TEXT.readAgain}
              </Button>
            )
          }
        >
          {outcome.message}
        </Callout>
      )}
    </>
  );
}
