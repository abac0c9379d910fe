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
 * [D] /work/shared/PLATFORM.md, "Roles": there is no `unpublish` action, `publish` governs it.
 */
import { createLocaleNamer, nameLocales } from '../shared/localeNames';

export type RawItemTypePermissionAction =
  | 'all'
  | 'read'
  | 'create'
  | 'update'
  | 'publish'
  | 'duplicate'
  | 'delete'
  | 'edit_creator'
  | 'take_over'
  | 'move_to_stage';

/**
 * One entry of `positive_item_type_permissions` / `negative_item_type_permissions`, as in
 * the CMA's raw role (a union by `action` there [A]; flattened here, every restrictor optional
 * because most branches omit some of them).
 */
export type RawItemTypePermission = {
  action: RawItemTypePermissionAction;
  /** Every entry is scoped to one environment (its id) [A]. */
  environment: string;
  /** `null` (or absent): every model. */
  item_type?: string | null;
  /** Records of models associated with this workflow; exclusive with `item_type` [A]. */
  workflow?: string | null;
  /** Records currently on this stage. */
  on_stage?: string | null;
  /** Moves towards this stage (only meaningful for moving between stages). */
  to_stage?: string | null;
  on_creator?: 'anyone' | 'self' | 'role' | null;
  /** For `create`/`update`/`publish`/`all` (forced to `all` on `all`) [A]. */
  localization_scope?: 'all' | 'localized' | 'not_localized' | null;
  /** With `localized`: the one locale covered. */
  locale?: string | null;
  [key: string]: unknown;
};

type PermissionLists = {
  positive_item_type_permissions?: readonly RawItemTypePermission[];
  negative_item_type_permissions?: readonly RawItemTypePermission[];
};

