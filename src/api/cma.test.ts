// @vitest-environment node
import { ApiError, TimeoutError } from '@datocms/cma-client-browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSeed, type FakeCma, startFakeCma } from '../../fake-cma/server.mjs';
import { mayHaveHappened } from '../core/shared/apiFailure';
import { readPublicationState } from '../core/unpublish/publicationState';
import { createCmaSession, RateLimitedError, toApiFailure } from './cma';

const NOW = Date.parse('2026-03-01T09:00:00Z');
const HOUR = 3_600_000;
const SITE_LOCALES = ['en', 'it', 'es', 'fr'];

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

/** A session as the panel builds it, with a sleep that does not wait but records what it was asked. */
function session(options: { token?: string } = {}) {
  const waits: number[] = [];
  const slept: number[] = [];
  const api = createCmaSession(
    { currentUserAccessToken: options.token ?? fake.token, environment: 'main', cmaBaseUrl: fake.url },
    {
      onRateLimitWait: (seconds) => waits.push(seconds),
      sleep: async (ms) => {
        slept.push(ms);
      },
    },
  );
  return { api, waits, slept };
}

/** What a call rejects with (fails the test when it resolves). */
async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

const selective = (locales: string[]) => ({
  data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: locales } },
});

describe('fetchPublicationState', () => {
  it('returns the raw document, with the scheduled unpublishing in `included` once one is planned', async () => {
    const { api } = session();
    const before = await api.fetchPublicationState('rec-article');
    expect(before.data.attributes).toMatchObject({
      published_version_locales: ['en', 'it', 'es'],
      current_version_locales: ['en', 'it', 'es', 'fr'],
      changed_locales: ['es'],
    });
    expect(before.data.relationships.scheduled_unpublishing?.data).toBeNull();
    expect(before.included?.some((entry) => entry.type === 'scheduled_unpublishing')).toBe(false);

    const at = new Date(NOW + 2 * HOUR).toISOString();
    await api.scheduleUnpublishing('rec-article', { at, locales: ['it'] });
    const after = await api.fetchPublicationState('rec-article');
    const id = after.data.relationships.scheduled_unpublishing?.data?.id;
    expect(id).toEqual(expect.any(String));
    expect(after.included).toContainEqual(
      expect.objectContaining({
        id,
        type: 'scheduled_unpublishing',
        attributes: { unpublishing_scheduled_at: at, content_in_locales: ['it'] },
      }),
    );
    // Raw: the JSON:API shape, not the client's deserialized one.
    expect(after.data).toHaveProperty('attributes');
    expect(after.data).toHaveProperty('relationships');
    expect(readPublicationState(after, SITE_LOCALES).scheduledUnpublishing).toEqual({ at, locales: ['it'] });

    const reads = fake.requests().filter((entry) => entry.method === 'GET');
    expect(reads.map((entry) => entry.path)).toEqual([
      '/items/rec-article/current-vs-published-state',
      '/items/rec-article/current-vs-published-state',
    ]);
    expect(reads[0]?.headers).toMatchObject({
      authorization: `Bearer ${fake.token}`,
      'x-api-version': '3',
      'x-environment': 'main',
    });
  });

  it('reads a whole-record schedule as content_in_locales null', async () => {
    const { api } = session();
    const at = new Date(NOW + HOUR).toISOString();
    await api.scheduleUnpublishing('rec-article', { at, locales: null });
    const raw = await api.fetchPublicationState('rec-article');
    expect(readPublicationState(raw, SITE_LOCALES).scheduledUnpublishing).toEqual({ at, locales: null });
  });
});

