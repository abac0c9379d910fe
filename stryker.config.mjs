// Mutation testing of the pure core (`npm run mutate`; slow, so not part of `npm test`).
// Iterate on one file with `npm run mutate -- --mutate src/core/<domain>/<file>.ts`.
// https://stryker-mutator.io/docs/stryker-js/configuration/
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // The unit tests under src/ (stryker.vitest.config.ts leaves out the fake CMA's own tests).
  vitest: { configFile: 'stryker.vitest.config.ts', related: false },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.test.ts', '!src/core/**/testFixtures.ts'],
  coverageAnalysis: 'perTest',
  // A static mutant (a module-level constant, such as a message table) can only be tested by re-running the whole
  // suite. Stryker estimated them at 91 % of a full run's time (231 of the core's 4,707 mutants in November 2026), so
  // they are left out of the score; the report lists them as "Ignored".
  ignoreStatic: true,
  // Re-runs only the mutants whose code or tests changed since the last run (reports/stryker-incremental.json);
  // `npm run mutate -- --force` runs them all.
  incremental: true,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  // The score table and each survivor, without the list of tests that ran for it.
  clearTextReporter: { logTests: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // Two cores shared with other work: one test process besides Stryker itself.
  concurrency: 1,
  // Property tests are capped at a second each under Stryker (stryker.setup.ts), so 10 s past the usual time is a hang.
  timeoutMS: 10_000,
  thresholds: { high: 95, low: 90, break: null },
};
