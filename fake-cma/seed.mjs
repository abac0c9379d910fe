// The sample project the fake CMA starts with. Ids are stable: tests and the
// playground refer to them.
//
// Besides the first records (articles, a tree of pages, an author without draft/published):
//   links (issue 10), with validators as the field resource documents them
//   (https://www.datocms.com/docs/content-management-api/resources/field):
//     rec-category-linked   linked from two published posts: rec-post-fail through `category`
//                           (link, on_reference_unpublish_strategy 'fail') and rec-post-cascade
//                           through `related` (links, 'unpublish')
//     rec-category-st       linked from rec-post-st through `body` (structured text, strategy left
//                           to its default, 'delete_references')
//     rec-category-required linked from rec-promo through `main_category` (link,
//                           'delete_references', `required`: the removal fails)
//   a model whose fields are all non-localized (issue 13): rec-banner (model-banner)

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
 * @property {boolean} [localized] the `title` field is localized (default true); false makes a
 *   model whose fields are all non-localized
 * @property {SeedField[]} [fields] link fields besides `title` (always non-localized in the fake)
 *
 * @typedef {object} SeedField a link field, with its validators exactly as the API shows them
 *   (https://www.datocms.com/docs/content-management-api/resources/field, validators list)
 * @property {string} apiKey
 * @property {string} [label]
 * @property {'link' | 'links' | 'structured_text'} type
 * @property {Record<string, any>} validators e.g. `{ item_item_type: { item_types: [...],
 *   on_reference_unpublish_strategy: 'fail' }, required: {} }`
 *
 * @typedef {string | null | string[] | Dast} LinkValue link: id or null; links: ids;
 *   structured_text: a DAST document (or null)
 * @typedef {{ schema: 'dast', document: { type: 'root', children: any[] } }} Dast
 *
 * @typedef {object} SeedPlan a pending scheduled unpublishing or publication
 * @property {string} [at] ISO date-time
 * @property {number} [inMs] or: this many ms after the fake clock's start
 * @property {string[] | null} [locales] null or absent: the whole record
 *
 * @typedef {object} SeedRecord
 * @property {string} id
 * @property {string} model id of a SeedModel
 * @property {Record<string, string> | string} title current content of `title`: for a localized
 *   model its keys are the record's current locales; a string for a non-localized model
 * @property {Record<string, string> | string | null} published published content: for a
 *   localized model its keys are the published locales ({} = not published), a value that
 *   differs from `title` is a locale with unpublished changes; for a non-localized model the
 *   published string or null. Ignored for models without draft/published.
 * @property {string | null} [parentId] tree models only
 * @property {number} [position] tree models only
 * @property {Record<string, LinkValue>} [links] current values of the model's link fields
 * @property {Record<string, LinkValue>} [publishedLinks] published values (default: `links`)
 * @property {SeedPlan} [unpublishing] a pending scheduled unpublishing
 * @property {SeedPlan} [publication] a pending scheduled publication (`locales`: selective, with
 *   the non-localized content)
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
      ...linkModels(),
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
      ...linkedRecords(),
      {
        id: 'rec-banner',
        model: 'model-banner',
        title: 'Free shipping this week',
        published: 'Free shipping this week',
      },
    ],
  };
}

/** The models of the link scenarios and of the non-localized one. @returns {SeedModel[]} */
function linkModels() {
  const toCategories = (/** @type {Record<string, string>} */ strategies) => ({
    item_types: ['model-category'],
    ...strategies,
  });
  return [
    { id: 'model-category', name: 'Category', apiKey: 'category', draftMode: true, tree: false },
    {
      id: 'model-post',
      name: 'Post',
      apiKey: 'post',
      draftMode: true,
      tree: false,
      fields: [
        {
          apiKey: 'category',
          label: 'Category',
          type: 'link',
          validators: {
            item_item_type: toCategories({
              on_publish_with_unpublished_references_strategy: 'fail',
              on_reference_unpublish_strategy: 'fail',
              on_reference_delete_strategy: 'delete_references',
            }),
          },
        },
        {
          apiKey: 'related',
          label: 'Related categories',
          type: 'links',
          validators: {
            items_item_type: toCategories({
              on_publish_with_unpublished_references_strategy: 'publish_references',
              on_reference_unpublish_strategy: 'unpublish',
              on_reference_delete_strategy: 'delete_references',
            }),
          },
        },
        {
          apiKey: 'body',
          label: 'Body',
          type: 'structured_text',
          // No on_reference_unpublish_strategy: its default on structured text is delete_references.
          validators: {
            structured_text_blocks: { item_types: [] },
            structured_text_links: toCategories({ on_publish_with_unpublished_references_strategy: 'fail' }),
          },
        },
      ],
    },
    {
      id: 'model-promo',
      name: 'Promo',
      apiKey: 'promo',
      draftMode: true,
      tree: false,
      fields: [
        {
          apiKey: 'main_category',
          label: 'Main category',
          type: 'link',
          validators: {
            item_item_type: toCategories({
              on_publish_with_unpublished_references_strategy: 'fail',
              on_reference_unpublish_strategy: 'delete_references',
              on_reference_delete_strategy: 'delete_references',
            }),
            required: {},
          },
        },
      ],
    },
    { id: 'model-banner', name: 'Banner', apiKey: 'banner', draftMode: true, tree: false, localized: false },
  ];
}

/** @param {string} text @param {string} linkText @param {string} itemId */
function structuredText(text, linkText, itemId) {
  return {
    schema: /** @type {const} */ ('dast'),
    document: {
      type: /** @type {const} */ ('root'),
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'span', value: text },
            { type: 'itemLink', item: itemId, children: [{ type: 'span', value: linkText }] },
          ],
        },
        { type: 'paragraph', children: [{ type: 'inlineItem', item: itemId }] },
      ],
    },
  };
}

/** @returns {SeedRecord[]} */
function linkedRecords() {
  const events = { en: 'Events', it: 'Eventi' };
  const guides = { en: 'Guides' };
  const news = { en: 'News' };
  const post = (/** @type {string} */ en) => ({ en });
  return [
    { id: 'rec-category-linked', model: 'model-category', title: events, published: live(events, ['en', 'it']) },
    { id: 'rec-category-st', model: 'model-category', title: guides, published: live(guides, ['en']) },
    { id: 'rec-category-required', model: 'model-category', title: news, published: live(news, ['en']) },
    {
      id: 'rec-post-fail',
      model: 'model-post',
      title: post('Festival guide'),
      published: post('Festival guide'),
      links: { category: 'rec-category-linked' },
    },
    {
      id: 'rec-post-cascade',
      model: 'model-post',
      title: post('Weekend picks'),
      published: post('Weekend picks'),
      links: { related: ['rec-category-linked'] },
    },
    {
      id: 'rec-post-st',
      model: 'model-post',
      title: post('How to write'),
      published: post('How to write'),
      links: { body: structuredText('Read the ', 'guides', 'rec-category-st') },
    },
    {
      id: 'rec-promo',
      model: 'model-promo',
      title: { en: 'News promo' },
      published: { en: 'News promo' },
      links: { main_category: 'rec-category-required' },
    },
  ];
}
