// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, defaultSeed, SELECTIVE_UNPUBLISH_PLUGIN_ID, startFakeCma } from './server.mjs';
import { apiError, at, clientFor, firstError, HOUR, NOW, sendTo } from './testHelpers';

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = (environment?: string) => clientFor(fake, environment ? { environment } : {});

describe('GET /environments', () => {
  it('lists the seeded environments in the documented shape', async () => {
    const environments = await client().environments.list();
    expect(
      environments.map(({ id, meta }) => [id, meta.status, meta.primary, meta.read_only_mode, meta.forked_from]),
    ).toEqual([
      ['main', 'ready', true, false, null],
      ['sandbox-spring', 'ready', false, false, 'main'],
      ['readonly-archive', 'ready', false, true, 'main'],
      ['sandbox-creating', 'creating', false, false, 'main'],
    ]);
    const [main, , , creating] = environments;
    expect(main).toEqual({
      id: 'main',
      type: 'environment',
      meta: {
        status: 'ready',
        read_only_mode: false,
        created_at: expect.any(String),
        last_data_change_at: at(NOW),
        primary: true,
        forked_from: null,
      },
    });
    // fork_completion_percentage is only present while the environment is being created.
    expect(main).not.toHaveProperty('meta.fork_completion_percentage');
    expect(creating?.meta.fork_completion_percentage).toBe(40);
  });

  it('finds one environment, 404 for an unknown one, whatever X-Environment says', async () => {
    const sandbox = await client('sandbox-spring').environments.find('readonly-archive');
    expect(sandbox.meta.read_only_mode).toBe(true);
    const error = await apiError(client().environments.find('nope'));
    expect(error.response.status).toBe(404);
  });

  it('moves last_data_change_at when an environment is written to', async () => {
    fake.clock.advance(HOUR);
    await client('sandbox-spring').items.unpublish('rec-article-en');
    const byId = Object.fromEntries(
      (await client().environments.list()).map((env) => [env.id, env.meta.last_data_change_at]),
    );
    expect(byId['sandbox-spring']).toBe(at(NOW + HOUR));
    expect(byId.main).toBe(at(NOW));
  });
});

describe('X-Environment', () => {
  it('selects the data: none is the primary environment', async () => {
    expect((await client().items.find('rec-article')).id).toBe('rec-article');
    expect((await client('main').items.find('rec-html')).id).toBe('rec-html');
    // rec-html was created in main after the fork.
    const missing = await apiError(client('sandbox-spring').items.find('rec-html'));
    expect(missing.findError('NOT_FOUND')).toBeTruthy();
    // The fork keeps the record's id but its live locales differ.
    const state = await client('sandbox-spring').items.rawCurrentVsPublishedState('rec-article');
    expect(state.data.attributes.published_version_locales).toEqual(['en']);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('keeps each environment’s changes and schedules apart, and logs the environment of each request', async () => {
    await client('sandbox-spring').items.unpublish('rec-article-en');
    await client().scheduledUnpublishing.create('rec-article', {
      unpublishing_scheduled_at: at(NOW + HOUR),
      content_in_locales: ['it'],
    });
    expect(fake.publishedLocales('rec-article-en', 'sandbox-spring')).toEqual([]);
    expect(fake.publishedLocales('rec-article-en')).toEqual(['en']);
    expect(fake.getItem('rec-article', 'sandbox-spring').meta.unpublishing_scheduled_at).toBeNull();

    fake.clock.advance(HOUR);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'es']);
    expect(fake.publishedLocales('rec-article', 'sandbox-spring')).toEqual(['en']);

    expect(fake.writes('sandbox-spring').map(({ method, path }) => `${method} ${path}`)).toEqual([
      'PUT /items/rec-article-en/unpublish',
    ]);
    expect(fake.writes('main').map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /items/rec-article/scheduled-unpublishing',
    ]);
    expect(fake.requests().map((entry) => entry.environment)).toEqual(['sandbox-spring', 'main']);
  });

  it('answers an unknown environment 404 INVALID_ENVIRONMENT, touching nothing', async () => {
    const error = await apiError(client('sandbox-nope').items.unpublish('rec-article'));
    expect(error.response.status).toBe(404);
    expect(error.findError('INVALID_ENVIRONMENT')).toBeTruthy();
    expect(fake.requests()[0]?.environment).toBe('sandbox-nope');
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es']);
  });

  it('serves fixtures per environment over the control route', async () => {
    const sandbox = await (await fetch(`${fake.url}/__control/fixtures?environment=sandbox-spring`)).json();
    expect(sandbox.items.map((item: { id: string }) => item.id)).not.toContain('rec-html');
    expect(fake.fixtures().items.map((item) => item.id)).toContain('rec-html');
  });
});

describe('a read-only environment', () => {
  it('answers reads and refuses every write with ENVIRONMENT_IN_READ_ONLY_MODE (422, assumed)', async () => {
    const readOnly = client('readonly-archive');
    expect((await readOnly.items.find('rec-article')).meta.status).toBe('updated');
    const writes = [
      readOnly.items.unpublish('rec-article'),
      readOnly.items.unpublish('rec-article', { content_in_locales: ['it'] }),
      readOnly.scheduledUnpublishing.create('rec-article', { unpublishing_scheduled_at: at(NOW + HOUR) }),
      readOnly.scheduledPublication.create('rec-draft', { publication_scheduled_at: at(NOW + HOUR) }),
      readOnly.items.bulkUnpublish({ items: [{ type: 'item', id: 'rec-article' }] }),
    ];
    for (const write of writes) {
      const error = await apiError(write);
      expect(error.response.status).toBe(422);
      expect(error.findError('ENVIRONMENT_IN_READ_ONLY_MODE')).toBeTruthy();
    }
    expect(fake.publishedLocales('rec-article', 'readonly-archive')).toEqual(['en', 'it', 'es']);
    expect(fake.writes('readonly-archive').map((entry) => entry.status)).toEqual([422, 422, 422, 422, 422]);
  });

  it('answers with the status the readOnlyStatus mode sets', async () => {
    fake.modes.set({ readOnlyStatus: 403 });
    const response = await sendTo(fake, 'PUT', '/items/rec-article/unpublish', {
      headers: { 'x-environment': 'readonly-archive' },
    });
    expect(response.status).toBe(403);
    expect((await firstError(response)).code).toBe('ENVIRONMENT_IN_READ_ONLY_MODE');
  });
});

