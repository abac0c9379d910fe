/** Which records the pre-flight counts, and how it names them. */
import type { RawLinkingRecord } from './preflight';
import { type ModelFacts, preflight } from './preflight';
import { input, linkField, linking, MODELS, TARGET, TITLE } from './testFixtures';

describe('preflight: how a linking record is named', () => {
  const models: Record<string, ModelFacts> = {
    ...MODELS,
    'model-bare': { attributes: { name: 'Bare' } },
    'model-empty': { attributes: { name: 'Empty' }, relationships: {} },
  };
  const fields = ['model-page', 'model-bare', 'model-empty'].map((model) =>
    linkField(`rel-${model}`, 'link', { strategy: 'unpublish', model }),
  );
  const named = (model: string) => {
    const record = linking(`rec-${model}`, { [`rel-${model}`]: TARGET.id }, model);
    const result = preflight(input({ fields: [TITLE, ...fields], models, linking: [record] }));
    const [first] = result.groups[0]?.named ?? [];
    return first && [first.title, first.modelName];
  };

  it.each([
    ['a model without a title field', 'model-page', 'Page'],
    ['a model that gives no relationships', 'model-bare', 'Bare'],
    ['a model that gives no title_field', 'model-empty', 'Empty'],
  ])('names a record of %s by its id, never by another field’s value', (_label, model, modelName) => {
    expect(named(model)).toEqual([`Record rec-${model}`, modelName]);
  });

  it('names a record by its title field', () => {
    const result = preflight(
      input({
        fields: [linkField('rel', 'link', { strategy: 'unpublish' }), TITLE],
        linking: [linking('rec-post', { rel: TARGET.id, title: 'The title' })],
      }),
    );
    expect(result.groups[0]?.named[0]?.title).toBe('The title');
  });
});

describe('preflight: which records count', () => {
  const fields = [TITLE, linkField('rel', 'link', { strategy: 'fail' })];

  it('counts a record whose status is not given', () => {
    const record: RawLinkingRecord = {
      id: 'rec-no-meta',
      attributes: { rel: TARGET.id },
      relationships: { item_type: { data: { id: 'model-post' } } },
    };
    const result = preflight(input({ fields, linking: [record] }));
    expect([result.total, result.blocked]).toEqual([1, true]);
  });

  it('leaves the record itself, drafts and repeats out of the count', () => {
    const result = preflight(
      input({
        fields,
        linking: [
          linking(TARGET.id, { rel: TARGET.id }),
          linking('rec-draft', { rel: TARGET.id }, 'model-post', 'draft'),
          linking('rec-post', { rel: TARGET.id }),
          linking('rec-post', { rel: TARGET.id }),
        ],
      }),
    );
    expect(result.total).toBe(1);
    expect(result.groups.map((g) => [g.effect, g.named.length, g.more])).toEqual([['blocks', 1, 0]]);
  });
});

describe('preflight: a link not in the content read', () => {
  it('assumes the candidate fields, in no locale and not in a block', () => {
    const localized = [TITLE, linkField('rel', 'link', { strategy: 'unpublish', localized: true })];
    const result = preflight(input({ fields: localized, linking: [linking('rec-post', { rel: { en: 'rec-x' } })] }));
    expect(result.groups[0]?.named[0]).toMatchObject({ seen: false, effect: 'unpublish' });
    expect(result.groups[0]?.named[0]?.fields).toMatchObject([{ fieldId: 'rel', locales: [], inBlock: false }]);
    expect(result.notes).toEqual(['cascade-not-followed', 'assumed-fields']);
  });

  it('assumes nothing, and says nothing of it, when the model’s fields are not known', () => {
    const result = preflight(input({ linking: [linking('rec-x', { name: 'X' }, 'model-unloaded')] }));
    expect(result.notes).toEqual([]);
  });
});
