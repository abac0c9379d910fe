/**
 * When the next request of a bulk run may leave, decided from the rate-limit
 * headers the CMA answers with, read at run time. Pure: the clock is passed in.
 *
 * The CMA's technical limits page (datocms.com/docs/content-management-api/technical-limits):
 * `X-RateLimit-Limit` is "the maximum amount of requests which can be made in 3 seconds",
 * `X-RateLimit-Remaining` "the remaining amount of requests which can be made until the next
 * 3-seconds reset", `X-RateLimit-Reset` "if present, the number of seconds until the next
 * request can be made" (above 0 on a 429). The limit differs by plan, so it is never assumed:
 * it is read from every answer. The window's length is not in any header; the page names it.
 *
 * - Limit known: never more than `limit` starts in any window (plus a margin for the time
 *   requests take to arrive), and never more than `remaining` after an answer said so (other
 *   tabs and tools share the budget).
 * - Headers unreadable (a browser only shows a cross-origin answer's headers when the server
 *   exposes them): a few requests at a time, one more after each run of answers without a 429,
 *   half as many after a 429 (additive increase, multiplicative decrease). The first 429 also
 *   teaches the limit: the answers that went through before it; later 429s lower that estimate.
 * - A 429: nothing leaves until the reset it names (or a doubling back-off when it names none).
 */

export type RateHeaders = { limit: number | null; remaining: number | null; resetSeconds: number | null };

export type PacerOptions = {
  /** The window the limit counts over: 3 s on the technical limits page (not in any header). */
  windowMs: number;
  /** Added to each window: requests reach the server a little after they leave. */
  marginMs: number;
  /** Requests in flight at most (a browser keeps few connections per host). */
  maxInFlight: number;
  /** Without readable headers: requests in flight at first, and answers without a 429 before one more. */
  fallback: { start: number; growEvery: number };
  /** After a 429 that names no reset: the first pause, doubled each time up to `maxBackoffMs`. */
  backoffMs: number;
  maxBackoffMs: number;
};

export type PacerDecision = { kind: 'go' } | { kind: 'wait'; ms: number } | { kind: 'full' };

export type PacerSnapshot = {
  /** From the headers. */
  limit: number | null;
  /** Learnt from 429s when the headers cannot be read. */
  estimatedLimit: number | null;
  inFlight: number;
  /** In-flight cap without readable headers. */
  fallbackConcurrency: number;
  pausedUntil: number;
  rateLimited: number;
};

export const DEFAULT_PACER_OPTIONS: PacerOptions = Object.freeze({
  windowMs: 3000,
  marginMs: 50,
  maxInFlight: 6,
  fallback: Object.freeze({ start: 2, growEvery: 10 }),
  backoffMs: 1000,
  maxBackoffMs: 16_000,
}) as PacerOptions;

const UNKNOWN_LIMIT_HISTORY = 1000;

/** What the last answer said about the budget left, and how many requests left since. */
type Hint = { allowance: number; startsSince: number; expires: number };

export type Pacer = ReturnType<typeof createPacer>;

