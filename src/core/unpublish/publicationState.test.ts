import { type RawPublicationState, readPublicationState, readStateAnswer, recordFactsOf } from './publicationState';
import { rawState } from './testFixtures';

const SITE = ['en', 'it', 'es', 'fr'];

describe('readPublicationState', () => {
  it('gives every site locale its state, in the site order', () => {
    const state = readPublicationState(rawState({ published: ['it', 'en', 'es'], changed: ['es'] }), SITE);
    expect(state.locales).toEqual([
      { locale: 'en', state: 'live' },
      { locale: 'it', state: 'live' },
      { locale: 'es', state: 'live-with-changes' },
      { locale: 'fr', state: 'not-live' },
    ]);
    expect(state.liveLocales).toEqual(['en', 'it', 'es']);
    expect(state.recordStatus).toBe('live-with-changes');
  });

  it('says a record with nothing published is not live', () => {
    const state = readPublicationState(rawState({ published: [], current: ['en'] }), SITE);
    expect(state.recordStatus).toBe('not-live');
    expect(state.liveLocales).toEqual([]);
  });

  it('counts changed non-localized fields as unpublished changes', () => {
    const raw = rawState({ published: ['en'] });
    raw.data.attributes.non_localized_fields_changed = true;
    expect(readPublicationState(raw, SITE).recordStatus).toBe('live-with-changes');
    expect(readPublicationState(rawState({ published: ['en'] }), SITE).recordStatus).toBe('live');
  });

  it('keeps a published locale the site no longer lists', () => {
    const state = readPublicationState(rawState({ published: ['en', 'de'] }), ['en', 'it']);
    expect(state.liveLocales).toEqual(['en', 'de']);
    expect(state.locales.map((l) => l.locale)).toEqual(['en', 'it', 'de']);
  });

  it('reads the pending scheduled unpublishing and publication from included', () => {
    const state = readPublicationState(
      rawState({
        published: ['en', 'it'],
        scheduledUnpublishing: { at: '2027-03-01T08:00:00Z', locales: ['it'] },
        scheduledPublicationAt: '2027-04-01T08:00:00Z',
      }),
      SITE,
    );
    expect(state.scheduledUnpublishing).toEqual({ at: '2027-03-01T08:00:00Z', locales: ['it'] });
    expect(state.scheduledPublicationAt).toBe('2027-04-01T08:00:00Z');
  });

  it('reads a whole-record schedule as locales null, and no schedule as null', () => {
    const whole = rawState({ published: ['en'], scheduledUnpublishing: { at: '2027-03-01T08:00:00Z', locales: null } });
    expect(readPublicationState(whole, SITE).scheduledUnpublishing).toEqual({
      at: '2027-03-01T08:00:00Z',
      locales: null,
    });
    expect(readPublicationState(rawState({ published: ['en'] }), SITE).scheduledUnpublishing).toBeNull();
  });

  it('keeps a plan the state request names without carrying it: time from the record, locales not known', () => {
    // The docs' example of current-vs-published-state sets the relationship and leaves `included` out.
    const raw = rawState({ published: ['en', 'it'] });
    raw.data.relationships.scheduled_unpublishing = { data: { id: 'su9' } };
    delete raw.included;
    const facts = { status: 'published', unpublishingScheduledAt: '2027-03-01T08:00:00Z' };
    expect(readPublicationState(raw, SITE, facts).scheduledUnpublishing).toEqual({
      at: '2027-03-01T08:00:00Z',
      locales: 'not-known',
    });
    // Neither the answer nor the record says when: the plan still exists, its time is not known.
    expect(readPublicationState(raw, SITE).scheduledUnpublishing).toEqual({ at: null, locales: 'not-known' });
  });

  it('reads a carried entry without a time as a plan whose details are not known', () => {
    const raw = rawState({ published: ['en'], scheduledUnpublishing: { at: '2027-03-01T08:00:00Z', locales: ['en'] } });
    const entry = raw.included?.[0];
    if (entry) entry.attributes = { content_in_locales: ['en'] };
    const facts = { status: 'published', unpublishingScheduledAt: '2027-03-02T08:00:00Z' };
    expect(readPublicationState(raw, SITE, facts).scheduledUnpublishing).toEqual({
      at: '2027-03-02T08:00:00Z',
      locales: 'not-known',
    });
  });

  it('trusts the answer over the record when the answer says there is no plan', () => {
    const facts = { status: 'published', unpublishingScheduledAt: '2027-03-01T08:00:00Z' };
    expect(readPublicationState(rawState({ published: ['en'] }), SITE, facts).scheduledUnpublishing).toBeNull();
  });
});

const PUBLISHED = { status: 'published', unpublishingScheduledAt: null };

