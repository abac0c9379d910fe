// The API routes of the fake, with the URL each client call uses
// (@datocms/cma-client 5.8 generated/resources/*.ts).

import { parseBulkUnpublishBody } from './bodies.mjs';
import { listItems, listReferences } from './listing.mjs';
import { rawPlugin } from './plugins.mjs';
import { createPublication, createUnpublishing, destroyPublication, destroyUnpublishing } from './scheduling.mjs';
import { currentVsPublishedState } from './shapes.mjs';

/** @typedef {import('./store.mjs').Query} Query */
/** @typedef {import('./environments.mjs').Environment} Environment */
/** @typedef {import('./environments.mjs').Environments} Environments */
/** @typedef {import('./jobs.mjs').Jobs} Jobs */
/** @typedef {import('./modes.mjs').Modes} Modes */

/**
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} Answer
 * @typedef {{ id: string, query: Query, rawBody: string }} RouteRequest `id` is the decoded `:id` of the path
 * @typedef {{ environments: Environments, jobs: Jobs, modes: Modes }} Project
 * @typedef {{
 *   method: string,
 *   pattern: RegExp,
 *   run: (env: Environment, request: RouteRequest, project: Project) => Answer,
 * }} EnvironmentRoute a route inside one environment (the X-Environment header picks it)
 * @typedef {{ method: string, pattern: RegExp, run: (project: Project, request: RouteRequest) => Answer }} ProjectRoute
 */

/** @param {unknown} body @returns {Answer} */
const ok = (body) => ({ status: 200, body });

/**
 * Routes of the project, outside any environment: the client sends X-Environment with them
 * too, and it is not checked (assumed: they list or read environments themselves).
 * https://www.datocms.com/docs/content-management-api/resources/environment
 * @type {ProjectRoute[]}
 */
export const PROJECT_ROUTES = [
  {
    method: 'GET',
    pattern: /^\/environments$/,
    run: ({ environments }) => ok({ data: environments.list().map((env) => env.raw()) }),
  },
  {
    method: 'GET',
    pattern: /^\/environments\/([^/]+)$/,
    run: ({ environments }, { id }) => ok({ data: environments.find(id).raw() }),
  },
];

/** @type {EnvironmentRoute[]} */
export const ENVIRONMENT_ROUTES = [
  { method: 'GET', pattern: /^\/items$/, run: ({ store }, { query }) => ok(listItems(store, query)) },
  {
    method: 'POST',
    pattern: /^\/items\/bulk\/unpublish$/,
    // https://www.datocms.com/docs/content-management-api/async-jobs: 202 Accepted with the job.
    run: (env, { rawBody }, { jobs, modes }) => {
      const itemIds = parseBulkUnpublishBody(rawBody);
      const run = () => {
        const offline = new Set();
        return itemIds.map((id) => env.store.bulkUnpublishOne(id, offline));
      };
      return { status: 202, body: jobs.start({ environment: env.id, itemIds, polls: modes.jobPolls, run }) };
    },
  },
  { method: 'GET', pattern: /^\/items\/([^/]+)$/, run: ({ store }, { id }) => ok({ data: store.rawItem(id) }) },
  {
    method: 'GET',
    pattern: /^\/items\/([^/]+)\/current-vs-published-state$/,
    run: ({ store }, { id }) => ok(currentVsPublishedState(store, store.find(id))),
  },
  {
    method: 'GET',
    pattern: /^\/items\/([^/]+)\/references$/,
    run: ({ store }, { id, query }) => ok(listReferences(store, id, query)),
  },
  {
    method: 'PUT',
    pattern: /^\/items\/([^/]+)\/unpublish$/,
    // The client sends `{ recursive: true }` as `recursive=true`; docs silent on other spellings: only 'true' counts.
    run: ({ store }, { id, query, rawBody }) => ok(store.unpublish(id, rawBody, query.recursive === 'true')),
  },
  {
    method: 'POST',
    pattern: /^\/items\/([^/]+)\/scheduled-unpublishing$/,
    // ../shared/reference/003_4c57e64e723636ba.txt shows "HTTP/1.1 200 OK" for the creation: followed here.
    run: ({ store }, { id, rawBody }) => ok(createUnpublishing(store, id, rawBody)),
  },
  {
    method: 'DELETE',
    pattern: /^\/items\/([^/]+)\/scheduled-unpublishing$/,
    run: ({ store }, { id }) => ok(destroyUnpublishing(store, id)),
  },
  {
    method: 'POST',
    pattern: /^\/items\/([^/]+)\/scheduled-publication$/,
    // Docs silent on the status of the creation: 200, as for the scheduled unpublishing (assumed).
    run: ({ store }, { id, rawBody }) => ok(createPublication(store, id, rawBody)),
  },
  {
    method: 'DELETE',
    pattern: /^\/items\/([^/]+)\/scheduled-publication$/,
    run: ({ store }, { id }) => ok(destroyPublication(store, id)),
  },
  {
    method: 'GET',
    pattern: /^\/plugins\/([^/]+)$/,
    // plugins.mjs: each environment has its own plugins and parameters.
    run: ({ plugins }, { id }) => ok({ data: rawPlugin(plugins.find(id)) }),
  },
  // Job results are read in the environment the job ran in (the client sends the same header).
  { method: 'GET', pattern: /^\/job-results\/([^/]+)$/, run: (_env, { id }, { jobs }) => ok(jobs.poll(id)) },
];
