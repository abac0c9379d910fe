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

  it('says why each one cannot be picked, the role first', () => {
    const reasons = (access: 'all' | 'none') =>
      otherEnvironments(ENVIRONMENTS, 'main', access).map((o) => [o.id, o.primary, o.unavailable]);
    expect(reasons('all')).toEqual([
      ['forking', false, 'Still being created'],
      ['frozen', false, 'In read-only mode'],
      ['leaving', false, 'Not ready'],
      ['sandbox', false, null],
    ]);
    expect(reasons('none')).toEqual([
      ['forking', false, 'Your role has no access to it'],
      ['frozen', false, 'Your role has no access to it'],
      ['leaving', false, 'Your role has no access to it'],
      ['sandbox', false, 'Your role has no access to it'],
    ]);
  });

  it('takes only a true primary flag and read-only flag, and a missing status as not ready', () => {
    const odd = [
      { id: 'b', meta: { status: 'ready', primary: 'true', read_only_mode: 'true' } },
      { id: 'a', meta: { status: 'ready' } },
      { id: 'c', meta: {} },
    ];
    expect(otherEnvironments(odd, 'x', 'sandbox_only')).toEqual([
      { id: 'a', primary: false, unavailable: null },
      { id: 'b', primary: false, unavailable: null },
      { id: 'c', primary: false, unavailable: 'Not ready' },
    ]);
  });

  it('reads an unknown access value as no access', () => {
    for (const access of ['all', 'primary_only', 'sandbox_only', 'none'] as const) {
      expect(readEnvironmentsAccess({ attributes: { environments_access: access } })).toBe(access);
    }
    expect(readEnvironmentsAccess({})).toBeNull();
    expect(readEnvironmentsAccess(undefined)).toBeNull();
    expect(readEnvironmentsAccess({ attributes: { environments_access: 'everything' } })).toBeNull();
    expect(readEnvironmentsAccess({ attributes: { environments_access: 'sandbox_only' } })).toBe('sandbox_only');
    expect(readEnvironmentsAccess(null)).toBeNull();
  });

  it('puts the primary environment first wherever it comes in the list, then the others by name', () => {
    const listed = [env('beta', {}), env('alpha', {}), env('zz-live', { primary: true }), env('current', {})];
    for (const environments of [listed, [...listed].reverse()]) {
      expect(otherEnvironments(environments, 'current', 'all').map((o) => o.id)).toEqual(['zz-live', 'alpha', 'beta']);
    }
  });
});

describe('recordPath', () => {
  it('prefixes sandboxes only', () => {
    expect(recordPath({ id: 'main', primary: true }, 'm1', 'r1')).toBe('/editor/item_types/m1/items/r1/edit');
    expect(recordPath({ id: 'sandbox', primary: false }, 'm1', 'r1')).toBe(
      '/environments/sandbox/editor/item_types/m1/items/r1/edit',
    );
  });

  it('encodes each part of the path', () => {
    expect(recordPath({ id: 'my env', primary: false }, 'm/1', 'r?1')).toBe(
      '/environments/my%20env/editor/item_types/m%2F1/items/r%3F1/edit',
    );
  });
});
