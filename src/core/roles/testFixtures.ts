/** The role rules and the record the role tests share. */

import type { UnpublishPermission } from './rolePermissions';
import type { RecordFacts, RoleInput } from './roleRules';

export const ENV = 'main';

/**
 * A permission entry as tests write it: any action and scope, also ones the client's types do not allow,
 * because the role arrives at run time and is read defensively.
 */
type Rule = { action: string; environment: string; [key: string]: unknown };

export function rule(over: Partial<Rule> = {}): Rule {
  return {
    action: 'all',
    environment: ENV,
    item_type: null,
    workflow: null,
    on_stage: null,
    to_stage: null,
    on_creator: 'anyone',
    localization_scope: 'all',
    locale: null,
    ...over,
  };
}

export const publish = (over: Partial<Rule> = {}) => rule({ action: 'publish', ...over });

export type Permissions = NonNullable<RoleInput['attributes']>['positive_item_type_permissions'];

export function role(positive: unknown[], negative: unknown[] = []): RoleInput {
  return {
    attributes: {
      name: 'Some role',
      can_edit_schema: false,
      positive_item_type_permissions: positive as Permissions,
      negative_item_type_permissions: negative as Permissions,
    },
  };
}

export const article: RecordFacts = {
  itemTypeId: 'article',
  itemTypeName: 'Article',
  environment: ENV,
  siteLocales: ['en', 'it', 'es'],
  creatorIsCurrentUser: false,
  stageId: null,
  workflowId: null,
};

export const everything: UnpublishPermission = { locales: ['en', 'it', 'es'], wholeRecord: true, reason: null };
export const nothing: UnpublishPermission = {
  locales: [],
  wholeRecord: false,
  reason: 'Your role may not publish or unpublish Article records.',
};

/** One unpublishPermission case: a label, the role, changes to `article`, and the permission expected. */
export type PermissionCase = [
  label: string,
  role: RoleInput | null | undefined,
  record: Partial<RecordFacts>,
  expected: UnpublishPermission,
];
