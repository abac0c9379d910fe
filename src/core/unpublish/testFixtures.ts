/** Builders of raw CMA answers for the core's tests, and the generated cases of the unpublishRequest properties. */
import fc from 'fast-check';
import { createLocaleNamer } from '../shared/localeNames';
import { type PublicationState, type RawPublicationState, readPublicationState } from './publicationState';
import type { LocalePick, UnpublishRequest } from './unpublishRequest';

export function rawState(options: {
  published: string[];
  current?: string[];
  changed?: string[];
  scheduledUnpublishing?: { at: string; locales: string[] | null };
  scheduledPublicationAt?: string;
}): RawPublicationState {
  const included: NonNullable<RawPublicationState['included']> = [];
  if (options.scheduledUnpublishing) {
    included.push({
      id: 'su1',
      type: 'scheduled_unpublishing',
      attributes: {
        unpublishing_scheduled_at: options.scheduledUnpublishing.at,
        content_in_locales: options.scheduledUnpublishing.locales,
      },
    });
  }
  if (options.scheduledPublicationAt) {
    included.push({
      id: 'sp1',
      type: 'scheduled_publication',
      attributes: { publication_scheduled_at: options.scheduledPublicationAt },
    });
  }
  return {
    data: {
      attributes: {
        published_version_locales: options.published,
        current_version_locales: options.current ?? options.published,
        changed_locales: options.changed ?? [],
      },
      relationships: {
        scheduled_unpublishing: { data: options.scheduledUnpublishing ? { id: 'su1' } : null },
        scheduled_publication: { data: options.scheduledPublicationAt ? { id: 'sp1' } : null },
        published_version: { data: options.published.length > 0 ? { id: 'v1' } : null },
      },
    },
    included,
  };
}

// The unpublishRequest.*.property.test.ts files' generated cases: a site, a record's state and a pick.

export const name = createLocaleNamer('en');

/**
 * Locale codes a project may use: real ones (with display names), case and
 * region variants, and custom codes that are not well-formed language tags.
 */
const POOL = [
  'en',
  'it',
  'es',
  'fr',
  'de',
  'pt-BR',
  'pt',
  'en-GB',
  'zh-Hant',
  'sr-Latn',
  'ja',
  'EN',
  'qaa',
  'x-custom',
  'brand_1',
  'de-x-formal',
  'tlh',
  'zz',
] as const;

type Scenario = {
  /** The site's locales, in order. */
  site: string[];
  /** `published_version_locales` as the CMA answers it (any order). */
  published: string[];
  changed: string[];
  state: PublicationState;
  /** Codes neither in the site nor published in the record. */
  unknown: string[];
};

/**
 * A site, a record's published locales (a subset of the site's, in any order,
 * sometimes plus one the site no longer lists), some of them with changes.
 */
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 8 })
  .chain((site) => {
    const others = POOL.filter((code) => !site.includes(code));
    return fc
      .record({
        publishedInSite: fc.shuffledSubarray(site),
        removedFromSite: fc.shuffledSubarray(others, { maxLength: 1 }),
      })
      .chain(({ publishedInSite, removedFromSite }) => {
        const published = [...publishedInSite, ...removedFromSite];
        return fc.subarray(published).map((changed): Scenario => {
          const state = readPublicationState(rawState({ published, changed }), site);
          return {
            site,
            published,
            changed,
            state,
            unknown: others.filter((code) => !published.includes(code)),
          };
        });
      });
  });

/**
 * A pick for a scenario: whole record; a valid-looking pick (live locales, any
 * click order); or anything (site locales, unknown codes, duplicates, empty).
 */
function pickArb(scenario: Scenario): fc.Arbitrary<LocalePick> {
  const live = scenario.state.liveLocales;
  const everything = [...scenario.site, ...scenario.published, ...scenario.unknown];
  const liveOnly: fc.Arbitrary<string[]> =
    live.length > 0 ? fc.shuffledSubarray(live, { minLength: 1 }) : fc.constant([]);
  const anything = fc.array(fc.constantFrom(...everything), { maxLength: 6 });
  const liveWithNoise = liveOnly.chain((picked) =>
    fc
      .tuple(fc.nat({ max: picked.length }), fc.constantFrom(...everything))
      .map(([at, extra]) => [...picked.slice(0, at), extra, ...picked.slice(at)]),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant<LocalePick>({ wholeRecord: true }) },
    { weight: 4, arbitrary: liveOnly.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
    { weight: 2, arbitrary: liveWithNoise.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
    { weight: 2, arbitrary: anything.map((locales): LocalePick => ({ wholeRecord: false, locales })) },
  );
}

export const caseArb = scenarioArb.chain((scenario) => pickArb(scenario).map((pick) => ({ scenario, pick })));

export const setOf = (items: readonly string[]) => [...new Set(items)].sort();

/** The locales the request takes offline. */
export function offline(request: UnpublishRequest, state: PublicationState): string[] {
  return request.scope === 'whole-record' ? [...state.liveLocales] : request.locales;
}

export const RUNS = { numRuns: 2000 };
