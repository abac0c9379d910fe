// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, defaultSeed, plansSeed, startFakeCma } from './server.mjs';
import { apiError, at, clientFor, DAY, firstError, HOUR, NOW, sendTo } from './testHelpers';

type RawItem = { id: string; attributes: Record<string, unknown>; meta: Record<string, string | null> };

describe('scheduled publications', () => {
  let fake: FakeCma;
  beforeAll(async () => {
    fake = await startFakeCma({ now: NOW });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());
  const client = () => clientFor(fake);

  it('are created, shown in the record’s meta and state, and destroyed (the answer is the record)', async () => {
    const when = at(NOW + HOUR);
    const created = await client().scheduledPublication.create('rec-draft', { publication_scheduled_at: when });
    expect(created).toMatchObject({
      type: 'scheduled_publication',
      publication_scheduled_at: when,
      selective_publication: null,
    });
    expect(created.item).toEqual({ type: 'item', id: 'rec-draft' });
    expect(fake.getItem('rec-draft').meta.publication_scheduled_at).toBe(when);

    const state = await client().items.rawCurrentVsPublishedState('rec-draft');
    expect(state.data.relationships.scheduled_publication.data).toEqual({
      id: created.id,
      type: 'scheduled_publication',
    });
    expect(state.included).toContainEqual(expect.objectContaining({ id: created.id, type: 'scheduled_publication' }));

    const destroyed = await client().scheduledPublication.destroy('rec-draft');
    expect(destroyed).toMatchObject({ id: 'rec-draft', type: 'item', meta: { publication_scheduled_at: null } });
    expect((await apiError(client().scheduledPublication.destroy('rec-draft'))).response.status).toBe(404);
  });

  it('when due, publishes the current version in full', async () => {
    await client().scheduledPublication.create('rec-article', { publication_scheduled_at: at(NOW + HOUR) });
    fake.clock.advance(HOUR);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es', 'fr']);
    const item = fake.getItem('rec-article');
    expect(item.meta).toMatchObject({
      status: 'published',
      publication_scheduled_at: null,
      published_at: at(NOW + HOUR),
    });
    expect(fake.planRuns()).toEqual([
      { environment: 'main', kind: 'publication', itemId: 'rec-article', at: at(NOW + HOUR), outcome: 'done' },
    ]);
  });

  it('selective: publishes only the locales it names', async () => {
    await client().scheduledPublication.create('rec-article', {
      publication_scheduled_at: at(NOW + HOUR),
      selective_publication: { content_in_locales: ['fr'], non_localized_content: true },
    });
    expect(fake.writes()[0]?.body).toEqual({
      data: {
        type: 'scheduled_publication',
        attributes: {
          publication_scheduled_at: at(NOW + HOUR),
          selective_publication: { content_in_locales: ['fr'], non_localized_content: true },
        },
      },
    });
    fake.clock.advance(HOUR);
    expect(fake.publishedLocales('rec-article')).toEqual(['en', 'it', 'es', 'fr']);
    // es keeps its older published text: the record still has unpublished changes.
    expect(fake.getItem('rec-article').meta.status).toBe('updated');
  });

  it('selective without the non-localized content: a first publication leaves the links unpublished', async () => {
    const seed = defaultSeed();
    seed.records.push({
      id: 'rec-post-new',
      model: 'model-post',
      title: { en: 'New' },
      published: {},
      links: { related: ['rec-category-st'] },
    });
    const draft = await startFakeCma({ now: NOW, seed });
    try {
      await clientFor(draft).scheduledPublication.create('rec-post-new', {
        publication_scheduled_at: at(NOW + HOUR),
        selective_publication: { content_in_locales: ['en'], non_localized_content: false },
      });
      draft.clock.advance(HOUR);
      expect(draft.publishedLocales('rec-post-new')).toEqual(['en']);
      const state = await clientFor(draft).items.rawCurrentVsPublishedState('rec-post-new');
      expect(state.data.attributes.non_localized_fields_changed).toBe(true);
      expect(
        await clientFor(draft)
          .items.references('rec-category-st', { version: 'published' })
          .then((items) => items.map((i) => i.id)),
      ).toEqual(['rec-post-st']);
    } finally {
      await draft.close();
    }
  });

  it.each([
    ['a past date', { publication_scheduled_at: at(NOW - HOUR) }, 'rec-draft', 'publication_scheduled_at'],
    [
      'a locale the record lacks',
      {
        publication_scheduled_at: at(NOW + HOUR),
        selective_publication: { content_in_locales: ['es'], non_localized_content: false },
      },
      'rec-draft',
      'selective_publication',
    ],
    ['a model without draft/published', { publication_scheduled_at: at(NOW + HOUR) }, 'rec-author', 'item'],
  ])('refuses %s with INVALID_FIELD', async (_, body, id, field) => {
    const error = await apiError(client().scheduledPublication.create(id, body));
    expect(error.findError('INVALID_FIELD', { field, code: 'VALIDATION_INVALID' })).toBeTruthy();
  });

  it('refuses a second pending publication, and a body of another shape', async () => {
    await client().scheduledPublication.create('rec-draft', { publication_scheduled_at: at(NOW + HOUR) });
    const second = await apiError(
      client().scheduledPublication.create('rec-draft', { publication_scheduled_at: at(NOW + 2 * HOUR) }),
    );
    expect(second.findError('INVALID_FIELD', { field: 'item' })).toBeTruthy();
    const wrong = await sendTo(fake, 'POST', '/items/rec-article/scheduled-publication', {
      body: JSON.stringify({
        data: {
          type: 'scheduled_publication',
          attributes: { publication_scheduled_at: at(NOW + HOUR), content_in_locales: ['fr'] },
        },
      }),
    });
    expect((await firstError(wrong)).code).toBe('INVALID_FORMAT');
  });
});

describe('plansSeed', () => {
  it('is the same for the same options', () => {
    expect(plansSeed({ plans: 100 })).toEqual(plansSeed({ plans: 100 }));
    expect(plansSeed({ plans: 100, seed: 8 })).not.toEqual(plansSeed({ plans: 100 }));
  });

  it('gives each record one plan within the horizon: whole records and strict subsets of live locales', () => {
    const seed = plansSeed({ plans: 1000, models: 10 });
    const generated = seed.records.filter((record) => /^plan-\d+$/.test(record.id));
    expect(generated).toHaveLength(1000);
    expect(new Set(generated.map((record) => record.model)).size).toBe(10);
    let whole = 0;
    for (const record of generated) {
      const live = Object.keys(record.published as Record<string, string>);
      const plan = record.unpublishing;
      expect(plan?.inMs).toBeGreaterThan(0);
      expect(plan?.inMs).toBeLessThanOrEqual(90 * DAY);
      if (plan?.locales) {
        expect(plan.locales.every((locale) => live.includes(locale))).toBe(true);
        expect(plan.locales.length).toBeLessThan(live.length);
      } else whole += 1;
    }
    expect(whole).toBeGreaterThan(200);
    expect(whole).toBeLessThan(800);
  });
});

describe('GET /items for plans', () => {
  let fake: FakeCma;
  beforeAll(async () => {
    fake = await startFakeCma({ now: NOW, seed: plansSeed({ plans: 5000, models: 10 }) });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.resetLog());
  const client = () => clientFor(fake);
  const planAt = (item: RawItem) => Date.parse(item.meta.unpublishing_scheduled_at ?? '');

  it('filters several models (ids or api keys) by scheduled unpublishing, 500 a page, with total_count', async () => {
    const page = await client().items.rawList({
      filter: { type: 'model-plan-0,plan_1', fields: { _unpublishing_scheduled_at: { exists: true } } },
      page: { offset: 0, limit: 500 },
      version: 'current',
    });
    expect(fake.requests()[0]?.query).toEqual({
      'filter[type]': 'model-plan-0,plan_1',
      'filter[fields][_unpublishing_scheduled_at][exists]': 'true',
      'page[offset]': '0',
      'page[limit]': '500',
      version: 'current',
    });
    // 1000 generated records of these two models, plus the two conflicts of model-plan-0 with a plan.
    expect(page.meta.total_count).toBe(1002);
    expect(page.data).toHaveLength(500);
    expect(page.data.every((item) => (item as unknown as RawItem).meta.unpublishing_scheduled_at !== null)).toBe(true);

    const rest = await client().items.rawList({
      filter: { type: 'model-plan-0,plan_1', fields: { _unpublishing_scheduled_at: { exists: true } } },
      page: { offset: 1000, limit: 500 },
    });
    expect(rest.data.map((item) => item.id)).toEqual(['plan-conflict-publication-after', 'plan-conflict-locale-gone']);
  });

  it('narrows to a window with gt and lt, and to records without a plan with exists=false', async () => {
    const from = NOW + 10 * DAY;
    const to = NOW + 20 * DAY;
    const all = (await client().items.rawList({ filter: { type: 'model-plan-3' }, page: { limit: 500 } }))
      .data as unknown as RawItem[];
    const expected = all.filter((item) => planAt(item) > from && planAt(item) < to).map((item) => item.id);
    const window = await client().items.rawList({
      filter: { type: 'model-plan-3', fields: { _unpublishing_scheduled_at: { gt: at(from), lt: at(to) } } },
      page: { limit: 500 },
    });
    expect(expected.length).toBeGreaterThan(20);
    expect(window.data.map((item) => item.id)).toEqual(expected);
    const none = await client().items.rawList({
      filter: { type: 'plan_tree', fields: { _unpublishing_scheduled_at: { exists: false } } },
    });
    expect(none.data.map((item) => item.id)).toEqual(['plan-conflict-tree-child']);
  });

  it('filters by scheduled publication too, and shows its date in meta', async () => {
    const published = (
      await client().items.rawList({
        filter: { type: 'model-plan-5', fields: { _publication_scheduled_at: { exists: true } } },
        page: { limit: 500 },
      })
    ).data as unknown as RawItem[];
    expect(published.length).toBeGreaterThan(20);
    expect(published.every((item) => Date.parse(item.meta.publication_scheduled_at ?? '') > NOW)).toBe(true);
  });

  it('orders one model by _unpublishing_scheduled_at, ascending or descending', async () => {
    const ascending = (
      await client().items.rawList({
        filter: { type: 'model-plan-2' },
        order_by: '_unpublishing_scheduled_at_ASC',
        page: { limit: 500 },
      })
    ).data as unknown as RawItem[];
    expect(ascending).toHaveLength(500);
    const times = ascending.map(planAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const descending = (
      await client().items.rawList({
        filter: { type: 'model-plan-2' },
        order_by: '_unpublishing_scheduled_at_DESC',
        page: { limit: 1 },
      })
    ).data as unknown as RawItem[];
    expect(planAt(descending[0] as RawItem)).toBe(Math.max(...times));
  });

  it.each([
    ['several models', 'filter[type]=model-plan-0,model-plan-1&order_by=_unpublishing_scheduled_at_ASC'],
    ['no model', 'order_by=_unpublishing_scheduled_at_ASC'],
    ['an unknown column', 'filter[type]=model-plan-0&order_by=when_ASC'],
  ])('refuses order_by with %s: 422 INVALID_ORDERING (code assumed)', async (_, query) => {
    const response = await sendTo(fake, 'GET', `/items?${query}`);
    expect(response.status).toBe(422);
    expect((await firstError(response)).code).toBe('INVALID_ORDERING');
  });

  it.each([
    ['page[limit] above 500', 'page[limit]=501', 'INVALID_FORMAT'],
    ['filter[ids] with filter[type]', 'filter[ids]=plan-00001&filter[type]=model-plan-1', 'INVALID_PARAMS'],
    [
      'a date without offset',
      'filter[type]=model-plan-1&filter[fields][_unpublishing_scheduled_at][gt]=2026-03-02T10:00',
      'INVALID_FILTER_FIELDS_PARAM',
    ],
    ['an unknown version', 'version=draft', 'INVALID_FORMAT'],
  ])('refuses %s', async (_, query, code) => {
    const response = await sendTo(fake, 'GET', `/items?${query}`);
    expect(response.status).toBe(422);
    expect((await firstError(response)).code).toBe(code);
  });

  it('pages through all 5004 records', async () => {
    const seen = new Set<string>();
    let total = 0;
    for (let offset = 0; ; offset += 500) {
      const page = await client().items.rawList({ page: { offset, limit: 500 } });
      total = page.meta.total_count;
      for (const item of page.data) seen.add(item.id);
      if (page.data.length < 500) break;
    }
    expect(total).toBe(5004);
    expect(seen.size).toBe(5004);
  });
});

describe('GET /items?version=published', () => {
  let fake: FakeCma;
  beforeAll(async () => {
    fake = await startFakeCma({ now: NOW });
  });
  afterAll(() => fake.close());

  it('answers the published versions and leaves out records with nothing published', async () => {
    const items = (await clientFor(fake).items.rawList({ filter: { type: 'article' }, version: 'published' }))
      .data as unknown as RawItem[];
    expect(items.map((item) => item.id)).toEqual(['rec-article', 'rec-article-en', 'rec-html']);
    expect(items[0]?.attributes.title).toEqual({
      en: 'Spring launch',
      it: 'Lancio di primavera',
      es: 'Lanzamiento primaveral',
    });
    const current = (await clientFor(fake).items.rawList({ filter: { type: 'article' } })).data as unknown as RawItem[];
    expect(current.map((item) => item.id)).toContain('rec-draft');
  });
});

describe('the hand-made plan conflicts', () => {
  let fake: FakeCma;
  beforeAll(async () => {
    fake = await startFakeCma({ now: NOW, seed: plansSeed({ plans: 0 }) });
  });
  afterAll(() => fake.close());

  it('run as the fake’s rules say when the clock passes them', async () => {
    expect(fake.getItem('plan-conflict-publication-after').meta).toMatchObject({
      unpublishing_scheduled_at: at(NOW + DAY),
      publication_scheduled_at: at(NOW + 2 * DAY),
    });
    fake.clock.advance(DAY);
    expect(fake.planRuns()).toEqual([
      {
        environment: 'main',
        kind: 'unpublishing',
        itemId: 'plan-conflict-publication-after',
        at: at(NOW + DAY),
        outcome: 'done',
      },
      {
        environment: 'main',
        kind: 'unpublishing',
        itemId: 'plan-conflict-locale-gone',
        at: at(NOW + DAY),
        outcome: 'skipped',
        reason: 'not published any more: it',
      },
      {
        environment: 'main',
        kind: 'unpublishing',
        itemId: 'plan-conflict-tree-parent',
        at: at(NOW + DAY),
        outcome: 'skipped',
        reason: 'published children',
      },
    ]);
    expect(fake.publishedLocales('plan-conflict-publication-after')).toEqual([]);
    expect(fake.publishedLocales('plan-conflict-locale-gone')).toEqual(['en']);
    expect(fake.publishedLocales('plan-conflict-tree-parent')).toEqual(['en']);

    fake.clock.advance(DAY);
    expect(fake.publishedLocales('plan-conflict-publication-after')).toEqual(['en', 'it']);
    expect(fake.getItem('plan-conflict-publication-after').meta.status).toBe('published');
  });
});
