// A fake DatoCMS Content Management API for the plugin's tests and playground: the
// endpoints the plugin calls, environments, a rate limit, async jobs, a fake clock that
// runs scheduled unpublishings and publications, a request log and fault injection.
// The endpoint rules live in the modules beside this one (with their sources); this file
// is the HTTP side and the control surface.
//
//   node fake-cma/server.mjs [--port 4010] [--host 127.0.0.1] [--token test-token]
//
// starts it and prints its URL (the CMA client's `baseUrl`).
//
// startFakeCma(options) accepts (all optional):
//   port, host, token        where it listens (port 0: a free one) and the API token it accepts
//   now                      the fake clock's start (ms or ISO; default: the real time)
//   seed                     one environment, `main` (primary), with this data
//   environments             or: several ([{ id, seed, primary?, status?, readOnly?, forkedFrom? }]);
//                            neither: defaultEnvironments() (seeds/environments.mjs)
//   modes                    fidelity switches (modes.mjs), e.g. { errorEnvelope: 'validation-invalid' }
//   rateLimit                { limit, windowMs } (default 60 per 3000 ms, as documented) or false (no
//                            limit and no rate-limit headers)
// and returns the FakeCma object typed in server.d.mts: url, token, close, requests, writes,
// resetLog, injectFault, clearFaults, clock, reset, fixtures, getItem, publishedLocales,
// environments, modes, rateLimit, jobs, planRuns, plugins. The same controls exist over HTTP under
// /__control/ (see #control) for browser pages and other processes.

import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ApiFailure, errorBody, failureAnswer } from './errors.mjs';
import { Environments } from './environments.mjs';
import { armFault, faultAnswer, takeFault } from './faults.mjs';
import { Jobs } from './jobs.mjs';
import { DEFAULT_MODES, withModes } from './modes.mjs';
import { DEFAULT_RATE_LIMIT, RateLimiter } from './rateLimit.mjs';
import { ENVIRONMENT_ROUTES, PROJECT_ROUTES } from './routes.mjs';
import { runDuePlans } from './scheduling.mjs';
import { defaultSeed } from './seed.mjs';
import { bulkSeed } from './seeds/bulk.mjs';
import { defaultEnvironments } from './seeds/environments.mjs';
import { SELECTIVE_UNPUBLISH_PLUGIN_ID } from './plugins.mjs';
import { plansSeed } from './seeds/plans.mjs';
import { toMs } from './time.mjs';

export {
  bulkSeed,
  DEFAULT_MODES,
  DEFAULT_RATE_LIMIT,
  defaultEnvironments,
  defaultSeed,
  plansSeed,
  SELECTIVE_UNPUBLISH_PLUGIN_ID,
};

/** @typedef {import('./seed.mjs').Seed} Seed */
/** @typedef {import('./store.mjs').Query} Query */
/** @typedef {import('./modes.mjs').Modes} Modes */
/** @typedef {import('./faults.mjs').ArmedFault} ArmedFault */
/** @typedef {import('./environments.mjs').EnvironmentSeed} EnvironmentSeed */
/** @typedef {import('./routes.mjs').Answer} Answer */
/** @typedef {import('./scheduling.mjs').PlanRun} PlanRun */

/**
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path without the query string
 * @property {Query} query
 * @property {LoggedHeaders} headers
 * @property {string} environment the environment addressed: the X-Environment header, or the
 *   primary one's id when none was sent (an unknown name is logged as sent)
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
 */

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  // The rate-limit headers must be readable from the plugin's iframe.
  'access-control-expose-headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, accept, x-api-version, x-environment',
};
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

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
 * @typedef {object} ServerOptions
 * @property {string} token
 * @property {EnvironmentSeed[]} environments
 * @property {number} now
 * @property {Modes} modes
 * @property {{ limit: number, windowMs: number } | false} rateLimit
 */

class FakeServer {
  /** @param {ServerOptions} options */
  constructor({ token, environments, now, modes, rateLimit }) {
    this.token = token;
    this.specs = structuredClone(environments);
    this.startMs = now;
    this.clockMs = now;
    this.startModes = modes;
    this.modes = modes;
    this.startRateLimit = rateLimit;
    /** @type {RateLimiter | null} */
    this.limiter = rateLimit ? new RateLimiter(rateLimit) : null;
    this.tooManyRequests = 0;
    this.environments = this.#environments();
    this.jobs = new Jobs();
    /** @type {Array<PlanRun & { environment: string }>} */
    this.planRuns = [];
    /** @type {LogEntry[]} */
    this.log = [];
    /** @type {ArmedFault[]} */
    this.faults = [];
    this.closed = false;
    /** @type {Map<NodeJS.Timeout, () => void>} */
    this.sleepers = new Map();
    this.http = http.createServer((req, res) => {
      this.#handle(req, res).catch((error) => this.#crash(res, error));
    });
  }

