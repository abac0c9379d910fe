/**
 * What the editor's role lets them unpublish on the record being edited, read
 * from `ctx.currentRole` before anything is offered. This only decides what the
 * panel shows: the server's `INSUFFICIENT_PERMISSIONS` stays the final word, so
 * wherever the rules cannot be read with certainty, this module allows less,
 * never more.
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
import { createLocaleNamer, nameLocales } from '../shared/localeNames';

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

export type UnpublishPermission = {
  /** Locales the role may unpublish on this record: a subset of the site's locales, in the site's order. */
  locales: string[];
  /** May unpublish the whole record: every site locale and the non-localized content. */
  wholeRecord: boolean;
  /** When `locales` is empty or `wholeRecord` is false: why, in an editor's words. Otherwise `null`. */
  reason: string | null;
};

/** Who created a record (`relationships.creator.data`), or who the current user is (`ctx.currentUser`). */
export type Creator = { id: string; type: string };

/**
 * Whether the record was created by the current user. The creator is polymorphic (account,
 * collaborator `user`, `sso_user`, `access_token`, `organization`: [A] `Item.relationships.creator`)
 * and ids are unique per type only, so the type is compared as well as the id.
 */
export function isCreatedBy(creator: Creator | null | undefined, user: Creator): boolean {
  return creator?.id === user.id && creator.type === user.type;
}

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

// ---------------------------------------------------------------------------
// Reading rules

/**
 * Whether one restrictor of a rule holds for the record. `unknown` when the rule
 * cannot be read with certainty: a positive rule then grants nothing, a negative
 * rule then takes away (allow less, never more).
 */
type Match = 'yes' | 'no' | 'unknown';

/** What a rule's content scope covers: some locales, and/or the non-localized content. */
type Coverage = { locales: 'every' | ReadonlySet<string>; nonLocalized: boolean };

