// unpublishPermission by scope and locale: admins and publishers, locale and non-localized scopes, on_creator,
// negatives that remove locales or the whole record; final_permissions over attributes, the UI language, the
// SDK's role type; and canEditSchema and isCreatedBy.
import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { canEditSchema, isCreatedBy, unpublishPermission } from './rolePermissions';
import type { RoleInput } from './roleRules';
import {
  article,
  everything,
  nothing,
  type PermissionCase,
  type Permissions,
  publish,
  role,
  rule,
} from './testFixtures';

type SdkRole = RenderItemFormSidebarPanelCtx['currentRole'];
const cases: PermissionCase[] = [
  ['an admin (action all on every model)', role([rule()]), {}, everything],
  ['publish on every model, all content', role([publish()]), {}, everything],
  [
    'an editor who may publish only en',
    role([rule({ action: 'read' }), publish({ localization_scope: 'localized', locale: 'en' })]),
    {},
    { locales: ['en'], wholeRecord: false, reason: 'Your role may unpublish only English.' },
  ],
  ['a viewer with only read and update', role([rule({ action: 'read' }), rule({ action: 'update' })]), {}, nothing],
  ['a role whose rules are for another model', role([publish({ item_type: 'page' })]), {}, nothing],
  ['a role whose rules are for this model', role([publish({ item_type: 'article' })]), {}, everything],
  ['a role whose rules are for another environment', role([rule({ environment: 'sandbox' })]), {}, nothing],
  [
    'on_creator self, on a record the editor created',
    role([rule({ on_creator: 'self' })]),
    { creatorIsCurrentUser: true },
    everything,
  ],
  [
    'on_creator self, on a record someone else created',
    role([rule({ on_creator: 'self' })]),
    { creatorIsCurrentUser: false },
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role may publish or unpublish only the Article records you created.',
    },
  ],
  [
    'on_creator role, on a record the editor created',
    role([rule({ on_creator: 'role' })]),
    { creatorIsCurrentUser: true },
    everything,
  ],
  [
    'on_creator role, on a record someone else created (their role is unknown here)',
    role([rule({ on_creator: 'role' })]),
    { creatorIsCurrentUser: false },
    {
      locales: [],
      wholeRecord: false,
      reason:
        'Your role may publish or unpublish only the Article records created by people with your role, and this plugin cannot tell whether this one was.',
    },
  ],
  [
    'a negative rule removing it from an all-locales positive',
    role([rule()], [publish({ localization_scope: 'localized', locale: 'it' })]),
    {},
    { locales: ['en', 'es'], wholeRecord: false, reason: 'Your role may unpublish only English and Spanish.' },
  ],
  [
    'not_localized only',
    role([publish({ localization_scope: 'not_localized' })]),
    {},
    {
      locales: [],
      wholeRecord: false,
      reason: 'Your role may not unpublish any locale of Article records, only their non-localized fields.',
    },
  ],
  [
    'localized with no locale (every locale, but not the non-localized content)',
    role([publish({ localization_scope: 'localized', locale: null })]),
    {},
    {
      locales: ['en', 'it', 'es'],
      wholeRecord: false,
      reason:
        'Your role may unpublish locales one by one but not the whole record: it may not publish or unpublish the non-localized fields.',
    },
  ],
  [
    'every locale one by one plus the non-localized content (whole record)',
    role([
      publish({ localization_scope: 'localized', locale: 'es' }),
      publish({ localization_scope: 'localized', locale: 'en' }),
      publish({ localization_scope: 'localized', locale: 'it' }),
      publish({ localization_scope: 'not_localized' }),
    ]),
    {},
    everything,
  ],
  [
    'locales in the site’s order, whatever the rules’ order, and only site locales',
    role([
      publish({ localization_scope: 'localized', locale: 'es' }),
      publish({ localization_scope: 'localized', locale: 'de' }),
      publish({ localization_scope: 'localized', locale: 'en' }),
    ]),
    {},
    { locales: ['en', 'es'], wholeRecord: false, reason: 'Your role may unpublish only English and Spanish.' },
  ],
  [
    'a negative on the non-localized content (locales stay, whole record goes)',
    role([rule()], [publish({ localization_scope: 'not_localized' })]),
    {},
    {
      locales: ['en', 'it', 'es'],
      wholeRecord: false,
      reason:
        'Your role may unpublish locales one by one but not the whole record: it may not publish or unpublish the non-localized fields.',
    },
  ],
];