describe('unpublish', () => {
  it('sends no body at all for the whole record', async () => {
    const { api } = session();
    await api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false });
    const writes = fake.writes();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/items/rec-article/unpublish',
      query: {},
      rawBody: '',
      body: null,
      status: 200,
    });
    expect(fake.publishedLocales('rec-article')).toEqual([]);
  });

  it('sends the selective_unpublish_operation body for locales', async () => {
    const { api } = session();
    await api.unpublish('rec-article', { scope: 'locales', locales: ['it', 'es'] }, { recursive: false });
    const writes = fake.writes();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/items/rec-article/unpublish',
      query: {},
      body: selective(['it', 'es']),
      status: 200,
    });
    expect(fake.publishedLocales('rec-article')).toEqual(['en']);
  });

  it('adds ?recursive=true when asked, and takes the published descendants offline with the record', async () => {
    const { api } = session();
    await api.unpublish('rec-page-root', { scope: 'whole-record' }, { recursive: true });
    const writes = fake.writes();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/items/rec-page-root/unpublish',
      query: { recursive: 'true' },
      rawBody: '',
      body: null,
      status: 200,
    });
    for (const id of ['rec-page-root', 'rec-page-child', 'rec-page-grandchild']) {
      expect(fake.publishedLocales(id)).toEqual([]);
    }
  });

  it('sends no recursive parameter when not asked (the CMA then refuses a tree with published children)', async () => {
    const { api } = session();
    const error = await rejection(api.unpublish('rec-page-root', { scope: 'whole-record' }, { recursive: false }));
    expect(toApiFailure(error)).toEqual({ kind: 'api', status: 422, codes: ['PUBLISHED_CHILDREN'] });
    expect(fake.writes()).toMatchObject([
      { method: 'PUT', path: '/items/rec-page-root/unpublish', query: {}, rawBody: '' },
    ]);
    expect(fake.publishedLocales('rec-page-root')).toEqual(['en', 'it']);
  });
});

describe('scheduleUnpublishing and cancelScheduledUnpublishing', () => {
  it('send the scheduled_unpublishing body and the DELETE', async () => {
    const { api } = session();
    const at = new Date(NOW + HOUR).toISOString();
    await api.scheduleUnpublishing('rec-article', { at, locales: ['it'] });
    await api.cancelScheduledUnpublishing('rec-article');
    expect(fake.writes().map(({ method, path, body, status }) => ({ method, path, body, status }))).toEqual([
      {
        method: 'POST',
        path: '/items/rec-article/scheduled-unpublishing',
        body: {
          data: {
            type: 'scheduled_unpublishing',
            attributes: { unpublishing_scheduled_at: at, content_in_locales: ['it'] },
          },
        },
        status: 200,
      },
      { method: 'DELETE', path: '/items/rec-article/scheduled-unpublishing', body: null, status: 200 },
    ]);
  });
});

