// Types of what TypeScript code imports from panel.mjs: only src/core/config/e2eSettings.test.ts, which keeps
// the end-to-end tests' settings equal to the plugin's own factory defaults.
export const FACTORY_SETTINGS: Readonly<Record<string, unknown>>;

export function pluginParams(
  defaults?: Record<string, unknown>,
  models?: Record<string, Record<string, unknown>>,
): { version: number; defaults: Record<string, unknown>; models: Record<string, Record<string, unknown>> };
