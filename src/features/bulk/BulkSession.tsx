import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { useMemo, useState } from 'react';
import { createBulkApi } from '../../api/bulk';
import { BULK_TEXT, readingProgress, runHeading } from '../../core/bulk/bulkMessages';
import type { BulkMode } from '../../core/bulk/bulkReport';
import { recordPath } from '../../core/bulk/environments';
import type { BulkModalParameters } from '../../core/bulk/modalParameters';
import { createPacer } from '../../core/bulk/ratePacer';
import { createLocaleNamer } from '../../core/shared/localeNames';
import { NOTHING_PICKED } from '../../core/unpublish/pick';
import styles from './bulk.module.css';
import { CloseButton } from './CloseButton';
import { currentView } from './currentView';
import { EnvironmentChoice } from './EnvironmentChoice';
import { PhaseProgress } from './PhaseProgress';
import { type Choice, PickStep } from './PickStep';
import { ProgressStep } from './ProgressStep';
import { ReportStep } from './ReportStep';
import { useCurrentReads, useOtherEnvironments } from './useBulkReading';
import { useBulkRun } from './useBulkRun';

type Props = { ctx: RenderModalCtx; token: string; parameters: BulkModalParameters };

/** The modal's flow: read, pick, confirm, run (with Stop), report (with retry). */
export function BulkSession({ ctx, token, parameters }: Props) {
  const { records } = parameters;
  const [rateLimitWait, setRateLimitWait] = useState(0);
  const [api] = useState(() =>
    createBulkApi(
      { currentUserAccessToken: token, cmaBaseUrl: ctx.cmaBaseUrl },
      { pacer: createPacer(), onRateLimitWait: setRateLimitWait },
    ),
  );
  const uiLocale = ctx.ui.locale;
  const name = useMemo(() => createLocaleNamer(uiLocale), [uiLocale]);
  const reading = useCurrentReads(ctx, api, records);
  const others = useOtherEnvironments(ctx, api);
  const [choice, setChoice] = useState<Choice>({
    pick: parameters.pick ?? NOTHING_PICKED,
    later: false,
    planChoice: 'keep',
    environments: [ctx.environment],
  });
  const [heading, setHeading] = useState('');
  const label = (environment: string) =>
    environment === ctx.environment ? `${environment} (this environment)` : environment;
  const run = useBulkRun({
    ctx,
    api,
    records,
    currentReads: reading.reads ?? new Map(),
    name,
    environmentLabel: label,
    onRateLimitWait: setRateLimitWait,
  });
  const titles = new Map(records.map((r) => [r.id, r.title]));
  const words = { uiLocale, name, title: (id: string) => titles.get(id) ?? id, environmentLabel: label };

  function continueWith(mode: BulkMode, when: string | null) {
    setHeading(runHeading(choice.pick, mode, when, uiLocale, name));
    // The current environment first: the one the editor is looking at.
    const environments = [ctx.environment, ...choice.environments.filter((e) => e !== ctx.environment)].filter((e) =>
      choice.environments.includes(e),
    );
    void run.start({ ...choice, mode, when, environments });
  }

  function openRecord(environment: string, recordId: string) {
    const primary =
      environment === ctx.environment
        ? ctx.isEnvironmentPrimary
        : others.status === 'ready' && others.options.some((o) => o.id === environment && o.primary);
    const itemTypeId = records.find((r) => r.id === recordId)?.itemTypeId ?? '';
    void ctx.navigateTo(recordPath({ id: environment, primary }, itemTypeId, recordId));
  }

  async function copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      void ctx.notice(BULK_TEXT.copied);
      return true;
    } catch {
      return false;
    }
  }

  const { phase } = run;
  return (
    <>
      {reading.reads === null && (
        <ProgressStep
          title={BULK_TEXT.readingTitle}
          done={reading.done}
          total={reading.total}
          label={readingProgress(reading.done, reading.total)}
          rateLimitWait={rateLimitWait}
        />
      )}
      {reading.reads !== null && phase.kind === 'idle' && (
        <PickStep
          {...currentView(ctx, records, reading.reads)}
          words={{ uiLocale, name, timeZone: ctx.site.attributes.timezone }}
          choice={choice}
          onChoice={(change) => setChoice((current) => ({ ...current, ...change }))}
          environments={
            <EnvironmentChoice
              current={ctx.environment}
              label={label}
              others={others}
              selected={choice.environments}
              onChange={(environments) => setChoice((current) => ({ ...current, environments }))}
              disabled={false}
            />
          }
          onContinue={continueWith}
        />
      )}
      <PhaseProgress phase={phase} heading={heading} rateLimitWait={rateLimitWait} onStop={run.stop} />
      {phase.kind === 'report' && run.report && (
        <ReportStep
          report={run.report}
          heading={heading}
          words={words}
          onOpen={openRecord}
          onRetry={() => void run.retry()}
          copy={copy}
        />
      )}
      <div className={styles.footer}>
        <CloseButton ctx={ctx} busy={run.isBusy} onStop={run.stop} />
      </div>
    </>
  );
}
