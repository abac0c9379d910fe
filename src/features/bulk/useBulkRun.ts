import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { useRef, useState } from 'react';
import type { BulkApi } from '../../api/bulk';
import { type Progress, readRecords, runRecords } from '../../api/bulkRunner';
import { BULK_TEXT, describeBulkConfirmation } from '../../core/bulk/bulkMessages';
import {
  type EnvironmentPlan,
  initialReport,
  isWrite,
  offlineGroups,
  type PlanInput,
  planCounts,
  type RecordRead,
  stepFor,
} from '../../core/bulk/bulkPlan';
import { type BulkReport, failedLines, mergeLines } from '../../core/bulk/bulkReport';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';
import { parseConfig } from '../../core/config/parseConfig';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { type EnvironmentSettings, recordPolicy } from './bulkPolicy';

export type RunPhase =
  | { kind: 'idle' }
  | { kind: 'preparing'; environment: string; done: number; total: number }
  /** Reading the records that link to the ones about to be unpublished (checkRunLinks.ts). */
  | { kind: 'checking'; done: number; total: number }
  | { kind: 'running'; progress: Progress; stopping: boolean }
  | { kind: 'report' };

/** What the editor chose in the modal. */
export type RunChoice = Omit<PlanInput, 'now'> & {
  /** The environments to run in, the current one first when chosen. */
  environments: string[];
  /** How the instant reads, for the confirmation ('Monday 1 March 2027 at 09:00 (Europe/Rome)'). */
  when: string | null;
};

type Deps = {
  ctx: RenderModalCtx;
  api: BulkApi;
  records: readonly BulkRecordRef[];
  currentReads: ReadonlyMap<string, RecordRead>;
  name: LocaleNamer;
  environmentLabel: (environment: string) => string;
  onRateLimitWait: (seconds: number) => void;
};

