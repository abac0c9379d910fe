import type { RawField } from './linkRules';
import { modelsToLoad, type Preflight, preflight } from './preflight';
import { block, dast, input, linkField, linking, otherField, TARGET, TITLE } from './testFixtures';

/** A block field of the post (`content`) and a block model whose `who` link field refuses the unpublish. */
const QUOTE_FIELDS = [TITLE, linkField('who', 'link', { strategy: 'fail', model: 'block-quote' })];
const quote = (who: string) => block('block-quote', { who });

const found = (result: Preflight) =>
  result.groups.map((g) => [g.effect, g.named.map((r) => [r.id, r.seen, r.fields.map((f) => [f.fieldId, f.inBlock])])]);

const withContent = (type: string, value: unknown, localized = false) =>
  preflight(
    input({
      fields: [...QUOTE_FIELDS, otherField('content', type, 'model-post', localized)],
      linking: [linking('rec-post', { title: 'P', content: value })],
    }),
  );

describe('preflight: links inside the blocks of every kind of block field', () => {
  it.each([
    ['modular content (rich_text)', 'rich_text', [quote('rec-other'), quote(TARGET.id)]],
    ['a single block', 'single_block', quote(TARGET.id)],
    ['a structured-text block', 'structured_text', dast([], [quote(TARGET.id)])],
    [
      'a structured-text inline block',
      'structured_text',
      { schema: 'dast', document: { type: 'root', children: [{ type: 'inlineBlock', item: quote(TARGET.id) }] } },
    ],
  ])('finds the link in %s and applies the block field’s rule', (_label, type, value) => {
    expect(found(withContent(type, value))).toEqual([['blocks', [['rec-post', true, [['who', true]]]]]]);
  });

  it('says in which locale of a localized block field the link is', () => {
    const result = withContent('rich_text', { en: [quote('rec-other')], it: [quote(TARGET.id)] }, true);
    expect(result.groups[0]?.named[0]?.fields[0]?.locales).toEqual(['it']);
  });

  it.each([
    ['an empty single block', 'single_block', null],
    ['modular content with a hole', 'rich_text', [null, 'block-id-only']],
    ['a block with no model', 'single_block', { type: 'item', attributes: { who: TARGET.id } }],
    ['a block field holding something else', 'rich_text', 'text'],
  ])('reads no link from %s, and does not throw', (_label, type, value) => {
    // Not seen, and the post's own fields cannot link here: the effect is not known.
    expect(found(withContent(type, value))).toEqual([['unknown', [['rec-post', false, []]]]]);
  });
});

describe('preflight: structured text that links elsewhere', () => {
  it('does not take a link to another record for a link here', () => {
    const fields = [TITLE, linkField('body', 'structured_text', { strategy: 'unpublish' })];
    const result = preflight(input({ fields, linking: [linking('rec-post', { body: dast(['rec-a', 'rec-b']) })] }));
    // The link is not in the content read: the field is assumed, not seen.
    expect(result.groups[0]?.named[0]).toMatchObject({ effect: 'unpublish', seen: false });
    expect(result.notes).toContain('assumed-fields');
  });

  /** A document whose only link here is `depth` levels below its root. */
  const deep = (depth: number) => {
    let node: Record<string, unknown> = { type: 'itemLink', item: TARGET.id, children: [] };
    for (let i = 0; i < depth; i++) node = { type: 'list', children: [node] };
    return { schema: 'dast', document: node };
  };

  it('reads a document 48 levels deep, and no deeper (a runaway document is not followed)', () => {
    const fields = [TITLE, linkField('body', 'structured_text', { strategy: 'unpublish' })];
    const seen = (depth: number) =>
      preflight(input({ fields, linking: [linking('rec-post', { body: deep(depth) })] })).groups[0]?.named[0]?.seen;
    expect(seen(48)).toBe(true);
    expect(seen(49)).toBe(false);
  });
});

describe('preflight: a validator set to null', () => {
  it('is no validator: a null `required` does not make the field required', () => {
    const field = linkField('rel', 'link', { strategy: 'delete_references' });
    field.attributes.validators = { ...field.attributes.validators, required: null };
    const result = preflight(input({ fields: [TITLE, field], linking: [linking('rec-post', { rel: TARGET.id })] }));
    expect(result.groups[0]?.named[0]?.fields[0]).toMatchObject({ required: false, effect: 'delete_references' });
    expect(result.blocked).toBe(false);
  });
});

describe('blocks nested in blocks, and how deep they are followed', () => {
  /** `levels` blocks nested in the post's `content`, each of model `block-<level>`; the deepest links here. */
  function chain(levels: number): { record: ReturnType<typeof linking>; fields: RawField[] } {
    const fields: RawField[] = [TITLE, otherField('content', 'rich_text')];
    let inner: unknown = null;
    for (let level = levels; level >= 1; level--) {
      const model = `block-${level}`;
      fields.push(otherField(`inner-${level}`, 'rich_text', model));
      fields.push(linkField(`who-${level}`, 'link', { strategy: 'fail', model }));
      const attributes = level === levels ? { [`who-${level}`]: TARGET.id } : { [`inner-${level}`]: [inner] };
      inner = block(model, attributes);
    }
    return { record: linking('rec-post', { title: 'P', content: [inner] }), fields };
  }

  it('loads the models of the blocks whose fields the pre-flight reads: 12 levels deep', () => {
    const models = Array.from({ length: 12 }, (_, i) => `block-${i + 1}`);
    expect(modelsToLoad([chain(14).record])).toEqual(['model-post', ...models]);
    const twelve = chain(12);
    expect(modelsToLoad([twelve.record])).toEqual(['model-post', ...models]);
    const result = preflight(input({ fields: twelve.fields, linking: [twelve.record] }));
    expect(found(result)).toEqual([['blocks', [['rec-post', true, [['who-12', true]]]]]]);
  });

  it('does not follow a 13th level: the link there is not known', () => {
    const thirteen = chain(13);
    const result = preflight(input({ fields: thirteen.fields, linking: [thirteen.record] }));
    expect(found(result)).toEqual([['unknown', [['rec-post', false, []]]]]);
  });
});

describe('modelsToLoad', () => {
  it('gives the linking records’ models and their blocks’ models, in every kind of block field, once each', () => {
    const records = [
      linking('r1', {
        title: 'Hello',
        empty: null,
        rel: TARGET.id,
        list: [TARGET.id],
        modular: [block('block-a', {}), block('block-b', { nested: block('block-c', {}) })],
        single: block('block-d', {}),
        body: dast([TARGET.id], [block('block-e', {})]),
        localized: { en: [block('block-f', {})], it: block('block-a', {}) },
        localizedBody: { en: dast([], [block('block-g', {})]) },
      }),
      linking('r2', { body: dast([TARGET.id]) }, 'model-page'),
      linking('r3', { title: 'again' }),
    ];
    expect(modelsToLoad(records)).toEqual([
      'model-post',
      'block-a',
      'block-b',
      'block-c',
      'block-d',
      'block-e',
      'block-f',
      'block-g',
      'model-page',
    ]);
  });

  it('leaves out what is not a block given in full (an id, a block with no model)', () => {
    const records = [
      linking('r1', {
        modular: ['block-id', null, { type: 'item', id: 'b', attributes: {} }],
        single: { attributes: {}, relationships: { item_type: { data: null } } },
      }),
    ];
    expect(modelsToLoad(records)).toEqual(['model-post']);
  });
});
