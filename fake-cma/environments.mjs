// Environments: each one has its own data (records, schedules); a request picks one with
// the X-Environment header, none meaning the primary one.
//
// Sources:
//   [env]      https://www.datocms.com/docs/content-management-api/resources/environment (object
//              payload: meta.status creating/ready/destroying, read_only_mode, primary, forked_from,
//              fork_completion_percentage only while creating, created_at, last_data_change_at)
//   [header]   https://www.datocms.com/docs/content-management-api/setting-the-environment ("By
//              default, every API request you perform will point to the current primary
//              environment"; `X-Environment` selects another)
//   [errors]   https://www.datocms.com/docs/content-management-api/errors (INVALID_ENVIRONMENT,
//              ENVIRONMENT_IN_READ_ONLY_MODE, ENVIRONMENT_NOT_READY listed, statuses not given)
//   [gatsby]   https://github.com/datocms/gatsby-source-datocms/issues/135 (the real API answers an
//              unknown environment with "404 INVALID_ENVIRONMENT")

import { ApiFailure } from './errors.mjs';
import { defaultPlugins, Plugins } from './plugins.mjs';
import { Store } from './store.mjs';
import { iso } from './time.mjs';

/** @typedef {import('./seed.mjs').Seed} Seed */
/** @typedef {import('./modes.mjs').Modes} Modes */
/** @typedef {import('./plugins.mjs').PluginSeed} PluginSeed */

/**
 * @typedef {object} EnvironmentSeed
 * @property {string} id lowercase letters, numbers and dashes ([env])
 * @property {Seed} seed its data
 * @property {boolean} [primary] exactly one environment is primary
 * @property {'ready' | 'creating'} [status] default 'ready'
 * @property {boolean} [readOnly] `read_only_mode`: writes answer ENVIRONMENT_IN_READ_ONLY_MODE
 * @property {string | null} [forkedFrom]
 * @property {number} [forkCompletionPercentage] while creating (default 40)
 * @property {PluginSeed[]} [plugins] the plugins installed there, with their own parameters
 *   (default: this plugin with `{}`, see plugins.mjs)
 */

const DAY_MS = 86_400_000;

export class Environment {
  /**
   * @param {EnvironmentSeed} spec
   * @param {{ now: () => number, modes: () => Modes }} context
   */
  constructor(spec, context) {
    this.id = spec.id;
    this.primary = spec.primary ?? false;
    this.status = spec.status ?? 'ready';
    this.readOnly = spec.readOnly ?? false;
    this.forkedFrom = spec.forkedFrom ?? null;
    this.forkCompletionPercentage = spec.forkCompletionPercentage ?? 40;
    this.createdAt = iso(context.now() - (this.primary ? 30 : 2) * DAY_MS);
    this.store = new Store(structuredClone(spec.seed), context);
    this.plugins = new Plugins(spec.plugins ?? defaultPlugins());
  }

  /** [env] object payload. */
  raw() {
    return {
      id: this.id,
      type: 'environment',
      meta: {
        status: this.status,
        ...(this.status === 'creating' ? { fork_completion_percentage: this.forkCompletionPercentage } : {}),
        read_only_mode: this.readOnly,
        created_at: this.createdAt,
        last_data_change_at: iso(this.store.dataChangedAt),
        primary: this.primary,
        forked_from: this.forkedFrom,
      },
    };
  }
}

export class Environments {
  /**
   * @param {EnvironmentSeed[]} specs
   * @param {{ now: () => number, modes: () => Modes }} context
   */
  constructor(specs, context) {
    const ids = specs.map(({ id }) => id);
    if (ids.some((id) => !/^[a-z0-9-]+$/.test(id)))
      throw new Error('environment ids are lowercase letters, numbers and dashes');
    if (new Set(ids).size !== ids.length) throw new Error('environment ids must be unique');
    if (specs.filter(({ primary }) => primary).length !== 1) throw new Error('exactly one environment must be primary');
    /** @type {Map<string, Environment>} */
    this.byId = new Map(specs.map((spec) => [spec.id, new Environment(spec, context)]));
  }

  /** @returns {Environment} */
  get primary() {
    return /** @type {Environment} */ ([...this.byId.values()].find((env) => env.primary));
  }

  list() {
    return [...this.byId.values()];
  }

  /**
   * GET /environments/:id: NOT_FOUND for an unknown one (the code is assumed).
   * @param {string} id
   */
  find(id) {
    const env = this.byId.get(id);
    if (!env) throw new ApiFailure(404, 'NOT_FOUND', { environment_id: id, message: `no environment ${id}` });
    return env;
  }

  /**
   * The environment a request addresses ([header]); an unknown name is 404 INVALID_ENVIRONMENT ([gatsby]).
   * @param {string | null} header
   */
  resolve(header) {
    if (header === null || header === '') return this.primary;
    const env = this.byId.get(header);
    if (!env)
      throw new ApiFailure(404, 'INVALID_ENVIRONMENT', { environment: header, message: `no environment ${header}` });
    return env;
  }

  /**
   * Refuses what the environment's state forbids ([errors]; the status is the `readOnlyStatus`
   * mode, 422 assumed): any request while it is being created, a write while it is read-only.
   * @param {Environment} env
   * @param {string} method
   * @param {number} status
   */
  static check(env, method, status) {
    if (env.status !== 'ready') throw new ApiFailure(status, 'ENVIRONMENT_NOT_READY', { environment: env.id });
    if (env.readOnly && method !== 'GET')
      throw new ApiFailure(status, 'ENVIRONMENT_IN_READ_ONLY_MODE', { environment: env.id });
  }
}
