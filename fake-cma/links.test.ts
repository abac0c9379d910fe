// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, type Seed, defaultSeed, startFakeCma } from './server.mjs';
import { apiError, at, clientFor, firstError, HOUR, NOW, sendTo } from './testHelpers';

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = () => clientFor(fake);
const ids = (items: Array<{ id: string }>) => items.map((item) => item.id);

describe('link fields', () => {
  it('carry their validators exactly as the field resource documents them', () => {
    const { fields, itemTypes } = fake.fixtures();
    expect(fields['field-post-category']?.attributes).toMatchObject({
      api_key: 'category',
      field_type: 'link',
      localized: false,
      validators: {
        item_item_type: {
          item_types: ['model-category'],
          on_publish_with_unpublished_references_strategy: 'fail',
          on_reference_unpublish_strategy: 'fail',
          on_reference_delete_strategy: 'delete_references',
        },
      },
    });
    expect(fields['field-post-related']?.attributes.validators.items_item_type.on_reference_unpublish_strategy).toBe(
      'unpublish',
    );
    expect(fields['field-post-body']?.attributes).toMatchObject({
      field_type: 'structured_text',
      validators: { structured_text_links: { item_types: ['model-category'] } },
    });
    expect(fields['field-post-body']?.attributes.validators.structured_text_links).not.toHaveProperty(
      'on_reference_unpublish_strategy',
    );
    expect(fields['field-promo-main_category']?.attributes.validators).toHaveProperty('required', {});
    expect(itemTypes['model-post']?.relationships.fields.data.map((f: { id: string }) => f.id)).toEqual([
      'field-post-title',
      'field-post-category',
      'field-post-related',
      'field-post-body',
    ]);
  });

  it('appear in the record’s attributes', async () => {
    const post = await client().items.find('rec-post-st');
    expect(post.category).toBeNull();
    expect(post.related).toEqual([]);
    expect(JSON.stringify(post.body)).toContain('"item":"rec-category-st"');
  });
});

describe('GET /items/:id/references', () => {
  it('lists the records that link to one, as the client’s items.references expects', async () => {
    const referencing = await client().items.references('rec-category-linked');
    expect(ids(referencing)).toEqual(['rec-post-fail', 'rec-post-cascade']);
    expect(referencing[0]).toMatchObject({
      type: 'item',
      category: 'rec-category-linked',
      meta: { status: 'published' },
    });
    expect(ids(await client().items.references('rec-category-st', { nested: true }))).toEqual(['rec-post-st']);
    expect(await client().items.references('rec-article')).toEqual([]);
  });

  it('looks at the current version, the published one, or either', async () => {
    const seed = defaultSeed();
    seed.records.push(
      // Linked in the draft only, and linked in the published version only.
      {
        id: 'rec-post-new-link',
        model: 'model-post',
        title: { en: 'A' },
        published: { en: 'A' },
        links: { category: 'rec-category-st' },
        publishedLinks: {},
      },
      {
        id: 'rec-post-old-link',
        model: 'model-post',
        title: { en: 'B' },
        published: { en: 'B' },
        links: {},
        publishedLinks: { category: 'rec-category-st' },
      },
    );
    const versions = await startFakeCma({ now: NOW, seed });
    try {
      const references = (version: 'current' | 'published' | 'published-or-current') =>
        clientFor(versions).items.references('rec-category-st', { version }).then(ids);
      expect(await references('current')).toEqual(['rec-post-st', 'rec-post-new-link']);
      expect(await references('published')).toEqual(['rec-post-st', 'rec-post-old-link']);
      expect(await references('published-or-current')).toEqual([
        'rec-post-st',
        'rec-post-new-link',
        'rec-post-old-link',
      ]);
      expect(versions.requests().map((entry) => entry.query)).toEqual([
        { version: 'current' },
        { version: 'published' },
        { version: 'published-or-current' },
      ]);
    } finally {
      await versions.close();
    }
  });

  it('refuses an unknown version and answers 404 for an unknown record', async () => {
    const response = await sendTo(fake, 'GET', '/items/rec-category-linked/references?version=latest');
    expect((await firstError(response)).code).toBe('INVALID_FORMAT');
    const error = await apiError(client().items.references('nope'));
    expect(error.response.status).toBe(404);
  });
});