export function createPacer(options: PacerOptions = DEFAULT_PACER_OPTIONS) {
  let limit: number | null = null;
  let estimatedLimit: number | null = null;
  let answeredSince429 = 0;
  let inFlight = 0;
  /** Start times, oldest first: the last `limit` of them are enough. */
  let starts: number[] = [];
  let hint: Hint | null = null;
  let pausedUntil = Number.NEGATIVE_INFINITY;
  let backoff = options.backoffMs;
  let fallbackConcurrency = options.fallback.start;
  let answersSinceGrowth = 0;
  let rateLimited = 0;

  /** When the window rule lets the next request leave (-Infinity: now). */
  function windowFreeAt(): number {
    const windowLimit = limit ?? estimatedLimit;
    if (windowLimit === null || starts.length < windowLimit) return Number.NEGATIVE_INFINITY;
    const oldest = starts[starts.length - windowLimit] ?? Number.NEGATIVE_INFINITY;
    return oldest + options.windowMs + options.marginMs;
  }

  function inFlightCap(): number {
    return (limit ?? estimatedLimit) === null
      ? Math.min(fallbackConcurrency, options.maxInFlight)
      : options.maxInFlight;
  }

  function decide(now: number): PacerDecision {
    if (now < pausedUntil) return { kind: 'wait', ms: pausedUntil - now };
    if (inFlight >= inFlightCap()) return { kind: 'full' };
    const free = windowFreeAt();
    if (now < free) return { kind: 'wait', ms: free - now };
    if (hint && now < hint.expires && hint.startsSince >= hint.allowance) {
      // A fresh answer will tell more; with nothing in flight, wait for the window to pass.
      return inFlight > 0 ? { kind: 'full' } : { kind: 'wait', ms: hint.expires - now };
    }
    return { kind: 'go' };
  }

  function started(now: number): void {
    inFlight += 1;
    starts.push(now);
    // Without a limit yet, enough history to apply one learnt later.
    const keep = limit ?? estimatedLimit ?? UNKNOWN_LIMIT_HISTORY;
    if (starts.length > keep * 2) starts = starts.slice(-keep);
    if (hint) hint.startsSince += 1;
  }

  /** Every answer, as soon as its headers arrive (before the request settles). */
  function answered(now: number, status: number, headers: RateHeaders): void {
    if (headers.limit !== null && headers.limit > 0) limit = headers.limit;
    const reset = headers.resetSeconds !== null && headers.resetSeconds > 0 ? headers.resetSeconds * 1000 : null;
    if (status === 429) rejected(now, reset);
    else accepted(now, headers.remaining, reset);
  }

  function rejected(now: number, reset: number | null): void {
    rateLimited += 1;
    // Requests already on their way when an earlier 429 came teach nothing more: only the
    // first 429 of a burst backs off, halves the concurrency and corrects the estimate.
    if (now < pausedUntil) {
      if (reset !== null) pausedUntil = Math.max(pausedUntil, now + reset + options.marginMs);
      return;
    }
    if (limit === null) learnFrom429();
    pausedUntil = now + (reset ?? backoff) + options.marginMs;
    if (reset === null) backoff = Math.min(backoff * 2, options.maxBackoffMs);
    fallbackConcurrency = Math.max(1, Math.floor(fallbackConcurrency / 2));
    answersSinceGrowth = 0;
  }

  function accepted(now: number, remaining: number | null, reset: number | null): void {
    backoff = options.backoffMs;
    answeredSince429 += 1;
    if (remaining !== null) {
      // Requests still in flight may not be counted in `remaining` yet: count them as spent.
      const othersInFlight = Math.max(0, inFlight - 1);
      const windowLeft = reset === null ? options.windowMs : Math.min(options.windowMs, reset);
      hint = { allowance: remaining - othersInFlight, startsSince: 0, expires: now + windowLeft + options.marginMs };
    }
    if (limit !== null) return;
    answersSinceGrowth += 1;
    if (answersSinceGrowth >= options.fallback.growEvery) {
      answersSinceGrowth = 0;
      fallbackConcurrency = Math.min(fallbackConcurrency + 1, options.maxInFlight);
    }
  }

  function learnFrom429(): void {
    if (estimatedLimit === null) {
      estimatedLimit = answeredSince429 > 0 ? answeredSince429 : null;
    } else {
      estimatedLimit = Math.max(1, estimatedLimit - Math.max(1, Math.floor(estimatedLimit / 20)));
    }
    answeredSince429 = 0;
  }

  /** A request ended (answered, failed or timed out). */
  function settled(): void {
    inFlight = Math.max(0, inFlight - 1);
  }

  function snapshot(): PacerSnapshot {
    return { limit, estimatedLimit, inFlight, fallbackConcurrency, pausedUntil, rateLimited };
  }

  return { decide, started, answered, settled, snapshot };
}

/** Reads the three headers; an absent or unreadable one is null (the browser may hide them). */
export function readRateHeaders(get: (name: string) => string | null): RateHeaders {
  const read = (name: string) => {
    const value = get(name);
    if (value === null || value.trim() === '') return null;
    const number = Number(value);
    return Number.isFinite(number) && number >= 0 ? number : null;
  };
  return {
    limit: read('x-ratelimit-limit'),
    remaining: read('x-ratelimit-remaining'),
    resetSeconds: read('x-ratelimit-reset'),
  };
}
