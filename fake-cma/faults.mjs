// Fault injection: the next N matching requests answer an error, drop the connection or
// wait first, without touching data.

import { errorBody } from './errors.mjs';

/**
 * @typedef {object} Fault
 * @property {number} [count] how many matching requests it hits (default 1)
 * @property {number} [status] answer this error status (400..599) instead of handling the request
 * @property {string} [code] error code of the JSON:API error body (none: `{ data: [] }`)
 * @property {Record<string, unknown>} [details]
 * @property {boolean} [transient] marks the error transient (the client retries those when autoRetry is on)
 * @property {Record<string, string>} [headers] extra response headers
 * @property {boolean} [dropConnection] destroy the socket without answering
 * @property {number} [delayMs] wait this long (real time) first; alone, the request is then handled normally
 * @property {string} [method] only requests with this method
 * @property {string | RegExp} [path] only these paths: a string is a whole-path regular
 *   expression (so an exact path matches itself), a RegExp is used as it is
 *
 * @typedef {object} ArmedFault a validated Fault with its remaining hits
 * @property {number} remaining
 * @property {number | undefined} status
 * @property {string | undefined} code
 * @property {Record<string, unknown>} details
 * @property {boolean} transient
 * @property {Record<string, string>} headers lower-case names
 * @property {boolean} dropConnection
 * @property {number} delayMs
 * @property {string | undefined} method upper case
 * @property {RegExp | null} path
 */

/** @param {Record<string, string>} headers */
function lowerCaseNames(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

/** @param {string | RegExp} path */
function pathPattern(path) {
  // Without the g/y flags, test() keeps no state between requests.
  if (path instanceof RegExp) return new RegExp(path.source, path.flags.replace(/[gy]/g, ''));
  return new RegExp(`^(?:${path})$`);
}

/**
 * Validates a fault and fills its defaults.
 * @param {Fault} fault
 * @returns {ArmedFault}
 */
export function armFault(fault) {
  if (typeof fault !== 'object' || fault === null) throw new TypeError('a fault is an object');
  const { count = 1, status, code, details = {}, transient = false, headers = {} } = fault;
  const { dropConnection = false, delayMs = 0, method, path } = fault;
  if (!Number.isInteger(count) || count < 1) throw new TypeError('fault.count must be a positive integer');
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new TypeError('fault.status must be an error status (400..599)');
  }
  if (status !== undefined && dropConnection)
    throw new TypeError('a fault either answers a status or drops the connection');
  if (!(Number.isFinite(delayMs) && delayMs >= 0)) throw new TypeError('fault.delayMs must be a number >= 0');
  if (status === undefined && !dropConnection && delayMs === 0) {
    throw new TypeError('a fault needs status, dropConnection or delayMs');
  }
  return {
    remaining: count,
    status,
    code: code ?? (status === 429 ? 'RATE_LIMIT_EXCEEDED' : undefined),
    details,
    transient,
    headers: lowerCaseNames(headers),
    dropConnection,
    delayMs,
    method: method?.toUpperCase(),
    path: path === undefined ? null : pathPattern(path),
  };
}

/**
 * The answer of a fault with a status. A 429 carries rate-limit headers like the real one
 * (https://www.datocms.com/docs/content-management-api/technical-limits): the configured
 * limit, nothing remaining, a reset of 1 s, each overridable by the fault's own headers.
 * @param {ArmedFault} fault
 * @param {number} limit the configured X-RateLimit-Limit
 * @returns {{ status: number, body: unknown, headers: Record<string, string> }}
 */
export function faultAnswer(fault, limit) {
  const body = fault.code ? errorBody(fault.code, fault.details, fault.transient) : { data: [] };
  /** @type {Record<string, string>} */
  const rateLimited =
    fault.status === 429
      ? { 'x-ratelimit-limit': String(limit), 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }
      : {};
  return { status: /** @type {number} */ (fault.status), body, headers: { ...rateLimited, ...fault.headers } };
}

/**
 * Takes one hit of the first fault matching the request.
 * @param {ArmedFault[]} faults changed in place (a spent fault is removed)
 * @param {string} method
 * @param {string} path
 */
export function takeFault(faults, method, path) {
  const fault = faults.find((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
  if (!fault) return undefined;
  fault.remaining -= 1;
  if (fault.remaining === 0) faults.splice(faults.indexOf(fault), 1);
  return fault;
}