/** Preparing (other environments read), confirming, running, retrying and stopping a bulk run. */
export function useBulkRun(deps: Deps) {
  const depsRef = useRef(deps);
  depsRef.current = deps;
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const [report, setReport] = useState<BulkReport | null>(null);
  const running = useRef<AbortController | null>(null);
  const planned = useRef<{
    plans: EnvironmentPlan[];
    input: PlanInput;
    settings: Map<string, EnvironmentSettings>;
  } | null>(null);

  /** Each environment's plugin settings: the current one's from the ctx, the others read there. */
  async function loadSettings(environments: readonly string[]): Promise<Map<string, EnvironmentSettings>> {
    const { ctx, api } = depsRef.current;
    const own = parseConfig(ctx.plugin.attributes.parameters).config;
    const settings = new Map<string, EnvironmentSettings>();
    for (const environment of environments) {
      if (environment === ctx.environment) {
        settings.set(environment, { environment, config: own, borrowed: false });
        continue;
      }
      try {
        const parameters = await api.environment(environment).pluginParameters(ctx.plugin.id);
        settings.set(environment, { environment, config: parseConfig(parameters).config, borrowed: false });
      } catch {
        settings.set(environment, { environment, config: own, borrowed: true });
      }
    }
    return settings;
  }

  async function readIn(environment: string, signal: AbortSignal): Promise<ReadonlyMap<string, RecordRead>> {
    const { ctx, api, records, currentReads } = depsRef.current;
    if (environment === ctx.environment) return currentReads;
    return readRecords(
      api.environment(environment),
      records.map((r) => r.id),
      ctx.site.attributes.locales,
      { signal, onProgress: (done, total) => setPhase({ kind: 'preparing', environment, done, total }) },
    );
  }

  function policyFor(settings: Map<string, EnvironmentSettings>) {
    const { ctx, records } = depsRef.current;
    return (environment: string, recordId: string) => {
      const record = records.find((r) => r.id === recordId);
      const envSettings = settings.get(environment);
      if (!record || !envSettings) throw new Error(`no record ${recordId} in ${environment}`);
      return recordPolicy(ctx, envSettings, record);
    };
  }

  async function confirm(
    plans: EnvironmentPlan[],
    choice: RunChoice,
    settings: Map<string, EnvironmentSettings>,
    linksNote: string,
  ) {
    const { ctx, name, environmentLabel } = depsRef.current;
    const confirmation = describeBulkConfirmation(
      plans.map((plan) => ({
        plan,
        label: environmentLabel(plan.environment),
        groups: offlineGroups(plan),
        counts: planCounts(plan),
      })),
      choice.pick,
      choice.mode,
      choice.when,
      { uiLocale: ctx.ui.locale, name },
    );
    const borrowed = [...settings.values()]
      .filter((s) => s.borrowed)
      .map((s) => `${s.environment}: ${BULK_TEXT.settingsReadFailed}`);
    const answer = await ctx.openConfirm({
      title: confirmation.title,
      content: [confirmation.content, linksNote, ...borrowed].filter(Boolean).join(' '),
      choices: [{ label: confirmation.confirmLabel, value: 'run', intent: 'negative' }],
      cancel: { label: BULK_TEXT.cancel, value: 'cancel' },
    });
    return answer === 'run';
  }

  async function execute(items: Parameters<typeof runRecords>[0], base: BulkReport) {
    const { api, ctx } = depsRef.current;
    const prepared = planned.current;
    if (!prepared) return;
    const controller = new AbortController();
    running.current = controller;
    setPhase({ kind: 'running', progress: { done: 0, total: items.length, failures: 0 }, stopping: false });
    const lines = await runRecords(
      items,
      { api, siteLocales: ctx.site.attributes.locales, input: prepared.input, policyFor: policyFor(prepared.settings) },
      {
        signal: controller.signal,
        onProgress: (progress) =>
          setPhase((current) => ({
            kind: 'running',
            progress,
            stopping: current.kind === 'running' && current.stopping,
          })),
      },
    );
    running.current = null;
    setReport(mergeLines(base, lines));
    setPhase({ kind: 'report' });
  }

  async function start(choice: RunChoice) {
    const { records } = depsRef.current;
    const input: PlanInput = { pick: choice.pick, mode: choice.mode, planChoice: choice.planChoice, now: Date.now() };
    const controller = new AbortController();
    running.current = controller;
    setPhase({ kind: 'preparing', environment: '', done: 0, total: records.length });
    const settings = await loadSettings(choice.environments);
    const policy = policyFor(settings);
    const plans: EnvironmentPlan[] = [];
    for (const environment of choice.environments) {
      const reads = await readIn(environment, controller.signal);
      const steps = records.map((record) => {
        const read: RecordRead = reads.get(record.id) ?? { kind: 'failed', failure: { kind: 'network' } };
        return { recordId: record.id, step: stepFor(read, policy(environment, record.id), input) };
      });
      plans.push({ environment, records: steps });
    }
    if (controller.signal.aborted) {
      running.current = null;
      return;
    }
    if (!plans.some((plan) => plan.records.some((r) => isWrite(r.step)))) {
      running.current = null;
      await depsRef.current.ctx.alert(BULK_TEXT.nothingToSend);
      setPhase({ kind: 'idle' });
      return;
    }
    const { checkRunLinks } = await import('./checkRunLinks');
    const links = await checkRunLinks(depsRef.current.ctx, plans, choice.mode, records, {
      signal: controller.signal,
      onProgress: (done, total) => setPhase({ kind: 'checking', done, total }),
      onRateLimitWait: depsRef.current.onRateLimitWait,
    });
    running.current = null;
    if (controller.signal.aborted) {
      setPhase({ kind: 'idle' });
      return;
    }
    planned.current = { plans: links.plans, input, settings };
    if (!links.plans.some((plan) => plan.records.some((r) => isWrite(r.step)))) {
      // Every write would be refused: said with the records to deal with first.
      await depsRef.current.ctx.alert(`${BULK_TEXT.nothingToSend} ${links.note}`);
      setPhase({ kind: 'idle' });
      return;
    }
    if (!(await confirm(links.plans, choice, settings, links.note))) {
      setPhase({ kind: 'idle' });
      return;
    }
    const base = initialReport(choice.mode, links.plans);
    setReport(base);
    const writes = links.plans.flatMap((plan) =>
      plan.records.filter((r) => isWrite(r.step)).map((r) => ({ environment: plan.environment, ...r })),
    );
    await execute(writes, base);
  }

  /** Sends again only the failed lines: a failed write as planned, a failed read read again first. */
  async function retry() {
    const { ctx } = depsRef.current;
    const prepared = planned.current;
    if (!report || !prepared) return;
    const failed = failedLines(report);
    const answer = await ctx.openConfirm({
      title: BULK_TEXT.retryFailed,
      content: `${failed.length} ${failed.length === 1 ? 'record is' : 'records are'} sent again; nothing else is.`,
      choices: [{ label: BULK_TEXT.retryFailed, value: 'retry', intent: 'negative' }],
      cancel: { label: BULK_TEXT.cancel, value: 'cancel' },
    });
    if (answer !== 'retry') return;
    const items = failed.map((line) => {
      const planStep = prepared.plans
        .find((p) => p.environment === line.environment)
        ?.records.find((r) => r.recordId === line.recordId)?.step;
      const step = planStep && isWrite(planStep) ? planStep : null;
      return { environment: line.environment, recordId: line.recordId, step };
    });
    await execute(items, report);
  }

  /** No record starts and no write leaves after this; what is on its way finishes. */
  function stop() {
    running.current?.abort();
    setPhase((current) => (current.kind === 'running' ? { ...current, stopping: true } : current));
  }

  return { phase, report, start, retry, stop, isBusy: phase.kind !== 'idle' && phase.kind !== 'report' };
}