/** The parts of the CMA's raw role (`ctx.currentRole`) read here. */
export type RawRole = {
  id: string;
  attributes: {
    name?: string;
    can_edit_schema?: boolean;
    positive_item_type_permissions: readonly RawItemTypePermission[];
    negative_item_type_permissions: readonly RawItemTypePermission[];
    [key: string]: unknown;
  };
  meta?: {
    final_permissions?: PermissionLists & { can_edit_schema?: boolean; [key: string]: unknown };
    [key: string]: unknown;
  };
  [key: string]: unknown;
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function field(rule: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(rule, key) ? rule[key] : undefined;
}

/** A restrictor that is either absent/null (no restriction) or an id compared with the record's. */
function idMatch(value: unknown, actual: string | null): Match {
  if (value === undefined || value === null) return 'yes';
  if (typeof value !== 'string') return 'unknown';
  return value === actual ? 'yes' : 'no';
}

// Unpublishing is the `publish` action ([C] "Publish/unpublish", [D]); `all` is every action [A][B].
function actionMatch(action: unknown): Match {
  if (action === 'publish' || action === 'all') return 'yes';
  return typeof action === 'string' && KNOWN_OTHER_ACTIONS.has(action) ? 'no' : 'unknown';
}

// `on_creator` [B]: `anyone` every record; `self` records the user created; `role` records
// created by users with the same role. A record the user created was created by someone with
// this role; whether someone else who created it has this role cannot be known here.
// Absent/null (branches without a creator restrictor [A]): anyone.
function creatorMatch(onCreator: unknown, creatorIsCurrentUser: boolean): Match {
  if (onCreator === undefined || onCreator === null || onCreator === 'anyone') return 'yes';
  if (onCreator === 'self') return creatorIsCurrentUser ? 'yes' : 'no';
  if (onCreator === 'role' && creatorIsCurrentUser) return 'yes';
  return 'unknown';
}

function readRule(rule: Record<string, unknown>, record: RecordFacts): ReadRule {
  const action = field(rule, 'action');

  // Each entry is scoped to a single environment, by id [A]. An entry without one cannot be placed.
  const environment = field(rule, 'environment');
  const environmentMatch: Match =
    typeof environment === 'string' ? (environment === record.environment ? 'yes' : 'no') : 'unknown';

  // `item_type`: null = every model [A]. `workflow`: records of models associated with that
  // workflow [A]. Both null: every record.
  const model = both(
    idMatch(field(rule, 'item_type'), record.itemTypeId),
    idMatch(field(rule, 'workflow'), record.workflowId),
  );

  // `on_stage`: records currently on that stage [A]. `to_stage` restricts *moves* towards a stage
  // [A] ("on_stage / to_stage: restrict to records currently on a stage, or to moves towards a
  // stage"); the `publish` branch has no `to_stage` at all [A], so on an `all` entry it narrows only
  // the entry's moves, not its publishing. On any other entry it is not understood.
  const stage = idMatch(field(rule, 'on_stage'), record.stageId);
  const toStage = field(rule, 'to_stage');
  const moves: Match = toStage === undefined || toStage === null || action === 'all' ? 'yes' : 'unknown';

  return {
    matches: {
      action: actionMatch(action),
      environment: environmentMatch,
      model,
      stage,
      moves,
      creator: creatorMatch(field(rule, 'on_creator'), record.creatorIsCurrentUser),
    },
    coverage: readCoverage(action, field(rule, 'localization_scope'), field(rule, 'locale')),
  };
}

const KNOWN_OTHER_ACTIONS = new Set([
  'read',
  'create',
  'update',
  'duplicate',
  'delete',
  'edit_creator',
  'take_over',
  'move_to_stage',
]);

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
  if (action === 'all' || scope === undefined || scope === null || scope === 'all') return EVERYTHING;
  if (scope === 'not_localized') return { locales: new Set(), nonLocalized: true };
  if (scope === 'localized') {
    if (locale === undefined || locale === null) return { locales: 'every', nonLocalized: false };
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

/**
 * The rules in force: `meta.final_permissions` when it carries them (the effective permissions,
 * inheritance included [A] "Effective vs declared permissions"), else the role's own `attributes`.
 */
function rulesOf(role: RawRole): { positive: Record<string, unknown>[]; negative: Record<string, unknown>[] } {
  const final = isObject(role.meta) && isObject(role.meta.final_permissions) ? role.meta.final_permissions : null;
  const source: Record<string, unknown> =
    final !== null &&
    Array.isArray(field(final, 'positive_item_type_permissions')) &&
    Array.isArray(field(final, 'negative_item_type_permissions'))
      ? final
      : isObject(role.attributes)
        ? role.attributes
        : {};
  return {
    positive: readList(field(source, 'positive_item_type_permissions')),
    negative: readList(field(source, 'negative_item_type_permissions')),
  };
}

// ---------------------------------------------------------------------------
// The answer

function recordsOf(itemTypeName: string): string {
  const name = itemTypeName.trim();
  return name ? `${name} records` : 'these records';
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
  role: RawRole | null | undefined,
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

  const { positive, negative } = rulesOf(role);
  const granting: Coverage[] = [];
  const removing: Coverage[] = [];
  let onlyCreatorStopped: 'self' | 'role' | null = null;
  let onlyStageStopped = false;

  for (const raw of positive) {
    const rule = readRule(raw, record);
    if (allMatch(rule)) {
      // A scope that is not understood grants nothing.
      if (rule.coverage) granting.push(rule.coverage);
      continue;
    }
    // Remembered to explain a refusal: the rule would apply but for who created the record, or its stage.
    if (rule.coverage && allMatch(rule, 'creator')) {
      const onCreator = field(raw, 'on_creator');
      if (onCreator === 'self' || onCreator === 'role') onlyCreatorStopped ??= onCreator;
    }
    if (rule.coverage && allMatch(rule, 'stage')) onlyStageStopped = true;
  }
  for (const raw of negative) {
    const rule = readRule(raw, record);
    // A negative rule that may apply is applied; a scope that is not understood takes everything away.
    if (noneFails(rule)) removing.push(rule.coverage ?? EVERYTHING);
  }

  const siteLocales = [...new Set(record.siteLocales)];
  const allowed = (covers: (coverage: Coverage) => boolean) => granting.some(covers) && !removing.some(covers);
  const locales = siteLocales.filter((locale) => allowed((c) => coversLocale(c, locale)));
  const nonLocalized = allowed((c) => c.nonLocalized);
  const wholeRecord = locales.length === siteLocales.length && nonLocalized;

  return { locales, wholeRecord, reason: reasonFor() };

  function reasonFor(): string | null {
    const records = recordsOf(record.itemTypeName);
    if (locales.length === 0 && !nonLocalized) {
      if (onlyCreatorStopped === 'self') {
        return `Your role may publish or unpublish only the ${records} you created.`;
      }
      if (onlyCreatorStopped === 'role') {
        return (
          `Your role may publish or unpublish only the ${records} created by people with your role, ` +
          'and this plugin cannot tell whether this one was.'
        );
      }
      if (onlyStageStopped) {
        return `Your role may not publish or unpublish ${records} at this workflow stage.`;
      }
      return `Your role may not publish or unpublish ${records}.`;
    }
    // A project without locales (not seen in practice): only the whole record can go.
    if (siteLocales.length === 0) return 'This project has no locales to unpublish one by one.';
    if (locales.length === 0) {
      return `Your role may not unpublish any locale of ${records}, only their non-localized fields.`;
    }
    if (locales.length < siteLocales.length) {
      return `Your role may unpublish only ${nameLocales(uiLocale, createLocaleNamer(uiLocale), locales)}.`;
    }
    if (!nonLocalized) {
      return (
        'Your role may unpublish locales one by one but not the whole record: ' +
        'it may not publish or unpublish the non-localized fields.'
      );
    }
    return null;
  }
}

/**
 * May this role edit the schema (and so this plugin's settings)? The effective
 * `meta.final_permissions.can_edit_schema` [A], else the role's own `attributes.can_edit_schema`;
 * `false` when neither is known.
 */
export function canEditSchema(role: RawRole | null | undefined): boolean {
  if (!isObject(role)) return false;
  const final = isObject(role.meta) && isObject(role.meta.final_permissions) ? role.meta.final_permissions : null;
  const fromFinal = final ? field(final, 'can_edit_schema') : undefined;
  if (typeof fromFinal === 'boolean') return fromFinal;
  const fromAttributes = isObject(role.attributes) ? field(role.attributes, 'can_edit_schema') : undefined;
  return typeof fromAttributes === 'boolean' ? fromAttributes : false;
}
