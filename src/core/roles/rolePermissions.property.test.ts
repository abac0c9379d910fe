import fc from 'fast-check';
import { type UnpublishPermission, unpublishPermission } from './rolePermissions';
import type { RecordFacts } from './roleRules';
import { ENV, role } from './testFixtures';

describe('unpublishPermission: properties', () => {
  const id = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: null });
  const ruleArb: fc.Arbitrary<unknown> = fc.oneof(
    fc.record({
      action: fc.constantFrom('all', 'read', 'create', 'update', 'publish', 'delete', 'move_to_stage', 'unpublish'),
      environment: fc.constantFrom(ENV, 'sandbox'),
      item_type: id(['article', 'page']),
      workflow: id(['wf1', 'wf2']),
      on_stage: id(['draft', 'review']),
      to_stage: fc.option(fc.constant('done'), { nil: null, freq: 1 }),
      on_creator: fc.constantFrom('anyone', 'self', 'role', null),
      localization_scope: fc.constantFrom('all', 'localized', 'not_localized', null, 'weird'),
      locale: id(['en', 'it', 'es', 'de']),
    }),
    fc.anything(),
  );
  const recordArb: fc.Arbitrary<RecordFacts> = fc.record({
    itemTypeId: fc.constantFrom('article', 'page'),
    itemTypeName: fc.constantFrom('Article', 'Page', ''),
    environment: fc.constantFrom(ENV, 'sandbox'),
    siteLocales: fc.subarray(['en', 'it', 'es', 'fr']),
    creatorIsCurrentUser: fc.boolean(),
    stageId: id(['draft', 'review']),
    workflowId: id(['wf1', 'wf2']),
  });
  const rulesArb = fc.array(ruleArb, { maxLength: 5 });

  function grants(p: UnpublishPermission): Set<string> {
    return new Set([...p.locales, ...(p.wholeRecord ? ['(whole record)'] : [])]);
  }

  it('is well formed: site locales in site order, a reason exactly when something is withheld', () => {
    fc.assert(
      fc.property(rulesArb, rulesArb, recordArb, (positive, negative, record) => {
        const p = unpublishPermission(role(positive, negative), record);
        expect(p.locales).toEqual(record.siteLocales.filter((l) => p.locales.includes(l)));
        if (p.wholeRecord) expect(p.locales).toEqual(record.siteLocales);
        expect(p.reason === null).toBe(p.wholeRecord && p.locales.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('never grants more for an added negative rule, nor less for an added positive one', () => {
    fc.assert(
      fc.property(rulesArb, rulesArb, ruleArb, recordArb, (positive, negative, extra, record) => {
        const base = grants(unpublishPermission(role(positive, negative), record));
        const moreNegative = grants(unpublishPermission(role(positive, [...negative, extra]), record));
        const morePositive = grants(unpublishPermission(role([...positive, extra], negative), record));
        for (const g of moreNegative) expect(base.has(g)).toBe(true);
        for (const g of base) expect(morePositive.has(g)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('grants nothing without a positive rule', () => {
    fc.assert(
      fc.property(rulesArb, recordArb, (negative, record) => {
        const p = unpublishPermission(role([], negative), record);
        expect(p.locales).toEqual([]);
        expect(p.wholeRecord).toBe(false);
      }),
    );
  });
});
