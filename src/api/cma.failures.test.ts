// @vitest-environment node
// How the CMA session fails against the fake CMA: waiting out 429s within its patience, reading errors with
// toApiFailure (401, 422 details, bare 5xx, dropped connection), and a request with no answer (a timeout).
import { ApiError, TimeoutError } from '@datocms/cma-client-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failureReason } from '../core/shared/apiFailure';
import { RateLimitedError, toApiFailure } from './cma';
import { cmaSession, NOW, rejection, selective } from './cma.fixtures';
import { fakeCmaPerFile } from './testFakeCma';

const fake = fakeCmaPerFile({ now: NOW });

/** A session on this file's fake CMA (see cmaSession). */
const session = (options: { token?: string } = {}) => cmaSession(fake(), options);

describe('rate limits', () => {
  it('waits out 429s within its patience: told 1, 1, then 0; three PUTs, one change', async () => {
    const { api, waits, slept } = session();
    fake().injectFault({ count: 2, status: 429, headers: { 'X-RateLimit-Reset': '1' }, method: 'PUT' });
    await api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false });

    expect(waits).toEqual([1, 1, 0]);
    expect(slept).toEqual([1000, 1000]);
    const writes = fake().writes();
    expect(writes.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ['PUT', '/items/rec-article/unpublish', 429],
      ['PUT', '/items/rec-article/unpublish', 429],
      ['PUT', '/items/rec-article/unpublish', 200],
    ]);
    // The same request each time.
    for (const entry of writes) expect(entry.body).toEqual(selective(['it']));
    // Changed once: the published version moved exactly once.
    expect(fake().publishedLocales('rec-article')).toEqual(['en', 'es']);
    expect(fake().getItem('rec-article').meta.status).toBe('updated');
  });

  it('does not announce a wait when the first answer is not a 429', async () => {
    const { api, waits, slept } = session();
    await api.fetchPublicationState('rec-article');
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
  });

  it('waits 1 s when the 429 has no usable X-RateLimit-Reset', async () => {
    const { api, waits, slept } = session();
    fake().injectFault({ count: 1, status: 429, headers: { 'X-RateLimit-Reset': '0' }, method: 'GET' });
    await api.fetchPublicationState('rec-article');
    expect(waits).toEqual([1, 0]);
    expect(slept).toEqual([1000]);
    expect(
      fake()
        .requests()
        .map((entry) => entry.status),
    ).toEqual([429, 200]);
  });

  it('gives up at once when the reset is beyond its 30 s patience', async () => {
    const { api, waits, slept } = session();
    fake().injectFault({ count: 1, status: 429, headers: { 'X-RateLimit-Reset': '31' }, method: 'PUT' });
    const error = await rejection(api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false }));

    expect(error).toBeInstanceOf(RateLimitedError);
    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([]);
    expect(slept).toEqual([]);
    expect(
      fake()
        .writes()
        .map((entry) => entry.status),
    ).toEqual([429]);
    expect(fake().publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('gives up after 30 s of 10 s waits: four attempts, three waits', async () => {
    const { api, waits, slept } = session();
    fake().injectFault({ count: 10, status: 429, headers: { 'X-RateLimit-Reset': '10' }, method: 'PUT' });
    const error = await rejection(
      api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false }),
    );
    fake().clearFaults();

    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([10, 10, 10, 0]);
    expect(slept).toEqual([10_000, 10_000, 10_000]);
    expect(
      fake()
        .writes()
        .map((entry) => [entry.method, entry.status]),
    ).toEqual([
      ['PUT', 429],
      ['PUT', 429],
      ['PUT', 429],
      ['PUT', 429],
    ]);
    expect(fake().publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('bounds a run of 1 s 429s to 31 attempts (30 waits)', async () => {
    const { api, waits } = session();
    fake().injectFault({ count: 100, status: 429, headers: { 'X-RateLimit-Reset': '1' }, method: 'GET' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    fake().clearFaults();

    expect(toApiFailure(error)).toEqual({ kind: 'rate-limited' });
    expect(waits).toEqual([...Array<number>(30).fill(1), 0]);
    expect(fake().requests()).toHaveLength(31);
  });
});

describe('toApiFailure', () => {
  it('reads a 401 with its code', async () => {
    const { api } = session({ token: 'not-the-token' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    expect(error).toBeInstanceOf(ApiError);
    expect(toApiFailure(error)).toMatchObject({
      kind: 'api',
      status: 401,
      errors: [{ code: 'INVALID_AUTHORIZATION_HEADER' }],
    });
  });

  it('reads a 422 on content_in_locales (a locale that is not live), keeping its details', async () => {
    const { api } = session();
    const error = await rejection(
      api.unpublish('rec-article', { scope: 'locales', locales: ['fr'] }, { recursive: false }),
    );
    const failure = toApiFailure(error);
    expect(failure).toMatchObject({ kind: 'api', status: 422 });
    // The field the error is about survives, whichever level carries the validation code.
    expect(failure.kind === 'api' && failure.errors[0]?.details).toMatchObject({ field: 'content_in_locales' });
    expect(failureReason(failure)).toBe('locale-not-live');
    expect(fake().publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('reads an error status without a JSON:API error body as no codes', async () => {
    const { api } = session();
    fake().injectFault({ status: 503, method: 'GET' });
    const error = await rejection(api.fetchPublicationState('rec-article'));
    expect(toApiFailure(error)).toEqual({ kind: 'api', status: 503, errors: [] });
  });

  it('reads a dropped connection as a network failure (no retry)', async () => {
    const { api } = session();
    fake().injectFault({ dropConnection: true, method: 'PUT' });
    const error = await rejection(api.unpublish('rec-article', { scope: 'whole-record' }, { recursive: false }));
    expect(error).not.toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(toApiFailure(error)).toEqual({ kind: 'network' });
    expect(
      fake()
        .writes()
        .map((entry) => [entry.method, entry.status]),
    ).toEqual([['PUT', 'dropped']]);
  });

  it.each([
    ['the documented envelope', 'INVALID_FIELD', { field: 'content_in_locales', code: 'VALIDATION_INVALID' }],
    ['the other nesting', 'VALIDATION_INVALID', { field: 'content_in_locales', code: 'INVALID_FIELD' }],
  ])('keeps the details of a validation error in %s', async (_, code, details) => {
    const { api } = session();
    fake().injectFault({ method: 'PUT', status: 422, code, details });
    const error = await rejection(
      api.unpublish('rec-article', { scope: 'locales', locales: ['it'] }, { recursive: false }),
    );
    const failure = toApiFailure(error);
    expect(failure).toEqual({ kind: 'api', status: 422, errors: [{ code, details }] });
    expect(failureReason(failure)).toBe('locale-not-live');
  });

  it('reads anything else as a network failure', () => {
    expect(toApiFailure(new TypeError('fetch failed'))).toEqual({ kind: 'network' });
    expect(toApiFailure('weird')).toEqual({ kind: 'network' });
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
    fake().injectFault({ delayMs: 60_000, method: 'GET' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let settled = false;
    const outcome = rejection(api.fetchPublicationState('rec-article')).finally(() => {
      settled = true;
    });
    // Wait (on real time) for the request to reach the fake: the client has armed its timer by then.
    for (let i = 0; i < 1000 && fake().requests().length === 0; i += 1) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(fake().requests()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(14_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(toApiFailure(error)).toEqual({ kind: 'timeout' });
    // The client does not repeat the request (autoRetry off).
    expect(fake().requests()).toHaveLength(1);
  });
});
