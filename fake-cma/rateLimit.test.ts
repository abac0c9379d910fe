// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateLimiter } from './rateLimit.mjs';
import { type FakeCma, startFakeCma } from './server.mjs';
import { apiError, clientFor, firstError, NOW, sendTo } from './testHelpers';

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const limitHeaders = (response: Response) =>
  ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'].map((name) => response.headers.get(name));

describe('rate limit headers', () => {
  it('are on every answer, success or error, with the documented default of 60 per 3 s, exposed to browsers', async () => {
    const answers = [
      await sendTo(fake, 'GET', '/items/rec-article'),
      await sendTo(fake, 'GET', '/nowhere'),
      await sendTo(fake, 'PUT', '/items/rec-draft/unpublish'),
      await sendTo(fake, 'GET', '/items/rec-article', { headers: { authorization: 'Bearer wrong' } }),
    ];
    expect(answers.map((response) => response.status)).toEqual([200, 404, 422, 401]);
    expect(answers.map((response) => limitHeaders(response).slice(0, 2))).toEqual([
      ['60', '59'],
      ['60', '58'],
      ['60', '57'],
      ['60', '56'],
    ]);
    for (const response of answers) {
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      expect(reset >= 1 && reset <= 3).toBe(true);
      expect(response.headers.get('access-control-expose-headers')).toBe(
        'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
      );
    }
  });
});

describe('past the limit', () => {
  it('answers 429 RATE_LIMIT_EXCEEDED with a reset > 0, and carries nothing out', async () => {
    fake.rateLimit.configure({ limit: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i += 1) expect((await sendTo(fake, 'GET', '/items/rec-article')).status).toBe(200);
    const refused = await sendTo(fake, 'PUT', '/items/rec-article-en/unpublish');
    expect(refused.status).toBe(429);
    expect(limitHeaders(refused).slice(0, 2)).toEqual(['3', '0']);
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect((await firstError(refused)).code).toBe('RATE_LIMIT_EXCEEDED');
    expect(fake.publishedLocales('rec-article-en')).toEqual(['en']);

    // The client with autoRetry off throws an ApiError carrying the status and the headers.
    const error = await apiError(clientFor(fake).items.unpublish('rec-article-en'));
    expect(error.response.status).toBe(429);
    expect(Number(error.response.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect(fake.rateLimit.stats()).toMatchObject({
      enabled: true,
      limit: 3,
      used: 5,
      remaining: 0,
      rejected: 2,
      tooManyRequests: 2,
    });
    expect(fake.writes().map((entry) => entry.status)).toEqual([429, 429]);
  });

  it('does not use up an injected fault on a refused request', async () => {
    fake.rateLimit.configure({ limit: 1, windowMs: 60_000 });
    fake.injectFault({ status: 503, count: 1 });
    await sendTo(fake, 'GET', '/items/rec-article');
    expect((await sendTo(fake, 'GET', '/items/rec-article')).status).toBe(429);
    fake.rateLimit.configure({ limit: 10 });
    expect((await sendTo(fake, 'GET', '/items/rec-article')).status).toBe(200);
  });

  it('opens a new window in real time', async () => {
    // A window long enough that three requests fit in it on a loaded 2-core machine.
    fake.rateLimit.configure({ limit: 2, windowMs: 2000 });
    await sendTo(fake, 'GET', '/items/rec-article');
    await sendTo(fake, 'GET', '/items/rec-article');
    expect((await sendTo(fake, 'GET', '/items/rec-article')).status).toBe(429);
    await vi.waitFor(
      async () => {
        expect((await sendTo(fake, 'GET', '/items/rec-article')).status).toBe(200);
      },
      { timeout: 8000, interval: 100 },
    );
  }, 15_000);
});

describe('counting', () => {
  it('counts injected 429s among the 429s sent; their headers carry the configured limit', async () => {
    fake.rateLimit.configure({ limit: 100 });
    fake.injectFault({ status: 429, count: 2 });
    const injected = await sendTo(fake, 'GET', '/items/rec-article');
    expect(limitHeaders(injected)).toEqual(['100', '0', '1']);
    await sendTo(fake, 'GET', '/items/rec-article');
    expect(fake.rateLimit.stats()).toMatchObject({ rejected: 0, tooManyRequests: 2 });
  });

  it('is back to a fresh window and zero after reset, with the limit the fake started with', async () => {
    fake.rateLimit.configure({ limit: 1, windowMs: 60_000 });
    await sendTo(fake, 'GET', '/items/rec-article');
    await sendTo(fake, 'GET', '/items/rec-article');
    fake.reset();
    expect(fake.rateLimit.stats()).toMatchObject({
      limit: 60,
      windowMs: 3000,
      used: 0,
      rejected: 0,
      tooManyRequests: 0,
    });
  });

  it('is read and set over the control route', async () => {
    const set = await fetch(`${fake.url}/__control/rate-limit`, { method: 'POST', body: JSON.stringify({ limit: 7 }) });
    expect(await set.json()).toMatchObject({ enabled: true, limit: 7, windowMs: 3000 });
    await fetch(`${fake.url}/__control/rate-limit`, { method: 'POST', body: JSON.stringify({ enabled: false }) });
    expect((await (await fetch(`${fake.url}/__control/rate-limit`)).json()).enabled).toBe(false);
  });
});

describe('rateLimit: false', () => {
  it('sends no rate-limit headers and never 429', async () => {
    const unlimited = await startFakeCma({ now: NOW, rateLimit: false });
    try {
      const statuses = [];
      for (let i = 0; i < 70; i += 1) statuses.push((await sendTo(unlimited, 'GET', '/items/rec-article')).status);
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(limitHeaders(await sendTo(unlimited, 'GET', '/items/rec-article'))).toEqual([null, null, null]);
    } finally {
      await unlimited.close();
    }
  });
});

describe('RateLimiter windows', () => {
  it('allows `limit` requests per fixed window opened by the first request, then refuses until it ends', () => {
    let now = 1000;
    const limiter = new RateLimiter({ limit: 2, windowMs: 3000 }, () => now);
    expect(limiter.take()).toEqual({
      allowed: true,
      headers: { 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '3' },
    });
    now = 2500;
    expect(limiter.take().headers['x-ratelimit-remaining']).toBe('0');
    now = 3999;
    expect(limiter.take()).toEqual({
      allowed: false,
      headers: { 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' },
    });
    now = 4000;
    expect(limiter.take().allowed).toBe(true);
    expect(limiter.stats()).toEqual({ limit: 2, windowMs: 3000, used: 1, remaining: 1, rejected: 1 });
    now = 7000;
    expect(limiter.stats().used).toBe(0);
  });

  it('says 3 s, not 4, at the start of a window opened at a fractional real-time stamp', () => {
    const limiter = new RateLimiter({ limit: 60, windowMs: 3000 }, () => 1234.5678);
    expect(limiter.take().headers['x-ratelimit-reset']).toBe('3');
  });
});
