import fc from 'fast-check';
import type { RawField } from './linkRules';
import { NAMED_PER_GROUP, preflight } from './preflight';
import { input, linkField, linking, TARGET, TITLE } from './testFixtures';

const typeArb = fc.constantFrom('link' as const, 'links' as const, 'structured_text' as const);
const strategyArb = fc.constantFrom(undefined, 'fail', 'unpublish', 'delete_references', 'odd');

const fieldsArb = fc.array(
  fc.record({ type: typeArb, strategy: strategyArb, required: fc.boolean(), localized: fc.boolean() }),
  { minLength: 1, maxLength: 4 },
);

/** A field's value: linking here or not, possibly localized, possibly junk. */
function valueFor(field: RawField, links: boolean, junk: unknown): unknown {
  if (junk !== undefined) return junk;
  const target = links ? TARGET.id : 'rec-elsewhere';
  const type = field.attributes.field_type;
  const values: Record<string, unknown> = {
    link: target,
    links: [target],
    structured_text: { schema: 'dast', document: { children: [{ type: 'itemLink', item: target }] } },
  };
  const value = values[type];
  return field.attributes.localized ? { en: value } : value;
}

describe('preflight: properties', () => {
  it('never throws, names at most 20 per effect, counts every record once, blocks exactly when a record blocks', () => {
    fc.assert(
      fc.property(
        fieldsArb,
        fc.array(
          fc.record({
            links: fc.array(fc.boolean(), { maxLength: 4 }),
            junk: fc.option(fc.anything({ maxDepth: 3, maxKeys: 4 })),
          }),
          {
            maxLength: 45,
          },
        ),
        fc.boolean(),
        (fieldSpecs, recordSpecs, selective) => {
          const fields = fieldSpecs.map((spec, i) => linkField(`f${i}`, spec.type, spec));
          const records = recordSpecs.map((spec, r) =>
            linking(
              `r${r}`,
              Object.fromEntries(
                fields.map((field, i) => [
                  field.attributes.api_key,
                  valueFor(field, spec.links[i] ?? false, i === 0 ? (spec.junk ?? undefined) : undefined),
                ]),
              ),
            ),
          );
          const result = preflight(
            input({
              fields: [TITLE, ...fields],
              linking: records,
              scope: selective ? { scope: 'locales', locales: ['en'] } : { scope: 'whole-record' },
            }),
          );
          const counted = result.groups.reduce((sum, g) => sum + g.named.length + g.more, 0);
          expect(counted).toBe(records.length);
          expect(result.total).toBe(records.length);
          for (const group of result.groups) {
            expect(group.named.length).toBeLessThanOrEqual(NAMED_PER_GROUP);
            expect(group.named.every((r) => r.effect === group.effect)).toBe(true);
          }
          expect(result.blocked).toBe(result.groups.some((g) => g.effect === 'blocks'));
          // A record's effect is never milder than any of its fields' effects.
          const rank = { blocks: 3, unpublish: 2, delete_references: 1, unknown: 0 };
          for (const record of result.groups.flatMap((g) => g.named)) {
            for (const field of record.fields) expect(rank[record.effect]).toBeGreaterThanOrEqual(rank[field.effect]);
          }
          expect(result.notes.includes('per-locale-undocumented')).toBe(selective && records.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);
});
