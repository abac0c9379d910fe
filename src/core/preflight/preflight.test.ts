import { type LinkEffect, NAMED_PER_GROUP, type Preflight, preflight, type UnpublishScope } from './preflight';
import { block, dast, input, linkField, linking, TARGET, TITLE } from './testFixtures';

const WHOLE: UnpublishScope = { scope: 'whole-record' };
const LOCALES: UnpublishScope = { scope: 'locales', locales: ['it'] };

/** The value of a field of this type that links to the target (and to another record). */
function valueLinking(type: 'link' | 'links' | 'structured_text'): unknown {
  if (type === 'link') return TARGET.id;
  if (type === 'links') return ['rec-other', TARGET.id];
  return dast(['rec-other', TARGET.id]);
}

const effects = (result: Preflight) => result.groups.map((g) => [g.effect, g.named.map((r) => r.id), g.more]);

describe('preflight: strategy × required × scope, one linking record', () => {
  type Type = 'link' | 'links' | 'structured_text';
  /** [field type, strategy saved (undefined: none), required, effect, strategy that applies]. */
  type Row = [type: Type, saved: string | undefined, required: boolean, effect: LinkEffect, applies: string];
  const rows: Row[] = [
    ['link', 'fail', false, 'blocks', 'fail'],
    ['link', 'fail', true, 'blocks', 'fail'],
    ['link', 'unpublish', false, 'unpublish', 'unpublish'],
    ['link', 'unpublish', true, 'unpublish', 'unpublish'],
    ['link', 'delete_references', false, 'delete_references', 'delete_references'],
    ['link', 'delete_references', true, 'blocks', 'delete_references'],
    ['links', 'fail', false, 'blocks', 'fail'],
    ['links', 'unpublish', false, 'unpublish', 'unpublish'],
    ['links', 'delete_references', false, 'delete_references', 'delete_references'],
    ['structured_text', 'fail', false, 'blocks', 'fail'],
    ['structured_text', 'unpublish', true, 'unpublish', 'unpublish'],
    ['structured_text', 'delete_references', false, 'delete_references', 'delete_references'],
    ['structured_text', 'delete_references', true, 'blocks', 'delete_references'],
    // The documented defaults when the validator leaves the strategy out.
    ['link', undefined, false, 'blocks', 'fail'],
    ['links', undefined, false, 'blocks', 'fail'],
    ['structured_text', undefined, false, 'delete_references', 'delete_references'],
    ['structured_text', undefined, true, 'blocks', 'delete_references'],
    // An unknown strategy is read as the default, never as something milder.
    ['link', 'something_new', false, 'blocks', 'fail'],
  ];
  const table = rows.flatMap(([type, saved, required, effect, applies]) =>
    [WHOLE, LOCALES].map((scope) => [type, saved ?? '(none)', required, scope.scope, effect, applies, scope] as const),
  );

  it.each(table)(
    '%s field, strategy %s, required %s, %s unpublish → %s',
    (type, saved, required, _s, effect, applies, scope) => {
      const strategy = saved === '(none)' ? undefined : saved;
      const field = linkField('rel', type, { strategy, required });
      const result = preflight(
        input({
          scope,
          fields: [TITLE, field],
          linking: [linking('rec-post', { title: 'A post', rel: valueLinking(type) })],
        }),
      );
      expect(effects(result)).toEqual([[effect, ['rec-post'], 0]]);
      expect(result.blocked).toBe(effect === 'blocks');
      expect(result.total).toBe(1);
      const [record] = result.groups[0]?.named ?? [];
      expect(record).toMatchObject({ title: 'A post', modelName: 'Post', seen: true });
      expect(record?.fields).toEqual([
        {
          fieldId: 'rel',
          label: 'Label of rel',
          strategy: applies,
          strategyGiven: strategy === applies,
          required,
          effect,
          locales: [],
          inBlock: false,
        },
      ]);
      // Only a selective unpublish carries the note that the docs are silent on locales.
      expect(result.notes.includes('per-locale-undocumented')).toBe(scope.scope === 'locales');
      expect(result.notes.includes('cascade-not-followed')).toBe(effect === 'unpublish');
    },
  );
});

