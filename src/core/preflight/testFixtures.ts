/** Builders of raw fields and records (as the CMA and the SDK give them) for the pre-flight's tests. */
import type { BulkCheck } from './bulkPreflight';
import type { RawField } from './linkRules';
import { type ModelFacts, type PreflightInput, preflight, type RawLinkingRecord } from './preflight';

export const TARGET = { id: 'rec-target', modelId: 'model-author' };

const VALIDATOR: Record<string, string> = {
  link: 'item_item_type',
  links: 'items_item_type',
  structured_text: 'structured_text_links',
};

export function linkField(
  id: string,
  fieldType: 'link' | 'links' | 'structured_text',
  options: {
    strategy?: string;
    required?: boolean;
    localized?: boolean;
    model?: string;
    itemTypes?: string[];
    apiKey?: string;
  } = {},
): RawField {
  const rule: Record<string, unknown> = { item_types: options.itemTypes ?? [TARGET.modelId] };
  if (options.strategy !== undefined) rule.on_reference_unpublish_strategy = options.strategy;
  return {
    id,
    attributes: {
      api_key: options.apiKey ?? id,
      label: `Label of ${id}`,
      field_type: fieldType,
      localized: options.localized ?? false,
      validators: { [VALIDATOR[fieldType] ?? 'none']: rule, ...(options.required ? { required: {} } : {}) },
    },
    relationships: { item_type: { data: { id: options.model ?? 'model-post' } } },
  };
}

export function otherField(id: string, fieldType: string, model = 'model-post', localized = false): RawField {
  return {
    id,
    attributes: { api_key: id, label: `Label of ${id}`, field_type: fieldType, localized, validators: {} },
    relationships: { item_type: { data: { id: model } } },
  };
}

export function linking(
  id: string,
  attributes: Record<string, unknown>,
  model = 'model-post',
  status = 'published',
): RawLinkingRecord {
  return { id, attributes, relationships: { item_type: { data: { id: model } } }, meta: { status } };
}

export const MODELS: Record<string, ModelFacts> = {
  'model-post': { attributes: { name: 'Post' }, relationships: { title_field: { data: { id: 'title' } } } },
  'model-page': { attributes: { name: 'Page' }, relationships: { title_field: { data: null } } },
};

export const TITLE = otherField('title', 'string');

/** A structured-text value linking to `ids` (an itemLink and an inlineItem), with optional blocks. */
export function dast(ids: string[], blocks: unknown[] = []): unknown {
  return {
    schema: 'dast',
    document: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: ids.map((id, i) =>
            i % 2 === 0 ? { type: 'itemLink', item: id, children: [] } : { type: 'inlineItem', item: id },
          ),
        },
        ...blocks.map((item) => ({ type: 'block', item })),
      ],
    },
  };
}

export function block(model: string, attributes: Record<string, unknown>): unknown {
  return { type: 'item', id: `block-${model}`, attributes, relationships: { item_type: { data: { id: model } } } };
}

export function input(partial: Partial<PreflightInput>): PreflightInput {
  return {
    target: TARGET,
    scope: { scope: 'whole-record' },
    linking: [],
    fields: [TITLE],
    models: MODELS,
    locale: 'en',
    ...partial,
  };
}

/** One field of each strategy (and a required one), and a published record linking through each. */
export const EFFECT_FIELDS = [
  TITLE,
  linkField('author', 'link', { strategy: 'unpublish' }),
  linkField('hero', 'link', { strategy: 'delete_references', required: true }),
  linkField('related', 'links', { strategy: 'delete_references' }),
  linkField('sponsor', 'link', { strategy: 'fail' }),
];
export const offline = linking('r-offline', { title: 'Goes offline', author: TARGET.id });
export const edited = linking('r-edited', { title: 'Edited', related: [TARGET.id] });
export const required = linking('r-required', { title: 'Required', hero: TARGET.id });
export const failing = linking('r-fail', { title: 'Refuses', sponsor: TARGET.id });

/** The bulk modal's check of the selected record `recordId` (titled `title`), linked from `records`. */
export function checked(recordId: string, title: string, records: ReturnType<typeof linking>[]): BulkCheck {
  const target = { ...TARGET, id: recordId };
  const linkingHere = records.map((r) => ({
    ...r,
    attributes: JSON.parse(JSON.stringify(r.attributes).replaceAll(TARGET.id, recordId)),
  }));
  return {
    recordId,
    title,
    check: { kind: 'checked', preflight: preflight(input({ target, fields: EFFECT_FIELDS, linking: linkingHere })) },
  };
}