describe('readStateAnswer', () => {
  it('reads a well-formed answer per locale', () => {
    const reading = readStateAnswer(rawState({ published: ['en'] }), SITE, PUBLISHED);
    expect(reading.kind).toBe('per-locale');
    expect(reading.kind === 'per-locale' && reading.state.liveLocales).toEqual(['en']);
  });

  const changedShapes: Array<[string, (raw: Record<string, unknown>) => unknown]> = [
    ['not an object', () => 'Not Found'],
    ['no data', () => ({ errors: [] })],
    ['data as a list', (raw) => ({ data: [raw.data] })],
    ['a renamed attribute', (raw) => rename(raw, 'published_version_locales', 'published_locales')],
    ['locales as an object', (raw) => setAttribute(raw, 'published_version_locales', { en: true })],
    ['locales that are not strings', (raw) => setAttribute(raw, 'changed_locales', [1])],
    ['a non-boolean changed flag', (raw) => setAttribute(raw, 'non_localized_fields_changed', 'yes')],
    ['no relationships', (raw) => ({ data: { ...(raw.data as object), relationships: undefined } })],
    [
      'a relationship without data',
      (raw) => ({ data: { ...(raw.data as object), relationships: { scheduled_unpublishing: { id: 'x' } } } }),
    ],
    ['included that is not a list', (raw) => ({ ...raw, included: {} })],
  ];
  it.each(changedShapes)('does not half-read an answer with %s: whole record, from the record status', (_, change) => {
    const raw = change(structuredClone(rawState({ published: ['en', 'it'] })) as unknown as Record<string, unknown>);
    const facts = { status: 'updated', unpublishingScheduledAt: '2027-03-01T08:00:00Z' };
    expect(readStateAnswer(raw, SITE, facts)).toEqual({
      kind: 'whole-record',
      state: { reason: 'unexpected-answer', live: true, plan: { at: '2027-03-01T08:00:00Z', locales: 'not-known' } },
    });
  });

  it('says a draft record is not live when the answer cannot be read', () => {
    expect(readStateAnswer(null, SITE, { status: 'draft', unpublishingScheduledAt: null })).toEqual({
      kind: 'whole-record',
      state: { reason: 'unexpected-answer', live: false, plan: null },
    });
  });

  it('reads a published record with no locale listed as a model without localized fields', () => {
    const raw = rawState({
      published: [],
      current: [],
      scheduledUnpublishing: { at: '2027-03-01T08:00:00Z', locales: null },
    });
    // It has a published version, with no locale listed.
    raw.data.relationships.published_version = { data: { id: 'v1' } };
    expect(readStateAnswer(raw, SITE, PUBLISHED)).toEqual({
      kind: 'whole-record',
      state: { reason: 'no-localized-fields', live: true, plan: { at: '2027-03-01T08:00:00Z', locales: null } },
    });
  });

  it('trusts the answer’s missing published version over a status the form has not read again', () => {
    const raw = rawState({ published: [], current: [] });
    expect(raw.data.relationships.published_version).toEqual({ data: null });
    const reading = readStateAnswer(raw, SITE, PUBLISHED);
    expect(reading.kind === 'per-locale' && reading.state.recordStatus).toBe('not-live');
  });

  it.each([
    ['a draft record', { status: 'draft', unpublishingScheduledAt: null }, []],
    ['a record whose status is not known', { status: null, unpublishingScheduledAt: null }, []],
    // Localized content exists: nothing published means nothing live, whatever a stale status says.
    ['a record with localized content', PUBLISHED, ['en']],
  ])('keeps "nothing is live" for %s', (_, facts, current) => {
    const reading = readStateAnswer(rawState({ published: [], current }), SITE, facts);
    expect(reading.kind).toBe('per-locale');
    expect(reading.kind === 'per-locale' && reading.state.recordStatus).toBe('not-live');
  });
});

function setAttribute(raw: Record<string, unknown>, key: string, value: unknown): unknown {
  const data = raw.data as RawPublicationState['data'];
  return { ...raw, data: { ...data, attributes: { ...data.attributes, [key]: value } } };
}

function rename(raw: Record<string, unknown>, from: string, to: string): unknown {
  const data = raw.data as RawPublicationState['data'];
  const { [from as 'changed_locales']: value, ...rest } = data.attributes;
  return { ...raw, data: { ...data, attributes: { ...rest, [to]: value } } };
}

describe('recordFactsOf', () => {
  it('reads the status and the planned unpublishing from a raw record', () => {
    const raw = { data: { id: 'r', meta: { status: 'updated', unpublishing_scheduled_at: '2027-03-01T08:00:00Z' } } };
    expect(recordFactsOf(raw)).toEqual({ status: 'updated', unpublishingScheduledAt: '2027-03-01T08:00:00Z' });
    expect(recordFactsOf({ data: { meta: { status: 'draft', unpublishing_scheduled_at: null } } })).toEqual({
      status: 'draft',
      unpublishingScheduledAt: null,
    });
  });
  it.each([[null], [{}], [{ data: {} }], [{ data: { meta: { status: 3 } } }]])('gives null for %j', (raw) => {
    expect(recordFactsOf(raw)).toBeNull();
  });
});
