// One fake CMA per test file: started before its tests, reset before each one (state, log, faults), closed after.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type FakeCma, startFakeCma } from '../../fake-cma/server.mjs';

/** The test file's fake CMA, as a getter: it exists once `beforeAll` has run. */
export function fakeCmaPerFile(options: Parameters<typeof startFakeCma>[0]): () => FakeCma {
  let fake: FakeCma | undefined;
  beforeAll(async () => {
    fake = await startFakeCma(options);
  });
  afterAll(() => fake?.close());
  beforeEach(() => fake?.reset());
  return () => {
    if (!fake) throw new Error('The fake CMA starts in beforeAll: read it inside a test or a hook.');
    return fake;
  };
}