  #environments() {
    return new Environments(this.specs, { now: () => this.clockMs, modes: () => this.modes });
  }

  /** Seed data, clock, modes, rate limit, jobs, log and faults back to the start. */
  reset() {
    this.clockMs = this.startMs;
    this.modes = this.startModes;
    this.environments = this.#environments();
    this.jobs = new Jobs();
    this.planRuns = [];
    this.limiter = this.startRateLimit ? new RateLimiter(this.startRateLimit) : null;
    this.tooManyRequests = 0;
    this.log = [];
    this.faults = [];
  }

  /** Moves the clock, then runs the plans now due in every environment. @param {number} ms */
  setClock(ms) {
    this.clockMs = ms;
    for (const env of this.environments.list()) {
      this.planRuns.push(...runDuePlans(env.store).map((run) => ({ ...run, environment: env.id })));
    }
  }

  /** @param {string | undefined} id */
  env(id) {
    return id === undefined ? this.environments.primary : this.environments.find(id);
  }

  /** @param {string} [environment] */
  fixtures(environment) {
    const { store } = this.env(environment);
    return {
      site: store.rawSite(),
      itemTypes: store.rawItemTypes(),
      fields: store.rawFields(),
      items: store.rawItems(),
      token: this.token,
    };
  }

  /** @param {{ limit?: number, windowMs?: number } | false} config */
  configureRateLimit(config) {
    if (config === false) this.limiter = null;
    else if (this.limiter) this.limiter.configure(config);
    else this.limiter = new RateLimiter(config);
  }

  rateLimitStats() {
    const stats = this.limiter?.stats() ?? { limit: null, windowMs: null, used: 0, remaining: null, rejected: 0 };
    return { enabled: this.limiter !== null, ...stats, tooManyRequests: this.tooManyRequests };
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
      this.#control(req.method ?? 'GET', url, rawBody, res);
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
    const headers = {
      authorization: header('authorization'),
      'x-api-version': header('x-api-version'),
      'x-environment': header('x-environment'),
      'content-type': header('content-type'),
    };
    /** @type {LogEntry} */
    const entry = {
      method,
      path: url.pathname,
      query: queryObject(url.searchParams),
      headers,
      environment: headers['x-environment'] || this.environments.primary.id,
      body: parsedOrNull(rawBody),
      rawBody,
      status: null,
      at: this.clockMs,
    };
    this.log.push(entry);

    // Every request counts against the rate limit; one past it is refused before anything else.
    const limited = this.limiter?.take();
    if (limited && !limited.allowed) {
      entry.status = 429;
      this.#sendApi(res, { status: 429, body: errorBody('RATE_LIMIT_EXCEEDED', {}), headers: limited.headers });
      return;
    }
    const fault = takeFault(this.faults, method, url.pathname);
    if (fault && fault.delayMs > 0) await this.#sleep(fault.delayMs);
    if (this.closed) return;
    if (fault?.dropConnection) {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    const answer =
      fault?.status !== undefined
        ? faultAnswer(fault, this.limiter?.limit ?? DEFAULT_RATE_LIMIT.limit)
        : this.#route(method, url.pathname, entry.query, rawBody, headers);
    entry.status = answer.status;
    this.#sendApi(res, { ...answer, headers: { ...limited?.headers, ...answer.headers } });
  }

  /**
   * @param {string} method
   * @param {string} path
   * @param {Query} query
   * @param {string} rawBody
   * @param {LoggedHeaders} headers
   * @returns {Answer}
   */
  #route(method, path, query, rawBody, headers) {
    try {
      if (headers.authorization !== `Bearer ${this.token}`) {
        throw new ApiFailure(401, 'INVALID_AUTHORIZATION_HEADER', {
          message: 'expected Authorization: Bearer <token>',
        });
      }
      // The docs only say X-Api-Version is required; refusing anything but 3 with
      // 400 INVALID_API_VERSION is the fake's choice.
      if (headers['x-api-version'] !== '3') {
        throw new ApiFailure(400, 'INVALID_API_VERSION', { message: 'expected X-Api-Version: 3' });
      }
      const project = { environments: this.environments, jobs: this.jobs, modes: this.modes };
      const idOf = (/** @type {RegExpExecArray} */ match) => decodeURIComponent(match[1] ?? '');
      for (const route of PROJECT_ROUTES) {
        const match = route.method === method ? route.pattern.exec(path) : null;
        if (match) return route.run(project, { id: idOf(match), query, rawBody });
      }
      for (const route of ENVIRONMENT_ROUTES) {
        const match = route.method === method ? route.pattern.exec(path) : null;
        if (!match) continue;
        const env = this.environments.resolve(headers['x-environment']);
        Environments.check(env, method, this.modes.readOnlyStatus);
        return route.run(env, { id: idOf(match), query, rawBody }, project);
      }
      throw new ApiFailure(404, 'NOT_FOUND', { message: `no route ${method} ${path}` });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      return failureAnswer(error, this.modes.errorEnvelope);
    }
  }

  /** @param {http.ServerResponse} res @param {Answer} answer */
  #sendApi(res, answer) {
    if (answer.status === 429) this.tooManyRequests += 1;
    res.writeHead(answer.status, { ...CORS_HEADERS, ...JSON_TYPE, ...answer.headers }).end(JSON.stringify(answer.body));
  }

  /**
   * The /__control routes: for a browser host page and tests in other processes.
   *   GET  fixtures[?environment=id]   site, itemTypes, fields, items (raw) and token
   *   GET  log                         { requests }      POST reset-log
   *   POST reset                       everything back to the start
   *   POST faults (a Fault)            DELETE faults
   *   GET  clock                       POST clock { advanceMs } | { set }
   *   GET  environments                the raw environments
   *   GET  modes                       POST modes (a partial Modes)
   *   GET  rate-limit                  POST rate-limit { limit?, windowMs? } | { enabled: false }
   *   GET  jobs                        POST jobs/complete { id? }
   *   GET  plan-runs                   what due plans did
   *   POST plugins { environment?, id, parameters }  a plugin's parameters there (null: uninstalled)
   * @param {string} method
   * @param {URL} url
   * @param {string} rawBody
   * @param {http.ServerResponse} res
   */
  #control(method, url, rawBody, res) {
    const send = (/** @type {number} */ status, /** @type {unknown} */ body) =>
      res.writeHead(status, { ...CORS_HEADERS, ...JSON_TYPE }).end(JSON.stringify(body));
    const clockNow = () => ({ now: new Date(this.clockMs).toISOString() });
    const done = () => ({ ok: true });
    /** @type {Record<string, (body: any) => unknown>} */
    const handlers = {
      'GET /__control/fixtures': () => this.fixtures(url.searchParams.get('environment') ?? undefined),
      'GET /__control/log': () => ({ requests: structuredClone(this.log) }),
      'POST /__control/reset-log': () => {
        this.log = [];
        return done();
      },
      'POST /__control/reset': () => {
        this.reset();
        return done();
      },
      'POST /__control/faults': (fault) => {
        this.faults.push(armFault(fault));
        return done();
      },
      'DELETE /__control/faults': () => {
        this.faults = [];
        return done();
      },
      'GET /__control/clock': clockNow,
      'POST /__control/clock': (body) => {
        if (typeof body?.advanceMs === 'number' && body.advanceMs >= 0) this.setClock(this.clockMs + body.advanceMs);
        else if (typeof body?.set === 'string' || typeof body?.set === 'number') this.setClock(toMs(body.set));
        else throw new TypeError('expected { advanceMs: number >= 0 } or { set: iso }');
        return clockNow();
      },
      'GET /__control/environments': () => ({ data: this.environments.list().map((env) => env.raw()) }),
      'GET /__control/modes': () => this.modes,
      'POST /__control/modes': (body) => {
        this.modes = withModes(this.modes, body);
        return this.modes;
      },
      'GET /__control/rate-limit': () => this.rateLimitStats(),
      'POST /__control/rate-limit': (body) => {
        this.configureRateLimit(body?.enabled === false ? false : (body ?? {}));
        return this.rateLimitStats();
      },
      'GET /__control/jobs': () => ({ jobs: this.jobs.list() }),
      'POST /__control/jobs/complete': (body) => {
        this.jobs.complete(body?.id);
        return { jobs: this.jobs.list() };
      },
      'GET /__control/plan-runs': () => ({ runs: structuredClone(this.planRuns) }),
      'POST /__control/plugins': (body) => {
        this.env(body?.environment ?? undefined).plugins.set(String(body?.id), body?.parameters ?? null);
        return done();
      },
    };
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) return send(404, { error: `no control route ${method} ${url.pathname}` });
    try {
      send(200, handler(rawBody === '' ? null : JSON.parse(rawBody)));
    } catch (error) {
      send(400, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** A bug in the fake: answer 500 rather than hang the caller. @param {http.ServerResponse} res @param {unknown} error */
  #crash(res, error) {
    console.error('fake-cma crashed on a request:', error);
    if (!res.headersSent) res.writeHead(500, { ...CORS_HEADERS, ...JSON_TYPE });
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
 * The environments a start asks for (see the options at the top of this file).
 * @param {{ seed?: Seed, environments?: EnvironmentSeed[] }} options
 * @returns {EnvironmentSeed[]}
 */
function environmentsOf({ seed, environments }) {
  if (seed && environments) throw new TypeError('startFakeCma takes `seed` or `environments`, not both');
  if (environments) return environments;
  return seed ? [{ id: 'main', primary: true, seed }] : defaultEnvironments();
}

/**
 * Starts the fake CMA.
 * @param {{
 *   port?: number, host?: string, token?: string, seed?: Seed, environments?: EnvironmentSeed[],
 *   now?: number | string, modes?: Partial<Modes>, rateLimit?: { limit?: number, windowMs?: number } | false,
 * }} [options]
 */
export async function startFakeCma({
  port = 0,
  host = '127.0.0.1',
  token = 'test-token',
  seed,
  environments,
  now = Date.now(),
  modes = {},
  rateLimit = {},
} = {}) {
  const fake = new FakeServer({
    token,
    environments: environmentsOf({ seed, environments }),
    now: toMs(now),
    modes: withModes(DEFAULT_MODES, modes),
    rateLimit: rateLimit === false ? false : { ...DEFAULT_RATE_LIMIT, ...rateLimit },
  });
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
    writes: (/** @type {string | undefined} */ environment) =>
      requests().filter(
        (entry) => entry.method !== 'GET' && (environment === undefined || entry.environment === environment),
      ),
    resetLog: () => {
      fake.log = [];
    },
    injectFault: (/** @type {import('./faults.mjs').Fault} */ fault) => {
      fake.faults.push(armFault(fault));
    },
    clearFaults: () => {
      fake.faults = [];
    },
    clock: {
      now: () => fake.clockMs,
      set: (/** @type {number | string} */ msOrIso) => fake.setClock(toMs(msOrIso)),
      advance: (/** @type {number} */ ms) => {
        if (!(Number.isFinite(ms) && ms >= 0)) throw new RangeError('clock.advance takes ms >= 0');
        fake.setClock(fake.clockMs + ms);
      },
    },
    reset: () => fake.reset(),
    fixtures: (/** @type {string | undefined} */ environment) => fake.fixtures(environment),
    getItem: (/** @type {string} */ id, /** @type {string | undefined} */ environment) =>
      fake.env(environment).store.rawItem(id),
    publishedLocales: (/** @type {string} */ id, /** @type {string | undefined} */ environment) =>
      fake.env(environment).store.publishedLocales(id),
    environments: () => fake.environments.list().map((env) => env.raw()),
    modes: {
      get: () => ({ ...fake.modes }),
      set: (/** @type {Partial<Modes>} */ changes) => {
        fake.modes = withModes(fake.modes, changes);
      },
    },
    rateLimit: {
      stats: () => fake.rateLimitStats(),
      configure: (/** @type {{ limit?: number, windowMs?: number } | false} */ config) =>
        fake.configureRateLimit(config),
    },
    jobs: {
      list: () => fake.jobs.list(),
      complete: (/** @type {string | undefined} */ id) => fake.jobs.complete(id),
    },
    planRuns: () => structuredClone(fake.planRuns),
    plugins: {
      set: (
        /** @type {string | undefined} */ environment,
        /** @type {string} */ id,
        /** @type {Record<string, unknown> | null} */ parameters,
      ) => fake.env(environment).plugins.set(id, parameters),
    },
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
