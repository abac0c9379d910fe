// Types of rateLimit.mjs for TypeScript tests.

export const DEFAULT_RATE_LIMIT: Readonly<{ limit: number; windowMs: number }>;

export class RateLimiter {
  constructor(config: { limit?: number; windowMs?: number }, now?: () => number);
  readonly limit: number;
  readonly windowMs: number;
  configure(config: { limit?: number; windowMs?: number }): void;
  reset(): void;
  take(): {
    allowed: boolean;
    headers: Record<'x-ratelimit-limit' | 'x-ratelimit-remaining' | 'x-ratelimit-reset', string>;
  };
  stats(): { limit: number; windowMs: number; used: number; remaining: number; rejected: number };
}
