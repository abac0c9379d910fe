// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, bulkSeed, startFakeCma } from './server.mjs';
import { apiError, clientFor, firstError, NOW, sendTo } from './testHelpers';

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const refs = (ids: string[]) => ids.map((id) => ({ type: 'item' as const, id }));
const bulkBody = (ids: string[]) =>
  JSON.stringify({ data: { type: 'item_bulk_unpublish_operation', relationships: { items: { data: refs(ids) } } } });

describe('POST /items/bulk/unpublish', () => {
  it('answers 202 with a job the client polls, then reports successful and failed records', async () => {
    const ids = ['rec-article-en', 'rec-draft', 'rec-author', 'rec-page-root', 'rec-category-linked', 'rec-nope'];
    const result = await clientFor(fake).items.rawBulkUnpublish({
      data: { type: 'item_bulk_unpublish_operation', relationships: { items: { data: refs(ids) } } },
    });
    expect(result).toEqual({ data: [], meta: { successful: 1, failed: 5 } });
    expect(fake.requests().map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      'POST /items/bulk/unpublish 202',
      'GET /job-results/job-1 200',
    ]);
    expect(fake.publishedLocales('rec-article-en')).toEqual([]);
    // Each record keeps its own rules: nothing else changed.
    expect(fake.publishedLocales('rec-page-root')).toEqual(['en', 'it']);
    expect(fake.publishedLocales('rec-category-linked')).toEqual(['en', 'it']);
    expect(fake.jobs.list()[0]?.result?.records).toEqual([
      { id: 'rec-article-en', outcome: 'unpublished' },
      { id: 'rec-draft', outcome: 'failed', code: 'INVALID_FIELD' },
      { id: 'rec-author', outcome: 'failed', code: 'INVALID_FIELD' },
      { id: 'rec-page-root', outcome: 'failed', code: 'PUBLISHED_CHILDREN' },
      { id: 'rec-category-linked', outcome: 'failed', code: 'PUBLISHED_REFERENCES' },
      { id: 'rec-nope', outcome: 'failed', code: 'NOT_FOUND' },
    ]);
  });

  it('is sent by the client as whole records only, and its deserialized answer is the empty data list', async () => {
    const answer = await clientFor(fake).items.bulkUnpublish({ items: refs(['rec-html']) });
    expect(answer).toEqual([]);
    expect(fake.writes()[0]?.body).toEqual(JSON.parse(bulkBody(['rec-html'])));
    expect(fake.publishedLocales('rec-html')).toEqual([]);
  });

  it('answers 404 while the job runs, for as many polls as the jobPolls mode says, and changes records when done', async () => {
    fake.modes.set({ jobPolls: 2 });
    const started = await sendTo(fake, 'POST', '/items/bulk/unpublish', { body: bulkBody(['rec-article-en']) });
    expect(started.status).toBe(202);
    const { data: job } = (await started.json()) as { data: { type: string; id: string } };
    expect(job.type).toBe('job');
    for (let poll = 0; poll < 2; poll += 1) {
      const running = await sendTo(fake, 'GET', `/job-results/${job.id}`);
      expect(running.status).toBe(404);
      expect((await firstError(running)).code).toBe('NOT_FOUND');
      expect(fake.publishedLocales('rec-article-en')).toEqual(['en']);
    }
    const done = await sendTo(fake, 'GET', `/job-results/${job.id}`);
    expect(await done.json()).toEqual({
      data: {
        type: 'job_result',
        id: job.id,
        attributes: { status: 200, payload: { data: [], meta: { successful: 1, failed: 0 } } },
      },
    });
    expect(fake.publishedLocales('rec-article-en')).toEqual([]);
  });

  it('finishes a running job on demand (jobs.complete and the control route)', async () => {
    fake.modes.set({ jobPolls: 5 });
    await sendTo(fake, 'POST', '/items/bulk/unpublish', { body: bulkBody(['rec-article-en']) });
    await sendTo(fake, 'POST', '/items/bulk/unpublish', { body: bulkBody(['rec-html']) });
    expect(fake.jobs.list().map((job) => [job.id, job.status, job.pollsLeft])).toEqual([
      ['job-1', 'running', 5],
      ['job-2', 'running', 5],
    ]);
    fake.jobs.complete('job-1');
    expect(fake.publishedLocales('rec-article-en')).toEqual([]);
    expect(fake.publishedLocales('rec-html')).toEqual(['en', 'it']);
    await fetch(`${fake.url}/__control/jobs/complete`, { method: 'POST', body: '{}' });
    expect(fake.publishedLocales('rec-html')).toEqual([]);
    expect((await sendTo(fake, 'GET', '/job-results/job-2')).status).toBe(200);
  });

  it('applies link strategies record by record, in the order given', async () => {
    // The post that blocks first, then the category: its other referrer follows it offline.
    const first = await clientFor(fake).items.rawBulkUnpublish({
      data: {
        type: 'item_bulk_unpublish_operation',
        relationships: { items: { data: refs(['rec-post-fail', 'rec-category-linked']) } },
      },
    });
    expect(first.meta).toEqual({ successful: 2, failed: 0 });
    expect(fake.publishedLocales('rec-post-cascade')).toEqual([]);

    fake.reset();
    const reversed = await clientFor(fake).items.rawBulkUnpublish({
      data: {
        type: 'item_bulk_unpublish_operation',
        relationships: { items: { data: refs(['rec-category-linked', 'rec-post-fail']) } },
      },
    });
    expect(reversed.meta).toEqual({ successful: 1, failed: 1 });
    expect(fake.publishedLocales('rec-category-linked')).toEqual(['en', 'it']);
    expect(fake.publishedLocales('rec-post-cascade')).toEqual(['en']);
  });

  it.each([
    ['201 records', bulkBody(Array.from({ length: 201 }, (_, i) => `rec-${i}`)), 'items', 'VALIDATION_LENGTH'],
    ['no record', bulkBody([]), 'items', 'VALIDATION_LENGTH'],
    ['a record twice', bulkBody(['rec-html', 'rec-html']), 'items', 'VALIDATION_INVALID'],
  ])('refuses %s with INVALID_FIELD, starting no job', async (_, body, field, code) => {
    const response = await sendTo(fake, 'POST', '/items/bulk/unpublish', { body });
    expect(response.status).toBe(422);
    expect(await firstError(response)).toMatchObject({ code: 'INVALID_FIELD', details: { field, code } });
    expect(fake.jobs.list()).toEqual([]);
  });

  it('refuses a body of another shape (locales, or ids as strings) with INVALID_FORMAT', async () => {
    const withLocales = JSON.stringify({
      data: {
        type: 'item_bulk_unpublish_operation',
        attributes: { content_in_locales: ['it'] },
        relationships: { items: { data: refs(['rec-html']) } },
      },
    });
    const asStrings = JSON.stringify({
      data: { type: 'item_bulk_unpublish_operation', relationships: { items: { data: ['rec-html'] } } },
    });
    for (const body of [withLocales, asStrings]) {
      const response = await sendTo(fake, 'POST', '/items/bulk/unpublish', { body });
      expect((await firstError(response)).code).toBe('INVALID_FORMAT');
    }
    expect(fake.publishedLocales('rec-html')).toEqual(['en', 'it']);
  });

  it('refuses in the other envelope when the errorEnvelope mode says so', async () => {
    fake.modes.set({ errorEnvelope: 'validation-invalid' });
    const error = await apiError(clientFor(fake).items.bulkUnpublish({ items: [] }));
    expect(error.findError('VALIDATION_INVALID', { field: 'items' })).toBeTruthy();
  });
});

