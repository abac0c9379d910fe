// unpublishPermission when rules narrow or fail: negatives on other models, environments, actions or creators,
// workflows and stages, to_stage, unknown scopes, missing roles and odd sites; and rules the plugin does not
// understand (a positive grants nothing, a negative takes everything away).
import { unpublishPermission } from './rolePermissions';
import type { RoleInput } from './roleRules';
import {
  article,
  ENV,
  everything,
  nothing,
  type PermissionCase,
  type Permissions,
  publish,
  role,
  rule,
} from './testFixtures';

const cases: PermissionCase[] = [
  ['a negative action all on this model', role([rule()], [rule({ item_type: 'article' })]), {}, nothing],
  ['a negative on another model', role([rule()], [rule({ item_type: 'page' })]), {}, everything],
  ['a negative in another environment', role([rule()], [rule({ environment: 'sandbox' })]), {}, everything],
  [
    'a negative on another action',
    role([rule()], [rule({ action: 'delete' }), rule({ action: 'update' })]),
    {},
    everything,
  ],
  [
    'a negative on_creator self, on a record someone else created',
    role([rule()], [rule({ on_creator: 'self' })]),
    { creatorIsCurrentUser: false },
    everything,
  ],
  [
    'a negative on_creator self, on a record the editor created',
    role([rule()], [rule({ on_creator: 'self' })]),
    { creatorIsCurrentUser: true },
    nothing,
  ],
  [
    'a negative on_creator role on someone else’s record (might apply, so it does)',
    role([rule()], [rule({ on_creator: 'role' })]),
    { creatorIsCurrentUser: false },
    nothing,
  ],
  [
    'a workflow rule on a record of that workflow',
    role([publish({ workflow: 'wf1' })]),
    { workflowId: 'wf1' },
    everything,
  ],
  [
    'a workflow rule on a record of another workflow',
    role([publish({ workflow: 'wf1' })]),
    { workflowId: 'wf2' },
    nothing,
  ],
  ['a workflow rule on a record without workflow', role([publish({ workflow: 'wf1' })]), { workflowId: null }, nothing],
  [
    'an on_stage rule on a record at that stage',
    role([publish({ on_stage: 'review' })]),
    { stageId: 'review' },
    everything,
  ],
  [
    'an on_stage rule on a record at another stage',
    role([publish({ on_stage: 'review' })]),
    { stageId: 'draft' },
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role may not publish or unpublish Article records at this workflow stage.',
    },
  ],
  [
    'a negative on_stage at another stage',
    role([rule()], [rule({ on_stage: 'review' })]),
    { stageId: 'draft' },
    everything,
  ],
  // `to_stage` narrows an `all` entry's moves between stages, not its publishing [A]: for
  // publishing the entry reads as if it had none, positive or negative.
  ['a positive action all with a to_stage (grants publishing)', role([rule({ to_stage: 'done' })]), {}, everything],
  [
    'a negative action all with a to_stage (takes publishing away)',
    role([rule()], [rule({ to_stage: 'done' })]),
    {},
    nothing,
  ],
  [
    'a positive action all with a to_stage and an on_stage elsewhere (the stage still applies)',
    role([rule({ to_stage: 'done', on_stage: 'review' })]),
    { stageId: 'draft' },
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role may not publish or unpublish Article records at this workflow stage.',
    },
  ],
  // The publish branch has no `to_stage` [A]: one there is not understood.
  ['a positive publish with a to_stage (not relied upon)', role([publish({ to_stage: 'done' })]), {}, nothing],
  ['a negative publish with a to_stage (applies)', role([rule()], [publish({ to_stage: 'done' })]), {}, nothing],
  ['an unknown action in a positive rule', role([rule({ action: 'unpublish' as 'all' })]), {}, nothing],
  ['an unknown action in a negative rule', role([rule()], [rule({ action: 'unpublish' as 'all' })]), {}, nothing],
  [
    'an unknown localization scope: grants nothing, takes away everything',
    role([publish({ localization_scope: 'some' }), publish({ localization_scope: 'localized', locale: 'en' })]),
    {},
    { locales: ['en'], wholeRecord: false, reason: 'Your role may unpublish only English.' },
  ],
  [
    'an unknown localization scope in a negative',
    role([rule()], [publish({ localization_scope: 'some' })]),
    {},
    nothing,
  ],
  [
    'a publish rule without a scope (no content restriction)',
    role([{ action: 'publish', environment: ENV, item_type: 'article', on_creator: 'anyone' }]),
    {},
    everything,
  ],
  ['action all forces the scope to all', role([rule({ localization_scope: 'not_localized' })]), {}, everything],
  ['a rule without an environment (cannot be placed)', role([{ action: 'all', item_type: null }]), {}, nothing],
  ['malformed entries are skipped', role([null, 'all', 3, rule()], [null, 'x']), {}, everything],
  [
    'a missing role',
    null,
    {},
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role’s permissions could not be read, so unpublishing is not offered here.',
    },
  ],
  [
    'an undefined role',
    undefined,
    {},
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role’s permissions could not be read, so unpublishing is not offered here.',
    },
  ],
  ['a role with no rules at all', { id: 'r', attributes: {} } as RoleInput, {}, nothing],
  [
    'a model without a name',
    role([]),
    { itemTypeName: '  ' },
    { locales: [], wholeRecord: false, reason: 'Your role may not publish or unpublish these records.' },
  ],
  [
    'duplicate site locales (counted once)',
    role([rule()]),
    { siteLocales: ['en', 'en', 'it'] },
    { locales: ['en', 'it'], wholeRecord: true, reason: null },
  ],
  [
    'a project without locales, all allowed',
    role([rule()]),
    { siteLocales: [] },
    { locales: [], wholeRecord: true, reason: 'This project has no locales to unpublish one by one.' },
  ],
];