describe('unpublishPermission', () => {
  it.each(cases)('%s', (_label, theRole, recordChanges, expected) => {
    expect(unpublishPermission(theRole, { ...article, ...recordChanges })).toEqual(expected);
  });

  it('prefers the effective meta.final_permissions (inheritance included) over the declared attributes', () => {
    const inherited: RoleInput = {
      ...role([]),
      meta: {
        final_permissions: {
          positive_item_type_permissions: [rule()] as Permissions,
          negative_item_type_permissions: [publish({ localization_scope: 'localized', locale: 'es' })] as Permissions,
        },
      },
    };
    expect(unpublishPermission(inherited, article)).toEqual({
      locales: ['en', 'it'],
      wholeRecord: false,
      reason: 'Your role may unpublish only English and Italian.',
    });
  });

  it('falls back to the attributes when meta.final_permissions carries no rules', () => {
    const declared: RoleInput = { ...role([rule()]), meta: { final_permissions: { can_edit_schema: true } } };
    expect(unpublishPermission(declared, article)).toEqual(everything);
  });

  it('names locales in the UI language', () => {
    const result = unpublishPermission(
      role([publish({ localization_scope: 'localized', locale: 'en' })]),
      article,
      'it',
    );
    expect(result.reason).toBe('Your role may unpublish only inglese.');
  });

  it('accepts ctx.currentRole as the SDK types it', () => {
    const sdkRole = role([rule()]) as unknown as SdkRole;
    expect(unpublishPermission(sdkRole, article)).toEqual(everything);
    expect(canEditSchema(sdkRole)).toBe(false);
  });
});

describe('canEditSchema', () => {
  const withSchema = (attributes: boolean | undefined, final: boolean | undefined | 'no-meta'): RoleInput => {
    const base = role([]);
    const declared = { ...base.attributes };
    if (attributes === undefined) delete declared.can_edit_schema;
    else declared.can_edit_schema = attributes;
    base.attributes = declared;
    if (final === 'no-meta') return base;
    return { ...base, meta: { final_permissions: final === undefined ? {} : { can_edit_schema: final } } };
  };

  it.each([
    ['the effective permission says yes', withSchema(false, true), true],
    ['the effective permission says no (whatever the attributes say)', withSchema(true, false), false],
    ['no effective permission: the attributes say yes', withSchema(true, undefined), true],
    ['no meta at all: the attributes say yes', withSchema(true, 'no-meta'), true],
    ['nothing known', withSchema(undefined, undefined), false],
    ['no role', null, false],
    ['an undefined role', undefined, false],
  ] as const)('%s', (_label, theRole, expected) => {
    expect(canEditSchema(theRole)).toBe(expected);
  });
});

describe('isCreatedBy', () => {
  const user = { id: '42', type: 'user' };
  it('is true for the same id and type', () => {
    expect(isCreatedBy({ id: '42', type: 'user' }, user)).toBe(true);
  });
  it.each([
    ['an account with the same id', { id: '42', type: 'account' }],
    ['an API token with the same id', { id: '42', type: 'access_token' }],
    ['an SSO user with the same id', { id: '42', type: 'sso_user' }],
    ['another user', { id: '43', type: 'user' }],
    ['no creator', null],
  ])('is false for %s', (_, creator) => {
    expect(isCreatedBy(creator, user)).toBe(false);
  });
});