describe('bulkSeed', () => {
  it('is the same for the same options and differs for another seed', () => {
    expect(bulkSeed({ records: 50 })).toEqual(bulkSeed({ records: 50 }));
    expect(bulkSeed({ records: 50, seed: 2 })).not.toEqual(bulkSeed({ records: 50 }));
  });

  it('mixes drafts, some live locales, all live and unpublished changes', () => {
    const seed = bulkSeed({ records: 1000, locales: ['en', 'it', 'es'] });
    expect(seed.records).toHaveLength(1000);
    expect(seed.site.locales).toEqual(['en', 'it', 'es']);
    const live = (published: unknown) => Object.keys(published as Record<string, string>);
    const kinds = { draft: 0, someLive: 0, allLive: 0, changed: 0 };
    for (const record of seed.records) {
      const title = record.title as Record<string, string>;
      const published = record.published as Record<string, string>;
      const liveLocales = live(published);
      if (liveLocales.length === 0) kinds.draft += 1;
      else if (liveLocales.length < Object.keys(title).length) kinds.someLive += 1;
      else kinds.allLive += 1;
      if (liveLocales.some((locale) => published[locale] !== title[locale])) kinds.changed += 1;
      expect(liveLocales.every((locale) => locale in title)).toBe(true);
    }
    for (const count of Object.values(kinds)) expect(count).toBeGreaterThan(50);
  });

  it('serves 1000 records to five bulk jobs of 200', async () => {
    const big = await startFakeCma({ now: NOW, seed: bulkSeed({ records: 1000 }) });
    try {
      const ids = big.fixtures().items.map((item) => item.id);
      const liveBefore = ids.filter((id) => big.publishedLocales(id).length > 0).length;
      let successful = 0;
      for (let start = 0; start < ids.length; start += 200) {
        const started = await sendTo(big, 'POST', '/items/bulk/unpublish', {
          body: bulkBody(ids.slice(start, start + 200)),
        });
        const { data } = (await started.json()) as { data: { id: string } };
        const result = (await (await sendTo(big, 'GET', `/job-results/${data.id}`)).json()) as {
          data: { attributes: { payload: { meta: { successful: number; failed: number } } } };
        };
        successful += result.data.attributes.payload.meta.successful;
      }
      expect(successful).toBe(liveBefore);
      expect(ids.filter((id) => big.publishedLocales(id).length > 0)).toEqual([]);
    } finally {
      await big.close();
    }
  });
});
