// @vitest-environment node
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ApiError, buildClient } from '@datocms/cma-client-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeCma } from './server.mjs';

type Fake = Awaited<ReturnType<typeof startFakeCma>>;

const NOW = Date.parse('2026-03-01T09:00:00Z');
const HOUR = 3_600_000;
const at = (ms: number) => new Date(ms).toISOString();

let fake: Fake;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function client(options: { apiToken?: string; environment?: string } = {}) {
  return buildClient({ baseUrl: fake.url, apiToken: fake.token, autoRetry: false, ...options });
}

/** The ApiError a call rejects with (fails the test on success or on another error). */
async function apiError(call: Promise<unknown>): Promise<ApiError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (outcome instanceof ApiError) return outcome;
  throw outcome;
}

/** A raw request with the client's headers, for shapes the client cannot send. */
function send(method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${fake.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${fake.token}`,
      'x-api-version': '3',
      'content-type': 'application/json',
      ...init.headers,
    },
    body: init.body,
  });
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { data: Array<{ type: string; attributes: { code: string } }> };
  expect(body.data[0]?.type).toBe('api_error');
  return body.data[0]?.attributes.code;
}

const selective = (locales: string[]) =>
  JSON.stringify({ data: { type: 'selective_unpublish_operation', attributes: { content_in_locales: locales } } });

describe('reading records', () => {
  it('serves a record with its meta and the current-vs-published state', async () => {
    const item = await client().items.find('rec-article');
    expect(item.meta.status).toBe('updated');
    expect(item.title).toEqual({
      en: 'Spring launch',
      it: 'Lancio di primavera',
      es: 'Lanzamiento de primavera',
      fr: 'Lancement de printemps',
    });

    const state = await client().items.rawCurrentVsPublishedState('rec-article');
    expect(state.data.attributes).toMatchObject({
      current_version_locales: ['en', 'it', 'es', 'fr'],
      published_version_locales: ['en', 'it', 'es'],
      changed_locales: ['es'],
      added_locales: ['fr'],
      removed_locales: [],
    });
    const versionRef = state.data.relationships.published_version.data;
    expect(state.included).toContainEqual(expect.objectContaining({ id: versionRef?.id, type: 'item_version' }));
    expect(state.data.relationships.scheduled_unpublishing.data).toBeNull();
  });

  it('reports draft, published and tree meta', async () => {
    expect(fake.getItem('rec-draft').meta.status).toBe('draft');
    expect(fake.getItem('rec-article-en').meta.status).toBe('published');
    expect(fake.getItem('rec-page-root').meta.has_children).toBe(true);
    expect(fake.getItem('rec-page-child').attributes).toMatchObject({ parent_id: 'rec-page-root', position: 1 });
    expect(fake.getItem('rec-html').attributes.title.en).toBe('<img src=x onerror=alert(1)> Sale');
  });

  it('lists records by ids and by model, 30 per page by default', async () => {
    const byIds = await client().items.list({ filter: { ids: 'rec-article,rec-draft' } });
    expect(byIds.map((item) => item.id)).toEqual(['rec-article', 'rec-draft']);
    const pages = await client().items.list({ filter: { type: 'model-page' } });
    expect(pages.map((item) => item.id)).toEqual([
      'rec-page-root',
      'rec-page-child',
      'rec-page-child-draft',
      'rec-page-grandchild',
    ]);
    const response = await send('GET', '/items?filter[fields][parent_id][eq]=rec-page-root');
    expect(response.status).toBe(422);
  });

  it('answers 404 NOT_FOUND for an unknown record or route', async () => {
    const error = await apiError(client().items.find('nope'));
    expect(error.response.status).toBe(404);
    expect(error.findError('NOT_FOUND')).toBeTruthy();
    const response = await send('GET', '/nowhere');
    expect(response.status).toBe(404);
    expect(await errorCode(response)).toBe('NOT_FOUND');
  });
});

describe('PUT /items/:id/unpublish', () => {
  it('unpublishes the whole record when no body is sent', async () => {
    const item = await client().items.unpublish('rec-article');
    expect(item.meta).toMatchObject({ status: 'draft', published_at: null, is_published_version_valid: null });
    expect(fake.publishedLocales('rec-article')).toEqual([]);
    const [entry] = fake.writes();
    expect(entry).toMatchObject({
      method: 'PUT',
      path: '/items/rec-article/unpublish',
      body: null,
      rawBody: '',
      status: 200,
    });
  });

  it('unpublishes the selected locales only', async () => {
    const item = await client().items.unpublish('rec-article', { content_in_locales: ['it'] });
    expect(item.meta.status).toBe('updated');
    expect(item.meta.is_published_version_valid).toBe(true);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'es']);
    expect(fake.writes()[0]?.body).toEqual(JSON.parse(selective(['it'])));
  });

  it('refuses a locale that is not live with INVALID_FIELD (VALIDATION_INVALID) on content_in_locales', async () => {
    const error = await apiError(client().items.unpublish('rec-article', { content_in_locales: ['fr'] }));
    expect(error.response.status).toBe(422);
    expect(error.findError('INVALID_FIELD', { field: 'content_in_locales', code: 'VALIDATION_INVALID' })).toBeTruthy();
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it.each([
    ['every published locale', ['en', 'it', 'es']],
    ['no locale', []],
    ['a locale twice', ['it', 'it']],
  ])('refuses a list with %s', async (_, locales) => {
    const response = await send('PUT', '/items/rec-article/unpublish', { body: selective(locales) });
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('INVALID_FIELD');
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it.each([
    ['an empty object', '{}'],
    ['a wrong type', JSON.stringify({ data: { type: 'item', attributes: { content_in_locales: ['it'] } } })],
    ['flat attributes', JSON.stringify({ content_in_locales: ['it'] })],
    ['invalid JSON', '{'],
  ])('refuses %s as body with INVALID_FORMAT', async (_, body) => {
    const response = await send('PUT', '/items/rec-article/unpublish', { body });
    expect(response.status).toBe(422);
    expect(await errorCode(response)).toBe('INVALID_FORMAT');
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('refuses a record with nothing published, and a model without draft/published', async () => {
    for (const id of ['rec-draft', 'rec-author']) {
      const error = await apiError(client().items.unpublish(id));
      expect(error.findError('INVALID_FIELD', { code: 'VALIDATION_INVALID' })).toBeTruthy();
    }
  });

  it('refuses a tree record with published children unless recursive, then unpublishes them', async () => {
    const error = await apiError(client().items.unpublish('rec-page-root'));
    expect(error.findError('PUBLISHED_CHILDREN')).toBeTruthy();
    expect(fake.publishedLocales('rec-page-root')).toEqual(['en', 'it']);

    await client().items.unpublish('rec-page-root', undefined, { recursive: true });
    expect(fake.writes()[1]?.query).toEqual({ recursive: 'true' });
    for (const id of ['rec-page-root', 'rec-page-child', 'rec-page-grandchild']) {
      expect(fake.publishedLocales(id)).toEqual([]);
    }
  });

  it('lets a tree record lose some locales while its children stay published', async () => {
    await client().items.unpublish('rec-page-root', { content_in_locales: ['it'] });
    expect(fake.publishedLocales('rec-page-root')).toEqual(['en']);
    expect(fake.publishedLocales('rec-page-child')).toEqual(['en', 'it']);
  });
});

describe('scheduled unpublishing', () => {
  it('creates one per record, shows it, and destroys it', async () => {
    const when = at(NOW + 2 * HOUR);
    const created = await client().scheduledUnpublishing.create('rec-article', {
      unpublishing_scheduled_at: when,
      content_in_locales: ['it'],
    });
    expect(created).toMatchObject({
      type: 'scheduled_unpublishing',
      unpublishing_scheduled_at: when,
      content_in_locales: ['it'],
    });
    expect(fake.getItem('rec-article').meta.unpublishing_scheduled_at).toBe(when);

    const state = await client().items.rawCurrentVsPublishedState('rec-article');
    expect(state.data.relationships.scheduled_unpublishing.data).toEqual({
      id: created.id,
      type: 'scheduled_unpublishing',
    });
    expect(state.included).toContainEqual(
      expect.objectContaining({
        id: created.id,
        attributes: { unpublishing_scheduled_at: when, content_in_locales: ['it'] },
      }),
    );

    const second = await apiError(
      client().scheduledUnpublishing.create('rec-article', { unpublishing_scheduled_at: at(NOW + 3 * HOUR) }),
    );
    expect(second.findError('INVALID_FIELD', { field: 'item' })).toBeTruthy();

    // The client's destroy answers the record, not the schedule.
    const destroyed = await client().scheduledUnpublishing.destroy('rec-article');
    expect(destroyed).toMatchObject({ id: 'rec-article', type: 'item', meta: { unpublishing_scheduled_at: null } });
    expect(fake.getItem('rec-article').meta.unpublishing_scheduled_at).toBeNull();
    const again = await apiError(client().scheduledUnpublishing.destroy('rec-article'));
    expect(again.findError('NOT_FOUND')).toBeTruthy();
  });

  it.each([
    ['a past date', { unpublishing_scheduled_at: at(NOW - 1000) }, 'unpublishing_scheduled_at'],
    ['the present', { unpublishing_scheduled_at: at(NOW) }, 'unpublishing_scheduled_at'],
    ['a date without offset', { unpublishing_scheduled_at: '2026-03-02T10:00:00' }, 'unpublishing_scheduled_at'],
    ['30 February', { unpublishing_scheduled_at: '2026-02-30T10:00:00Z' }, 'unpublishing_scheduled_at'],
    [
      'a locale not live',
      { unpublishing_scheduled_at: at(NOW + HOUR), content_in_locales: ['fr'] },
      'content_in_locales',
    ],
    [
      'every live locale',
      { unpublishing_scheduled_at: at(NOW + HOUR), content_in_locales: ['en', 'it', 'es'] },
      'content_in_locales',
    ],
  ])('refuses %s', async (_, body, field) => {
    const error = await apiError(client().scheduledUnpublishing.create('rec-article', body));
    expect(error.findError('INVALID_FIELD', { field, code: 'VALIDATION_INVALID' })).toBeTruthy();
    expect(fake.getItem('rec-article').meta.unpublishing_scheduled_at).toBeNull();
  });

  it('is removed when the whole record is unpublished', async () => {
    await client().scheduledUnpublishing.create('rec-article-en', { unpublishing_scheduled_at: at(NOW + HOUR) });
    await client().items.unpublish('rec-article-en');
    expect(fake.getItem('rec-article-en').meta.unpublishing_scheduled_at).toBeNull();
    const error = await apiError(client().scheduledUnpublishing.destroy('rec-article-en'));
    expect(error.findError('NOT_FOUND')).toBeTruthy();
  });

  it('refuses a record with nothing published, and a malformed body', async () => {
    const error = await apiError(
      client().scheduledUnpublishing.create('rec-draft', { unpublishing_scheduled_at: at(NOW + HOUR) }),
    );
    expect(error.findError('INVALID_FIELD', { field: 'item' })).toBeTruthy();
    const response = await send('POST', '/items/rec-article/scheduled-unpublishing', {
      body: JSON.stringify({
        data: { type: 'scheduled_publication', attributes: { unpublishing_scheduled_at: at(NOW + HOUR) } },
      }),
    });
    expect(await errorCode(response)).toBe('INVALID_FORMAT');
  });

  it('runs a due schedule when the clock passes it, then removes it', async () => {
    await client().scheduledUnpublishing.create('rec-article', {
      unpublishing_scheduled_at: at(NOW + HOUR),
      content_in_locales: ['it', 'es'],
    });
    fake.clock.advance(HOUR - 1);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
    fake.clock.advance(1);
    expect(fake.publishedLocales('rec-article')).toEqual(['en']);
    expect(fake.getItem('rec-article').meta.unpublishing_scheduled_at).toBeNull();
  });

  it('runs a whole-record schedule through the control clock route', async () => {
    await client().scheduledUnpublishing.create('rec-article-en', { unpublishing_scheduled_at: at(NOW + HOUR) });
    const response = await fetch(`${fake.url}/__control/clock`, {
      method: 'POST',
      body: JSON.stringify({ advanceMs: 2 * HOUR }),
    });
    expect(await response.json()).toEqual({ now: at(NOW + 2 * HOUR) });
    expect(fake.getItem('rec-article-en').meta.status).toBe('draft');
  });
});

describe('auth and headers', () => {
  it('answers 401 INVALID_AUTHORIZATION_HEADER to a wrong token', async () => {
    const error = await apiError(client({ apiToken: 'wrong' }).items.find('rec-article'));
    expect(error.response.status).toBe(401);
    expect(error.findError('INVALID_AUTHORIZATION_HEADER')).toBeTruthy();
    const missing = await send('GET', '/items/rec-article', { headers: { authorization: '' } });
    expect(missing.status).toBe(401);
  });

  it('answers 400 INVALID_API_VERSION without X-Api-Version: 3', async () => {
    const response = await send('GET', '/items/rec-article', { headers: { 'x-api-version': '2' } });
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe('INVALID_API_VERSION');
  });

  it('answers a preflight with CORS and does not log it', async () => {
    const response = await fetch(`${fake.url}/items/rec-article/unpublish`, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-environment');
    expect(fake.requests()).toEqual([]);
  });

  it('sends JSON, CORS and rate-limit headers on every API answer', async () => {
    for (const response of [await send('GET', '/items/rec-article'), await send('GET', '/nowhere')]) {
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(response.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining');
      expect(response.headers.get('x-ratelimit-limit')).toBe('60');
      expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeGreaterThan(0);
    }
  });
});

describe('request log', () => {
  it('records method, path, query, headers, body and status; control routes are not logged', async () => {
    await client({ environment: 'sandbox-spring' }).items.list({ filter: { ids: 'rec-article' } });
    await client().items.unpublish('rec-article', { content_in_locales: ['it'] });
    await fetch(`${fake.url}/__control/fixtures`);
    const [list, write] = fake.requests();
    expect(fake.requests()).toHaveLength(2);
    expect(list).toMatchObject({
      method: 'GET',
      path: '/items',
      query: { 'filter[ids]': 'rec-article' },
      headers: { authorization: 'Bearer test-token', 'x-api-version': '3', 'x-environment': 'sandbox-spring' },
      environment: 'sandbox-spring',
      body: null,
      rawBody: '',
      status: 200,
      at: NOW,
    });
    expect(write?.headers['x-environment']).toBeNull();
    expect(write?.environment).toBe('main');
    expect(write?.rawBody).toBe(JSON.stringify(JSON.parse(selective(['it'])), null, 2));
    expect(fake.writes()).toEqual([write]);

    const logged = (await (await fetch(`${fake.url}/__control/log`)).json()) as { requests: unknown[] };
    expect(logged.requests).toEqual([list, write]);
    fake.resetLog();
    expect(fake.requests()).toEqual([]);
  });
});

describe('fault injection', () => {
  it('answers a status and code to the next N matching requests without touching data', async () => {
    fake.injectFault({
      count: 2,
      status: 422,
      code: 'ITEM_LOCKED',
      method: 'PUT',
      path: '/items/rec-article/unpublish',
    });
    await client().items.find('rec-article'); // another method: not consumed
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const error = await apiError(client().items.unpublish('rec-article'));
      expect(error.findError('ITEM_LOCKED')).toBeTruthy();
    }
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
    await client().items.unpublish('rec-article');
    expect(fake.publishedLocales('rec-article')).toEqual([]);
    expect(fake.requests().map((entry) => entry.status)).toEqual([200, 422, 422, 200]);
  });

  it('answers 429 with rate-limit headers and RATE_LIMIT_EXCEEDED', async () => {
    fake.injectFault({ status: 429, count: 2 });
    const error = await apiError(client().items.find('rec-article'));
    expect(error.response.status).toBe(429);
    const response = await send('GET', '/items/rec-article');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('x-ratelimit-reset')).toBe('1');
    expect(await errorCode(response)).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('drops the connection: the client throws something other than an ApiError', async () => {
    fake.injectFault({ dropConnection: true, path: '/items/[^/]+/scheduled-unpublishing' });
    const outcome = await client()
      .scheduledUnpublishing.create('rec-article', { unpublishing_scheduled_at: at(NOW + HOUR) })
      .then(
        () => 'resolved',
        (error: unknown) => error,
      );
    expect(outcome).toBeInstanceOf(Error);
    expect(outcome).not.toBeInstanceOf(ApiError);
    expect(fake.requests()[0]?.status).toBe('dropped');
    expect(fake.getItem('rec-article').meta.unpublishing_scheduled_at).toBeNull();

    fake.injectFault({ dropConnection: true });
    await expect(send('GET', '/items/rec-article')).rejects.toThrow(TypeError);
  });

  it('delays a request, then handles it normally', async () => {
    fake.injectFault({ delayMs: 150 });
    const started = performance.now();
    await client().items.unpublish('rec-article-en');
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(fake.publishedLocales('rec-article-en')).toEqual([]);
  });

  it('is not consumed by a preflight, and can be set and cleared over HTTP', async () => {
    const post = (body: unknown) =>
      fetch(`${fake.url}/__control/faults`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post({ status: 503, code: 'SERVICE_UNAVAILABLE' })).status).toBe(200);
    await fetch(`${fake.url}/items/rec-article`, { method: 'OPTIONS' });
    expect((await send('GET', '/items/rec-article')).status).toBe(503);

    await post({ status: 500 });
    await fetch(`${fake.url}/__control/faults`, { method: 'DELETE' });
    expect((await send('GET', '/items/rec-article')).status).toBe(200);
    expect((await post({ count: 0, status: 500 })).status).toBe(400);
  });
});

describe('control routes and reset', () => {
  it('serves the fixtures', async () => {
    const fixtures = await (await fetch(`${fake.url}/__control/fixtures`)).json();
    expect(fixtures.token).toBe('test-token');
    expect(fixtures.site.attributes).toMatchObject({ locales: ['en', 'it', 'es', 'fr'], timezone: 'Europe/Rome' });
    expect(fixtures.itemTypes['model-page'].attributes).toMatchObject({ tree: true, draft_mode_active: true });
    expect(fixtures.itemTypes['model-author'].attributes.draft_mode_active).toBe(false);
    const titleField = fixtures.itemTypes['model-article'].relationships.title_field.data.id;
    expect(fixtures.fields[titleField].attributes).toMatchObject({ api_key: 'title', localized: true });
    expect(fixtures.items).toContainEqual(fake.getItem('rec-html'));
  });

  it('reset brings back the seed, the clock and an empty log', async () => {
    await client().items.unpublish('rec-article');
    fake.clock.advance(HOUR);
    fake.injectFault({ status: 500 });
    await fetch(`${fake.url}/__control/reset`, { method: 'POST' });
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
    expect(fake.clock.now()).toBe(NOW);
    expect(fake.requests()).toEqual([]);
    expect((await send('GET', '/items/rec-article')).status).toBe(200);
  });

  it('runs from the command line and prints its URL', async () => {
    const server = fileURLToPath(new URL('./server.mjs', import.meta.url));
    const child = spawn(process.execPath, [server, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      const url = chunk.toString().trim();
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/__control/clock`)).status).toBe(200);
    } finally {
      child.kill();
    }
  });
});
