/** The words that count records: one or several, and the ones past those named. */
import { gatherBulkLinks } from './bulkPreflight';
import { preflight } from './preflight';
import {
  blockedReason,
  blockingLines,
  bulkCheckProgress,
  bulkLinksNote,
  confirmationNote,
  nativeRefusalReason,
  refusedSkipText,
} from './preflightMessages';
import { EFFECT_FIELDS, failing, input, linking, TARGET } from './testFixtures';

/** A pre-flight where `count` records refuse (a `fail` link), titled F0, F1… */
const refusing = (count: number) =>
  preflight(
    input({
      fields: EFFECT_FIELDS,
      linking: Array.from({ length: count }, (_, i) => linking(`f${i}`, { title: `F${i}`, sponsor: TARGET.id })),
    }),
  );
const blocksGroup = (count: number) => {
  const group = refusing(count).groups[0];
  if (group?.effect !== 'blocks') throw new Error('expected a blocking group');
  return group;
};

describe('blockedReason (in the Unpublish button’s place)', () => {
  it('speaks of one record in the singular', () => {
    expect(blockedReason(preflight(input({ fields: EFFECT_FIELDS, linking: [failing] })))).toBe(
      'Not sent: DatoCMS would refuse it, because 1 published record links here through a field that does not allow it. Remove the link or unpublish it first, then try again.',
    );
  });

  it('counts the records past the 20 named too', () => {
    expect(blockedReason(refusing(22))).toMatch(
      /^Not sent: DatoCMS would refuse it, because 22 published records link /,
    );
  });
});

describe('the records past the first 20', () => {
  it('are not counted when there are none: the records are named one after the other', () => {
    const two = [
      linking('r1', { title: 'One', author: TARGET.id }),
      linking('r2', { title: 'Two', author: TARGET.id }),
    ];
    expect(confirmationNote(preflight(input({ fields: EFFECT_FIELDS, linking: two })), 'en')).toBe(
      ' Published records link here. Go offline too (their link field says so): “One” (Post), through “Label of author”; “Two” (Post), through “Label of author”. Records that link to the records going offline may be affected in turn: the plugin checks only the records that link here directly.',
    );
  });

  it('are counted in the confirmation, in the plural', () => {
    const many = Array.from({ length: 22 }, (_, i) => linking(`r${i}`, { title: `P${i}`, author: TARGET.id }));
    const note = confirmationNote(preflight(input({ fields: EFFECT_FIELDS, linking: many })), 'en');
    expect(note).toContain('“P19” (Post), through “Label of author”. …and 2 more records. Records that link');
  });

  it('are counted when DatoCMS’s own button is refused', () => {
    expect(nativeRefusalReason('Author A', refusing(22), 'en')).toMatch(
      /“F19” \(Post\): its field “Label of sponsor” does not allow it\. …and 2 more records\. Remove the link from them, or unpublish them first\.$/,
    );
  });
});

describe('the bulk modal names 3 blocking records per selected record and counts the rest', () => {
  it('one more, in the singular', () => {
    expect(refusedSkipText(blocksGroup(4), 'en')).toBe(
      'Skipped: DatoCMS would refuse it, because records link here through a field that does not allow it: “F0” (Post): its field “Label of sponsor” does not allow it; “F1” (Post): its field “Label of sponsor” does not allow it; “F2” (Post): its field “Label of sponsor” does not allow it; and 1 more record. Remove those links, or unpublish those records first.',
    );
  });

  it('counting those past the 20 the pre-flight names', () => {
    expect(blockingLines(blocksGroup(22), 'en')).toMatch(/; “F2” \(Post\): [^;]*; and 19 more records$/);
  });
});

describe('the bulk modal’s counts', () => {
  it('one record, in the singular', () => {
    expect(bulkCheckProgress(0, 1)).toBe('Checked the links of 0 of 1 record');
    expect(bulkLinksNote(gatherBulkLinks([], 1), 'en')).toBe(
      '1 record not checked (the plugin checks the first 20 of a run): DatoCMS may refuse it, or take records that link to it offline too.',
    );
  });

  it('names every record that could not be checked, and speaks of them in the plural', () => {
    const links = gatherBulkLinks(
      [
        { recordId: 'e', title: 'E', check: { kind: 'not-checked', reason: 'DatoCMS did not answer in time' } },
        { recordId: 'f', title: 'F', check: { kind: 'not-checked', reason: 'your role may not read them' } },
      ],
      0,
    );
    expect(bulkLinksNote(links, 'en')).toBe(
      '“E” could not be checked (DatoCMS did not answer in time); “F” could not be checked (your role may not read them): DatoCMS may refuse them, or take records that link to them offline too.',
    );
  });
});