describe('an environment being created', () => {
  it('answers every request ENVIRONMENT_NOT_READY', async () => {
    for (const call of [
      client('sandbox-creating').items.find('rec-article'),
      client('sandbox-creating').items.unpublish('rec-article'),
    ]) {
      const error = await apiError(call);
      expect(error.response.status).toBe(422);
      expect(error.findError('ENVIRONMENT_NOT_READY')).toBeTruthy();
    }
  });
});

describe('GET /plugins/:id, per environment', () => {
  const ID = SELECTIVE_UNPUBLISH_PLUGIN_ID;

  it('answers the plugin in the documented shape, freshly installed ({}) in every environment by default', async () => {
    const raw = await client('sandbox-spring').plugins.rawFind(ID);
    expect(raw.data).toEqual({
      id: 'plugin-selective-unpublish',
      type: 'plugin',
      attributes: {
        name: 'Selective Unpublish',
        description: null,
        url: expect.any(String),
        parameters: {},
        package_name: 'datocms-plugin-selective-unpublish',
        package_version: '0.1.0',
        permissions: ['currentUserAccessToken'],
        plugin_type: null,
        field_types: null,
        parameter_definitions: null,
      },
      meta: { version: '2' },
    });
    expect(fake.requests().map((r) => [r.method, r.path, r.environment])).toEqual([
      ['GET', `/plugins/${ID}`, 'sandbox-spring'],
    ]);
  });

  it('keeps each environment’s parameters apart, and reset() puts them back', async () => {
    const sandboxOnly = { version: 2, defaults: { allowWholeRecord: false } };
    fake.plugins.set('sandbox-spring', ID, sandboxOnly);
    expect((await client('sandbox-spring').plugins.find(ID)).parameters).toEqual(sandboxOnly);
    expect((await client().plugins.find(ID)).parameters).toEqual({});
    expect((await client('readonly-archive').plugins.find(ID)).parameters).toEqual({});
    fake.reset();
    expect((await client('sandbox-spring').plugins.find(ID)).parameters).toEqual({});
  });

  it('answers 404 NOT_FOUND for a plugin not installed in that environment', async () => {
    fake.plugins.set('sandbox-spring', ID, null);
    const error = await apiError(client('sandbox-spring').plugins.find(ID));
    expect(error.response.status).toBe(404);
    expect(error.findError('NOT_FOUND')).toBeTruthy();
    expect((await client().plugins.find(ID)).id).toBe(ID);
    expect((await apiError(client().plugins.find('another-plugin'))).response.status).toBe(404);
  });

  it('is set over the control route too, and follows the environment’s state', async () => {
    const response = await fetch(`${fake.url}/__control/plugins`, {
      method: 'POST',
      body: JSON.stringify({ environment: 'sandbox-spring', id: ID, parameters: { version: 2 } }),
    });
    expect(response.status).toBe(200);
    expect((await client('sandbox-spring').plugins.find(ID)).parameters).toEqual({ version: 2 });
    const creating = await apiError(client('sandbox-creating').plugins.find(ID));
    expect(creating.findError('ENVIRONMENT_NOT_READY')).toBeTruthy();
  });

  it('seeds plugins per environment', async () => {
    const custom = await startFakeCma({
      now: NOW,
      environments: [
        { id: 'prod', primary: true, seed: defaultSeed(), plugins: [{ id: ID, parameters: { version: 2 } }] },
        { id: 'staging', seed: defaultSeed(), plugins: [] },
      ],
    });
    try {
      expect((await clientFor(custom).plugins.find(ID)).parameters).toEqual({ version: 2 });
      expect((await apiError(clientFor(custom, { environment: 'staging' }).plugins.find(ID))).response.status).toBe(
        404,
      );
    } finally {
      await custom.close();
    }
  });
});

describe('startFakeCma environments', () => {
  it('with a seed: one primary environment, main', async () => {
    const single = await startFakeCma({ now: NOW, seed: defaultSeed() });
    try {
      expect(single.environments().map(({ id, meta }) => [id, meta.primary])).toEqual([['main', true]]);
    } finally {
      await single.close();
    }
  });

  it('with custom environments, and refuses a set without exactly one primary', async () => {
    const custom = await startFakeCma({
      now: NOW,
      environments: [
        { id: 'prod', primary: true, seed: defaultSeed() },
        { id: 'staging', forkedFrom: 'prod', seed: defaultSeed() },
      ],
    });
    try {
      expect(custom.environments().map((env) => env.id)).toEqual(['prod', 'staging']);
      await clientFor(custom).items.unpublish('rec-article-en');
      expect(custom.requests()[0]?.environment).toBe('prod');
    } finally {
      await custom.close();
    }
    await expect(startFakeCma({ environments: [{ id: 'a', seed: defaultSeed() }] })).rejects.toThrow('primary');
    await expect(startFakeCma({ seed: defaultSeed(), environments: [] })).rejects.toThrow('not both');
  });
});
