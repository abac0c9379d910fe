import { readPublicationState } from './publicationState';
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

  it('ignores a schedule relationship whose resource is missing from included', () => {
    const raw = rawState({ published: ['en'] });
    raw.data.relationships.scheduled_unpublishing = { data: { id: 'gone' } };
    expect(readPublicationState(raw, SITE).scheduledUnpublishing).toBeNull();
  });
});
