// The sample project the fake CMA starts with. Ids are stable: tests and the
// playground refer to them.

/**
 * @typedef {object} SeedSite
 * @property {string} id
 * @property {string} name
 * @property {string[]} locales
 * @property {string} timezone IANA zone
 *
 * @typedef {object} SeedModel
 * @property {string} id
 * @property {string} name
 * @property {string} apiKey
 * @property {boolean} draftMode the draft/published system is on
 * @property {boolean} tree records form a tree (parent_id / position)
 *
 * @typedef {object} SeedRecord
 * @property {string} id
 * @property {string} model id of a SeedModel
 * @property {Record<string, string>} title current content of the localized `title`
 *   field: its keys are the record's current locales
 * @property {Record<string, string>} published published content: its keys are the
 *   published locales; a value that differs from `title` is a locale with
 *   unpublished changes. Ignored for models without draft/published.
 * @property {string | null} [parentId] tree models only
 * @property {number} [position] tree models only
 *
 * @typedef {object} Seed
 * @property {SeedSite} site
 * @property {SeedModel[]} models
 * @property {SeedRecord[]} records
 */

/**
 * The published content of `locales`, identical to the current content.
 * @param {Record<string, string>} title
 * @param {string[]} locales
 * @returns {Record<string, string>}
 */
function live(title, locales) {
  return Object.fromEntries(locales.map((locale) => [locale, /** @type {string} */ (title[locale])]));
}

/** @returns {Seed} */
export function defaultSeed() {
  const spring = {
    en: 'Spring launch',
    it: 'Lancio di primavera',
    es: 'Lanzamiento de primavera',
    fr: 'Lancement de printemps',
  };
  const english = { en: 'English only' };
  const html = { en: '<img src=x onerror=alert(1)> Sale', it: '<img src=x onerror=alert(1)> Saldi' };
  const root = { en: 'Docs home', it: 'Documentazione' };
  const child = { en: 'Getting started', it: 'Per iniziare' };
  const grandchild = { en: 'Installation' };

  return {
    site: {
      id: 'site-fake',
      name: 'Fake project',
      locales: ['en', 'it', 'es', 'fr'],
      timezone: 'Europe/Rome',
    },
    models: [
      { id: 'model-article', name: 'Article', apiKey: 'article', draftMode: true, tree: false },
      { id: 'model-page', name: 'Page', apiKey: 'page', draftMode: true, tree: true },
      { id: 'model-author', name: 'Author', apiKey: 'author', draftMode: false, tree: false },
    ],
    records: [
      // en, it live; es live with unpublished changes; fr never published.
      {
        id: 'rec-article',
        model: 'model-article',
        title: spring,
        published: { ...live(spring, ['en', 'it']), es: 'Lanzamiento primaveral' },
      },
      { id: 'rec-article-en', model: 'model-article', title: english, published: live(english, ['en']) },
      {
        id: 'rec-draft',
        model: 'model-article',
        title: { en: 'Unfinished draft', it: 'Bozza incompiuta' },
        published: {},
      },
      { id: 'rec-html', model: 'model-article', title: html, published: live(html, ['en', 'it']) },
      {
        id: 'rec-page-root',
        model: 'model-page',
        title: root,
        published: live(root, ['en', 'it']),
        parentId: null,
        position: 1,
      },
      {
        id: 'rec-page-child',
        model: 'model-page',
        title: child,
        published: live(child, ['en', 'it']),
        parentId: 'rec-page-root',
        position: 1,
      },
      {
        id: 'rec-page-child-draft',
        model: 'model-page',
        title: { en: 'Roadmap' },
        published: {},
        parentId: 'rec-page-root',
        position: 2,
      },
      {
        id: 'rec-page-grandchild',
        model: 'model-page',
        title: grandchild,
        published: live(grandchild, ['en']),
        parentId: 'rec-page-child',
        position: 1,
      },
      { id: 'rec-author', model: 'model-author', title: { en: 'Ada Lovelace' }, published: {} },
    ],
  };
}
