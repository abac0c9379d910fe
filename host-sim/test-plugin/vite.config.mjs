// Builds the probe plugin (the real datocms-plugin-sdk, bundled) that the
// harness self-test runs inside the host simulator. The caller picks outDir.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { emptyOutDir: true, target: 'es2022' },
});
