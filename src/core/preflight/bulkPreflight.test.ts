import { isWrite, skipRefused } from '../bulk/bulkPlan';
import { lineText } from '../bulk/reportMessages';
import type { ApiFailure } from '../shared/apiFailure';
import { createLocaleNamer } from '../shared/localeNames';
import { gatherBulkLinks, MAX_BULK_CHECKS, refusedById } from './bulkPreflight';
import { bulkCheckProgress, bulkLinksNote, refusedSkipText } from './preflightMessages';
import { checked, edited, failing, linking, offline, required, TARGET } from './testFixtures';

const offlineAndEdited = linking('r-both', { title: 'Both', author: TARGET.id, related: [TARGET.id] });

describe('gatherBulkLinks', () => {
  it('sorts the selected records: refused (nothing else said of their links), the others’ records by effect', () => {
    const links = gatherBulkLinks(
      [
        checked('a', 'A', [failing, offline]),
        checked('b', 'B', [required]),
        checked('c', 'C', [offline, edited, offlineAndEdited]),
        checked('d', 'D', [edited]),
        { recordId: 'e', title: 'E', check: { kind: 'not-checked', reason: 'DatoCMS answered HTTP 500' } },
      ],
      3,
    );
    expect(links.refused.map((r) => [r.recordId, r.blocking.named.map((n) => n.id)])).toEqual([
      ['a', ['r-fail']],
      ['b', ['r-required']],
    ]);
    // "Goes offline" links to A too, but A is not sent: only C takes it offline.
    expect(links.offline.map((o) => [o.record.id, o.targets])).toEqual([
      ['r-offline', ['C']],
      ['r-both', ['C']],
    ]);
    // One record, two targets; the one also going offline is not "edited".
    expect(links.edited.map((o) => [o.record.id, o.targets])).toEqual([['r-edited', ['C', 'D']]]);
    expect(links.notChecked).toEqual([{ title: 'E', reason: 'DatoCMS answered HTTP 500' }]);
    expect(links.unchecked).toBe(3);
    expect(links.noneLink).toBe(false);
    expect(links.notes).toEqual(['cascade-not-followed']);
    expect([...refusedById(links).keys()]).toEqual(['a', 'b']);
  });

  it('says when nothing links to any record, only when every record was checked', () => {
    const none = [checked('a', 'A', []), checked('b', 'B', [])];
    expect(gatherBulkLinks(none, 0).noneLink).toBe(true);
    expect(gatherBulkLinks(none, 1).noneLink).toBe(false);
    expect(gatherBulkLinks([], 0).noneLink).toBe(false);
  });
});

