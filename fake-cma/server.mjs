// A fake DatoCMS Content Management API for the plugin's tests and playground:
// the few endpoints the plugin calls, a fake clock that runs scheduled
// unpublishings, a request log and fault injection. The endpoint rules live in
// store.mjs (with their sources); this file is the HTTP side.
//
//   node fake-cma/server.mjs [--port 4010] [--host 127.0.0.1] [--token test-token]
//
// starts it and prints its URL (the CMA client's `baseUrl`).

import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultSeed } from './seed.mjs';
import { ApiFailure, Store } from './store.mjs';

export { defaultSeed };

/** @typedef {import('./seed.mjs').Seed} Seed */
/** @typedef {import('./store.mjs').Query} Query */

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
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path without the query string
 * @property {Query} query
 * @property {LoggedHeaders} headers
 * @property {unknown} body parsed JSON; null when no body was sent (or it was not JSON)
 * @property {string} rawBody '' when none
 * @property {number | 'dropped' | null} status null while the request is pending
 * @property {number} at fake clock, ms
 *
 * @typedef {{
 *   authorization: string | null,
 *   'x-api-version': string | null,
 *   'x-environment': string | null,
 *   'content-type': string | null,
 * }} LoggedHeaders null when the request did not send it
 *
 * @typedef {object} Fixtures
 * @property {Record<string, any>} site raw JSON:API site
 * @property {Record<string, Record<string, any>>} itemTypes id → raw item_type
 * @property {Record<string, Record<string, any>>} fields id → raw field
 * @property {Record<string, any>[]} items raw items, as GET /items/:id returns them in `data`
 * @property {string} token
 *
 * @typedef {object} FakeClock
 * @property {() => number} now ms
 * @property {(msOrIso: number | string) => void} set moves the clock, then runs due schedules
 * @property {(ms: number) => void} advance moves the clock forward, then runs due schedules
 *
 * @typedef {object} FakeCma
 * @property {string} url e.g. http://127.0.0.1:54321
 * @property {string} token
 * @property {() => Promise<void>} close
 * @property {() => LogEntry[]} requests API requests, oldest first (no preflights, no /__control routes)
 * @property {() => LogEntry[]} writes requests() without GETs
 * @property {() => void} resetLog
 * @property {(fault: Fault) => void} injectFault
 * @property {() => void} clearFaults
 * @property {FakeClock} clock
 * @property {() => void} reset seed data back, log and faults cleared, clock back to the start
 * @property {() => Fixtures} fixtures
 * @property {(id: string) => Record<string, any>} getItem raw item as GET /items/:id returns it in `data`
 * @property {(id: string) => string[]} publishedLocales in the site's locale order
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
 *
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} Answer
 */

