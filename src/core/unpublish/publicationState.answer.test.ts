import { type RawPublicationState, readStateAnswer } from './publicationState';
import { rawState } from './testFixtures';

const SITE = ['en', 'it'];
const PUBLISHED = { status: 'published', unpublishingScheduledAt: null };
const UNEXPECTED = { kind: 'whole-record', state: { reason: 'unexpected-answer', live: true, plan: null } };

/** The answer as JSON carries it: any field may be missing or of another kind. */
type LooseAnswer = {
  data: { attributes: Record<string, unknown>; relationships: Record<string, unknown> };
  included?: unknown[];
};
function loose(raw: RawPublicationState): LooseAnswer {
  return structuredClone(raw) as unknown as LooseAnswer;
}

describe('readStateAnswer: what a well-formed answer may leave out or add', () => {
  it('reads an answer without included, without scheduling relationships, per locale', () => {
    const raw = loose(rawState({ published: ['en'] }));
    delete raw.included;
    delete raw.data.relationships.scheduled_unpublishing;
    delete raw.data.relationships.scheduled_publication;
    const reading = readStateAnswer(raw, SITE, PUBLISHED);
    expect(reading.kind === 'per-locale' && reading.state.liveLocales).toEqual(['en']);
  });

  it('reads the changed flag of non-localized fields, true or false', () => {
    const changed = loose(rawState({ published: ['en'] }));
    changed.data.attributes.non_localized_fields_changed = true;
    const reading = readStateAnswer(changed, SITE, PUBLISHED);
    expect(reading.kind === 'per-locale' && reading.state.recordStatus).toBe('live-with-changes');

    const unchanged = loose(rawState({ published: ['en'] }));
    unchanged.data.attributes.non_localized_fields_changed = false;
    const again = readStateAnswer(unchanged, SITE, PUBLISHED);
    expect(again.kind === 'per-locale' && again.state.recordStatus).toBe('live');
  });
});

describe('readStateAnswer: answers not half-read', () => {
  it.each<[string, unknown]>([
    ['a relationship whose id is not a string', { data: { id: 5 } }],
    ['a relationship that is not an object', 'su1'],
  ])('rejects %s', (_, relation) => {
    const raw = loose(rawState({ published: ['en'] }));
    raw.data.relationships.scheduled_publication = relation;
    expect(readStateAnswer(raw, SITE, PUBLISHED)).toEqual(UNEXPECTED);
  });

  it.each<[string, unknown]>([
    ['an entry that is not an object', null],
    ['an entry whose id is not a string', { id: 1, type: 'scheduled_unpublishing' }],
    ['an entry without a type', { id: 'su1' }],
  ])('rejects included with %s', (_, entry) => {
    const raw = loose(rawState({ published: ['en'], scheduledPublicationAt: '2027-04-01T08:00:00Z' }));
    raw.included = [...(raw.included ?? []), entry];
    expect(readStateAnswer(raw, SITE, PUBLISHED)).toEqual(UNEXPECTED);
  });
});

describe('readStateAnswer: a record without localized fields', () => {
  it('reads a published record with a published version but no locale listed, even with no such relationship', () => {
    const raw = loose(rawState({ published: [], current: [] }));
    delete raw.data.relationships.published_version;
    expect(readStateAnswer(raw, SITE, PUBLISHED)).toEqual({
      kind: 'whole-record',
      state: { reason: 'no-localized-fields', live: true, plan: null },
    });
  });

  it('reads per locale a published locale even when no current locale is listed', () => {
    const raw = rawState({ published: ['en'], current: [] });
    const reading = readStateAnswer(raw, SITE, PUBLISHED);
    expect(reading.kind === 'per-locale' && reading.state.liveLocales).toEqual(['en']);
  });

  it('reads per locale a published version with only current locales listed (nothing live)', () => {
    const raw = rawState({ published: [], current: ['en'] });
    raw.data.relationships.published_version = { data: { id: 'v1' } };
    const reading = readStateAnswer(raw, SITE, PUBLISHED);
    expect(reading.kind === 'per-locale' && reading.state.recordStatus).toBe('not-live');
  });
});
