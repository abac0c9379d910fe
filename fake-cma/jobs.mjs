// Asynchronous jobs (bulk unpublish).
//
// Sources:
//   [async]   https://www.datocms.com/docs/content-management-api/async-jobs: the endpoint answers
//             `202 Accepted` with `{ data: { type: 'job', id } }`; GET /job-results/:id answers
//             404 while the job runs, then 200 with
//             `{ data: { type: 'job_result', id, attributes: { status, payload } } }`.
//   [bulk]    https://www.datocms.com/docs/content-management-api/resources/item/bulk_unpublish and
//             the client's `ItemBulkUnpublishJobSchema`: payload `{ data: [], meta: { successful, failed } }`.
//   [client]  rest-client-utils pollJobResult: the client polls after 1 s, 2 s, 3 s… and treats a
//             404 as "still running"; a job result status outside 2xx becomes an ApiError.

import { ApiFailure } from './errors.mjs';

/**
 * @typedef {{ id: string, outcome: 'unpublished' | 'failed', code?: string }} RecordOutcome
 *
 * @typedef {object} JobSummary what a test can read of a job
 * @property {string} id
 * @property {string} environment
 * @property {'bulk_unpublish'} kind
 * @property {string[]} itemIds
 * @property {'running' | 'done'} status
 * @property {number} pollsLeft 404 answers still to give
 * @property {{ successful: number, failed: number, records: RecordOutcome[] } | null} result
 */

export class Jobs {
  constructor() {
    /** @type {Map<string, JobSummary & { run: () => RecordOutcome[] }>} */
    this.byId = new Map();
    this.nextId = 1;
  }

  /**
   * Starts a job; with `polls` 0 it is done at once.
   * @param {{ environment: string, itemIds: string[], polls: number, run: () => RecordOutcome[] }} job
   */
  start({ environment, itemIds, polls, run }) {
    const id = `job-${this.nextId++}`;
    const job = {
      id,
      environment,
      kind: /** @type {const} */ ('bulk_unpublish'),
      itemIds,
      status: /** @type {'running' | 'done'} */ ('running'),
      pollsLeft: polls,
      result: null,
      run,
    };
    this.byId.set(id, job);
    if (polls === 0) this.#finish(job);
    return { data: { type: 'job', id } };
  }

  /** @param {JobSummary & { run: () => RecordOutcome[] }} job */
  #finish(job) {
    if (job.status === 'done') return;
    const records = job.run();
    const successful = records.filter((r) => r.outcome === 'unpublished').length;
    job.result = { successful, failed: records.length - successful, records };
    job.status = 'done';
    job.pollsLeft = 0;
  }

  /**
   * GET /job-results/:id ([async]): 404 while running (each poll uses one of `pollsLeft`), then the result.
   * @param {string} id
   */
  poll(id) {
    const job = this.byId.get(id);
    if (job && job.status === 'running' && job.pollsLeft === 0) this.#finish(job);
    if (!job || job.status === 'running') {
      if (job) job.pollsLeft -= 1;
      throw new ApiFailure(404, 'NOT_FOUND', {
        job_result_id: id,
        message: job ? 'the job is still running' : `no job ${id}`,
      });
    }
    const { successful, failed } = /** @type {NonNullable<JobSummary['result']>} */ (job.result);
    return {
      data: {
        type: 'job_result',
        id,
        attributes: { status: 200, payload: { data: [], meta: { successful, failed } } },
      },
    };
  }

  /** Finishes one running job, or all of them. @param {string} [id] */
  complete(id) {
    for (const job of this.byId.values()) if (id === undefined || job.id === id) this.#finish(job);
  }

  /** @returns {JobSummary[]} */
  list() {
    return [...this.byId.values()].map(({ run: _run, ...summary }) => structuredClone(summary));
  }
}
