import { type RecordRef, recordPermission } from './recordPermission';
import { publish, role } from './testFixtures';

/** The parts of the SDK ctx recordPermission reads, for a project with one Article model. */
function ctxWith(
  currentRole: unknown,
  { workflowId = null as string | null, uiLocale = 'en', models = true } = {},
): Parameters<typeof recordPermission>[0] {
  const itemTypes = models
    ? {
        article: {
          id: 'article',
          attributes: { name: 'Article' },
          relationships: { workflow: { data: workflowId ? { id: workflowId, type: 'workflow' } : null } },
        },
      }
    : {};
  return {
    currentRole,
    itemTypes,
    site: { attributes: { locales: ['en', 'it', 'es'] } },
    currentUser: { id: 'user-1', type: 'user' },
    ui: { locale: uiLocale },
  } as unknown as Parameters<typeof recordPermission>[0];
}

const record = (over: Partial<RecordRef> = {}): RecordRef => ({
  modelId: 'article',
  creatorId: 'user-2',
  stageId: null,
  ...over,
});

describe('recordPermission', () => {
  it('reads the role against the record’s model, in the environment asked (not the open one)', () => {
    const mainOnly = role([publish({ environment: 'main' })]);
    expect(recordPermission(ctxWith(mainOnly), record(), 'main')).toEqual({
      locales: ['en', 'it', 'es'],
      wholeRecord: true,
      reason: null,
    });
    expect(recordPermission(ctxWith(mainOnly), record(), 'sandbox')).toEqual({
      locales: [],
      wholeRecord: false,
      reason: 'Your role may not publish or unpublish Article records.',
    });
  });

  it('knows the record’s creator: "only the records you created" holds on the editor’s own records', () => {
    const own = role([publish({ on_creator: 'self' })]);
    expect(recordPermission(ctxWith(own), record({ creatorId: 'user-1' }), 'main').wholeRecord).toBe(true);
    expect(recordPermission(ctxWith(own), record({ creatorId: 'user-2' }), 'main')).toEqual({
      locales: [],
      wholeRecord: false,
      reason: 'Your role may publish or unpublish only the Article records you created.',
    });
    expect(recordPermission(ctxWith(own), record({ creatorId: null }), 'main').wholeRecord).toBe(false);
  });

  it('reads the model’s workflow and the record’s stage', () => {
    const onWorkflow = role([publish({ workflow: 'wf-1', item_type: null })]);
    expect(recordPermission(ctxWith(onWorkflow, { workflowId: 'wf-1' }), record(), 'main').wholeRecord).toBe(true);
    expect(recordPermission(ctxWith(onWorkflow, { workflowId: 'wf-2' }), record(), 'main').wholeRecord).toBe(false);
    expect(recordPermission(ctxWith(onWorkflow), record(), 'main').wholeRecord).toBe(false);
    const onStage = role([publish({ on_stage: 'approved' })]);
    expect(recordPermission(ctxWith(onStage), record({ stageId: 'approved' }), 'main').wholeRecord).toBe(true);
    expect(recordPermission(ctxWith(onStage), record({ stageId: 'draft' }), 'main').wholeRecord).toBe(false);
  });

  it('names the locales in the interface language', () => {
    const english = role([publish({ localization_scope: 'localized', locale: 'en' })]);
    expect(recordPermission(ctxWith(english, { uiLocale: 'it' }), record(), 'main').reason).toBe(
      'Your role may unpublish only inglese.',
    );
  });

  it('still answers for a model the ctx does not hold (no name, no workflow)', () => {
    const nothing = role([]);
    expect(recordPermission(ctxWith(nothing, { models: false }), record(), 'main')).toEqual({
      locales: [],
      wholeRecord: false,
      reason: 'Your role may not publish or unpublish these records.',
    });
    const onWorkflow = role([publish({ workflow: 'wf-1' })]);
    expect(recordPermission(ctxWith(onWorkflow, { models: false }), record(), 'main').wholeRecord).toBe(false);
  });

  it('reads a model without a workflow relationship as a model without workflow', () => {
    const withoutWorkflow = (currentRole: unknown) =>
      ({
        ...ctxWith(currentRole),
        itemTypes: { article: { id: 'article', attributes: { name: 'Article' }, relationships: {} } },
      }) as unknown as Parameters<typeof recordPermission>[0];
    expect(recordPermission(withoutWorkflow(role([publish()])), record(), 'main').wholeRecord).toBe(true);
    const onWorkflow = role([publish({ workflow: 'wf-1' })]);
    expect(recordPermission(withoutWorkflow(onWorkflow), record(), 'main').wholeRecord).toBe(false);
  });
});
