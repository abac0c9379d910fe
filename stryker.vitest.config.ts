// The Vitest setup Stryker runs (see stryker.config.mjs): the project's own, minus the fake CMA's tests,
// which do not exercise the core, plus a time cap on property tests (stryker.setup.ts).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default mergeConfig(
  base,
  defineConfig({ test: { include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['stryker.setup.ts'] } }),
);
