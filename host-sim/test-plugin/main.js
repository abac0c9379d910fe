// @ts-check
// A probe plugin for the host simulator's self-test: it uses the real SDK, shows what its
// ctx holds, and offers one button per host method under test. Its non-render hooks answer
// in ways the self-test can check (see e2e/harness-selftest.test.mjs).
import { connect } from 'datocms-plugin-sdk';

/** @typedef {import('datocms-plugin-sdk').RenderItemFormSidebarPanelCtx} PanelCtx */
/** @typedef {import('datocms-plugin-sdk').RenderModalCtx} ModalCtx */
/** @typedef {import('datocms-plugin-sdk').RenderConfigScreenCtx} ConfigCtx */
/** @typedef {import('datocms-plugin-sdk').RenderPageCtx} PageCtx */
/** @typedef {PanelCtx | ModalCtx | ConfigCtx | PageCtx} FrameCtx */
/** @typedef {import('datocms-plugin-sdk').Ctx} BaseCtx */

const root = /** @type {HTMLElement} */ (document.getElementById('root'));
/** @type {FrameCtx | null} the latest ctx: each onChange brings a whole new one */
let ctx = null;
let renders = 0;

function current() {
  if (!ctx) throw new Error('No ctx yet');
  return ctx;
}

/**
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {Array<Node | string>} [children]
 */
function el(tag, attributes = {}, children = []) {
  const node = Object.assign(document.createElement(tag), attributes);
  node.append(...children);
  return node;
}

/** @param {string} id @param {unknown} value */
function show(id, value) {
  const node = document.getElementById(id);
  if (node) node.textContent = JSON.stringify(value);
}

/**
 * Runs a ctx call from a button and shows its outcome in `#<id>`.
 * @param {string} label
 * @param {string} id
 * @param {() => Promise<unknown>} run
 */
function action(label, id, run) {
  const button = el('button', { type: 'button', textContent: label });
  button.addEventListener('click', async () => {
    try {
      show(id, await run());
    } catch (error) {
      show(id, { error: error instanceof Error ? error.message : String(error) });
    }
  });
  return el('div', {}, [button, el('pre', { id })]);
}

/** @param {FrameCtx} c @param {string} key */
const prop = (c, key) => /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (c))[key];

/** @param {FrameCtx} c */
function facts(c) {
  const item = /** @type {PanelCtx['item'] | undefined} */ (prop(c, 'item'));
  const itemType = /** @type {PanelCtx['itemType'] | undefined} */ (prop(c, 'itemType'));
  const fieldModels = Object.values(c.fields).map((field) => field?.relationships.item_type.data.id);
  return {
    renders,
    mode: c.mode,
    panelId: prop(c, 'sidebarPaneId'),
    modalId: prop(c, 'modalId'),
    pageId: prop(c, 'pageId'),
    location: prop(c, 'location') ?? null,
    itemId: item?.id ?? null,
    itemTypeId: itemType?.id,
    itemStatus: prop(c, 'itemStatus'),
    locale: prop(c, 'locale'),
    locales: c.site.attributes.locales,
    cmaBaseUrl: c.cmaBaseUrl,
    environment: c.environment,
    isEnvironmentPrimary: c.isEnvironmentPrimary,
    token: c.currentUserAccessToken ?? null,
    hasTokenKey: 'currentUserAccessToken' in c,
    isFormDirty: prop(c, 'isFormDirty'),
    parameters: prop(c, 'parameters'),
    pluginParameters: c.plugin.attributes.parameters,
    plugin: { id: c.plugin.id, ...c.plugin.attributes, parameters: undefined },
    role: c.currentRole.id,
    fieldModels: [...new Set(fieldModels)].sort(),
    bodyPadding: c.bodyPadding,
    accentColor: c.theme.accentColor,
    probe: prop(c, 'probe') ?? null,
  };
}

/**
 * Draws the buttons once; later renders only refresh the facts.
 * @param {FrameCtx} next
 * @param {() => HTMLElement[]} buttons
 */
function render(next, buttons) {
  ctx = next;
  renders += 1;
  if (renders === 1) {
    root.append(el('pre', { id: 'ctx' }), ...buttons());
    if ('startAutoResizer' in next) next.startAutoResizer();
  }
  show('ctx', facts(next));
}

