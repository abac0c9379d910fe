/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // DatoCMS loads the plugin from dist/index.html: assets must resolve relative to it.
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  // public/ holds the marketplace images (package.json's datoCmsPlugin block): not part of the bundle.
  publicDir: false,
  test: {
    globals: true,
    // The core is pure and the API layer talks to the fake CMA: no DOM needed; the UI is tested in Chromium.
    environment: 'node',
    // Property tests and the fake's HTTP tests run hundreds of cases: 5 s is too tight on a loaded 2-core machine.
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}', 'fake-cma/**/*.test.ts'],
  },
});
