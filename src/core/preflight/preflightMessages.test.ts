import { preflight } from './preflight';
import {
  blockedReason,
  confirmationNote,
  nativeBlockedReason,
  nativeRefusalReason,
  nativeWarnLine,
  recordLine,
} from './preflightMessages';
import { EFFECT_FIELDS, edited, failing, input, linkField, linking, offline, required, TARGET } from './testFixtures';

describe('confirmationNote', () => {
  it('names every record grouped by effect, widest first, then the notes', () => {
    const result = preflight(
      input({ scope: { scope: 'locales', locales: ['it'] }, fields: EFFECT_FIELDS, linking: [edited, offline] }),
    );
    expect(confirmationNote(result, 'en')).toBe(
      ' Published records link here. Go offline too (their link field says so): “Goes offline” (Post), through “Label of author”. Stay live, with the link to this record removed: “Edited” (Post), through “Label of related”. DatoCMS’s documentation does not say what happens to these links when only some locales go offline: the plugin assumes the same as for the whole record. Records that link to the records going offline may be affected in turn: the plugin checks only the records that link here directly.',
    );
  });

  it('says nothing when nothing links here', () => {
    expect(confirmationNote(preflight(input({})), 'en')).toBe('');
  });

  it('counts the records past the first 20', () => {
    const many = Array.from({ length: 21 }, (_, i) => linking(`r${i}`, { title: `P${i}`, author: TARGET.id }));
    const note = confirmationNote(preflight(input({ fields: EFFECT_FIELDS, linking: many })), 'en');
    expect(note).toContain('“P19” (Post), through “Label of author”. …and 1 more record.');
    expect(note).not.toContain('P20');
  });
});

describe('why DatoCMS would refuse', () => {
  it('says which field does not allow it, or which required field would lose the link', () => {
    const result = preflight(input({ fields: EFFECT_FIELDS, linking: [failing, required] }));
    expect(result.groups[0]?.named.map((r) => recordLine(r, 'en'))).toEqual([
      '“Refuses” (Post): its field “Label of sponsor” does not allow it',
      '“Required” (Post): its field “Label of hero” would lose the link, but it is required',
    ]);
    expect(blockedReason(result)).toBe(
      'Not sent: DatoCMS would refuse it, because 2 published records link here through a field that does not allow it. Remove the link or unpublish them first, then try again.',
    );
  });

  it('names the blocking records for DatoCMS’s own button', () => {
    const result = preflight(input({ fields: EFFECT_FIELDS, linking: [failing, offline] }));
    expect(nativeRefusalReason('Author A', result, 'en')).toBe(
      '“Author A” cannot be unpublished while these published records link to it: “Refuses” (Post): its field “Label of sponsor” does not allow it. Remove the link from them, or unpublish them first.',
    );
  });
});

describe('DatoCMS’s own button', () => {
  it('gives the model’s rule as the reason when whole-record unpublish is off', () => {
    expect(nativeBlockedReason('Article', true)).toMatch(
      /^“Article”: unpublishing the whole record is turned off for this model, and DatoCMS’s Unpublish button does not tell the plugin which locales/,
    );
    expect(nativeBlockedReason('Article', false)).toMatch(/^“Article”: this project’s settings send unpublishing/);
  });

  it('warns per record, with the model’s rule and what else goes offline', () => {
    const result = preflight(input({ fields: EFFECT_FIELDS, linking: [offline] }));
    expect(nativeWarnLine('Author A', result, true, 'en')).toMatch(
      /^“Author A”: Unpublishing the whole record is turned off for its model: .* Go offline too \(their link field says so\): “Goes offline” \(Post\)/,
    );
    expect(nativeWarnLine('Author B', preflight(input({})), false, 'en')).toBe(
      '“Author B”: No published record links to it.',
    );
  });
});

describe('why a record blocks, when it links through several fields', () => {
  const fields = [
    ...EFFECT_FIELDS,
    linkField('hero2', 'link', { strategy: 'delete_references', required: true }),
    linkField('sponsor2', 'link', { strategy: 'fail' }),
  ];
  const lineOf = (attributes: Record<string, unknown>) => {
    const result = preflight(input({ fields, linking: [linking('r', { title: 'R', ...attributes })] }));
    const [record] = result.groups[0]?.named ?? [];
    return record && recordLine(record, 'en');
  };

  it('names only the fields that block, not those that take it offline or remove the link', () => {
    expect(lineOf({ sponsor: TARGET.id, author: TARGET.id, related: [TARGET.id] })).toBe(
      '“R” (Post): its field “Label of sponsor” does not allow it',
    );
  });

  it('says the fields do not allow it when one of them is not a required one', () => {
    expect(lineOf({ hero: TARGET.id, sponsor: TARGET.id })).toBe(
      '“R” (Post): its fields “Label of hero” and “Label of sponsor” do not allow it',
    );
    expect(lineOf({ sponsor: TARGET.id, sponsor2: TARGET.id })).toBe(
      '“R” (Post): its fields “Label of sponsor” and “Label of sponsor2” do not allow it',
    );
  });

  it('says the fields are required when every one of them is', () => {
    expect(lineOf({ hero: TARGET.id, hero2: TARGET.id })).toBe(
      '“R” (Post): its fields “Label of hero” and “Label of hero2” would lose the link, but they are required',
    );
  });
});

describe('a record linking through a field the plugin could not read', () => {
  it('is named alone, with its model’s id, and no field', () => {
    const result = preflight(input({ linking: [linking('rec-x', { name: 'X' }, 'model-unloaded')] }));
    const [record] = result.groups[0]?.named ?? [];
    expect(record && recordLine(record, 'en')).toBe('“Record rec-x” (model-unloaded)');
    expect(confirmationNote(result, 'en')).toBe(
      ' Published records link here. Link here through a field the plugin could not read (DatoCMS applies that field’s rule): “Record rec-x” (model-unloaded).',
    );
  });
});
