/**
 * The pre-flight of an unpublish: which published records link to the record, through
 * which fields, and what each field's rule will do to them when it goes offline. Pure:
 * the record panel, DatoCMS's own button (onBeforeItemsUnpublish) and the bulk modal
 * each read the inputs their way and call `preflight`.
 *
 * Rules: see linkRules.ts [F]. Undocumented, and assumed here (each said to the editor
 * through a note): what a selective (per-locale) unpublish does to the links (the same as
 * a whole-record one: the wider effect), and whether records taken offline by an
 * `unpublish` rule take further records with them (not followed: one level is checked).
 */
import { recordTitle } from '../shared/recordTitle';
import {
  blockModelsIn,
  type FoundLink,
  findLinks,
  type LinkRule,
  linkRule,
  type RawField,
  type UnpublishStrategy,
} from './linkRules';

/** What a link does to the unpublish: refuse it, take the linking record offline too, or be removed. */
export type LinkEffect = 'blocks' | 'unpublish' | 'delete_references';
/** `unknown`: the record links here, but the plugin could not read through which field. */
export type RecordEffect = LinkEffect | 'unknown';

/** A record that links here, raw as `items.references` gives it. */
export type RawLinkingRecord = {
  id: string;
  attributes: Record<string, unknown>;
  relationships: { item_type: { data: { id: string } } };
  meta?: { status?: string | null };
};

/** The part of a model (the SDK's `ctx.itemTypes` entries) read here. */
export type ModelFacts = {
  attributes: { name: string };
  relationships?: { title_field?: { data: { id: string } | null } };
};

export type UnpublishScope = { scope: 'whole-record' } | { scope: 'locales'; locales: readonly string[] };

export type PreflightInput = {
  target: { id: string; modelId: string };
  scope: UnpublishScope;
  /** Published records linking to the target (`references`, version `published`). */
  linking: readonly RawLinkingRecord[];
  /** The fields of the linking records' models (and of their blocks' models). */
  fields: readonly RawField[];
  models: Partial<Record<string, ModelFacts>>;
  /** The locale record titles are read in first. */
  locale: string;
};

export type FieldLink = {
  fieldId: string;
  label: string;
  strategy: UnpublishStrategy;
  /** False: the field does not set a strategy, the documented default applies. */
  strategyGiven: boolean;
  required: boolean;
  effect: LinkEffect;
  /** Locales of the linking record where the link is (empty: not localized, or not seen). */
  locales: string[];
  inBlock: boolean;
};

export type LinkingRecord = {
  id: string;
  modelId: string;
  modelName: string;
  title: string;
  effect: RecordEffect;
  /** The fields concerned (several when more than one field links here). */
  fields: FieldLink[];
  /**
   * False when the link was not seen in the record's content (it may be only in its published
   * version): the fields are then the ones of its model that may link here, and the effect the
   * widest of theirs.
   */
  seen: boolean;
};

/** At most this many records are named per effect; the rest are counted. */
export const NAMED_PER_GROUP = 20;

export type EffectGroup = { effect: RecordEffect; named: LinkingRecord[]; more: number };

export type PreflightNote = 'per-locale-undocumented' | 'cascade-not-followed' | 'assumed-fields';

export type Preflight = {
  /** Non-empty groups, widest effect first. */
  groups: EffectGroup[];
  /** True when DatoCMS will refuse the unpublish (some link's rule is `fail`, or a required link). */
  blocked: boolean;
  total: number;
  notes: PreflightNote[];
};

const RANK: Record<RecordEffect, number> = { blocks: 3, unpublish: 2, delete_references: 1, unknown: 0 };
const GROUP_ORDER: RecordEffect[] = ['blocks', 'unpublish', 'delete_references', 'unknown'];

function effectOf(rule: LinkRule): LinkEffect {
  if (rule.strategy === 'fail') return 'blocks';
  if (rule.strategy === 'unpublish') return 'unpublish';
  // [F]: removing the link "will fail" when the field is required.
  return rule.required ? 'blocks' : 'delete_references';
}