describe('preflight: what links and how it is read', () => {
  it('says nothing, and notes nothing, when no record links here', () => {
    expect(preflight(input({ scope: LOCALES }))).toEqual({ groups: [], blocked: false, total: 0, notes: [] });
  });

  it('takes the widest effect of a record linking through several fields, and names them all', () => {
    const fields = [
      TITLE,
      linkField('cover', 'link', { strategy: 'delete_references' }),
      linkField('author', 'link', { strategy: 'unpublish' }),
      linkField('body', 'structured_text'),
    ];
    const record = linking('rec-post', { title: 'P', cover: TARGET.id, author: TARGET.id, body: dast([TARGET.id]) });
    const [only] = preflight(input({ fields, linking: [record] })).groups;
    expect(only?.effect).toBe('unpublish');
    expect(only?.named[0]?.fields.map((f) => [f.fieldId, f.effect])).toEqual([
      ['cover', 'delete_references'],
      ['author', 'unpublish'],
      ['body', 'delete_references'],
    ]);
  });

  it('ignores link fields that link elsewhere', () => {
    const fields = [
      TITLE,
      linkField('a', 'link', { strategy: 'fail' }),
      linkField('b', 'links', { strategy: 'unpublish' }),
    ];
    const record = linking('rec-post', { a: 'rec-other', b: [TARGET.id] });
    expect(effects(preflight(input({ fields, linking: [record] })))).toEqual([['unpublish', ['rec-post'], 0]]);
  });

  it('reads localized links per locale and says where they are', () => {
    const fields = [TITLE, linkField('rel', 'link', { strategy: 'unpublish', localized: true })];
    const record = linking('rec-post', { rel: { en: 'rec-other', it: TARGET.id, es: TARGET.id } });
    const [group] = preflight(input({ fields, linking: [record] })).groups;
    expect(group?.named[0]?.fields[0]?.locales).toEqual(['it', 'es']);
  });

  it('finds links inside blocks (nested) and applies the block field’s rule', () => {
    const fields = [
      TITLE,
      { ...linkField('content', 'structured_text', { strategy: 'delete_references' }) },
      linkField('quote_author', 'link', { strategy: 'fail', model: 'block-quote' }),
    ];
    const record = linking('rec-post', {
      content: dast([], [block('block-quote', { quote_author: TARGET.id })]),
    });
    const result = preflight(input({ fields, linking: [record] }));
    expect(result.blocked).toBe(true);
    expect(result.groups[0]?.named[0]?.fields).toMatchObject([{ fieldId: 'quote_author', inBlock: true }]);
  });

  it('assumes the widest of the model’s candidate fields when the link is not in the content read', () => {
    const fields = [
      TITLE,
      linkField('a', 'link', { strategy: 'delete_references' }),
      linkField('b', 'links', { strategy: 'fail' }),
      linkField('c', 'link', { strategy: 'unpublish', itemTypes: ['model-elsewhere'] }),
    ];
    const result = preflight(input({ fields, linking: [linking('rec-post', { title: 'Edited since' })] }));
    expect(effects(result)).toEqual([['blocks', ['rec-post'], 0]]);
    expect(result.groups[0]?.named[0]).toMatchObject({ seen: false });
    expect(result.groups[0]?.named[0]?.fields.map((f) => f.fieldId)).toEqual(['a', 'b']);
    expect(result.notes).toContain('assumed-fields');
  });

  it('says the effect is unknown (and does not block) when the model’s fields are not known', () => {
    const result = preflight(input({ linking: [linking('rec-x', { name: 'X' }, 'model-unloaded')] }));
    expect(effects(result)).toEqual([['unknown', ['rec-x'], 0]]);
    expect(result.blocked).toBe(false);
    expect(result.groups[0]?.named[0]).toMatchObject({ modelName: 'model-unloaded', title: 'Record rec-x' });
  });

  it('leaves out the record itself, drafts, and repeats', () => {
    const fields = [TITLE, linkField('rel', 'link', { strategy: 'fail' })];
    const result = preflight(
      input({
        fields,
        linking: [
          linking(TARGET.id, { rel: TARGET.id }),
          linking('rec-draft', { rel: TARGET.id }, 'model-post', 'draft'),
          linking('rec-post', { rel: TARGET.id }, 'model-post', 'updated'),
          linking('rec-post', { rel: TARGET.id }),
        ],
      }),
    );
    expect(effects(result)).toEqual([['blocks', ['rec-post'], 0]]);
  });

  it('groups widest first, names the first 20 of a group and counts the rest', () => {
    const fields = [
      TITLE,
      linkField('rel', 'link', { strategy: 'unpublish' }),
      linkField('ref', 'link', { strategy: 'fail' }),
    ];
    const many = Array.from({ length: 25 }, (_, i) => linking(`rec-${i}`, { title: `Post ${i}`, rel: TARGET.id }));
    const result = preflight(input({ fields, linking: [...many, linking('rec-blocker', { ref: TARGET.id })] }));
    expect(result.groups.map((g) => [g.effect, g.named.length, g.more])).toEqual([
      ['blocks', 1, 0],
      ['unpublish', NAMED_PER_GROUP, 5],
    ]);
    expect(result.groups[1]?.named.map((r) => r.title)).toEqual(many.slice(0, 20).map((_, i) => `Post ${i}`));
    expect(result.total).toBe(26);
  });

  it('never lets a malformed value or validator throw', () => {
    const odd = linkField('rel', 'links', { strategy: 'unpublish' });
    odd.attributes.validators = { items_item_type: 'nonsense', required: null } as unknown as Record<string, unknown>;
    const st = linkField('body', 'structured_text');
    const record = linking('rec-post', {
      rel: { not: 'a list' },
      body: { schema: 'dast', document: { children: 'x' } },
    });
    expect(() => preflight(input({ fields: [TITLE, odd, st], linking: [record] }))).not.toThrow();
  });
});
