// The CMA rate limit, per the technical limits page
// (https://www.datocms.com/docs/content-management-api/technical-limits, formerly /rate-limits):
// "By default the Management API enforces rate limits of 60 requests per 3 seconds";
// every answer carries X-RateLimit-Limit ("the maximum amount of requests which can be made
// in 3 seconds"), X-RateLimit-Remaining ("until the next 3-seconds reset") and
// X-RateLimit-Reset ("if present, indicates the number of seconds until the next request can
// be made"; on a 429 "an integer larger than 0"). Past the limit: 429 RATE_LIMIT_EXCEEDED.
// Assumed where the page is silent: fixed windows of real time opened by the first request
// after the previous one ended; one budget for the whole project (all environments and
// tokens); a refused request counts too; X-RateLimit-Reset on a normal answer gives the
// seconds until the window ends (rounded up).

/** The documented default. */
export const DEFAULT_RATE_LIMIT = Object.freeze({ limit: 60, windowMs: 3000 });

export class RateLimiter {
  /**
   * @param {{ limit?: number, windowMs?: number }} config
   * @param {() => number} [now] real time in ms (tests may pass their own)
   */
  constructor(config, now = () => performance.now()) {
    this.now = now;
    this.rejected = 0;
    /** @type {number} */
    this.limit = DEFAULT_RATE_LIMIT.limit;
    /** @type {number} */
    this.windowMs = DEFAULT_RATE_LIMIT.windowMs;
    /** @type {number} */
    this.windowStart = -Infinity;
    /** @type {number} */
    this.used = 0;
    this.configure(config);
  }

  /** @param {{ limit?: number, windowMs?: number }} config */
  configure({ limit = this.limit, windowMs = this.windowMs }) {
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError('rateLimit.limit must be a positive integer');
    if (!Number.isFinite(windowMs) || windowMs <= 0) throw new TypeError('rateLimit.windowMs must be > 0');
    this.limit = limit;
    this.windowMs = windowMs;
    this.reset();
  }

  /** A fresh window; the count of refusals stays. */
  reset() {
    this.windowStart = -Infinity;
    this.used = 0;
  }

  /** @param {number} at */
  #roll(at) {
    if (at >= this.windowStart + this.windowMs) {
      this.windowStart = at;
      this.used = 0;
    }
  }

  /** Counts one request: whether it may go through, and the headers of its answer. */
  take() {
    const at = this.now();
    this.#roll(at);
    this.used += 1;
    const allowed = this.used <= this.limit;
    if (!allowed) this.rejected += 1;
    return { allowed, headers: this.headers(at) };
  }

  /** @param {number} at */
  headers(at) {
    // Whole ms first: fractional real-time stamps would otherwise round 3 s up to 4.
    const leftMs = Math.round(this.windowMs - (at - this.windowStart));
    const resetSeconds = Math.max(1, Math.ceil(leftMs / 1000));
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-reset': String(resetSeconds),
    };
  }

  /** The current window (without opening one) and the refusals so far. */
  stats() {
    const open = this.now() < this.windowStart + this.windowMs;
    const used = open ? this.used : 0;
    return {
      limit: this.limit,
      windowMs: this.windowMs,
      used,
      remaining: Math.max(0, this.limit - used),
      rejected: this.rejected,
    };
  }
}
