/** The API failures the apiFailure.*.test.ts files share. */
import type { ApiFailure } from './apiFailure';

/** An API failure with these codes (empty details). */
export const api = (status: number, ...codes: string[]) => ({
  kind: 'api' as const,
  status,
  errors: codes.map((code) => ({ code, details: {} })),
});

/** One error entry, as the client parses it from the body. */
export const entry = (status: number, code: string, details: Record<string, unknown>): ApiFailure => ({
  kind: 'api',
  status,
  errors: [{ code, details }],
});
