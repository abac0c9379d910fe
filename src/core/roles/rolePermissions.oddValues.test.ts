// unpublishPermission on rules holding values the docs do not list, read at run time: an action that is not text,
// a creator restriction it does not know ahead of one it does.
import { unpublishPermission } from './rolePermissions';
import { article, nothing, publish, role, rule } from './testFixtures';

describe('rules with values the plugin does not understand', () => {
  it('an action that is not text grants nothing, even a list holding a known action', () => {
    expect(unpublishPermission(role([rule({ action: ['publish'] as unknown as string })]), article)).toEqual(nothing);
  });

  it('a negative rule whose action is not text takes everything away, even a list holding an action it ignores', () => {
    const odd = rule({ action: ['read'] as unknown as string });
    expect(unpublishPermission(role([rule()], [odd]), article)).toEqual(nothing);
  });

  it('explains a creator-only refusal even after a rule whose creator restriction it does not know', () => {
    const rules = [publish({ on_creator: 'the_editors_friends' }), publish({ on_creator: 'self' })];
    expect(unpublishPermission(role(rules), article).reason).toBe(
      'Your role may publish or unpublish only the Article records you created.',
    );
  });

  it('a creator restriction it does not know grants nothing, even on a record the editor created', () => {
    const odd = role([publish({ on_creator: 'the_editors_friends' })]);
    expect(unpublishPermission(odd, { ...article, creatorIsCurrentUser: true }).locales).toEqual([]);
  });

  it('a positive rule on this model whose workflow is not text grants nothing', () => {
    expect(unpublishPermission(role([publish({ item_type: 'article', workflow: 7 })]), article).locales).toEqual([]);
  });

  it('a positive rule whose model id is not text grants nothing, even on a record of its workflow', () => {
    const odd = role([publish({ item_type: 42, workflow: 'wf-1' })]);
    expect(unpublishPermission(odd, { ...article, workflowId: 'wf-1' }).locales).toEqual([]);
  });
});
