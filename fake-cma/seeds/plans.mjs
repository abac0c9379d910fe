// A generated project full of scheduled plans (issue 11), the same on every run for the
// same options, plus a few hand-made conflicts.

import { prng } from './prng.mjs';

/** @typedef {import('../seed.mjs').Seed} Seed */
/** @typedef {import('../seed.mjs').SeedRecord} SeedRecord */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The conflicts, with fixed ids (times from the fake clock's start):
 *   plan-conflict-publication-after  en, it live; unpublishing of the whole record in 1 day,
 *                                    then a publication of the whole record in 2 days
 *   plan-conflict-locale-gone        en live (it no longer: unpublished after the plan was made);
 *                                    an unpublishing of `it` in 1 day
 *   plan-conflict-tree-parent        a tree parent with an unpublishing of the whole record in
 *                                    1 day while its child plan-conflict-tree-child stays published
 * @returns {SeedRecord[]}
 */
function conflicts() {
  const both = { en: 'Conflict', it: 'Conflitto' };
  return [
    {
      id: 'plan-conflict-publication-after',
      model: 'model-plan-0',
      title: both,
      published: { ...both },
      unpublishing: { inMs: DAY_MS, locales: null },
      publication: { inMs: 2 * DAY_MS, locales: null },
    },
    {
      id: 'plan-conflict-locale-gone',
      model: 'model-plan-0',
      title: both,
      published: { en: both.en },
      unpublishing: { inMs: DAY_MS, locales: ['it'] },
    },
    {
      id: 'plan-conflict-tree-parent',
      model: 'model-plan-tree',
      title: { en: 'Parent' },
      published: { en: 'Parent' },
      parentId: null,
      position: 1,
      unpublishing: { inMs: DAY_MS, locales: null },
    },
    {
      id: 'plan-conflict-tree-child',
      model: 'model-plan-tree',
      title: { en: 'Child' },
      published: { en: 'Child' },
      parentId: 'plan-conflict-tree-parent',
      position: 1,
    },
  ];
}

/**
 * `plans` records `plan-00000`… over `models` models `model-plan-0`… (plus `model-plan-tree`
 * for the conflicts), each with one scheduled unpublishing within `horizonDays` of the fake
 * clock's start (whole-minute times; ties keep this order): about 40% of the whole record, the
 * rest of a strict subset of its live locales when it has two or more; about 15% also have a
 * scheduled publication of the whole record. Then the conflicts above.
 * @param {{ plans?: number, models?: number, locales?: string[], seed?: number, horizonDays?: number }} [options]
 * @returns {Seed}
 */
export function plansSeed({
  plans = 5000,
  models = 10,
  locales = ['en', 'it', 'es', 'fr'],
  seed = 7,
  horizonDays = 90,
} = {}) {
  if (!Number.isInteger(plans) || plans < 0) throw new TypeError('plansSeed: plans must be an integer >= 0');
  if (!Number.isInteger(models) || models < 1) throw new TypeError('plansSeed: models must be a positive integer');
  if (locales.length < 2 || new Set(locales).size !== locales.length)
    throw new TypeError('plansSeed: at least two distinct locales');
  const random = prng(seed);
  const minutes = horizonDays * 24 * 60;
  /** @type {SeedRecord[]} */
  const records = [];
  for (let i = 0; i < plans; i += 1) {
    const title = Object.fromEntries(locales.map((locale) => [locale, `Plan ${i} (${locale})`]));
    const live = locales.filter((_, index) => index === 0 || random.chance(0.6));
    const subset = live.filter(() => random.chance(0.5)).slice(0, live.length - 1);
    const selective = live.length >= 2 && !random.chance(0.4) && subset.length > 0;
    records.push({
      id: `plan-${String(i).padStart(5, '0')}`,
      model: `model-plan-${i % models}`,
      title,
      published: Object.fromEntries(live.map((locale) => [locale, title[locale] ?? ''])),
      unpublishing: { inMs: random.int(60, minutes) * MINUTE_MS, locales: selective ? subset : null },
      ...(random.chance(0.15) ? { publication: { inMs: random.int(60, minutes) * MINUTE_MS, locales: null } } : {}),
    });
  }
  return {
    site: { id: 'site-plans', name: 'Plans project', locales: [...locales], timezone: 'Europe/Rome' },
    models: [
      ...Array.from({ length: models }, (_, m) => ({
        id: `model-plan-${m}`,
        name: `Plan model ${m}`,
        apiKey: `plan_${m}`,
        draftMode: true,
        tree: false,
      })),
      { id: 'model-plan-tree', name: 'Plan tree', apiKey: 'plan_tree', draftMode: true, tree: true },
    ],
    records: [...records, ...conflicts()],
  };
}
