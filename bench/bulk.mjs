// `npm run bench:bulk`: a bulk run of the plugin's own code (src/api/bulk.ts, bulkRunner.ts and the
// pacer of src/core/bulk/ratePacer.ts, loaded through Vite) against the fake CMA with its documented
// rate limit on (60 requests per 3 s unless the fake is configured otherwise). 1,000 records live in
// three locales, two of them picked: one read and one write per record. It prints the wall time, the
// reads and writes the fake received, the 429s it answered, the records lost (not left with exactly
// the unpicked locale live, or not reported as succeeded) and the ratio of the ideal wall time to the
// achieved one. The ideal: two requests per record sent exactly at the limit's ceiling.
//
//   npm run bench:bulk                    the headers readable (as the fake exposes them to browsers)
//   npm run bench:bulk -- --hide-headers  as a browser sees an answer whose headers are not exposed
//   npm run bench:bulk -- --records 300   fewer records
//
// The last line reads exactly `bulk: ratio=<x.xx> lost=<n>`.
import { parseArgs } from 'node:util';
import { createServer } from 'vite';
import { startFakeCma } from '../fake-cma/server.mjs';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '1000' }, 'hide-headers': { type: 'boolean', default: false } },
});
const RECORDS = Number(values.records);
const LOCALES = ['en', 'it', 'es'];
const PICKED = ['it', 'es'];
const TITLES = { en: 'Hello', it: 'Ciao', es: 'Hola' };

function seed() {
  return {
    site: { id: 'bench', name: 'Bench', locales: LOCALES, timezone: 'Europe/Rome' },
    models: [{ id: 'model-bench', name: 'Bench', apiKey: 'bench', draftMode: true, tree: false }],
    records: Array.from({ length: RECORDS }, (_, i) => ({
      id: `bench-${String(i).padStart(5, '0')}`,
      model: 'model-bench',
      title: TITLES,
      published: TITLES,
    })),
  };
}

const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
const load = (path) => vite.ssrLoadModule(path);
const { createBulkApi } = await load('/src/api/bulk.ts');
const { readRecords, runRecords } = await load('/src/api/bulkRunner.ts');
const { stepFor, isWrite } = await load('/src/core/bulk/bulkPlan.ts');
const { createPacer } = await load('/src/core/bulk/ratePacer.ts');

const fake = await startFakeCma({ port: 0, seed: seed() });
const { limit, windowMs } = fake.rateLimit.stats();
const ids = seed().records.map((r) => r.id);

// A browser without Access-Control-Expose-Headers sees none of the rate-limit headers.
const hidden = async (input, init) => {
  const response = await fetch(input, init);
  return new Response(response.body, { status: response.status, headers: { 'content-type': 'application/json' } });
};
const pacer = createPacer();
const api = createBulkApi(
  { currentUserAccessToken: fake.token, cmaBaseUrl: fake.url },
  { pacer, onRateLimitWait: () => {}, ...(values['hide-headers'] ? { fetch: hidden } : {}) },
);
const everything = { locales: LOCALES, wholeRecord: true, reason: null };
const policy = {
  enabled: true,
  allowWholeRecord: true,
  allowScheduling: true,
  minLeadMinutes: 5,
  permission: everything,
};
const input = {
  pick: { wholeRecord: false, locales: PICKED },
  mode: { kind: 'now' },
  planChoice: 'keep',
  now: Date.now(),
};
const signal = new AbortController().signal;
const every = Math.max(1, Math.floor(RECORDS / 10));

console.log(`bulk bench: ${RECORDS} records × ${LOCALES.length} locales, ${PICKED.join(' and ')} picked`);
console.log(
  `fake CMA rate limit: ${limit} requests per ${windowMs} ms${values['hide-headers'] ? ' (headers hidden from the plugin)' : ''}`,
);

const started = performance.now();
const reads = await readRecords(api.environment('main'), ids, LOCALES, {
  signal,
  onProgress: (done, total) => done % every === 0 && console.log(`  read ${done}/${total}`),
});
const items = ids
  .map((recordId) => ({ environment: 'main', recordId, step: stepFor(reads.get(recordId), policy, input) }))
  .filter((item) => isWrite(item.step));
const lines = await runRecords(
  items,
  { api, siteLocales: LOCALES, input, policyFor: () => policy },
  {
    signal,
    onProgress: (p) => p.done % every === 0 && console.log(`  written ${p.done}/${p.total} (${p.failures} failed)`),
  },
);
const wallMs = performance.now() - started;

const log = fake.requests();
const readsSent = log.filter((e) => e.method === 'GET').length;
const writesSent = log.filter((e) => e.method === 'PUT').length;
const tooMany = log.filter((e) => e.status === 429).length;
const succeeded = new Set(lines.filter((l) => l.outcome.kind === 'succeeded').map((l) => l.recordId));
const lost = ids.filter((id) => !succeeded.has(id) || fake.publishedLocales(id).join() !== 'en').length;
const idealMs = ((2 * RECORDS) / limit) * windowMs;
const ratio = idealMs / wallMs;

console.log(`wall time: ${(wallMs / 1000).toFixed(1)} s (ideal ${(idealMs / 1000).toFixed(1)} s)`);
console.log(`reads sent: ${readsSent}, writes sent: ${writesSent}, 429s received: ${tooMany}`);
console.log(
  `pacer: limit read from the headers ${pacer.snapshot().limit ?? 'never'}, learnt ${pacer.snapshot().estimatedLimit ?? '-'}`,
);
console.log(`records lost: ${lost}`);
await fake.close();
await vite.close();
console.log(`bulk: ratio=${ratio.toFixed(2)} lost=${lost}`);