describe('rate limits', () => {
  it('waits out 429s within its patience: told 1, 1, then 0; three PUTs, one change', async () => {
    const { api, waits, slept } = session();
    fake.injectFault({ count: 2, status: 429, headers: { 'X-RateLimit-Reset': '1' }, method: 'PUT' });
    await api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false });

    expect(waits).toEqual([1, 1, 0]);
    expect(slept).toEqual([1000, 1000]);
    const writes = fake.writes();
    expect(writes.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['PUT', '/items/rec-article/unpublish', 429],
      ['PUT', '/items/rec-article/unpublish', 429],
      ['PUT', '/items/rec-article/unpublish', 200],
    ]);
    // The same request each time.
    for (const entry of writes) expect(entry.body).toEqual(selective(['it']));
    // Changed once: the published version moved exactly once.
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'es']);
    expect(fake.getItem('rec-article').meta.status).toBe('updated');
  });

  it('does not announce a wait when the first answer is not a 429', async () => {
    const { api, waits, slept } = session();
    await api.fetchPublicationState('rec-article');
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
  });

  it('waits 1 s when the 429 has no usable X-RateLimit-Reset', async () => {
    const { api, waits, slept } = session();
    fake.injectFault({ count: 1, status: 429, headers: { 'X-RateLimit-Reset': '0' }, method: 'GET' });
    await api.fetchPublicationState('rec-article');
    expect(waits).toEqual([1, 0]);
    expect(slept).toEqual([1000]);
    expect(fake.requests().map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('gives up at once when the reset is beyond its 30 s patience', async () => {
    const { api, waits, slept } = session();
    fake.injectFault({ count: 1, status: 429, headers: { 'X-RateLimit-Reset': '31' }, method: 'PUT' });
    const error = await rejection(api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false }));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
    expect(fake.writes().map((entry) => entry.status)).toEqual([429]);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('gives up after 30 s of 10 s waits: four attempts, three waits', async () => {
    const { api, waits, slept } = session();
    fake.injectFault({ count: 10, status: 429, headers: { 'X-RateLimit-Reset': '10' }, method: 'PUT' });
    const error = await rejection(
      api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false }),
    );
    fake.clearFaults();

    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([10, 10, 10, 0]);
    expect(slept).toEqual([10_000, 10_000, 10_000]);
    expect(fake.writes().map((entry) => [entry.method, entry.status])).toEqual([
      ['PUT', 429],
      ['PUT', 429],
      ['PUT', 429],
      ['PUT', 429],
    ]);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('bounds a run of 1 s 429s to 31 attempts (30 waits)', async () => {
    const { api, waits } = session();
    fake.injectFault({ count: 100, status: 429, headers: { 'X-RateLimit-Reset': '1' }, method: 'GET' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    fake.clearFaults();

    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([...Array<number>(30).fill(1), 0]);
    expect(fake.requests()).toHaveLength(31);
  });
});

describe('toApiFailure', () => {
  it('reads a 401 with its code', async () => {
    const { api } = session({ token: 'not-the-token' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    expect(error).toBeInstanceOf(ApiError);
    expect(toApiFailure(error)).toEqual({ kind: 'api', status: 401, codes: ['INVALID_AUTHORIZATION_HEADER'] });
  });

  it('reads a 422 VALIDATION_INVALID (a locale that is not live)', async () => {
    const { api } = session();
    const error = await rejection(
      api.unpublish('rec-article', { scope: 'locales', locales: ['fr'] }, { recursive: false }),
    );
    expect(toApiFailure(error)).toEqual({ kind: 'api', status: 422, codes: ['VALIDATION_INVALID'] });
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('reads an error status without a JSON:API error body as no codes', async () => {
    const { api } = session();
    fake.injectFault({ status: 503, method: 'GET' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    expect(toApiFailure(error)).toEqual({ kind: 'api', status: 503, codes: [] });
  });

  it('reads a dropped connection as a network failure (no retry)', async () => {
    const { api } = session();
    fake.injectFault({ dropConnection: true, method: 'PUT' });
    const error = await rejection(api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false }));
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(toApiFailure(error)).toEqual({ kind: 'network' });
    expect(fake.writes().map((entry) => [entry.method, entry.status])).toEqual([['PUT', 'dropped']]);
  });

  it('reads anything else as a network failure', () => {
    expect(toApiFailure(new TypeError('fetch failed'))).toEqual({ kind: 'network' });
    expect(toApiFailure('weird')).toEqual({ kind: 'network' });
  });
});

describe('listModelRecords', () => {
  it('reads one page of raw records, with parent_id', async () => {
    const { api } = session();
    const records = await api.listModelRecords('model-page');
    expect(records.map((record) => record.id)).toEqual([
      'rec-page-root',
      'rec-page-child',
      'rec-page-child-draft',
      'rec-page-grandchild',
    ]);
    expect(records.map((record) => record.attributes.parent_id)).toEqual([
      null,
      'rec-page-root',
      'rec-page-root',
      'rec-page-child',
    ]);
    // Raw JSON:API records: the meta the panel reads is there, attributes are not flattened.
    expect(records[1]).toMatchObject({ type: 'item', meta: { status: 'published' } });
    expect(fake.requests().map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      {
        method: 'GET',
        path: '/items',
        query: { 'filter[type]': 'model-page', 'page[offset]': '0', 'page[limit]': '500' },
      },
    ]);
  });

  describe('on a large model', () => {
    let big: FakeCma;
    const COUNT = 1001;

    beforeAll(async () => {
      const seed = defaultSeed();
      seed.models.push({ id: 'model-node', name: 'Node', apiKey: 'node', draftMode: true, tree: true });
      for (let i = 0; i < COUNT; i += 1) {
        seed.records.push({
          id: `node-${i}`,
          model: 'model-node',
          title: { en: `Node ${i}` },
          published: i % 2 === 0 ? { en: `Node ${i}` } : {},
          parentId: i === 0 ? null : `node-${Math.floor((i - 1) / 2)}`,
          position: 1,
        });
      }
      big = await startFakeCma({ now: NOW, seed });
    });
    afterAll(() => big.close());

    it('pages through every record, 500 at a time, until a short page', async () => {
      const api = createCmaSession(
        { currentUserAccessToken: big.token, environment: 'main', cmaBaseUrl: big.url },
        { onRateLimitWait: () => {}, sleep: async () => {} },
      );
      const records = await api.listModelRecords('model-node');
      expect(records).toHaveLength(COUNT);
      expect(records.map((record) => record.id)).toEqual(Array.from({ length: COUNT }, (_, i) => `node-${i}`));
      expect(records[5]?.attributes.parent_id).toBe('node-2');
      expect(big.requests().map(({ path, query }) => ({ path, query }))).toEqual(
        [0, 500, 1000].map((offset) => ({
          path: '/items',
          query: { 'filter[type]': 'model-node', 'page[offset]': String(offset), 'page[limit]': '500' },
        })),
      );
    });

    it('asks a page again after a 429 and still reads every record', async () => {
      const waits: number[] = [];
      const api = createCmaSession(
        { currentUserAccessToken: big.token, environment: 'main', cmaBaseUrl: big.url },
        { onRateLimitWait: (s) => waits.push(s), sleep: async () => {} },
      );
      big.injectFault({ status: 429, method: 'GET', path: '/items' });
      big.resetLog();
      const records = await api.listModelRecords('model-node');
      expect(records).toHaveLength(COUNT);
      expect(new Set(records.map((record) => record.id)).size).toBe(COUNT);
      expect(waits).toEqual([1, 0]);
      expect(big.requests().map((entry) => [entry.query['page[offset]'], entry.status])).toEqual([
        ['0', 429],
        ['0', 200],
        ['500', 200],
        ['1000', 200],
      ]);
    });
  });
});

// Last in the file: it fakes setTimeout (the fake CMA runs in this process too).
describe('a request with no answer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a timeout after 15 s, read as { kind: "timeout" }', async () => {
    const { api } = session();
    // The fake CMA holds the answer for a minute (on the faked clock too: it never comes here).
    fake.injectFault({ delayMs: 60_000, method: 'GET' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const outcome = rejection(api.fetchPublicationState('rec-article')).finally(() => {
      settled = true;
    });
    // Wait (on real time) for the request to reach the fake: the client has armed its timer by then.
    for (let i = 0; i < 1000 && fake.requests().length === 0; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(fake.requests()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(toApiFailure(error)).toEqual({ kind: 'timeout' });
    // The client does not repeat the request (autoRetry off).
    expect(fake.requests()).toHaveLength(1);
  });
});

describe('a write the server fails (5xx)', () => {
  type Write = { name: string; send: (api: ReturnType<typeof session>['api']) => Promise<unknown>; method: string };
  const writes: Write[] = [
    {
      name: 'unpublish',
      method: 'PUT',
      send: (api) => api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false }),
    },
    {
      name: 'scheduleUnpublishing',
      method: 'POST',
      send: (api) => api.scheduleUnpublishing('rec-article', { at: new Date(NOW + HOUR).toISOString(), locales: null }),
    },
    {
      name: 'cancelScheduledUnpublishing',
      method: 'DELETE',
      send: (api) => api.cancelScheduledUnpublishing('rec-article'),
    },
  ];
  const answers = [
    { status: 500 },
    { status: 502 },
    { status: 503 },
    { status: 504 },
    // Marked transient in the body: the client's own retry would repeat it; the plugin's must not.
    { status: 503, code: 'SERVICE_UNAVAILABLE', transient: true },
  ];
  const cases = writes.flatMap((write) => answers.map((answer) => [write.name, answer, write] as const));

  it.each(cases)('%s answered %j is sent exactly once, and may have happened', async (_name, answer, write) => {
    const { api, waits, slept } = session();
    if (write.method === 'DELETE') {
      await api.scheduleUnpublishing('rec-article', { at: new Date(NOW + HOUR).toISOString(), locales: ['it'] });
      fake.resetLog();
    }
    fake.injectFault({ ...answer, method: write.method, count: 5 });
    const error = await rejection(write.send(api));
    fake.clearFaults();

    expect(error).toBeInstanceOf(ApiError);
    const failure = toApiFailure(error);
    expect(failure).toMatchObject({ kind: 'api', status: answer.status });
    expect(mayHaveHappened(failure)).toBe(true);
    expect(fake.writes().map((entry) => [entry.method, entry.status])).toEqual([[write.method, answer.status]]);
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
  });
});