const RATE_LIMIT = 30;
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, x-api-version, x-environment',
};
const RATE_LIMITED_HEADERS = { 'x-ratelimit-limit': '30', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' };

/**
 * The JSON:API error document the client parses into `ApiError.errors`.
 * @param {string} code
 * @param {Record<string, unknown>} details
 * @param {boolean} [transient]
 */
function errorBody(code, details, transient = false) {
  const attributes = {
    code,
    details,
    doc_url: `https://www.datocms.com/docs/content-management-api/errors#${code}`,
    ...(transient ? { transient: true } : {}),
  };
  return { data: [{ id: randomUUID(), type: 'api_error', attributes }] };
}

/** @param {number | string} value ms or an ISO date */
function toMs(value) {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new TypeError(`not a time: ${value}`);
  return ms;
}

/** @param {Record<string, string>} headers */
function lowerCaseNames(headers) {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
}

/**
 * Validates a fault and fills its defaults.
 * @param {Fault} fault
 * @returns {ArmedFault}
 */
function armFault(fault) {
  if (typeof fault !== 'object' || fault === null) throw new TypeError('a fault is an object');
  const { count = 1, status, code, details = {}, transient = false, headers = {} } = fault;
  const { dropConnection = false, delayMs = 0, method, path } = fault;
  if (!Number.isInteger(count) || count < 1) throw new TypeError('fault.count must be a positive integer');
  if (status !== undefined && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    throw new TypeError('fault.status must be an error status (400..599)');
  }
  if (status !== undefined && dropConnection) throw new TypeError('a fault either answers a status or drops the connection');
  if (!(Number.isFinite(delayMs) && delayMs >= 0)) throw new TypeError('fault.delayMs must be a number >= 0');
  if (status === undefined && !dropConnection && delayMs === 0) {
    throw new TypeError('a fault needs status, dropConnection or delayMs');
  }
  const rateLimited = status === 429;
  return {
    remaining: count,
    status,
    code: code ?? (rateLimited ? 'RATE_LIMIT_EXCEEDED' : undefined),
    details,
    transient,
    headers: lowerCaseNames({ ...(rateLimited ? RATE_LIMITED_HEADERS : {}), ...headers }),
    dropConnection,
    delayMs,
    method: method?.toUpperCase(),
    path: path === undefined ? null : pathPattern(path),
  };
}

/** @param {string | RegExp} path */
function pathPattern(path) {
  // Without the g/y flags, test() keeps no state between requests.
  if (path instanceof RegExp) return new RegExp(path.source, path.flags.replace(/[gy]/g, ''));
  return new RegExp(`^(?:${path})$`);
}

/** @param {ArmedFault} fault @returns {Answer} */
function faultAnswer(fault) {
  const body = fault.code ? errorBody(fault.code, fault.details, fault.transient) : { data: [] };
  return { status: /** @type {number} */ (fault.status), body, headers: fault.headers };
}

/** @param {URLSearchParams} params @returns {Query} */
function queryObject(params) {
  /** @type {Query} */
  const query = {};
  for (const [key, value] of params) {
    const previous = query[key];
    query[key] = previous === undefined ? value : [...[previous].flat(), value];
  }
  return query;
}

/** @param {http.IncomingMessage} req */
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** @param {string} rawBody */
function parsedOrNull(rawBody) {
  try {
    return rawBody === '' ? null : JSON.parse(rawBody);
  } catch {
    return null;
  }
}

/**
 * @typedef {{ id: string, query: Query, rawBody: string }} RouteRequest `id` is the decoded `:id` of the path
 * @typedef {{ method: string, pattern: RegExp, run: (store: Store, request: RouteRequest) => Answer }} Route
 */

/** The API routes. @type {Route[]} */
const ROUTES = [
  { method: 'GET', pattern: /^\/items$/, run: (store, { query }) => ({ status: 200, body: store.list(query) }) },
  { method: 'GET', pattern: /^\/items\/([^/]+)$/, run: (store, { id }) => ({ status: 200, body: { data: store.rawItem(id) } }) },
  {
    method: 'GET',
    pattern: /^\/items\/([^/]+)\/current-vs-published-state$/,
    run: (store, { id }) => ({ status: 200, body: store.currentVsPublishedState(id) }),
  },
  {
    method: 'PUT',
    pattern: /^\/items\/([^/]+)\/unpublish$/,
    // The client sends `{ recursive: true }` as `recursive=true`; docs silent on other spellings: only 'true' counts.
    run: (store, { id, query, rawBody }) => ({ status: 200, body: store.unpublish(id, rawBody, query.recursive === 'true') }),
  },
  {
    method: 'POST',
    pattern: /^\/items\/([^/]+)\/scheduled-unpublishing$/,
    // [003] shows "HTTP/1.1 200 OK" for the creation: followed here.
    run: (store, { id, rawBody }) => ({ status: 200, body: store.createSchedule(id, rawBody) }),
  },
  {
    method: 'DELETE',
    pattern: /^\/items\/([^/]+)\/scheduled-unpublishing$/,
    run: (store, { id }) => ({ status: 200, body: store.destroySchedule(id) }),
  },
];

class FakeServer {
  /**
   * @param {{ token: string, seed: Seed, now: number }} options
   */
  constructor({ token, seed, now }) {
    this.token = token;
    this.seed = structuredClone(seed);
    this.startMs = now;
    this.clockMs = now;
    this.store = new Store(structuredClone(this.seed), () => this.clockMs);
    /** @type {LogEntry[]} */
    this.log = [];
    /** @type {ArmedFault[]} */
    this.faults = [];
    this.answered = 0;
    this.closed = false;
    /** @type {Map<NodeJS.Timeout, () => void>} */
    this.sleepers = new Map();
    this.http = http.createServer((req, res) => {
      this.#handle(req, res).catch((error) => this.#crash(res, error));
    });
  }

  reset() {
    this.clockMs = this.startMs;
    this.store = new Store(structuredClone(this.seed), () => this.clockMs);
    this.log = [];
    this.faults = [];
  }

  /** @param {number} ms */
  setClock(ms) {
    this.clockMs = ms;
    this.store.runDueSchedules();
  }

  /** @returns {Fixtures} */
  fixtures() {
    return {
      site: this.store.rawSite(),
      itemTypes: this.store.rawItemTypes(),
      fields: this.store.rawFields(),
      items: this.store.rawItems(),
      token: this.token,
    };
  }

  /** @param {string} method @param {string} path */
  #takeFault(method, path) {
    const fault = this.faults.find((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  /** Waits real time; close() ends the wait early. @param {number} ms */
  #sleep(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.sleepers.delete(timer);
        resolve(undefined);
      }, ms);
      this.sleepers.set(timer, () => resolve(undefined));
    });
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async #handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://fake-cma.invalid');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT_HEADERS).end();
      return;
    }
    const rawBody = await readBody(req);
    if (url.pathname.startsWith('/__control/')) {
      this.#control(req.method ?? 'GET', url.pathname, rawBody, res);
    } else {
      await this.#api(req, res, url, rawBody);
    }
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {URL} url
   * @param {string} rawBody
   */
  async #api(req, res, url, rawBody) {
    const method = req.method ?? 'GET';
    const header = (/** @type {string} */ name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    };
    /** @type {LogEntry} */
    const entry = {
      method,
      path: url.pathname,
      query: queryObject(url.searchParams),
      headers: {
        authorization: header('authorization'),
        'x-api-version': header('x-api-version'),
        'x-environment': header('x-environment'),
        'content-type': header('content-type'),
      },
      body: parsedOrNull(rawBody),
      rawBody,
      status: null,
      at: this.clockMs,
    };
    this.log.push(entry);

    const fault = this.#takeFault(method, url.pathname);
    if (fault && fault.delayMs > 0) await this.#sleep(fault.delayMs);
    if (this.closed) return;
    if (fault?.dropConnection) {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    const answer =
      fault?.status !== undefined
        ? faultAnswer(fault)
        : this.#route(method, url.pathname, entry.query, rawBody, entry.headers);
    entry.status = answer.status;
    this.#sendApi(res, answer);
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {Query} query
   * @param {string} rawBody
   * @param {LogEntry['headers']} headers
   * @returns {Answer}
   */
  #route(method, path, query, rawBody, headers) {
    try {
      if (headers.authorization !== `Bearer ${this.token}`) {
        throw new ApiFailure(401, 'INVALID_AUTHORIZATION_HEADER', { message: 'expected Authorization: Bearer <token>' });
      }
      // The docs only say X-Api-Version is required; refusing anything but 3 with
      // 400 INVALID_API_VERSION is the fake's choice.
      if (headers['x-api-version'] !== '3') {
        throw new ApiFailure(400, 'INVALID_API_VERSION', { message: 'expected X-Api-Version: 3' });
      }
      // X-Environment is only recorded (in the log): the fake has one environment and accepts any name.
      for (const route of ROUTES) {
        const match = route.method === method ? route.pattern.exec(path) : null;
        if (match) return route.run(this.store, { id: decodeURIComponent(match[1] ?? ''), query, rawBody });
      }
      throw new ApiFailure(404, 'NOT_FOUND', { message: `no route ${method} ${path}` });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      return { status: error.status, body: errorBody(error.code, error.details) };
    }
  }

  /** @param {http.ServerResponse} res @param {Answer} answer */
  #sendApi(res, answer) {
    const remaining = RATE_LIMIT - 1 - (this.answered++ % (RATE_LIMIT - 1)); // 29 down to 1, then again
    res
      .writeHead(answer.status, {
        ...CORS_HEADERS,
        'content-type': 'application/json; charset=utf-8',
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': String(remaining),
        ...answer.headers,
      })
      .end(JSON.stringify(answer.body));
  }

  /**
   * The /__control routes: for a browser host page and tests in other processes.
   * @param {string} method
   * @param {string} path
   * @param {string} rawBody
   * @param {http.ServerResponse} res
   */
  #control(method, path, rawBody, res) {
    const send = (/** @type {number} */ status, /** @type {unknown} */ body) =>
      res.writeHead(status, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    const clockNow = () => ({ now: new Date(this.clockMs).toISOString() });
    /** @type {Record<string, (body: any) => unknown>} */
    const handlers = {
      'GET /__control/fixtures': () => this.fixtures(),
      'GET /__control/log': () => ({ requests: structuredClone(this.log) }),
      'POST /__control/reset-log': () => {
        this.log = [];
        return { ok: true };
      },
      'POST /__control/reset': () => {
        this.reset();
        return { ok: true };
      },
      'POST /__control/faults': (fault) => {
        this.faults.push(armFault(fault));
        return { ok: true };
      },
      'DELETE /__control/faults': () => {
        this.faults = [];
        return { ok: true };
      },
      'GET /__control/clock': clockNow,
      'POST /__control/clock': (body) => {
        if (typeof body?.advanceMs === 'number' && body.advanceMs >= 0) this.setClock(this.clockMs + body.advanceMs);
        else if (typeof body?.set === 'string' || typeof body?.set === 'number') this.setClock(toMs(body.set));
        else throw new TypeError('expected { advanceMs: number >= 0 } or { set: iso }');
        return clockNow();
      },
    };
    const handler = handlers[`${method} ${path}`];
    if (!handler) return send(404, { error: `no control route ${method} ${path}` });
    try {
      send(200, handler(rawBody === '' ? null : JSON.parse(rawBody)));
    } catch (error) {
      send(400, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** A bug in the fake: answer 500 rather than hang the caller. @param {http.ServerResponse} res @param {unknown} error */
  #crash(res, error) {
    console.error('fake-cma crashed on a request:', error);
    if (!res.headersSent) {
      res.writeHead(500, { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' });
    }
    res.end(JSON.stringify(errorBody('FAKE_CMA_CRASHED', { message: String(error) })));
  }

  async close() {
    this.closed = true;
    for (const [timer, wake] of this.sleepers) {
      clearTimeout(timer);
      wake();
    }
    this.sleepers.clear();
    this.http.closeAllConnections();
    await new Promise((resolve) => this.http.close(() => resolve(undefined)));
  }
}

/**
 * Starts the fake CMA.
 * @param {{ port?: number, host?: string, token?: string, seed?: Seed, now?: number | string }} [options]
 * @returns {Promise<FakeCma>}
 */
export async function startFakeCma({
  port = 0,
  host = '127.0.0.1',
  token = 'test-token',
  seed = defaultSeed(),
  now = Date.now(),
} = {}) {
  const fake = new FakeServer({ token, seed, now: toMs(now) });
  await new Promise((resolve, reject) => {
    fake.http.once('error', reject);
    fake.http.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (fake.http.address());
  const requests = () => structuredClone(fake.log);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    token,
    close: () => fake.close(),
    requests,
    writes: () => requests().filter((entry) => entry.method !== 'GET'),
    resetLog: () => {
      fake.log = [];
    },
    injectFault: (fault) => {
      fake.faults.push(armFault(fault));
    },
    clearFaults: () => {
      fake.faults = [];
    },
    clock: {
      now: () => fake.clockMs,
      set: (msOrIso) => fake.setClock(toMs(msOrIso)),
      advance: (ms) => {
        if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError('clock.advance takes ms >= 0');
        fake.setClock(fake.clockMs + ms);
      },
    },
    reset: () => fake.reset(),
    fixtures: () => fake.fixtures(),
    getItem: (id) => fake.store.rawItem(id),
    publishedLocales: (id) => fake.store.publishedLocales(id),
  };
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4010' }, host: { type: 'string' }, token: { type: 'string' } },
  });
  const fake = await startFakeCma({ port: Number(values.port), host: values.host, token: values.token });
  console.log(fake.url);
  console.error(`fake CMA ready: token "${fake.token}", control routes under ${fake.url}/__control/`);
  const stop = () => fake.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
