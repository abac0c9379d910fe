import { otherEnvironments, readEnvironmentsAccess, recordPath } from './environments';

const env = (id: string, meta: Record<string, unknown>) => ({
  id,
  meta: { status: 'ready', read_only_mode: false, ...meta },
});
const ENVIRONMENTS = [
  env('main', { primary: true }),
  env('sandbox', { primary: false }),
  env('frozen', { primary: false, read_only_mode: true }),
  env('forking', { primary: false, status: 'creating' }),
  env('leaving', { primary: false, status: 'destroying' }),
];

describe('otherEnvironments', () => {
  it('offers only ready environments out of read-only mode, the current one left out, the primary first', () => {
    const options = otherEnvironments(ENVIRONMENTS, 'sandbox', 'all');
    expect(options.map((o) => [o.id, o.unavailable === null])).toEqual([
      ['main', true],
      ['forking', false],
      ['frozen', false],
      ['leaving', false],
    ]);
    expect(options.find((o) => o.id === 'frozen')?.unavailable).toMatch(/read-only/);
    expect(options.find((o) => o.id === 'forking')?.unavailable).toMatch(/being created/);
  });

  it.each([
    ['all', ['main', 'sandbox']],
    ['primary_only', ['main']],
    ['sandbox_only', ['sandbox']],
    ['none', []],
    [null, []],
  ] as const)('follows the role’s environments access %s', (access, reachable) => {
    const options = otherEnvironments(ENVIRONMENTS, 'elsewhere', access);
    expect(options.filter((o) => o.unavailable === null).map((o) => o.id)).toEqual(reachable);
  });

  it('reads an unknown access value as no access', () => {
    expect(readEnvironmentsAccess({ attributes: { environments_access: 'everything' } })).toBeNull();
    expect(readEnvironmentsAccess({ attributes: { environments_access: 'sandbox_only' } })).toBe('sandbox_only');
    expect(readEnvironmentsAccess(null)).toBeNull();
  });
});

describe('recordPath', () => {
  it('prefixes sandboxes only', () => {
    expect(recordPath({ id: 'main', primary: true }, 'm1', 'r1')).toBe('/editor/item_types/m1/items/r1/edit');
    expect(recordPath({ id: 'sandbox', primary: false }, 'm1', 'r1')).toBe(
      '/environments/sandbox/editor/item_types/m1/items/r1/edit',
    );
  });
});