/** A path in the open environment, as a plugin should build it for `navigateTo`. @param {string} path */
function inEnvironment(path) {
  const c = current();
  return c.isEnvironmentPrimary ? path : `/environments/${c.environment}${path}`;
}

const CONFIRM = {
  title: 'Unpublish the probe?',
  content: 'Pick one.',
  choices: [
    { label: 'Unpublish it', value: 'go', intent: /** @type {const} */ ('negative') },
    { label: 'Only Italian', value: { locales: ['it'] } },
  ],
  cancel: { label: 'Keep it', value: false },
};

/** Buttons every frame has. */
function commonButtons() {
  return [
    action('Copy to clipboard', 'clipboard-result', async () => {
      await navigator.clipboard.writeText('copied by the probe');
      return 'copied';
    }),
    action('Load page fields', 'fields-result', async () => {
      const fields = await current().loadItemTypeFields('model-page');
      return fields.map((field) => field.id);
    }),
    action('Save big parameters', 'big-params-result', async () => {
      await current().updatePluginParameters({ blob: 'x'.repeat(11 * 1024) });
      return 'saved';
    }),
    action('Go to the probe page', 'page-nav-result', async () => {
      await current().navigateTo(inEnvironment(`/p/${current().plugin.id}/pages/probe-page?from=probe#top`));
      return 'navigated';
    }),
  ];
}

function panelButtons() {
  const panel = () => /** @type {PanelCtx} */ (current());
  return [
    action('Ask confirm', 'confirm-result', () => current().openConfirm(CONFIRM)),
    action('Say notice', 'notice-result', async () => {
      await current().notice('Probe notice');
      return 'sent';
    }),
    action('Fetch record', 'fetch-result', async () => {
      const c = panel();
      const response = await fetch(`${c.cmaBaseUrl}/items/${c.item?.id}`, {
        headers: {
          Authorization: `Bearer ${c.currentUserAccessToken}`,
          'X-Api-Version': '3',
          'X-Environment': c.environment,
        },
      });
      return { status: response.status, itemStatus: (await response.json()).data?.meta?.status };
    }),
    action('Open modal', 'modal-result', () =>
      current().openModal({
        id: 'probe-modal',
        title: 'Probe modal',
        width: 's',
        parameters: { from: panel().sidebarPaneId },
      }),
    ),
    action('Open locked modal', 'locked-modal-result', () =>
      current().openModal({
        id: 'locked-modal',
        title: 'Locked modal',
        width: 'l',
        closeDisabled: true,
        initialHeight: 50,
      }),
    ),
    action('Go to the draft', 'navigate-result', async () => {
      await current().navigateTo(inEnvironment(`/editor/item_types/${panel().itemType.id}/items/rec-draft/edit`));
      return 'navigated';
    }),
    action('Primary draft', 'primary-nav-result', async () => {
      await current().navigateTo(`/editor/item_types/${panel().itemType.id}/items/rec-draft/edit`);
      return 'navigated';
    }),
    action('Save parameters', 'params-result', async () => {
      const saves = Number(current().plugin.attributes.parameters.saves ?? 0);
      await current().updatePluginParameters({ saves: saves + 1 });
      return 'saved';
    }),
    ...commonButtons(),
  ];
}

/** @param {string} modalId */
function modalButtons(modalId) {
  const modal = () => /** @type {ModalCtx} */ (current());
  return [
    el('p', { id: 'modal-facts', textContent: JSON.stringify({ modalId, parameters: modal().parameters }) }),
    el('div', { id: 'growth' }),
    action('Grow', 'grow-result', async () => {
      document.getElementById('growth')?.append(el('div', { className: 'tall', textContent: 'more' }));
      return document.querySelectorAll('.tall').length;
    }),
    action('Resolve modal', 'resolve-result', () => modal().resolve({ picked: 'yes', modalId })),
  ];
}

/**
 * What `onBeforeItemsUnpublish` answers, from the plugin parameters: `allow`, `deny`,
 * or (default) `ask` through `ctx.openConfirm`.
 * @param {import('datocms-plugin-sdk').Item[]} items
 * @param {import('datocms-plugin-sdk').OnBeforeItemsUnpublishCtx} hookCtx
 */
