import { type LinkCheck, MAX_NATIVE_CHECKS, type NativeItem, nativeRefusal, nativeWarning } from './nativeButton';
import { preflight } from './preflight';
import { input, linkField, linking, TARGET, TITLE } from './testFixtures';

const item = (id: string, changes: Partial<NativeItem> = {}): NativeItem => ({
  id,
  modelId: 'model-author',
  title: `Title ${id}`,
  modelName: 'Author',
  mode: 'warn',
  allowWholeRecord: true,
  ...changes,
});

const FIELDS = [
  TITLE,
  linkField('sponsor', 'link', { strategy: 'fail' }),
  linkField('author', 'link', { strategy: 'unpublish' }),
];
const checked = (...records: ReturnType<typeof linking>[]): LinkCheck => ({
  kind: 'checked',
  preflight: preflight(input({ fields: FIELDS, linking: records })),
});

describe('nativeRefusal (block mode)', () => {
  it('refuses with the model’s rule when whole-record unpublish is off, once per model', () => {
    const message = nativeRefusal([
      item('a', { mode: 'block', allowWholeRecord: false }),
      item('b', { mode: 'block', allowWholeRecord: false }),
      item('c', { mode: 'allow', modelName: 'Page' }),
    ]);
    expect(message).toBe(
      '“Author”: unpublishing the whole record is turned off for this model, and DatoCMS’s Unpublish button does not tell the plugin which locales it takes offline, so it is not allowed here. Use the “Unpublish locales” panel in the record’s sidebar instead.',
    );
  });

  it('refuses a blocked model even when whole-record unpublish is allowed, naming every blocking model', () => {
    const message = nativeRefusal([item('a', { mode: 'block' }), item('b', { mode: 'block', modelName: 'Page' })]);
    expect(message).toMatch(/^“Author”: this project’s settings send unpublishing .* “Page”: this project’s settings/);
  });

  it('does not refuse when no model blocks', () => {
    expect(nativeRefusal([item('a'), item('b', { mode: 'allow' })])).toBeNull();
  });
});

describe('nativeWarning (warn mode)', () => {
  it('turns into a refusal naming the records when DatoCMS would refuse (a fail link)', () => {
    const warning = nativeWarning(
      [item('a'), item('b')],
      [checked(), checked(linking('r1', { title: 'Sponsor page', sponsor: TARGET.id }))],
      'en',
    );
    expect(warning).toEqual({
      kind: 'refuse',
      message:
        '“Title b” cannot be unpublished while these published records link to it: “Sponsor page” (Post): its field “Label of sponsor” does not allow it. Remove the link from them, or unpublish them first.',
    });
  });

  it('asks, naming what goes offline too, the model’s rule, and what could not be checked', () => {
    const warning = nativeWarning(
      [item('a', { allowWholeRecord: false }), item('b'), item('c')],
      [
        checked(linking('r1', { title: 'Post one', author: TARGET.id })),
        { kind: 'not-checked', reason: 'no token' },
        checked(),
      ],
      'en',
    );
    expect(warning.kind).toBe('confirm');
    if (warning.kind !== 'confirm') return;
    expect(warning.title).toBe('Unpublish with DatoCMS’s button?');
    expect(warning.content).toBe(
      [
        'DatoCMS’s button does not tell the plugin which locales go offline, so this assumes the whole records.',
        '“Title a”: Unpublishing the whole record is turned off for its model: pick locales in DatoCMS’s Unpublish menu, not the whole record. Published records link here. Go offline too (their link field says so): “Post one” (Post), through “Label of author”. Records that link to the records going offline may be affected in turn: the plugin checks only the records that link here directly.',
        '“Title b”: The records that link here could not be checked (no token): DatoCMS may refuse this unpublish, or take records that link here offline too.',
        '“Title c”: No published record links to it.',
      ].join(' '),
    );
  });

  it(`says how many records past the first ${MAX_NATIVE_CHECKS} were not checked`, () => {
    const items = Array.from({ length: MAX_NATIVE_CHECKS + 3 }, (_, i) => item(`r${i}`));
    const checks = items.slice(0, MAX_NATIVE_CHECKS).map(() => checked());
    const warning = nativeWarning(items, checks, 'en');
    expect(warning.kind === 'confirm' && warning.content.endsWith(' 3 more records were not checked.')).toBe(true);
  });
});

describe('nativeWarning: one record, several refusals', () => {
  it('speaks of one record in the singular, and of one record not checked', () => {
    const warning = nativeWarning([item('a'), item('b')], [checked()], 'en');
    expect(warning.kind === 'confirm' && warning.content).toBe(
      'DatoCMS’s button does not tell the plugin which locales go offline, so this assumes the whole records. “Title a”: No published record links to it. 1 more record was not checked.',
    );
    const one = nativeWarning([item('a')], [checked()], 'en');
    expect(one.kind === 'confirm' && one.content).toBe(
      'DatoCMS’s button does not tell the plugin which locales go offline, so this assumes the whole record. “Title a”: No published record links to it.',
    );
  });

  it('gives every refusal, one after the other', () => {
    const sponsor = checked(linking('r1', { title: 'Sponsor page', sponsor: TARGET.id }));
    const warning = nativeWarning([item('a'), item('b')], [sponsor, sponsor], 'en');
    expect(warning.kind === 'refuse' && warning.message).toMatch(
      /^“Title a” cannot be unpublished .* unpublish them first\. “Title b” cannot be unpublished .* unpublish them first\.$/,
    );
  });
});