describe('unpublishPermission', () => {
  it.each(cases)('%s', (_label, theRole, recordChanges, expected) => {
    expect(unpublishPermission(theRole, { ...article, ...recordChanges })).toEqual(expected);
  });
});

// A rule read at run time may hold values the docs do not list: a positive one that is not understood
// grants nothing, a negative one that is not understood takes everything away (never more offline than
// the role allows).
describe('rules the plugin does not understand', () => {
  const onlyMine = 'Your role may publish or unpublish only the Article records you created.';

  it.each([
    ['an action it does not know', { action: 'teleport' }],
    ['a model id that is not a string', { item_type: 42 }],
    ['a workflow id that is not a string', { workflow: ['wf-1'] }],
    ['an environment that is not a string', { environment: 7 }],
    ['a locale that is not a string', { localization_scope: 'localized', locale: 5 }],
  ])('a negative rule with %s takes everything away', (_label, odd) => {
    expect(unpublishPermission(role([rule()], [publish(odd as Parameters<typeof publish>[0])]), article)).toEqual(
      nothing,
    );
  });

  it.each([
    ['a model id that is not a string', { item_type: 42 }],
    ['a creator restriction it does not know', { on_creator: 'the_editors_friends' }],
    ['a "same role" creator restriction on a record someone else created', { on_creator: 'role' }],
  ])('a positive rule with %s grants nothing', (_label, odd) => {
    expect(unpublishPermission(role([publish(odd)]), article).locales).toEqual([]);
  });

  it('a negative rule on another action (moving to a stage) takes nothing away', () => {
    expect(unpublishPermission(role([rule()], [rule({ action: 'move_to_stage' })]), article)).toEqual(everything);
  });

  it('every locale granted one by one is not the whole record: the non-localized fields are not', () => {
    const byLocale = role(['en', 'it', 'es'].map((locale) => publish({ localization_scope: 'localized', locale })));
    expect(unpublishPermission(byLocale, article)).toEqual({
      locales: ['en', 'it', 'es'],
      wholeRecord: false,
      reason:
        'Your role may unpublish locales one by one but not the whole record: it may not publish or unpublish the non-localized fields.',
    });
  });

  it('a role without negative rules declared is read as having none', () => {
    const declared = { attributes: { positive_item_type_permissions: [rule()] } } as unknown as RoleInput;
    expect(unpublishPermission(declared, article)).toEqual(everything);
  });

  it('effective permissions without both lists fall back to the declared ones', () => {
    const partial: RoleInput = {
      ...role([rule()]),
      meta: { final_permissions: { positive_item_type_permissions: [] as Permissions } },
    };
    expect(unpublishPermission(partial, article)).toEqual(everything);
  });

  it('says "only the records you created" only when the creator alone stopped the rule', () => {
    expect(unpublishPermission(role([publish({ on_creator: 'self' })]), article).reason).toBe(onlyMine);
    const elsewhere = role([publish({ on_creator: 'self', environment: 'sandbox' })]);
    expect(unpublishPermission(elsewhere, article).reason).toBe(nothing.reason);
  });

  it('names locales in English unless told otherwise', () => {
    const english = role([publish({ localization_scope: 'localized', locale: 'en' })]);
    expect(unpublishPermission(english, article).reason).toBe('Your role may unpublish only English.');
  });
});
