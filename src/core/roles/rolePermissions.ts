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
import {
  type NearMiss,
  nothingAllowedReason,
  partlyAllowedReason,
  recordsOf,
  UNREADABLE_ROLE_REASON,
} from './roleMessages';
import {
  allMatch,
  type Coverage,
  coversLocale,
  declaredPermissions,
  EVERYTHING,
  field,
  finalPermissions,
  isObject,
  noneFails,
  type RecordFacts,
  type RoleInput,
  readRule,
  rulesOf,
} from './roleRules';

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

// ---------------------------------------------------------------------------
// The answer

/** What the role's rules grant and take away on this record, and what stopped a rule that almost applied. */
type Tally = NearMiss & {
  granting: Coverage[];
  removing: Coverage[];
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
      reason: UNREADABLE_ROLE_REASON,
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
