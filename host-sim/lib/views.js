// Host-page rendering that is not about plugin frames: the pickers, the record
// "form", the panel list and the log of plugin calls.

const MAX_LOG_LINES = 300;
// Calls the auto-resizer and the SDK make on their own: shown muted in the log.
const ROUTINE_CALLS = new Set(['getSettings', 'setHeight']);

function element(tag, attributes = {}, children = []) {
  const node = Object.assign(document.createElement(tag), attributes);
  node.append(...children);
  return node;
}

/** A record's title in `locale`, whatever the shape of its `title` attribute. */
export function recordTitle(item, locale) {
  const title = item.attributes?.title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') {
    return title[locale] ?? Object.values(title).find((value) => typeof value === 'string' && value) ?? item.id;
  }
  return item.id;
}

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

export function recordOptions(fixtures) {
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

function definitionList(entries) {
  return element(
    'dl',
    {},
    entries.flatMap(([term, value]) => [element('dt', { textContent: term }), element('dd', { textContent: String(value ?? '—') })]),
  );
}

export function renderRecordInfo(container, { item, itemType, locales, itemStatus }) {
  const heading = item ? recordTitle(item, locales[0]) : `New ${itemType.attributes.name}`;
  const titles = item?.attributes?.title;
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
    children.push(element('h2', { textContent: 'Title per locale' }), definitionList(locales.map((l) => [l, titles[l]])));
  }
  if (item) {
    children.push(
      element('details', {}, [element('summary', { textContent: 'Raw record' }), element('pre', { textContent: JSON.stringify(item, null, 2) })]),
    );
  }
  container.replaceChildren(...children);
}

function describePanel(panel) {
  const placement = panel.placement ? `${panel.placement[0]} ${panel.placement[1]}` : 'default place';
  return `${panel.label} — id ${panel.id}, ${placement}, ${panel.startOpen ? 'starts open' : 'starts closed'}`;
}

export function renderPanelList(list, panels, modelName) {
  const items = panels.length
    ? panels.map((panel) => element('li', { textContent: describePanel(panel) }))
    : [element('li', { className: 'panel-list__empty', textContent: `The plugin adds no panel to ${modelName}.` })];
  list.replaceChildren(...items);
}

function shortJson(value) {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Appends one line to the visible log; `source` is a frame name or "host". */
export function logLine(list, { source, type, args, at }) {
  const line = element('li', { className: ROUTINE_CALLS.has(type) ? 'event event--routine' : 'event' }, [
    element('time', { textContent: new Date(at).toISOString().slice(11, 23) }),
    element('code', { className: 'event__source', textContent: source }),
    element('strong', { textContent: type }),
    element('span', { textContent: args === undefined ? '' : shortJson(args) }),
  ]);
  list.append(line);
  while (list.children.length > MAX_LOG_LINES) list.firstElementChild.remove();
  // Scroll the log itself, never the page the person is working in.
  list.scrollTop = list.scrollHeight;
}