function fieldLink(field: RawField, rule: LinkRule, found: readonly FoundLink[]): FieldLink {
  const locales = [...new Set(found.map((f) => f.locale).filter((l): l is string => l !== null))];
  return {
    fieldId: field.id,
    label: field.attributes.label,
    strategy: rule.strategy,
    strategyGiven: rule.strategyGiven,
    required: rule.required,
    effect: effectOf(rule),
    locales,
    inBlock: found.some((f) => f.inBlock),
  };
}

function widest(fields: readonly FieldLink[]): RecordEffect {
  return fields.reduce<RecordEffect>((acc, f) => (RANK[f.effect] > RANK[acc] ? f.effect : acc), 'unknown');
}

function analyseRecord(
  record: RawLinkingRecord,
  input: PreflightInput,
  fieldsOf: (modelId: string) => readonly RawField[],
): LinkingRecord {
  const modelId = record.relationships.item_type.data.id;
  const model = input.models[modelId];
  const titleFieldId = model?.relationships?.title_field?.data?.id;
  const titleKey = fieldsOf(modelId).find((f) => f.id === titleFieldId)?.attributes.api_key ?? null;
  const base = {
    id: record.id,
    modelId,
    modelName: model?.attributes.name ?? modelId,
    title: recordTitle(record, titleKey, input.locale),
  };

  const found = findLinks(record.attributes, modelId, input.target.id, fieldsOf);
  const byField = new Map<string, FoundLink[]>();
  for (const link of found) byField.set(link.field.id, [...(byField.get(link.field.id) ?? []), link]);
  const seenFields = [...byField.values()].flatMap((links) => {
    const [first] = links;
    const rule = first && linkRule(first.field);
    return first && rule ? [fieldLink(first.field, rule, links)] : [];
  });
  if (seenFields.length > 0) return { ...base, effect: widest(seenFields), fields: seenFields, seen: true };

  // Not in the content read: the published version links here through one of the model's
  // link fields that accept the target's model. Assume the widest of their effects.
  const candidates = fieldsOf(modelId).flatMap((field) => {
    const rule = linkRule(field);
    const accepts = rule && (rule.itemTypes === null || rule.itemTypes.includes(input.target.modelId));
    return rule && accepts ? [fieldLink(field, rule, [])] : [];
  });
  return { ...base, effect: widest(candidates), fields: candidates, seen: false };
}

function group(records: readonly LinkingRecord[]): EffectGroup[] {
  return GROUP_ORDER.flatMap((effect) => {
    const all = records.filter((r) => r.effect === effect);
    if (all.length === 0) return [];
    return [{ effect, named: all.slice(0, NAMED_PER_GROUP), more: Math.max(0, all.length - NAMED_PER_GROUP) }];
  });
}

/** What unpublishing the target (in `scope`) does to the records that link to it. */
export function preflight(input: PreflightInput): Preflight {
  const byModel = new Map<string, RawField[]>();
  for (const field of input.fields) {
    const modelId = field.relationships.item_type.data.id;
    byModel.set(modelId, [...(byModel.get(modelId) ?? []), field]);
  }
  const fieldsOf = (modelId: string) => byModel.get(modelId) ?? [];

  const seenIds = new Set<string>();
  const records = input.linking.flatMap((record) => {
    // A link to itself goes offline with it; a draft has no published version to keep coherent.
    if (record.id === input.target.id || record.meta?.status === 'draft' || seenIds.has(record.id)) return [];
    seenIds.add(record.id);
    return [analyseRecord(record, input, fieldsOf)];
  });

  const notes: PreflightNote[] = [];
  if (records.length > 0 && input.scope.scope === 'locales') notes.push('per-locale-undocumented');
  if (records.some((r) => r.effect === 'unpublish')) notes.push('cascade-not-followed');
  if (records.some((r) => !r.seen && r.effect !== 'unknown')) notes.push('assumed-fields');
  return {
    groups: group(records),
    blocked: records.some((r) => r.effect === 'blocks'),
    total: records.length,
    notes,
  };
}

/** The model ids whose fields `preflight` needs: the linking records' models and their blocks' models. */
export function modelsToLoad(linking: readonly RawLinkingRecord[]): string[] {
  return [...new Set(linking.flatMap((r) => [r.relationships.item_type.data.id, ...blockModelsIn(r.attributes)]))];
}
