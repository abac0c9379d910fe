// @vitest-environment node
// The bulk API against the fake CMA in the main environment: reading the records' states, reading the
// rate-limit headers at run time (or pacing without them), and running the writes (refusals, retry, Stop, 429).
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../fake-cma/server.mjs';
import type { EnvironmentPlan } from '../core/bulk/bulkPlan';
import { stepFor } from '../core/bulk/bulkPlan';
import { failedLines, mergeLines } from '../core/bulk/bulkReport';
import { createPacer } from '../core/bulk/ratePacer';
import { createBulkApi } from './bulk';
import { type RunContext, type RunItem, readRecords, runRecords } from './bulkRunner';
import { fakeCmaPerFile } from './testFakeCma';

const NOW = Date.parse('2026-03-01T09:00:00Z');
const LOCALES = ['en', 'it', 'es'];
const titles = { en: 'Hello', it: 'Ciao', es: 'Hola' };
const live = (locales: string[]) => Object.fromEntries(locales.map((l) => [l, titles[l as keyof typeof titles]]));

/** Twelve records: even ones live in every locale, odd ones in English and Italian; r12 never published. */
function seed(): Seed {
  const records = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i + 1}`,
    model: 'model-article',
    title: titles,
    published: i === 11 ? {} : live(i % 2 === 0 ? LOCALES : ['en', 'it']),
  }));
  return {
    site: { id: 'site', name: 'Bulk', locales: LOCALES, timezone: 'Europe/Rome' },
    models: [{ id: 'model-article', name: 'Article', apiKey: 'article', draftMode: true, tree: false }],
    records,
  };
}

const fake = fakeCmaPerFile({ now: NOW, seed: seed() });

/** What left the plugin: each fetch with its method, path and the time it left. */
type Sent = { method: string; path: string; at: number };

function bulkApi(options: { hideHeaders?: boolean } = {}) {
  const sent: Sent[] = [];
  const limits: Array<string | null> = [];
  const pacer = createPacer();
  const api = createBulkApi(
    { currentUserAccessToken: fake().token, cmaBaseUrl: fake().url },
    {
      pacer,
      onRateLimitWait: () => {},
      sleep: async () => {},
      fetch: async (input, init) => {
        const url = new URL(String(input));
        sent.push({ method: init?.method ?? 'GET', path: url.pathname, at: performance.now() });
        const response = await fetch(input, init);
        limits.push(response.headers.get('x-ratelimit-limit'));
        // A browser hides the headers a cross-origin answer does not expose.
        return options.hideHeaders ? new Response(response.body, { status: response.status }) : response;
      },
    },
  );
  return { api, pacer, sent, limits };
}

const ALL = { locales: LOCALES, wholeRecord: true, reason: null };
const policy = { enabled: true, allowWholeRecord: true, allowScheduling: true, minLeadMinutes: 5, permission: ALL };
const italianAndSpanish = {
  pick: { wholeRecord: false as const, locales: ['it', 'es'] },
  mode: { kind: 'now' as const },
  planChoice: 'keep' as const,
  now: NOW,
};
const IDS = Array.from({ length: 12 }, (_, i) => `r${i + 1}`);

async function planMain(api: ReturnType<typeof bulkApi>['api']): Promise<EnvironmentPlan> {
  const reads = await readRecords(api.environment('main'), IDS, LOCALES, {
    signal: new AbortController().signal,
    onProgress: () => {},
  });
  return {
    environment: 'main',
    records: IDS.map((id) => ({
      recordId: id,
      step: stepFor(reads.get(id) ?? { kind: 'not-found' }, policy, italianAndSpanish),
    })),
  };
}

function context(api: ReturnType<typeof bulkApi>['api']): RunContext {
  return { api, siteLocales: LOCALES, input: italianAndSpanish, policyFor: () => policy };
}

const items = (plan: EnvironmentPlan): RunItem[] =>
  plan.records.map((r) => ({ environment: plan.environment, recordId: r.recordId, step: r.step }));

describe('reading states', () => {
  it('reads each record once with the panel’s call, in the environment asked; a missing record is not found', async () => {
    const { api } = bulkApi();
    const progress: string[] = [];
    const reads = await readRecords(api.environment('main'), ['r1', 'r2', 'r12', 'gone'], LOCALES, {
      signal: new AbortController().signal,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    });
    expect(Object.fromEntries(reads)).toEqual({
      r1: { kind: 'read', live: LOCALES, plan: null },
      r2: { kind: 'read', live: ['en', 'it'], plan: null },
      r12: { kind: 'read', live: [], plan: null },
      gone: { kind: 'not-found' },
    });
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const log = fake().requests();
    expect(log.map((e) => e.path).sort()).toEqual(
      ['gone', 'r1', 'r12', 'r2'].map((id) => `/items/${id}/current-vs-published-state`),
    );
    expect(log.every((e) => e.headers['x-environment'] === 'main')).toBe(true);
  });
});

describe('the rate-limit headers', () => {
  it('are read at run time from the answers (the fetchFn wrapper sees them)', async () => {
    const { api, pacer, limits } = bulkApi();
    await api.environment('main').readState('r1', LOCALES);
    expect(limits[0]).not.toBeNull();
    expect(pacer.snapshot().limit).toBe(Number(limits[0]));
  });

  it('fall back to pacing without them when the browser hides them', async () => {
    const { api, pacer } = bulkApi({ hideHeaders: true });
    await planMain(api);
    expect(pacer.snapshot().limit).toBeNull();
  });
});

describe('running the writes', () => {
  it('sends one write per record to unpublish, exactly the picked live locales, and reports every record', async () => {
    const { api } = bulkApi();
    const plan = await planMain(api);
    fake().resetLog();
    const progress: string[] = [];
    const lines = await runRecords(items(plan), context(api), {
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(`${p.done}/${p.total}/${p.failures}`),
    });
    const writes = fake()
      .writes()
      .map((w) => [w.path, w.rawBody === '' ? null : w.body, w.headers['x-environment']]);
    const selective = (locales: string[]) => ({
      data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: locales } },
    });
    const expected = IDS.slice(0, 11).map((id, i) => [
      `/items/${id}/unpublish`,
      i % 2 === 0 ? selective(['it', 'es']) : selective(['it']),
      'main',
    ]);
    expect(writes.sort()).toEqual(expected.sort());
    expect(lines.map((l) => l.outcome.kind)).toEqual([...Array(11).fill('succeeded'), 'skipped']);
    expect(progress.at(-1)).toBe('12/12/0');
    expect(fake().publishedLocales('r1')).toEqual(['en']);
  });

  it('reports a refused write as failed with its reason, and a retry sends only the failed ones', async () => {
    const { api } = bulkApi();
    const plan = await planMain(api);
    fake().resetLog();
    fake().injectFault({ method: 'PUT', path: '/items/r3/unpublish', status: 422, code: 'ITEM_LOCKED' });
    fake().injectFault({ method: 'PUT', path: '/items/r4/unpublish', status: 503 });
    const signal = new AbortController().signal;
    const lines = await runRecords(items(plan), context(api), { signal, onProgress: () => {} });
    const report = mergeLines({ mode: { kind: 'now' }, environments: ['main'], lines }, []);
    const failed = failedLines(report);
    expect(failed.map((l) => l.recordId)).toEqual(['r3', 'r4']);
    expect(failed[0]?.outcome).toEqual({
      kind: 'failed',
      phase: 'write',
      failure: { kind: 'api', status: 422, errors: [{ code: 'ITEM_LOCKED', details: {} }] },
    });

    fake().resetLog();
    const retryItems = failed.map((l) => ({
      environment: l.environment,
      recordId: l.recordId,
      step: plan.records.find((r) => r.recordId === l.recordId)?.step ?? null,
    }));
    const retried = await runRecords(retryItems, context(api), { signal, onProgress: () => {} });
    expect(
      fake()
        .writes()
        .map((w) => w.path)
        .sort(),
    ).toEqual(['/items/r3/unpublish', '/items/r4/unpublish']);
    expect(retried.map((l) => l.outcome.kind)).toEqual(['succeeded', 'succeeded']);
  });

  it('sends no write after Stop: the records not yet sent are reported as not sent', async () => {
    const { api, sent } = bulkApi();
    const plan = await planMain(api);
    fake().resetLog();
    const controller = new AbortController();
    let stoppedAt = Number.POSITIVE_INFINITY;
    const lines = await runRecords(items(plan), context(api), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 3) {
          stoppedAt = performance.now();
          controller.abort();
        }
      },
    });
    const writesSent = sent.filter((s) => s.method === 'PUT');
    expect(writesSent.every((s) => s.at < stoppedAt)).toBe(true);
    const notSent = lines.filter((l) => l.outcome.kind === 'not-sent').map((l) => l.recordId);
    expect(notSent.length).toBeGreaterThan(0);
    const written = fake()
      .writes()
      .map((w) => w.path);
    expect(written).toHaveLength(lines.filter((l) => l.outcome.kind === 'succeeded').length);
    for (const id of notSent) expect(written).not.toContain(`/items/${id}/unpublish`);
  });

  it('waits out a 429 and sends the write again (it was not carried out)', async () => {
    const { api, pacer } = bulkApi();
    const plan = await planMain(api);
    fake().resetLog();
    fake().injectFault({
      method: 'PUT',
      path: '/items/r1/unpublish',
      status: 429,
      headers: { 'X-RateLimit-Reset': '1' },
    });
    const lines = await runRecords(items(plan).slice(0, 1), context(api), {
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(lines[0]?.outcome.kind).toBe('succeeded');
    expect(
      fake()
        .writes()
        .map((w) => w.status),
    ).toEqual([429, 200]);
    expect(pacer.snapshot().rateLimited).toBe(1);
  });
});
