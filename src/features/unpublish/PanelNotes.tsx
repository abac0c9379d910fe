import { Button } from 'datocms-react-ui';
import type { Outcome } from '../../core/shared/outcome';
import { PANEL_TEXT, rateLimitWaitMessage } from '../../core/unpublish/panelMessages';
import { Callout } from '../../ui/Callout';

export function ReadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <>
      <Callout tone="error" title={PANEL_TEXT.readFailedTitle}>
        {message}
      </Callout>
      <Button buttonSize="s" onClick={onRetry}>
        {PANEL_TEXT.tryAgain}
      </Button>
    </>
  );
}

type Props = { dirty: boolean; rateLimitWait: number; outcome: Outcome | null; busy: boolean; onReadAgain: () => void };

/** What the panel has to say about the form, the rate limit and the last write. */
export function PanelNotes({ dirty, rateLimitWait, outcome, busy, onReadAgain }: Props) {
  return (
    <>
      {dirty && <Callout tone="info">{PANEL_TEXT.unsavedChanges}</Callout>}
      {rateLimitWait > 0 && (
        <Callout tone="info" title={PANEL_TEXT.rateLimitTitle}>
          {rateLimitWaitMessage(rateLimitWait)}
        </Callout>
      )}
      {outcome && <Callout tone={outcome.tone}>{outcome.message}</Callout>}
      {outcome?.uncertain && (
        // A late answer may still change the record after the panel's own re-read.
        <Button buttonSize="xs" disabled={busy} onClick={onReadAgain}>
          {PANEL_TEXT.readAgain}
        </Button>
      )}
    </>
  );
}