describe('unpublishing a linked record', () => {
  it('is refused with PUBLISHED_REFERENCES when a published record links to it through a `fail` field; nothing changes', async () => {
    const error = await apiError(client().items.unpublish('rec-category-linked'));
    expect(error.response.status).toBe(422);
    expect(error.findError('PUBLISHED_REFERENCES')?.attributes.details).toEqual({
      references: [
        { item_id: 'rec-post-fail', field: 'category', referenced_item_id: 'rec-category-linked', strategy: 'fail' },
      ],
    });
    for (const id of ['rec-category-linked', 'rec-post-fail', 'rec-post-cascade'])
      expect(fake.publishedLocales(id)).not.toEqual([]);
  });

  it('takes a record linking through an `unpublish` field offline too', async () => {
    await client().items.unpublish('rec-post-fail');
    await client().items.unpublish('rec-category-linked');
    expect(fake.publishedLocales('rec-category-linked')).toEqual([]);
    expect(fake.publishedLocales('rec-post-cascade')).toEqual([]);
    expect(fake.getItem('rec-post-cascade').meta.status).toBe('draft');
    // The link itself stays in the now unpublished record.
    expect(fake.getItem('rec-post-cascade').attributes.related).toEqual(['rec-category-linked']);
    expect(fake.writes().map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual([
      'PUT /items/rec-post-fail/unpublish 200',
      'PUT /items/rec-category-linked/unpublish 200',
    ]);
  });

  it('removes the link from a structured text (its default strategy): the linking record stays published', async () => {
    await client().items.unpublish('rec-category-st');
    expect(fake.publishedLocales('rec-post-st')).toEqual(['en']);
    const post = fake.getItem('rec-post-st');
    expect(post.meta.status).toBe('published');
    expect(post.attributes.body.document.children).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'span', value: 'Read the ' },
          { type: 'span', value: 'guides' },
        ],
      },
      { type: 'paragraph', children: [] },
    ]);
    expect(await client().items.references('rec-category-st', { version: 'published-or-current' })).toEqual([]);
  });

  it('is refused when the link to remove is in a required field', async () => {
    const error = await apiError(client().items.unpublish('rec-category-required'));
    expect(error.findError('PUBLISHED_REFERENCES')?.attributes.details).toEqual({
      references: [
        {
          item_id: 'rec-promo',
          field: 'main_category',
          referenced_item_id: 'rec-category-required',
          strategy: 'delete_references',
        },
      ],
    });
    expect(fake.getItem('rec-promo').attributes.main_category).toBe('rec-category-required');
  });

  it('per locale: the same effect as a whole unpublish (assumed), or none in the `ignore` mode', async () => {
    const error = await apiError(client().items.unpublish('rec-category-linked', { content_in_locales: ['it'] }));
    expect(error.findError('PUBLISHED_REFERENCES')).toBeTruthy();
    expect(fake.publishedLocales('rec-category-linked')).toEqual(['en', 'it']);

    fake.modes.set({ selectiveUnpublishReferences: 'ignore' });
    await client().items.unpublish('rec-category-linked', { content_in_locales: ['it'] });
    expect(fake.publishedLocales('rec-category-linked')).toEqual(['en']);
    expect(fake.publishedLocales('rec-post-cascade')).toEqual(['en']);
  });

  it('when due: a scheduled unpublishing follows the same strategies, and a refusal drops the plan', async () => {
    await client().scheduledUnpublishing.create('rec-category-linked', { unpublishing_scheduled_at: at(NOW + HOUR) });
    await client().scheduledUnpublishing.create('rec-category-st', { unpublishing_scheduled_at: at(NOW + 2 * HOUR) });
    fake.clock.advance(2 * HOUR);
    expect(fake.planRuns()).toEqual([
      {
        environment: 'main',
        kind: 'unpublishing',
        itemId: 'rec-category-linked',
        at: at(NOW + HOUR),
        outcome: 'failed',
        reason: 'PUBLISHED_REFERENCES',
      },
      { environment: 'main', kind: 'unpublishing', itemId: 'rec-category-st', at: at(NOW + 2 * HOUR), outcome: 'done' },
    ]);
    expect(fake.publishedLocales('rec-category-linked')).toEqual(['en', 'it']);
    expect(fake.getItem('rec-category-linked').meta.unpublishing_scheduled_at).toBeNull();
    expect(fake.publishedLocales('rec-category-st')).toEqual([]);
    expect(JSON.stringify(fake.getItem('rec-post-st').attributes.body)).not.toContain('rec-category-st');
  });

  it('follows the documented default of a link field without a strategy: fail', async () => {
    const seed: Seed = defaultSeed();
    seed.models.push({
      id: 'model-note',
      name: 'Note',
      apiKey: 'note',
      draftMode: true,
      tree: false,
      fields: [{ apiKey: 'about', type: 'link', validators: { item_item_type: { item_types: ['model-article'] } } }],
    });
    seed.records.push({
      id: 'rec-note',
      model: 'model-note',
      title: { en: 'Note' },
      published: { en: 'Note' },
      links: { about: 'rec-article-en' },
    });
    const defaults = await startFakeCma({ now: NOW, seed });
    try {
      const error = await apiError(clientFor(defaults).items.unpublish('rec-article-en'));
      expect(error.findError('PUBLISHED_REFERENCES')?.attributes.details).toMatchObject({
        references: [{ item_id: 'rec-note', strategy: 'fail' }],
      });
    } finally {
      await defaults.close();
    }
  });
});

describe('a due publication linking to unpublished records', () => {
  async function withDraftLinks(links: Record<string, string | string[]>) {
    const seed = defaultSeed();
    seed.records.push(
      { id: 'rec-category-draft', model: 'model-category', title: { en: 'Drafts' }, published: {} },
      { id: 'rec-post-draft', model: 'model-post', title: { en: 'Soon' }, published: {}, links },
    );
    const draft = await startFakeCma({ now: NOW, seed });
    await clientFor(draft).scheduledPublication.create('rec-post-draft', { publication_scheduled_at: at(NOW + HOUR) });
    draft.clock.advance(HOUR);
    return draft;
  }

  it('fails on a `fail` field, publishing nothing', async () => {
    const draft = await withDraftLinks({ category: 'rec-category-draft' });
    try {
      expect(draft.planRuns()).toMatchObject([{ itemId: 'rec-post-draft', outcome: 'failed' }]);
      expect(draft.publishedLocales('rec-post-draft')).toEqual([]);
      expect(draft.publishedLocales('rec-category-draft')).toEqual([]);
    } finally {
      await draft.close();
    }
  });

  it('publishes the referenced record too on a `publish_references` field', async () => {
    const draft = await withDraftLinks({ related: ['rec-category-draft'] });
    try {
      expect(draft.planRuns()).toMatchObject([{ itemId: 'rec-post-draft', outcome: 'done' }]);
      expect(draft.publishedLocales('rec-post-draft')).toEqual(['en']);
      expect(draft.publishedLocales('rec-category-draft')).toEqual(['en']);
    } finally {
      await draft.close();
    }
  });
});
