/** The bulk modal: records linking to several selected records, and when "nothing links" may be said. */
import { type BulkCheck, gatherBulkLinks } from './bulkPreflight';
import { preflight } from './preflight';
import { bulkLinksNote } from './preflightMessages';
import { checked, edited, failing, input, linking, offline, TARGET } from './testFixtures';

/** A check of `recordId` where the fields of the linking records' model could not be loaded. */
function unread(recordId: string, title: string, records: ReturnType<typeof linking>[]): BulkCheck {
  const linkingHere = records.map((r) => ({ ...r, attributes: { ...r.attributes, author: recordId } }));
  const result = preflight(input({ target: { ...TARGET, id: recordId }, fields: [], linking: linkingHere }));
  return { recordId, title, check: { kind: 'checked', preflight: result } };
}

const notChecked: BulkCheck = { recordId: 'n', title: 'N', check: { kind: 'not-checked', reason: 'why' } };
const lists = (links: ReturnType<typeof gatherBulkLinks>) =>
  (['offline', 'edited', 'unknown'] as const).map((key) => [key, links[key].map((e) => [e.record.id, e.targets])]);

describe('gatherBulkLinks: a record linking to several selected records', () => {
  it('goes offline through one, so is not said to stay live with the link removed from another', () => {
    const viaAuthor = linking('r-x', { title: 'X', author: TARGET.id });
    const viaRelated = linking('r-x', { title: 'X', related: [TARGET.id] });
    expect(lists(gatherBulkLinks([checked('c', 'C', [viaAuthor]), checked('d', 'D', [viaRelated])], 0))).toEqual([
      ['offline', [['r-x', ['C']]]],
      ['edited', []],
      ['unknown', []],
    ]);
  });

  it('goes offline through one, so is not listed with the unread fields of another', () => {
    const post = linking('r-x', { title: 'X' });
    const links = gatherBulkLinks([unread('c', 'C', [post]), checked('d', 'D', [offline])], 0);
    expect(lists(links)).toEqual([
      ['offline', [['r-offline', ['D']]]],
      ['edited', []],
      ['unknown', [['r-x', ['C']]]],
    ]);
    const both = gatherBulkLinks([unread('c', 'C', [offline]), checked('d', 'D', [offline])], 0);
    expect(lists(both)).toEqual([
      ['offline', [['r-offline', ['D']]]],
      ['edited', []],
      ['unknown', []],
    ]);
  });

  it('names each selected record it links to once, even when two have the same title', () => {
    const links = gatherBulkLinks([checked('a', 'Home', [offline]), checked('b', 'Home', [offline])], 0);
    expect(bulkLinksNote(links, 'en')).toMatch(
      /^Also going offline \(their link field says so\): .*, linking to “Home”\./,
    );
  });
});

describe('gatherBulkLinks: "no published record links" is said only when nothing else is', () => {
  it.each<[string, BulkCheck[]]>([
    ['one refused, one going offline', [checked('a', 'A', [failing]), checked('c', 'C', [offline])]],
    ['one going offline, one edited', [checked('c', 'C', [offline]), checked('d', 'D', [edited])]],
    ['one edited, one unread', [checked('d', 'D', [edited]), unread('e', 'E', [linking('r-u', {})])]],
    ['one unread, one not checked', [unread('e', 'E', [linking('r-u', {})]), notChecked]],
  ])('not with %s', (_label, checks) => {
    expect(gatherBulkLinks(checks, 0).noneLink).toBe(false);
  });
});
