// @vitest-environment node
// The CMA session's reads against the fake CMA: a record's publication state (raw, with its scheduled
// unpublishing) and a model's records (paged, 500 at a time).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeed, type FakeCma, startFakeCma } from '../../fake-cma/server.mjs';
import { readPublicationState } from '../core/unpublish/publicationState';
import { createCmaSession } from './cma';
import { cmaSession, HOUR, NOW, SITE_LOCALES } from './cma.fixtures';
import { fakeCmaPerFile } from './testFakeCma';

const fake = fakeCmaPerFile({ now: NOW });

/** A session on this file's fake CMA (see cmaSession). */
const session = (options: { token?: string } = {}) => cmaSession(fake(), options);

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

    const reads = fake()
      .requests()
      .filter((entry) => entry.method === 'GET');
    expect(reads.map((entry) => entry.path)).toEqual([
      '/items/rec-article/current-vs-published-state',
      '/items/rec-article/current-vs-published-state',
    ]);
    expect(reads[0]?.headers).toMatchObject({
      authorization: `Bearer ${fake().token}`,
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
    expect(
      fake()
        .requests()
        .map(({ method, path, query }) => ({ method, path, query })),
    ).toEqual([
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
