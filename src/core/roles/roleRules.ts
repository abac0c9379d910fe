/**
 * Reading the rules of the editor's role (`ctx.currentRole`) against the record being edited:
 * which rules apply to it, and what content each covers. Wherever a rule cannot be read with
 * certainty it is read so that less is allowed, never more (rolePermissions.ts draws the answer).
 *
 * Sources (cited below by their letter):
 * [A] @datocms/cma-client `RawApiTypes.d.ts`, doc comment of `Role` ("How permissions are
 *     computed", "Per-environment content permissions", "Effective vs declared permissions")
 *     and the `RoleItemTypePermission*` types.
 * [B] datocms.com/docs/content-management-api/resources/role/create (actions; `on_creator`).
 * [C] datocms.com/docs/general-concepts/roles-and-permission-system ("everything which is not
 *     explicitly allowed is denied"; "Publish/unpublish" is one action).
 * [D] datocms.com/docs/content-management-api/resources/role (the `action` list: no `unpublish`;
 *     `publish` governs it), and ../shared/PLATFORM.md, "Roles".
 */
import type { SchemaTypes } from '@datocms/cma-client-browser';

/** One entry of `positive_item_type_permissions` / `negative_item_type_permissions`: the client's union by `action` [A]. */
type ItemTypePermission = SchemaTypes.RoleAttributes['positive_item_type_permissions'][number];

type Action = ItemTypePermission['action'];

/**
 * The role as read here: the SDK's `ctx.currentRole` (the client's `Role` [A]), any part of which may be
 * missing or malformed at run time, so every part is optional and read defensively.
 */
export type RoleInput = {
  attributes?: Partial<SchemaTypes.RoleAttributes>;
  meta?: { final_permissions?: Partial<SchemaTypes.RoleMeta['final_permissions']> };
};

/** What is known of the record being edited, to match the rules against. */
export type RecordFacts = {
  itemTypeId: string;
  itemTypeName: string;
  /** The environment id (`ctx.environment`). */
  environment: string;
  siteLocales: string[];
  creatorIsCurrentUser: boolean;
  stageId: string | null;
  /** The workflow of the record's model, if any. */
  workflowId: string | null;
};

/**
 * Whether one restrictor of a rule holds for the record. `unknown` when the rule
 * cannot be read with certainty: a positive rule then grants nothing, a negative
 * rule then takes away (allow less, never more).
 */
type Match = 'yes' | 'no' | 'unknown';

/** What a rule's content scope covers: some locales, and/or the non-localized content. */
export type Coverage = { locales: 'every' | ReadonlySet<string>; nonLocalized: boolean };

export const EVERYTHING: Coverage = { locales: 'every', nonLocalized: true };

type ReadRule = {
  /** Each restrictor, in this order. */
  matches: { action: Match; environment: Match; model: Match; stage: Match; moves: Match; creator: Match };
  /** Coverage when the rule's content scope is understood; `null` when it is not. */
  coverage: Coverage | null;
};

/**
 * Unpublishing is the `publish` action ([C] "Publish/unpublish", [D]); `all` is every action [A][B].
 * Typed by the client's own list of actions, so that a new action there is decided here.
 */
const ACTION_MATCH: Record<Action, Match> = {
  all: 'yes',
  publish: 'yes',
  read: 'no',
  create: 'no',
  update: 'no',
  duplicate: 'no',
  delete: 'no',
  edit_creator: 'no',
  take_over: 'no',
  move_to_stage: 'no',
};

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function field(rule: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(rule, key) ? rule[key] : undefined;
}

function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** A restrictor that is either absent/null (no restriction) or an id compared with the record's. */
function idMatch(value: unknown, actual: string | null): Match {
  if (isAbsent(value)) return 'yes';
  if (typeof value !== 'string') return 'unknown';
  return value === actual ? 'yes' : 'no';
}

/** An action this plugin does not know (not in the client's list) is not understood. */
function actionMatch(action: unknown): Match {
  return typeof action === 'string' && Object.hasOwn(ACTION_MATCH, action) ? ACTION_MATCH[action as Action] : 'unknown';
}

/** Each entry is scoped to a single environment, by id [A]. An entry without one cannot be placed. */
function environmentMatch(environment: unknown, actual: string): Match {
  if (typeof environment !== 'string') return 'unknown';
  return environment === actual ? 'yes' : 'no';
}

/**
 * `on_creator` [B]: `anyone` every record; `self` records the user created; `role` records
 * created by users with the same role. A record the user created was created by someone with
 * this role; whether someone else who created it has this role cannot be known here.
 * Absent/null (branches without a creator restrictor [A]): anyone.
 */