describe('bulkLinksNote', () => {
  it('names the refused records with what blocks each, then what goes offline and what is edited', () => {
    const links = gatherBulkLinks(
      [checked('a', 'A', [failing]), checked('b', 'B', [required]), checked('c', 'C', [offline, edited])],
      0,
    );
    expect(bulkLinksNote(links, 'en')).toBe(
      'Skipped, because DatoCMS would refuse to unpublish them while published records link to them through a field that does not allow it: “A” (linked from “Refuses” (Post): its field “Label of sponsor” does not allow it); “B” (linked from “Required” (Post): its field “Label of hero” would lose the link, but it is required). Remove those links, or unpublish those records first. Also going offline (their link field says so): “Goes offline” (Post), through “Label of author”, linking to “C”. Staying live, with the link removed: “Edited” (Post), through “Label of related”, linking to “C”. Records that link to the records going offline may be affected in turn: the plugin checks only the records that link here directly.',
    );
  });

  it('names the first few, counts the rest: refused records, their blocking records, listed records', () => {
    const blockers = Array.from({ length: 5 }, (_, i) => linking(`f${i}`, { title: `F${i}`, sponsor: TARGET.id }));
    const many = Array.from({ length: 7 }, (_, i) => checked(`s${i}`, `S${i}`, blockers));
    const cascading = Array.from({ length: 5 }, (_, i) => linking(`o${i}`, { title: `O${i}`, author: TARGET.id }));
    const note = bulkLinksNote(gatherBulkLinks([...many, checked('c', 'C', cascading)], 0), 'en');
    expect(note).toContain('“S0” (linked from “F0” (Post): its field “Label of sponsor” does not allow it; “F1”');
    expect(note).toContain('“F2” (Post): its field “Label of sponsor” does not allow it; and 2 more records)');
    expect(note).toContain('“S4” (linked from');
    expect(note).not.toContain('“S5”');
    expect(note).toContain('; and 2 more records. Remove those links');
    expect(note).toContain('“O2” (Post), through “Label of author”, linking to “C”; and 2 more records.');
  });

  it('says which could not be checked and why, how many were not checked past the bound, and never blocks', () => {
    const links = gatherBulkLinks(
      [{ recordId: 'e', title: 'E', check: { kind: 'not-checked', reason: 'DatoCMS answered HTTP 500' } }],
      12,
    );
    expect(links.refused).toEqual([]);
    expect(bulkLinksNote(links, 'en')).toBe(
      `“E” could not be checked (DatoCMS answered HTTP 500): DatoCMS may refuse it, or take records that link to it offline too. 12 records not checked (the plugin checks the first ${MAX_BULK_CHECKS} of a run): DatoCMS may refuse some of them, or take records that link to them offline too.`,
    );
  });

  it('says when no published record links to the records checked', () => {
    expect(bulkLinksNote(gatherBulkLinks([checked('a', 'A', [])], 0), 'en')).toBe(
      'No published record links to the records checked.',
    );
  });

  it('counts the check’s progress', () => {
    expect(bulkCheckProgress(3, 20)).toBe('Checked the links of 3 of 20 records');
  });
});

describe('the run skips the records DatoCMS would refuse', () => {
  const plan = {
    environment: 'main',
    records: [
      {
        recordId: 'a',
        step: { kind: 'unpublish' as const, request: { scope: 'whole-record' as const }, offline: ['en'] },
      },
      {
        recordId: 'c',
        step: { kind: 'unpublish' as const, request: { scope: 'whole-record' as const }, offline: ['en'] },
      },
      { recordId: 'x', step: { kind: 'skip' as const, reason: { kind: 'not-live' as const } } },
    ],
  };
  const links = gatherBulkLinks([checked('a', 'A', [failing]), checked('c', 'C', [offline])], 0);
  const skipped = skipRefused(plan, refusedById(links));
  const words = { uiLocale: 'en', name: createLocaleNamer('en'), title: (id: string) => id, environmentLabel: String };

  it('turns the refused record’s write into a skip, leaving the others', () => {
    expect(skipped.records.map((r) => [r.recordId, isWrite(r.step), r.step.kind])).toEqual([
      ['a', false, 'skip'],
      ['c', true, 'unpublish'],
      ['x', false, 'skip'],
    ]);
  });

  it('the report says why, naming the records that link there', () => {
    const step = skipped.records[0]?.step;
    if (step?.kind !== 'skip') throw new Error('expected a skip');
    const text =
      'Skipped: DatoCMS would refuse it, because records link here through a field that does not allow it: “Refuses” (Post): its field “Label of sponsor” does not allow it. Remove those links, or unpublish those records first.';
    expect(lineText({ kind: 'skipped', reason: step.reason }, { kind: 'now' }, words)).toBe(text);
    if (step.reason.kind !== 'linked-refuses') throw new Error('expected linked-refuses');
    expect(refusedSkipText(step.reason.blocking, 'en')).toBe(text);
  });

  it('a write DatoCMS refused with PUBLISHED_REFERENCES names the linking records’ ids', () => {
    const failure: ApiFailure = {
      kind: 'api',
      status: 422,
      errors: [
        {
          code: 'PUBLISHED_REFERENCES',
          details: { references: [{ item_id: 'rec-post-fail', field: 'category', referenced_item_id: 'c' }] },
        },
      ],
    };
    expect(lineText({ kind: 'failed', phase: 'write', failure }, { kind: 'now' }, words)).toMatch(
      /^Failed: Nothing was unpublished\. Published records link to this record .* Linked from: record rec-post-fail\.$/,
    );
  });
});
