// API errors of the fake and the JSON:API error document they become.
//
// Envelope, per the errors page (https://www.datocms.com/docs/content-management-api/errors):
// `{ data: [{ id, type: 'api_error', attributes: { code, doc_url, details, transient? } }] }`;
// a validation error is the top-level code INVALID_FIELD with `details: { field, code: 'VALIDATION_…' }`.
// An official plugin's test fixture nests it the other way (top-level VALIDATION_INVALID), and
// ../shared/reference/000_a3b9383d75374f8a.txt says "a VALIDATION_INVALID error on the
// content_in_locales field": the mode `errorEnvelope` picks one (see modes.mjs).

import { randomUUID } from 'node:crypto';

/** An API error answer: thrown by the rules, turned into a JSON:API error body by the server. */
export class ApiFailure extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {Record<string, unknown>} [details]
   */
  constructor(status, code, details = {}) {
    super(`${status} ${code} ${JSON.stringify(details)}`);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** A 422 on one field: its envelope depends on the `errorEnvelope` mode. */
export class ValidationFailure extends ApiFailure {
  /**
   * @param {string} field
   * @param {string} message for humans only (the fake's words)
   * @param {string} validation the `VALIDATION_…` code of `details.code`
   */
  constructor(field, message, validation = 'VALIDATION_INVALID') {
    super(422, 'INVALID_FIELD', { field, code: validation, message });
    this.validation = validation;
  }
}

/**
 * @param {string} field
 * @param {string} message
 * @param {string} [validation]
 */
export const invalid = (field, message, validation) => new ValidationFailure(field, message, validation);

/** @param {string} message */
export const badFormat = (message) => new ApiFailure(422, 'INVALID_FORMAT', { message });

/** @param {string} id */
export const recordNotFound = (id) => new ApiFailure(404, 'NOT_FOUND', { item_id: id, message: `no record ${id}` });

/**
 * The JSON:API error document the client parses into `ApiError.errors`.
 * @param {string} code
 * @param {Record<string, unknown>} details
 * @param {boolean} [transient]
 */
export function errorBody(code, details, transient = false) {
  const attributes = {
    code,
    details,
    doc_url: `https://www.datocms.com/docs/content-management-api/errors#${code}`,
    ...(transient ? { transient: true } : {}),
  };
  return { data: [{ id: randomUUID(), type: 'api_error', attributes }] };
}

/**
 * @param {ApiFailure} failure
 * @param {'invalid-field' | 'validation-invalid'} envelope
 * @returns {{ status: number, body: unknown }}
 */
export function failureAnswer(failure, envelope) {
  const code =
    failure instanceof ValidationFailure && envelope === 'validation-invalid' ? 'VALIDATION_INVALID' : failure.code;
  return { status: failure.status, body: errorBody(code, failure.details) };
}
