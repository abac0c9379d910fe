// @vitest-environment node
// The bulk API against the fake CMA's default environments: listing them, reading and writing in the one each
// connection names, and replacing a plan (restored when the new one is refused).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, startFakeCma } from '../../fake-cma/server.mjs';
import { createPacer } from '../core/bulk/ratePacer';
import { createBulkApi } from './bulk';

const NOW = Date.parse('2026-03-01T09:00:00Z');

describe('in several environments (the fake CMA’s default ones)', () => {
  let envFake: FakeCma;
  beforeAll(async () => {
    envFake = await startFakeCma({ now: NOW });
  });
  afterAll(() => envFake.close());
  beforeEach(() => envFake.reset());

  const api = () =>
    createBulkApi(
      { currentUserAccessToken: envFake.token, cmaBaseUrl: envFake.url },
      { pacer: createPacer(), onRateLimitWait: () => {}, sleep: async () => {} },
    );
  const guard = () => ({ stopped: () => false, committed: false });

  it('lists the environments, and reads and writes in the one each connection names (X-Environment)', async () => {
    const bulk = api();
    const environments = await bulk.listEnvironments('main');
    expect(environments.map((e) => [e.id, e.meta.status, e.meta.read_only_mode])).toEqual(
      expect.arrayContaining([
        ['main', 'ready', false],
        ['sandbox-spring', 'ready', false],
        ['readonly-archive', 'ready', true],
        ['sandbox-creating', 'creating', false],
      ]),
    );
    const sandbox = bulk.environment('sandbox-spring');
    expect(await sandbox.readState('rec-html', ['en', 'it', 'es', 'fr'])).toEqual({ kind: 'not-found' });
    expect(await sandbox.readState('rec-article', ['en', 'it', 'es', 'fr'])).toMatchObject({
      kind: 'read',
      live: ['en'],
    });
    await bulk.environment('main').unpublish('rec-html', { scope: 'locales', locales: ['it'] }, guard());
    expect(envFake.writes().map((w) => [w.environment, w.path])).toEqual([['main', '/items/rec-html/unpublish']]);
    expect(
      envFake.requests().filter((r) => r.path === '/items/rec-html/current-vs-published-state')[0]?.headers,
    ).toMatchObject({
      'x-environment': 'sandbox-spring',
    });
  });

  it('replaces a plan (cancel, then create), and puts the old one back when the new one is refused', async () => {
    const main = api().environment('main');
    const old = { at: new Date(NOW + 86_400_000).toISOString(), locales: ['es'] };
    expect(await main.replacePlan('rec-article', null, old, guard())).toEqual({ kind: 'saved' });
    const next = { at: new Date(NOW + 2 * 86_400_000).toISOString(), locales: ['it'] };
    expect(await main.replacePlan('rec-article', old, next, guard())).toEqual({ kind: 'saved' });
    envFake.injectFault({
      method: 'POST',
      path: '/items/rec-article/scheduled-unpublishing',
      status: 422,
      code: 'INVALID_DATE',
    });
    const refused = await main.replacePlan('rec-article', next, old, guard());
    expect(refused.kind).toBe('restored');
    expect(envFake.writes().map((w) => `${w.method} ${w.status}`)).toEqual([
      'POST 200',
      'DELETE 200',
      'POST 200',
      'DELETE 200',
      'POST 422',
      'POST 200',
    ]);
  });
});
