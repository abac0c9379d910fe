// @ts-check
// Host-page rendering that is not about plugin frames: the pickers, the record
// "form", the panel list and the log of plugin calls.

/** @typedef {import('datocms-plugin-sdk').Item} Item */
/** @typedef {import('datocms-plugin-sdk').ItemType} ItemType */
/** @typedef {import('../types').Fixtures} Fixtures */
/** @typedef {{ label: string, options: Array<{ value: string, text: string }> }} OptionGroup */

const MAX_LOG_LINES = 300;
// Calls the auto-resizer and the SDK make on their own: shown muted in the log.
const ROUTINE_CALLS = new Set(['getSettings', 'setHeight']);

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Partial<HTMLElementTagNameMap[K]>} [attributes]
 * @param {Array<Node | string>} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function element(tag, attributes = {}, children = []) {
  const node = Object.assign(document.createElement(tag), attributes);
  node.append(...children);
  return node;
}

/**
 * A record's title in `locale`, whatever the shape of its `title` attribute.
 * @param {Item} item
 * @param {string | undefined} locale
 * @returns {string}
 */
export function recordTitle(item, locale) {
  const title = item.attributes?.title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') {
    const byLocale = /** @type {Record<string, unknown>} */ (title);
    const inLocale = locale ? byLocale[locale] : undefined;
    if (typeof inLocale === 'string') return inLocale;
    const any = Object.values(byLocale).find((value) => typeof value === 'string' && value);
    return typeof any === 'string' ? any : item.id;
  }
  return item.id;
}

/** @param {HTMLSelectElement} select @param {OptionGroup[]} groups */
export function fillSelect(select, groups) {
  select.replaceChildren(
    ...groups.map(({ label, options }) =>
      element(
        'optgroup',
        { label },
        options.map(({ value, text }) => element('option', { value, textContent: text })),
      ),
    ),
  );
}

/** @param {Fixtures} fixtures @returns {OptionGroup[]} */
export function recordOptions(fixtures) {
  /** @param {string} id */
  const modelName = (id) => fixtures.itemTypes[id]?.attributes?.name ?? id;
  const locale = fixtures.site.attributes.locales[0];
  const seeded = fixtures.items.map((item) => ({
    value: item.id,
    text: `${recordTitle(item, locale)} (${modelName(item.relationships.item_type.data.id)}, ${item.id})`,
  }));
  const fresh = Object.values(fixtures.itemTypes)
    .filter((itemType) => !itemType.attributes.modular_block)
    .map((itemType) => ({ value: `new:${itemType.id}`, text: `New ${itemType.attributes.name} (never saved)` }));
  return [
    { label: 'Seeded records', options: seeded },
    { label: 'New unsaved record', options: fresh },
  ];
}

/** @param {Array<[string, unknown]>} entries */
function definitionList(entries) {
  return element(
    'dl',
    {},
    entries.flatMap(([term, value]) => [
      element('dt', { textContent: term }),
      element('dd', { textContent: String(value ?? '—') }),
    ]),
  );
}

/**
 * @param {HTMLElement} container
 * @param {{ item: Item | null, itemType: ItemType, locales: string[], itemStatus: string }} record
 */
export function renderRecordInfo(container, { item, itemType, locales, itemStatus }) {
  const heading = item ? recordTitle(item, locales[0]) : `New ${itemType.attributes.name}`;
  const titles = item?.attributes?.title;
  /** @type {HTMLElement[]} */
  const children = [
    element('h1', { textContent: heading }),
    definitionList([
      ['Record', item?.id ?? '(not saved yet)'],
      ['Model', `${itemType.attributes.name} (${itemType.id})`],
      ['Draft/published', itemType.attributes.draft_mode_active ? 'on' : 'off'],
      ['Status (ctx.itemStatus)', itemStatus],
      ['Published at', item?.meta?.published_at],
      ['Unpublishing scheduled at', item?.meta?.unpublishing_scheduled_at],
      ['Publication scheduled at', item?.meta?.publication_scheduled_at],
    ]),
  ];
  if (titles && typeof titles === 'object') {
    const byLocale = /** @type {Record<string, unknown>} */ (titles);
    children.push(
      element('h2', { textContent: 'Title per locale' }),
      definitionList(locales.map((l) => [l, byLocale[l]])),
    );
  }
  if (item) {
    children.push(
      element('details', {}, [
        element('summary', { textContent: 'Raw record' }),
        element('pre', { textContent: JSON.stringify(item, null, 2) }),
      ]),
    );
  }
  container.replaceChildren(...children);
}

/** @param {import('datocms-plugin-sdk').ItemFormSidebarPanel} panel */
function describePanel(panel) {
  const placement = panel.placement ? `${panel.placement[0]} ${panel.placement[1]}` : 'default place';
  return `${panel.label} — id ${panel.id}, ${placement}, ${panel.startOpen ? 'starts open' : 'starts closed'}`;
}

/**
 * @param {HTMLElement} list
 * @param {import('datocms-plugin-sdk').ItemFormSidebarPanel[]} panels
 * @param {string} modelName
 */
export function renderPanelList(list, panels, modelName) {
  const items = panels.length
    ? panels.map((panel) => element('li', { textContent: describePanel(panel) }))
    : [element('li', { className: 'panel-list__empty', textContent: `The plugin adds no panel to ${modelName}.` })];
  list.replaceChildren(...items);
}

/** @param {unknown} value */
function shortJson(value) {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/**
 * Appends one line to the visible log; `source` is a frame name or "host".
 * @param {HTMLElement} list
 * @param {{ source: string, type: string, args: unknown, at: number }} line
 */
export function logLine(list, { source, type, args, at }) {
  const line = element('li', { className: ROUTINE_CALLS.has(type) ? 'event event--routine' : 'event' }, [
    element('time', { textContent: new Date(at).toISOString().slice(11, 23) }),
    element('code', { className: 'event__source', textContent: source }),
    element('strong', { textContent: type }),
    element('span', { textContent: args === undefined ? '' : shortJson(args) }),
  ]);
  list.append(line);
  while (list.children.length > MAX_LOG_LINES) list.firstElementChild?.remove();
  // Scroll the log itself, never the page the person is working in.
  list.scrollTop = list.scrollHeight;
}
