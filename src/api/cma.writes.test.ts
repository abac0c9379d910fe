// @vitest-environment node
// The CMA session's writes against the fake CMA: the unpublish request (body, ?recursive), planning and
// cancelling a scheduled unpublishing, and a write the server fails with a 5xx (sent once, may have happened).
import { ApiError } from '@datocms/cma-client-browser';
import { describe, expect, it } from 'vitest';
import { mayHaveHappened } from '../core/shared/apiFailure';
import { toApiFailure } from './cma';
import { cmaSession, HOUR, NOW, rejection, selective } from './cma.fixtures';
import { fakeCmaPerFile } from './testFakeCma';

const fake = fakeCmaPerFile({ now: NOW });

/** A session on this file's fake CMA (see cmaSession). */
const session = (options: { token?: string } = {}) => cmaSession(fake(), options);

describe('unpublish', () => {
  it('sends no body at all for the whole record', async () => {
    const { api } = session();
    await api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false });
    const writes = fake().writes();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/items/rec-article/unpublish',
      query: {},
      rawBody: '',
      body: null,
      status: 200,
    });
    expect(fake().publishedLocales('rec-article')).toEqual([]);
  });

  it('sends the selective_unpublish_operation body for locales', async () => {
    const { api } = session();
    await api.unpublish('rec-article', { scope: 'locales', locales: ['it', 'es'] }, { recursive: false });
    const writes = fake().writes();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({
      method: 'PUT',
      path: '/items/rec-article/unpublish',
      query: {},
      body: selective(['it', 'es']),
      status: 200,
    });
    expect(fake().publishedLocales('rec-article')).toEqual(['en']);
  });

  it('adds ?recursive=true when asked, and takes the published descendants offline with the record', async () => {
    const { api } = session();
    await api.unpublish('rec-page-root', { scope: 'whole-record' }, { recursive: true });
    const writes = fake().writes();
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
      expect(fake().publishedLocales(id)).toEqual([]);
    }
  });

  it('sends no recursive parameter when not asked (the CMA then refuses a tree with published children)', async () => {
    const { api } = session();
    const error = await rejection(api.unpublish('rec-page-root', { scope: 'whole-record' }, { recursive: false }));
    expect(toApiFailure(error)).toMatchObject({ kind: 'api', status: 422, errors: [{ code: 'PUBLISHED_CHILDREN' }] });
    expect(fake().writes()).toMatchObject([
      { method: 'PUT', path: '/items/rec-page-root/unpublish', query: {}, rawBody: '' },
    ]);
    expect(fake().publishedLocales('rec-page-root')).toEqual(['en', 'it']);
  });
});

describe('scheduleUnpublishing and cancelScheduledUnpublishing', () => {
  it('send the scheduled_unpublishing body and the DELETE', async () => {
    const { api } = session();
    const at = new Date(NOW + HOUR).toISOString();
    await api.scheduleUnpublishing('rec-article', { at, locales: ['it'] });
    await api.cancelScheduledUnpublishing('rec-article');
    expect(
      fake()
        .writes()
        .map(({ method, path, body, status }) => ({ method, path, body, status })),
    ).toEqual([
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
      fake().resetLog();
    }
    fake().injectFault({ ...answer, method: write.method, count: 5 });
    const error = await rejection(write.send(api));
    fake().clearFaults();

    expect(error).toBeInstanceOf(ApiError);
    const failure = toApiFailure(error);
    expect(failure).toMatchObject({ kind: 'api', status: answer.status });
    expect(mayHaveHappened(failure)).toBe(true);
    expect(
      fake()
        .writes()
        .map((entry) => [entry.method, entry.status]),
    ).toEqual([[write.method, answer.status]]);
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
  });
});