function creatorMatch(onCreator: unknown, creatorIsCurrentUser: boolean): Match {
  if (isAbsent(onCreator) || onCreator === 'anyone') return 'yes';
  if (onCreator === 'self') return creatorIsCurrentUser ? 'yes' : 'no';
  if (onCreator === 'role' && creatorIsCurrentUser) return 'yes';
  return 'unknown';
}

export function readRule(rule: Record<string, unknown>, record: RecordFacts): ReadRule {
  const action = field(rule, 'action');
  return {
    matches: {
      action: actionMatch(action),
      environment: environmentMatch(field(rule, 'environment'), record.environment),
      // `item_type`: null = every model [A]. `workflow`: records of models associated with that
      // workflow [A]. Both null: every record.
      model: both(
        idMatch(field(rule, 'item_type'), record.itemTypeId),
        idMatch(field(rule, 'workflow'), record.workflowId),
      ),
      // `on_stage`: records currently on that stage [A].
      stage: idMatch(field(rule, 'on_stage'), record.stageId),
      // `to_stage` restricts *moves* towards a stage [A]; the `publish` branch has no `to_stage` at all [A],
      // so on an `all` entry it narrows only the entry's moves, not its publishing. On any other entry it
      // is not understood.
      moves: isAbsent(field(rule, 'to_stage')) || action === 'all' ? 'yes' : 'unknown',
      creator: creatorMatch(field(rule, 'on_creator'), record.creatorIsCurrentUser),
    },
    coverage: readCoverage(action, field(rule, 'localization_scope'), field(rule, 'locale')),
  };
}

function both(a: Match, b: Match): Match {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'yes';
}

/**
 * Content scope [A]: `all` covers every locale and the non-localized content; `localized`
 * with a locale covers that locale's localized content; `not_localized` only the
 * non-localized content. On `all` entries the scope is forced to `all` [A].
 * Where the docs are silent:
 * - `localized` with no locale (the docs require one) is read as every locale's localized content.
 * - No scope at all (entries written before scopes existed, or by branches without one) puts no
 *   restriction on content: the entry covers everything it names.
 * - Any other value is not understood (`null` is returned).
 */
function readCoverage(action: unknown, scope: unknown, locale: unknown): Coverage | null {
  if (action === 'all' || isAbsent(scope) || scope === 'all') return EVERYTHING;
  if (scope === 'not_localized') return { locales: new Set(), nonLocalized: true };
  if (scope === 'localized') {
    if (isAbsent(locale)) return { locales: 'every', nonLocalized: false };
    if (typeof locale === 'string') return { locales: new Set([locale]), nonLocalized: false };
  }
  return null;
}

export function coversLocale(coverage: Coverage, locale: string): boolean {
  return coverage.locales === 'every' || coverage.locales.has(locale);
}

export function allMatch(rule: ReadRule, except?: keyof ReadRule['matches']): boolean {
  return (Object.keys(rule.matches) as (keyof ReadRule['matches'])[]).every(
    (key) => key === except || rule.matches[key] === 'yes',
  );
}

export function noneFails(rule: ReadRule): boolean {
  return Object.values(rule.matches).every((m) => m !== 'no');
}

function readList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** `meta.final_permissions`: the effective permissions, inheritance included [A] "Effective vs declared permissions". */
export function finalPermissions(role: Record<string, unknown>): Record<string, unknown> | null {
  const meta = field(role, 'meta');
  const final = isObject(meta) ? field(meta, 'final_permissions') : undefined;
  return isObject(final) ? final : null;
}

/** The role's own (declared) `attributes`, or nothing. */
export function declaredPermissions(role: Record<string, unknown>): Record<string, unknown> {
  const attributes = field(role, 'attributes');
  return isObject(attributes) ? attributes : {};
}

function carriesRules(permissions: Record<string, unknown>): boolean {
  return (
    Array.isArray(field(permissions, 'positive_item_type_permissions')) &&
    Array.isArray(field(permissions, 'negative_item_type_permissions'))
  );
}

/** The rules in force: the effective permissions when they carry them, else the role's own attributes. */
export function rulesOf(role: Record<string, unknown>): {
  positive: Record<string, unknown>[];
  negative: Record<string, unknown>[];
} {
  const final = finalPermissions(role);
  const source = final !== null && carriesRules(final) ? final : declaredPermissions(role);
  return {
    positive: readList(field(source, 'positive_item_type_permissions')),
    negative: readList(field(source, 'negative_item_type_permissions')),
  };
}
