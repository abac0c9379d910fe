/**
 * What a link field does when a record it links to is unpublished, and where in a
 * record's content a link to a given record sits.
 *
 * Sources:
 * [F] datocms.com/docs/content-management-api/resources/field (validators `item_item_type`,
 *     `items_item_type`, `structured_text_links`: `on_reference_unpublish_strategy` is `fail`
 *     (default on link and links), `unpublish` or `delete_references` (default on structured-text
 *     links), and `delete_references` "will fail" when the field has a `required` validation);
 *     the same text is in @datocms/cma-client's `fieldTypes/validators/*.ts`.
 * [R] datocms.com/docs/content-management-api/resources/item/references (`nested`: blocks come
 *     as full objects instead of ids).
 */

export type UnpublishStrategy = 'fail' | 'unpublish' | 'delete_references';

/** A field as the CMA and the SDK give it (raw JSON:API), reduced to what is read here. */
export type RawField = {
  id: string;
  attributes: {
    api_key: string;
    label: string;
    field_type: string;
    localized: boolean;
    validators: Record<string, unknown>;
  };
  relationships: { item_type: { data: { id: string } } };
};

export type LinkRule = {
  strategy: UnpublishStrategy;
  /** False when the validator leaves the strategy out and the documented default applies [F]. */
  strategyGiven: boolean;
  required: boolean;
  /** The models this field may link to, or null when the validator does not say. */
  itemTypes: string[] | null;
};

/** The validator that carries the unpublish strategy, and its default, per field type [F]. */
const LINK_FIELDS: Record<string, { validator: string; fallback: UnpublishStrategy }> = {
  link: { validator: 'item_item_type', fallback: 'fail' },
  links: { validator: 'items_item_type', fallback: 'fail' },
  structured_text: { validator: 'structured_text_links', fallback: 'delete_references' },
};

const STRATEGIES: readonly string[] = ['fail', 'unpublish', 'delete_references'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field's rule for unpublished links, or null when it cannot link to records. */
export function linkRule(field: RawField): LinkRule | null {
  const kind = LINK_FIELDS[field.attributes.field_type];
  if (!kind) return null;
  const validators = isObject(field.attributes.validators) ? field.attributes.validators : {};
  const validator = validators[kind.validator];
  const options = isObject(validator) ? validator : {};
  const given = options.on_reference_unpublish_strategy;
  const strategyGiven = typeof given === 'string' && STRATEGIES.includes(given);
  const itemTypes = Array.isArray(options.item_types)
    ? options.item_types.filter((id): id is string => typeof id === 'string')
    : null;
  return {
    strategy: strategyGiven ? (given as UnpublishStrategy) : kind.fallback,
    strategyGiven,
    required: validators.required !== undefined && validators.required !== null,
    itemTypes,
  };
}

// ---------------------------------------------------------------------------
// Where the links are

/** A block inside a record's content, as `references` gives it with `nested: true` [R]. */
type NestedBlock = { attributes: Record<string, unknown>; modelId: string };

const MAX_DEPTH = 12;

function asBlock(value: unknown): NestedBlock | null {
  if (!isObject(value) || !isObject(value.attributes)) return null;
  const relationships = value.relationships;
  const itemType = isObject(relationships) ? relationships.item_type : undefined;
  const data = isObject(itemType) ? itemType.data : undefined;
  const modelId = isObject(data) ? data.id : undefined;
  return typeof modelId === 'string' ? { attributes: value.attributes, modelId } : null;
}

/** Visits every node of a structured-text document (`{ schema: 'dast', document }`). */
function visitDast(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const document = isObject(value) ? value.document : undefined;
  const walk = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > MAX_DEPTH * 4) return;
    visit(node);
    if (Array.isArray(node.children)) for (const child of node.children) walk(child, depth + 1);
  };
  walk(document, 0);
}

/** Whether this value of a link field of this type links to `targetId` (not looking inside blocks). */
function linksTo(fieldType: string, value: unknown, targetId: string): boolean {
  if (fieldType === 'link') return value === targetId;
  if (fieldType === 'links') return Array.isArray(value) && value.includes(targetId);
  // structured_text, the other link field (LINK_FIELDS).
  let found = false;
  visitDast(value, (node) => {
    if ((node.type === 'itemLink' || node.type === 'inlineItem') && node.item === targetId) found = true;
  });
  return found;
}

/** The blocks held by this value of a field of this type (only those given in full). */
function blocksIn(fieldType: string, value: unknown): NestedBlock[] {
  const found: NestedBlock[] = [];
  const add = (candidate: unknown) => {
    const block = asBlock(candidate);
    if (block) found.push(block);
  };
  if (fieldType === 'rich_text' && Array.isArray(value)) value.forEach(add);
  if (fieldType === 'single_block') add(value);
  if (fieldType === 'structured_text') {
    visitDast(value, (node) => {
      if (node.type === 'block' || node.type === 'inlineBlock') add(node.item);
    });
  }
  return found;
}

/** A link to the target found in a record's content. */
export type FoundLink = {
  field: RawField;
  /** The locale of the (localized) field or block field where it is; null when not localized. */
  locale: string | null;
  inBlock: boolean;
};

/**
 * Every link to `targetId` in `attributes` (a record's, or a block's), following blocks
 * whose model's fields are known. `fieldsOf` gives a model's fields (empty when unknown).
 */
export function findLinks(
  attributes: Record<string, unknown>,
  modelId: string,
  targetId: string,
  fieldsOf: (modelId: string) => readonly RawField[],
  inBlock = false,
  outerLocale: string | null = null,
  depth = 0,
): FoundLink[] {
  if (depth > MAX_DEPTH) return [];
  const found: FoundLink[] = [];
  for (const field of fieldsOf(modelId)) {
    const value = attributes[field.attributes.api_key];
    const perLocale: [string | null, unknown][] =
      field.attributes.localized && isObject(value) ? Object.entries(value) : [[outerLocale, value]];
    for (const [locale, localeValue] of perLocale) {
      const type = field.attributes.field_type;
      if (linkRule(field) && linksTo(type, localeValue, targetId)) found.push({ field, locale, inBlock });
      for (const block of blocksIn(type, localeValue)) {
        found.push(...findLinks(block.attributes, block.modelId, targetId, fieldsOf, true, locale, depth + 1));
      }
    }
  }
  return found;
}

/**
 * The models of the blocks given in full in `attributes` (to load their fields), nested ones included
 * as deep as `findLinks` reads them (a block found at `depth` holds blocks at `depth + 1`).
 */
export function blockModelsIn(attributes: Record<string, unknown>, depth = 0): string[] {
  if (depth >= MAX_DEPTH) return [];
  const models = new Set<string>();
  const visitValue = (value: unknown) => {
    for (const type of ['rich_text', 'single_block', 'structured_text']) {
      for (const block of blocksIn(type, value)) {
        models.add(block.modelId);
        for (const inner of blockModelsIn(block.attributes, depth + 1)) models.add(inner);
      }
    }
  };
  for (const value of Object.values(attributes)) {
    visitValue(value);
    // A localized field: `{ en: value, it: value }`.
    if (isObject(value) && !asBlock(value) && value.schema !== 'dast') Object.values(value).forEach(visitValue);
  }
  return [...models];
}
