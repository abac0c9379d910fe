// The plugin's own words, read from its core message modules (TypeScript, loaded through
// Vite's module runner), so that a test asserts what the plugin says, not a copy of it.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

/** A module of src/core/, e.g. `bulk/bulkMessages.ts`. */
export async function coreModule(file) {
  const { module } = await runnerImport(fileURLToPath(new URL(`../src/core/${file}`, import.meta.url)), {
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}

/** The text as a regular expression that matches it literally. */
export const literally = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
