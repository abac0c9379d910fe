// A probe plugin for the host simulator's self-test: it uses the real SDK and
// shows what its ctx holds, and offers one button per host method under test.
import { connect } from 'datocms-plugin-sdk';

const root = document.getElementById('root');
let ctx = null; // the latest ctx: each onChange brings a whole new one
let renders = 0;

function el(tag, attributes = {}, children = []) {
  const node = Object.assign(document.createElement(tag), attributes);
  node.append(...children);
  return node;
}

function show(id, value) {
  document.getElementById(id).textContent = JSON.stringify(value);
}

/** Runs a ctx call from a button and shows its outcome in `#<id>`. */
function action(label, id, run) {
  const button = el('button', { type: 'button', textContent: label });
  button.addEventListener('click', async () => {
    try {
      show(id, await run());
    } catch (error) {
      show(id, { error: String(error?.message ?? error) });
    }
  });
  return el('div', {}, [button, el('pre', { id })]);
}

function facts(current) {
  return {
    renders,
    mode: current.mode,
    panelId: current.sidebarPaneId,
    itemId: current.item?.id ?? null,
    itemTypeId: current.itemType?.id,
    itemStatus: current.itemStatus,
    locale: current.locale,
    locales: current.site.attributes.locales,
    cmaBaseUrl: current.cmaBaseUrl,
    token: current.currentUserAccessToken ?? null,
    isFormDirty: current.isFormDirty,
    parameters: current.parameters,
    pluginParameters: current.plugin.attributes.parameters,
    role: current.currentRole.id,
    bodyPadding: current.bodyPadding,
    accentColor: current.theme.accentColor,
    probe: current.probe ?? null,
  };
}

/** Draws the buttons once; later renders only refresh the facts. */
function render(current, buttons) {
  ctx = current;
  renders += 1;
  if (renders === 1) {
    root.append(el('pre', { id: 'ctx' }), ...buttons());
    current.startAutoResizer();
  }
  show('ctx', facts(current));
}

const CONFIRM = {
  title: 'Unpublish the probe?',
  content: 'Pick one.',
  choices: [
    { label: 'Unpublish it', value: 'go', intent: 'negative' },
    { label: 'Only Italian', value: { locales: ['it'] } },
  ],
  cancel: { label: 'Keep it', value: false },
};

function panelButtons() {
  return [
    action('Ask confirm', 'confirm-result', () => ctx.openConfirm(CONFIRM)),
    action('Say notice', 'notice-result', async () => {
      await ctx.notice('Probe notice');
      return 'sent';
    }),
    action('Fetch record', 'fetch-result', async () => {
      const response = await fetch(`${ctx.cmaBaseUrl}/items/${ctx.item.id}`, {
        headers: { Authorization: `Bearer ${ctx.currentUserAccessToken}`, 'X-Api-Version': '3' },
      });
      return { status: response.status, itemStatus: (await response.json()).data?.meta?.status };
    }),
    action('Open modal', 'modal-result', () =>
      ctx.openModal({ id: 'probe-modal', title: 'Probe modal', width: 's', parameters: { from: ctx.sidebarPaneId } }),
    ),
    action('Go to the draft', 'navigate-result', async () => {
      await ctx.navigateTo(`/editor/item_types/${ctx.itemType.id}/items/rec-draft/edit`);
      return 'navigated';
    }),
    action('Save parameters', 'params-result', async () => {
      await ctx.updatePluginParameters({ saves: (ctx.plugin.attributes.parameters.saves ?? 0) + 1 });
      return 'saved';
    }),
  ];
}

connect({
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
  renderItemFormSidebarPanel(_panelId, current) {
    render(current, panelButtons);
  },
  renderModal(modalId, current) {
    render(current, () => [
      el('p', { id: 'modal-facts', textContent: JSON.stringify({ modalId, parameters: current.parameters }) }),
      action('Resolve modal', 'resolve-result', () => ctx.resolve({ picked: 'yes', modalId })),
    ]);
  },
  renderConfigScreen(current) {
    render(current, () => [
      action('Save settings', 'save-result', async () => {
        await ctx.updatePluginParameters({ configured: true });
        return 'saved';
      }),
    ]);
  },
});
