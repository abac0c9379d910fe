import { BULK_TEXT, readingProgress, runProgress } from '../../core/bulk/bulkMessages';
import { BULK_LINK_TEXT, bulkCheckProgress } from '../../core/preflight/preflightMessages';
import { ProgressStep } from './ProgressStep';
import type { RunPhase } from './useBulkRun';

type Props = { phase: RunPhase; heading: string; rateLimitWait: number; onStop: () => void };

/** The progress of a run's phase before its report: reading other environments, checking links, sending. */
export function PhaseProgress({ phase, heading, rateLimitWait, onStop }: Props) {
  switch (phase.kind) {
    case 'preparing':
      return (
        <ProgressStep
          title={BULK_TEXT.preparingTitle}
          done={phase.done}
          total={phase.total}
          label={[phase.environment, readingProgress(phase.done, phase.total)].filter(Boolean).join(': ')}
          rateLimitWait={rateLimitWait}
          onStop={onStop}
        />
      );
    case 'checking':
      return (
        <ProgressStep
          title={BULK_LINK_TEXT.checkingTitle}
          done={phase.done}
          total={phase.total}
          label={bulkCheckProgress(phase.done, phase.total)}
          rateLimitWait={rateLimitWait}
          onStop={onStop}
        />
      );
    case 'running':
      return (
        <ProgressStep
          title={heading}
          done={phase.progress.done}
          total={phase.progress.total}
          label={runProgress(phase.progress.done, phase.progress.total, phase.progress.failures)}
          rateLimitWait={rateLimitWait}
          onStop={onStop}
          stopping={phase.stopping}
        />
      );
    default:
      return null;
  }
}
