import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { panelPolicy } from './panelPolicy';

type Ctx = RenderItemFormSidebarPanelCtx;

/** The parts of the sidebar panel's ctx that panelPolicy reads. */
function ctxOf(options: { uiLocale: string; creator: { id: string; type: string } }): Ctx {
  const onlyOwnEnglish = {
    action: 'publish',
    environment: 'main',
    item_type: 'model-article',
    on_creator: 'self',
    localization_scope: 'localized',
    locale: 'en',
  };
  return {
    plugin: { attributes: { parameters: {} } },
    itemType: { id: 'model-article', attributes: { name: 'Article' }, relationships: { workflow: { data: null } } },
    environment: 'main',
    site: { attributes: { locales: ['en', 'it'] } },
    item: { id: 'rec', relationships: { creator: { data: options.creator } }, meta: { stage: null } },
    currentUser: { id: '42', type: 'user' },
    currentRole: {
      id: 'editor',
      type: 'role',
      attributes: { positive_item_type_permissions: [onlyOwnEnglish], negative_item_type_permissions: [] },
    },
    ui: { locale: options.uiLocale },
  } as unknown as Ctx;
}

describe('panelPolicy', () => {
  it('names the locales of a role reason in the editor’s UI language', () => {
    const italian = panelPolicy(ctxOf({ uiLocale: 'it', creator: { id: '42', type: 'user' } }));
    expect(italian.permission.reason).toBe('Your role may unpublish only inglese.');
    const english = panelPolicy(ctxOf({ uiLocale: 'en', creator: { id: '42', type: 'user' } }));
    expect(english.permission.reason).toBe('Your role may unpublish only English.');
  });

  it('does not take a record created by an account with the editor’s id for the editor’s own', () => {
    const policy = panelPolicy(ctxOf({ uiLocale: 'en', creator: { id: '42', type: 'account' } }));
    expect(policy.permission.locales).toEqual([]);
    expect(policy.permission.reason).toBe('Your role may publish or unpublish only the Article records you created.');
  });
});