const EVERYTHING: Coverage = { locales: 'every', nonLocalized: true };

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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(rule: Record<string, unknown>, key: string): unknown {
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

function readRule(rule: Record<string, unknown>, record: RecordFacts): ReadRule {
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

function coversLocale(coverage: Coverage, locale: string): boolean {
  return coverage.locales === 'every' || coverage.locales.has(locale);
}

function allMatch(rule: ReadRule, except?: keyof ReadRule['matches']): boolean {
  return (Object.keys(rule.matches) as (keyof ReadRule['matches'])[]).every(
    (key) => key === except || rule.matches[key] === 'yes',
  );
}

function noneFails(rule: ReadRule): boolean {
  return Object.values(rule.matches).every((m) => m !== 'no');
}

function readList(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** `meta.final_permissions`: the effective permissions, inheritance included [A] "Effective vs declared permissions". */
function finalPermissions(role: Record<string, unknown>): Record<string, unknown> | null {
  const meta = field(role, 'meta');
  const final = isObject(meta) ? field(meta, 'final_permissions') : undefined;
  return isObject(final) ? final : null;
}

/** The role's own (declared) `attributes`, or nothing. */
function declaredPermissions(role: Record<string, unknown>): Record<string, unknown> {
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
function rulesOf(role: Record<string, unknown>): {
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

// ---------------------------------------------------------------------------
// The answer

/** What the role's rules grant and take away on this record, and what stopped a rule that almost applied. */
type Tally = {
  granting: Coverage[];
  removing: Coverage[];
  /** A positive rule would apply but for who created the record. */
  onlyCreatorStopped: 'self' | 'role' | null;
  /** A positive rule would apply but for the record's workflow stage. */
  onlyStageStopped: boolean;
};

/** A positive rule that applies grants its coverage; one that almost applies is remembered to explain a refusal. */
function notePositive(found: Tally, raw: Record<string, unknown>, record: RecordFacts): void {
  const rule = readRule(raw, record);
  // A scope that is not understood grants nothing, and explains nothing.
  if (!rule.coverage) return;
  if (allMatch(rule)) {
    found.granting.push(rule.coverage);
    return;
  }
  // The rule would apply but for who created the record, or its stage.
  const onCreator = field(raw, 'on_creator');
  if (allMatch(rule, 'creator') && (onCreator === 'self' || onCreator === 'role')) {
    found.onlyCreatorStopped ??= onCreator;
  }
  if (allMatch(rule, 'stage')) found.onlyStageStopped = true;
}

function tally(role: Record<string, unknown>, record: RecordFacts): Tally {
  const { positive, negative } = rulesOf(role);
  const found: Tally = { granting: [], removing: [], onlyCreatorStopped: null, onlyStageStopped: false };
  for (const raw of positive) notePositive(found, raw, record);
  for (const raw of negative) {
    const rule = readRule(raw, record);
    // A negative rule that may apply is applied; a scope that is not understood takes everything away.
    if (noneFails(rule)) found.removing.push(rule.coverage ?? EVERYTHING);
  }
  return found;
}

function recordsOf(itemTypeName: string): string {
  const name = itemTypeName.trim();
  return name ? `${name} records` : 'these records';
}

/** Why nothing at all may be unpublished. */
function nothingAllowedReason(records: string, found: Tally): string {
  if (found.onlyCreatorStopped === 'self') {
    return `Your role may publish or unpublish only the ${records} you created.`;
  }
  if (found.onlyCreatorStopped === 'role') {
    return (
      `Your role may publish or unpublish only the ${records} created by people with your role, ` +
      'and this plugin cannot tell whether this one was.'
    );
  }
  if (found.onlyStageStopped) {
    return `Your role may not publish or unpublish ${records} at this workflow stage.`;
  }
  return `Your role may not publish or unpublish ${records}.`;
}

type Allowed = { locales: string[]; nonLocalized: boolean; siteLocales: string[] };

/** Why not everything may be unpublished (`null`: everything may). */
function partlyAllowedReason(records: string, allowed: Allowed, uiLocale: string): string | null {
  const { locales, siteLocales } = allowed;
  // A project without locales (not seen in practice): only the whole record can go.
  if (siteLocales.length === 0) return 'This project has no locales to unpublish one by one.';
  if (locales.length === 0) {
    return `Your role may not unpublish any locale of ${records}, only their non-localized fields.`;
  }
  if (locales.length < siteLocales.length) {
    return `Your role may unpublish only ${nameLocales(uiLocale, createLocaleNamer(uiLocale), locales)}.`;
  }
  if (!allowed.nonLocalized) {
    return (
      'Your role may unpublish locales one by one but not the whole record: ' +
      'it may not publish or unpublish the non-localized fields.'
    );
  }
  return null;
}

/**
 * May this role unpublish this record, and which locales of it?
 *
 * Effective = (positive rules) − (negative rules), negatives winning on overlap [A]; nothing is
 * allowed that no rule allows [C]. A locale is allowed when some positive `publish`/`all` rule
 * that applies to the record covers it and no applying negative one does; the same for the
 * non-localized content. The whole record needs every site locale and the non-localized content.
 *
 * `uiLocale` only names locales in `reason` ("Your role may unpublish only English.").
 */
export function unpublishPermission(
  role: RoleInput | null | undefined,
  record: RecordFacts,
  uiLocale = 'en',
): UnpublishPermission {
  if (!isObject(role)) {
    return {
      locales: [],
      wholeRecord: false,
      reason: 'Your role’s permissions could not be read, so unpublishing is not offered here.',
    };
  }

  const found = tally(role, record);
  const siteLocales = [...new Set(record.siteLocales)];
  const allowed = (covers: (coverage: Coverage) => boolean) =>
    found.granting.some(covers) && !found.removing.some(covers);
  const locales = siteLocales.filter((locale) => allowed((c) => coversLocale(c, locale)));
  const nonLocalized = allowed((c) => c.nonLocalized);
  const wholeRecord = locales.length === siteLocales.length && nonLocalized;

  const records = recordsOf(record.itemTypeName);
  const reason =
    locales.length === 0 && !nonLocalized
      ? nothingAllowedReason(records, found)
      : partlyAllowedReason(records, { locales, nonLocalized, siteLocales }, uiLocale);
  return { locales, wholeRecord, reason };
}

/**
 * May this role edit the schema (and so this plugin's settings)? The effective
 * `meta.final_permissions.can_edit_schema` [A], else the role's own `attributes.can_edit_schema`;
 * `false` when neither is known.
 */
export function canEditSchema(role: RoleInput | null | undefined): boolean {
  if (!isObject(role)) return false;
  const final = finalPermissions(role);
  const fromFinal = final ? field(final, 'can_edit_schema') : undefined;
  if (typeof fromFinal === 'boolean') return fromFinal;
  const fromAttributes = field(declaredPermissions(role), 'can_edit_schema');
  return typeof fromAttributes === 'boolean' ? fromAttributes : false;
}