async function beforeUnpublish(items, hookCtx) {
  await hookCtx.notice(`Asked about ${items.map((item) => `${item.id}:${item.meta.status}`).join(',')}`);
  const policy = hookCtx.plugin.attributes.parameters.beforeUnpublish ?? 'ask';
  if (policy === 'allow') return true;
  if (policy === 'deny') return false;
  if (policy === 'throw') throw new Error('The probe refuses to answer');
  const choice = await hookCtx.openConfirm({
    title: 'Let DatoCMS unpublish?',
    content: items.map((item) => item.id).join(', '),
    choices: [{ label: 'Let it', value: 'yes', intent: 'negative' }],
    cancel: { label: 'Stop it', value: 'no' },
  });
  return choice === 'yes';
}

/** @type {Partial<import('datocms-plugin-sdk').FullConnectParameters>} */
const hooks = {
  itemFormSidebarPanels(itemType, bootCtx) {
    // Models without draft/published get no panel: the "no panel" path.
    if (!itemType.attributes.draft_mode_active) return [];
    return [
      {
        id: 'probe',
        label: `Probe for ${itemType.attributes.api_key}`,
        startOpen: true,
        placement: ['after', 'info'],
        parameters: {
          askedFor: itemType.id,
          bootCtxHasToken: typeof bootCtx.currentUserAccessToken === 'string',
          bootCtxHasItem: 'item' in bootCtx,
          bootCtxCanNotice: typeof bootCtx.notice === 'function',
        },
      },
    ];
  },
  onBeforeItemsUnpublish: beforeUnpublish,
  itemsDropdownActions(itemType, actionsCtx) {
    return [
      {
        id: 'probe-log',
        label: 'Log selection',
        icon: 'list',
        parameters: { askedFor: itemType.id, ctxItemType: actionsCtx.itemType.id },
      },
      {
        label: 'More probe actions',
        icon: 'ellipsis',
        actions: [
          { id: 'probe-modal', label: 'Open modal from action', icon: 'window-maximize' },
          { id: 'probe-fail', label: 'Fail', icon: 'bomb', alert: true },
        ],
      },
      { id: 'probe-disabled', label: 'Disabled action', icon: 'ban', disabled: true },
    ];
  },
  async executeItemsDropdownAction(actionId, items, actionCtx) {
    if (actionId === 'probe-fail') throw new Error('probe action failed');
    if (actionId === 'probe-modal') {
      const value = await actionCtx.openModal({
        id: 'action-modal',
        title: 'From an action',
        parameters: { count: items.length },
      });
      await actionCtx.notice(`modal answered ${JSON.stringify(value)}`);
      return;
    }
    const seen = items.map((item) => ({
      id: item.id,
      status: item.meta.status,
      model: item.relationships.item_type.data.id,
    }));
    await actionCtx.notice(JSON.stringify({ actionId, items: seen, parameters: actionCtx.parameters }));
  },
  mainNavigationTabs() {
    return [{ label: 'Probe page', icon: 'flask', pointsTo: { pageId: 'probe-page' } }];
  },
  contentAreaSidebarItems() {
    return [{ label: 'Probe content page', icon: 'flask', pointsTo: { pageId: 'probe-content' } }];
  },
  settingsAreaSidebarItemGroups() {
    return [
      {
        label: 'Probe',
        items: [{ label: 'Probe settings page', icon: 'cog', pointsTo: { pageId: 'probe-settings' } }],
      },
    ];
  },
  renderItemFormSidebarPanel(_panelId, next) {
    render(next, panelButtons);
  },
  renderModal(modalId, next) {
    render(next, () => modalButtons(modalId));
  },
  renderPage(_pageId, next) {
    render(next, commonButtons);
  },
  renderConfigScreen(next) {
    render(next, () => [
      action('Save settings', 'save-result', async () => {
        await current().updatePluginParameters({ configured: true });
        return 'saved';
      }),
      ...commonButtons(),
    ]);
  },
};

// `?without=<hook>` in the probe's URL leaves hooks out, as a plugin that does not implement them.
const without = new URLSearchParams(location.search).getAll('without');
connect(Object.fromEntries(Object.entries(hooks).filter(([name]) => !without.includes(name))));
