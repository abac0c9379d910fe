import { readPublicationState, recordFactsOf } from './publicationState';
import { rawState } from './testFixtures';

const SITE = ['en', 'it'];
const AT = '2027-03-01T08:00:00Z';

describe('readPublicationState: plans carried in included', () => {
  it('reads only the entry whose id and type both match the relationship', () => {
    const raw = rawState({ published: ['en', 'it'], scheduledUnpublishing: { at: AT, locales: ['it'] } });
    // Same type, another id; same id, another type: neither is this record's plan.
    raw.included = [
      { id: 'su0', type: 'scheduled_unpublishing', attributes: { unpublishing_scheduled_at: '2028-01-01T00:00:00Z' } },
      { id: 'su1', type: 'item', attributes: { unpublishing_scheduled_at: '2029-01-01T00:00:00Z' } },
      ...(raw.included ?? []),
    ];
    expect(readPublicationState(raw, SITE).scheduledUnpublishing).toEqual({ at: AT, locales: ['it'] });
  });

  it('keeps a plan whose entry is missing from a non-empty included as one whose details are not known', () => {
    const raw = rawState({ published: ['en'], scheduledPublicationAt: '2027-04-01T08:00:00Z' });
    raw.data.relationships.scheduled_unpublishing = { data: { id: 'su9' } };
    const facts = { status: 'published', unpublishingScheduledAt: AT };
    const state = readPublicationState(raw, SITE, facts);
    expect(state.scheduledUnpublishing).toEqual({ at: AT, locales: 'not-known' });
    expect(state.scheduledPublicationAt).toBe('2027-04-01T08:00:00Z');
  });

  it('reads no scheduled publication when its entry is missing or carries no time', () => {
    const missing = rawState({ published: ['en'], scheduledUnpublishing: { at: AT, locales: null } });
    missing.data.relationships.scheduled_publication = { data: { id: 'sp1' } };
    expect(readPublicationState(missing, SITE).scheduledPublicationAt).toBeNull();

    const timeless = rawState({ published: ['en'], scheduledPublicationAt: '2027-04-01T08:00:00Z' });
    const entry = timeless.included?.[0];
    if (entry) entry.attributes = {};
    expect(readPublicationState(timeless, SITE).scheduledPublicationAt).toBeNull();
  });

  it('keeps only the locale names of a plan’s locales', () => {
    const raw = rawState({ published: ['en', 'it'], scheduledUnpublishing: { at: AT, locales: ['it'] } });
    const entry = raw.included?.[0];
    if (entry) entry.attributes = { unpublishing_scheduled_at: AT, content_in_locales: ['it', 5, null, 'en'] };
    expect(readPublicationState(raw, SITE).scheduledUnpublishing).toEqual({ at: AT, locales: ['it', 'en'] });
  });

  it('goes by the record’s own plan when the answer has no scheduling relationships at all', () => {
    const raw = rawState({ published: ['en'] });
    delete raw.data.relationships.scheduled_unpublishing;
    delete raw.data.relationships.scheduled_publication;
    const state = readPublicationState(raw, SITE, { status: 'published', unpublishingScheduledAt: AT });
    expect(state.scheduledUnpublishing).toEqual({ at: AT, locales: 'not-known' });
    expect(state.scheduledPublicationAt).toBeNull();
    expect(readPublicationState(raw, SITE).scheduledUnpublishing).toBeNull();
  });
});

describe('recordFactsOf: the planned time', () => {
  it('reads a planned time that is not a string as no plan', () => {
    expect(recordFactsOf({ data: { meta: { status: 'published', unpublishing_scheduled_at: 5 } } })).toStrictEqual({
      status: 'published',
      unpublishingScheduledAt: null,
    });
    expect(recordFactsOf({ data: { meta: { status: 'published' } } })).toStrictEqual({
      status: 'published',
      unpublishingScheduledAt: null,
    });
  });
});
