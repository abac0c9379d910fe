// @vitest-environment node
// The fidelity switches (modes.mjs): each documented ambiguity answered both ways.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeCma, DEFAULT_MODES, startFakeCma } from './server.mjs';
import { apiError, at, clientFor, firstError, HOUR, NOW, sendTo } from './testHelpers';

let fake: FakeCma;

beforeAll(async () => {
  fake = await startFakeCma({ now: NOW });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const client = () => clientFor(fake);

describe('scheduleInIncluded (current-vs-published-state)', () => {
  beforeEach(async () => {
    await client().scheduledUnpublishing.create('rec-article', {
      unpublishing_scheduled_at: at(NOW + HOUR),
      content_in_locales: ['it'],
    });
  });

  it('true (default): the relationship is set and the schedule is in `included`', async () => {
    const state = await client().items.rawCurrentVsPublishedState('rec-article');
    const ref = state.data.relationships.scheduled_unpublishing.data;
    expect(ref?.type).toBe('scheduled_unpublishing');
    expect(state.included.filter((resource) => resource.type === 'scheduled_unpublishing')).toEqual([
      {
        id: ref?.id,
        type: 'scheduled_unpublishing',
        attributes: { unpublishing_scheduled_at: at(NOW + HOUR), content_in_locales: ['it'] },
        relationships: { item: { data: { id: 'rec-article', type: 'item' } } },
      },
    ]);
  });

  it('false: the relationship is set, `included` leaves the schedule out (the docs’ example)', async () => {
    fake.modes.set({ scheduleInIncluded: false });
    const state = await client().items.rawCurrentVsPublishedState('rec-article');
    expect(state.data.relationships.scheduled_unpublishing.data).toEqual({
      id: expect.any(String),
      type: 'scheduled_unpublishing',
    });
    expect(state.included.map((resource) => resource.type)).toEqual(['item_version']);
  });
});

describe('errorEnvelope', () => {
  const unpublishFrench = () => client().items.unpublish('rec-article', { content_in_locales: ['fr'] });
  const scheduleFrench = () =>
    client().scheduledUnpublishing.create('rec-article', {
      unpublishing_scheduled_at: at(NOW + HOUR),
      content_in_locales: ['fr'],
    });

  it('invalid-field (default, the errors page): top-level INVALID_FIELD with details.field and a VALIDATION_ code', async () => {
    for (const call of [unpublishFrench(), scheduleFrench()]) {
      const error = await apiError(call);
      expect(error.response.status).toBe(422);
      expect(error.errors.map((e) => e.attributes.code)).toEqual(['INVALID_FIELD']);
      expect(error.errors[0]?.attributes.details).toMatchObject({
        field: 'content_in_locales',
        code: 'VALIDATION_INVALID',
      });
      expect(error.errors[0]?.attributes.doc_url).toBe(
        'https://www.datocms.com/docs/content-management-api/errors#INVALID_FIELD',
      );
    }
  });

  it('validation-invalid: top-level VALIDATION_INVALID with the same details', async () => {
    fake.modes.set({ errorEnvelope: 'validation-invalid' });
    for (const call of [unpublishFrench(), scheduleFrench()]) {
      const error = await apiError(call);
      expect(error.errors.map((e) => e.attributes.code)).toEqual(['VALIDATION_INVALID']);
      expect(
        error.findError('VALIDATION_INVALID', { field: 'content_in_locales', code: 'VALIDATION_INVALID' }),
      ).toBeTruthy();
    }
    // Other errors keep their code.
    expect((await apiError(client().items.unpublish('rec-page-root'))).findError('PUBLISHED_CHILDREN')).toBeTruthy();
  });

  it('can be chosen when the fake starts', async () => {
    const other = await startFakeCma({ now: NOW, modes: { errorEnvelope: 'validation-invalid' } });
    try {
      const response = await sendTo(other, 'PUT', '/items/rec-draft/unpublish');
      expect(await firstError(response)).toMatchObject({ code: 'VALIDATION_INVALID', details: { field: 'item' } });
    } finally {
      await other.close();
    }
  });
});

describe('a model whose fields are all non-localized (rec-banner)', () => {
  it('has a non-localized title and reports no locales by default (assumed)', async () => {
    const { fields } = fake.fixtures();
    expect(fields['field-banner-title']?.attributes.localized).toBe(false);
    const banner = await client().items.find('rec-banner');
    expect(banner.title).toBe('Free shipping this week');
    expect(banner.meta.status).toBe('published');
    const state = await client().items.rawCurrentVsPublishedState('rec-banner');
    expect(state.data.attributes).toMatchObject({
      current_version_locales: [],
      published_version_locales: [],
      changed_locales: [],
      non_localized_fields_changed: false,
    });
  });

  it.each([
    ['main-locale', ['en']],
    ['all-locales', ['en', 'it', 'es', 'fr']],
  ] as const)('reports %s in the other modes', async (mode, locales) => {
    fake.modes.set({ nonLocalizedLocales: mode });
    const state = await client().items.rawCurrentVsPublishedState('rec-banner');
    expect(state.data.attributes.published_version_locales).toEqual(locales);
    expect(state.data.attributes.current_version_locales).toEqual(locales);
  });

  it('is unpublished whole; a per-locale unpublish is refused', async () => {
    const error = await apiError(client().items.unpublish('rec-banner', { content_in_locales: ['en'] }));
    expect(error.findError('INVALID_FIELD', { field: 'content_in_locales' })).toBeTruthy();
    await client().items.unpublish('rec-banner');
    expect(fake.getItem('rec-banner').meta.status).toBe('draft');
    expect(
      (await client().items.rawCurrentVsPublishedState('rec-banner')).data.relationships.published_version.data,
    ).toBeNull();
  });
});

describe('currentVsPublishedShape', () => {
  it('renamed: the locale lists come under other names', async () => {
    fake.modes.set({ currentVsPublishedShape: 'renamed' });
    const { data } = await client().items.rawCurrentVsPublishedState('rec-article');
    expect(data.attributes).not.toHaveProperty('published_version_locales');
    expect(data.attributes).toMatchObject({
      published_locales: ['en', 'it', 'es'],
      current_locales: ['en', 'it', 'es', 'fr'],
      locales_changed: ['es'],
    });
  });

  it('missing: no locale lists at all', async () => {
    fake.modes.set({ currentVsPublishedShape: 'missing' });
    const { data } = await client().items.rawCurrentVsPublishedState('rec-article');
    expect(Object.keys(data.attributes).sort()).toEqual([
      'current_version_invalid_locales',
      'current_version_non_localized_fields_invalid',
      'non_localized_fields_changed',
    ]);
  });

  it('a 404 for the endpoint itself is a fault', async () => {
    fake.injectFault({ status: 404, code: 'NOT_FOUND', path: '/items/[^/]+/current-vs-published-state' });
    const error = await apiError(client().items.rawCurrentVsPublishedState('rec-article'));
    expect(error.response.status).toBe(404);
    expect(error.findError('NOT_FOUND')).toBeTruthy();
    expect((await client().items.find('rec-article')).id).toBe('rec-article');
  });
});

describe('DELETE /items/:id/scheduled-unpublishing', () => {
  it('answers the record, not the schedule', async () => {
    await client().scheduledUnpublishing.create('rec-article-en', { unpublishing_scheduled_at: at(NOW + HOUR) });
    const response = await sendTo(fake, 'DELETE', '/items/rec-article-en/scheduled-unpublishing');
    const body = (await response.json()) as { data: { id: string; type: string; meta: Record<string, unknown> } };
    expect(body.data).toMatchObject({ id: 'rec-article-en', type: 'item', meta: { unpublishing_scheduled_at: null } });
  });
});

describe('modes', () => {
  it('start at the defaults, change at run time or over HTTP, refuse unknown values, and come back on reset', async () => {
    expect(fake.modes.get()).toEqual(DEFAULT_MODES);
    fake.modes.set({ jobPolls: 3 });
    const response = await fetch(`${fake.url}/__control/modes`, {
      method: 'POST',
      body: JSON.stringify({ scheduleInIncluded: false }),
    });
    expect(await response.json()).toMatchObject({ jobPolls: 3, scheduleInIncluded: false });
    expect(() => fake.modes.set({ errorEnvelope: 'nested' as never })).toThrow('errorEnvelope');
    expect(
      (await fetch(`${fake.url}/__control/modes`, { method: 'POST', body: JSON.stringify({ nope: 1 }) })).status,
    ).toBe(400);
    fake.reset();
    expect(fake.modes.get()).toEqual(DEFAULT_MODES);
  });
});
