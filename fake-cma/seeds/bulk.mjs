// A generated project for bulk work (issue 9): many records in several locales with mixed
// live locales, the same on every run for the same options.

import { prng } from './prng.mjs';

/** @typedef {import('../seed.mjs').Seed} Seed */
/** @typedef {import('../seed.mjs').SeedRecord} SeedRecord */

/**
 * `records` records `bulk-00000`, `bulk-00001`… spread over `models` models `model-bulk-0`…
 * (draft/published on, not trees). Each has the first locale and, at random, the others; about
 * 15% are drafts, the rest have a random non-empty set of live locales, a fifth of those with
 * unpublished changes in one live locale.
 * @param {{ records?: number, locales?: string[], models?: number, seed?: number }} [options]
 * @returns {Seed}
 */
export function bulkSeed({ records = 1000, locales = ['en', 'it', 'es'], models = 2, seed = 1 } = {}) {
  if (!Number.isInteger(records) || records < 1) throw new TypeError('bulkSeed: records must be a positive integer');
  if (!Number.isInteger(models) || models < 1) throw new TypeError('bulkSeed: models must be a positive integer');
  if (locales.length === 0 || new Set(locales).size !== locales.length)
    throw new TypeError('bulkSeed: locales must be distinct, at least one');
  const random = prng(seed);
  const width = String(records - 1).length;
  /** @type {SeedRecord[]} */
  const list = [];
  for (let i = 0; i < records; i += 1) {
    const current = locales.filter((_, index) => index === 0 || random.chance(0.8));
    const title = Object.fromEntries(current.map((locale) => [locale, `Bulk ${i} (${locale})`]));
    /** @type {Record<string, string>} */
    let published = {};
    if (!random.chance(0.15)) {
      const live = current.filter(() => random.chance(0.7));
      const chosen = live.length > 0 ? live : [random.pick(current)];
      published = Object.fromEntries(chosen.map((locale) => [locale, title[locale] ?? '']));
      if (random.chance(0.2)) {
        const changed = random.pick(chosen);
        published[changed] = `${published[changed]} (before the last edit)`;
      }
    }
    list.push({
      id: `bulk-${String(i).padStart(Math.max(5, width), '0')}`,
      model: `model-bulk-${i % models}`,
      title,
      published,
    });
  }
  return {
    site: { id: 'site-bulk', name: 'Bulk project', locales: [...locales], timezone: 'Europe/Rome' },
    models: Array.from({ length: models }, (_, m) => ({
      id: `model-bulk-${m}`,
      name: `Bulk model ${m}`,
      apiKey: `bulk_${m}`,
      draftMode: true,
      tree: false,
    })),
    records: list,
  };
}
