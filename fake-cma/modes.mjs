// Fidelity switches: where the documentation is silent or contradicts itself, the
// fake can answer either way. Each switch names its source and what is assumed.
//
//   errorEnvelope                 'invalid-field' (default) | 'validation-invalid'
//     How a 422 on one field is wrapped. Default per the errors page
//     (https://www.datocms.com/docs/content-management-api/errors): top-level
//     INVALID_FIELD with details { field, code: 'VALIDATION_INVALID' }. The other
//     nesting (top-level VALIDATION_INVALID, as ../shared/reference/000_a3b9383d75374f8a.txt
//     words it and an official plugin's fixture shows) with 'validation-invalid'.
//     Applies to the unpublish, schedule, publication and bulk endpoints.
//   scheduleInIncluded            true (default) | false
//     GET /items/:id/current-vs-published-state: the client's types allow the scheduled
//     unpublishing/publication in `included`; the docs' own example sets the relationship
//     and leaves it out of `included` (false).
//   currentVsPublishedShape       'documented' (default) | 'renamed' | 'missing'
//     The client marks the endpoint private and subject to change: 'renamed' answers its
//     locale lists under other names, 'missing' without them (a changed API the plugin
//     must survive). The 404 case is a fault (see server.mjs `injectFault`).
//   nonLocalizedLocales           'empty' (default) | 'main-locale' | 'all-locales'
//     Docs silent on the locale lists of a record whose fields are all non-localized:
//     assumed empty lists; the other values answer the site's first locale / every locale.
//   selectiveUnpublishReferences  'whole' (default) | 'ignore'
//     Docs silent on link strategies for a per-locale unpublish: assumed the wider effect
//     (as a whole unpublish); 'ignore' applies none.
//   readOnlyStatus                422 (default) | any 4xx/5xx
//     The HTTP status of ENVIRONMENT_IN_READ_ONLY_MODE and ENVIRONMENT_NOT_READY: the
//     errors page lists the codes without a status; 422 is assumed.
//   jobPolls                      0 (default) | n >= 0
//     How many polls of GET /job-results/:id answer 404 before the result (the async
//     jobs page, https://www.datocms.com/docs/content-management-api/async-jobs: 404
//     while the job runs). 0: the job is done when it is created.

/**
 * @typedef {object} Modes
 * @property {'invalid-field' | 'validation-invalid'} errorEnvelope
 * @property {boolean} scheduleInIncluded
 * @property {'documented' | 'renamed' | 'missing'} currentVsPublishedShape
 * @property {'empty' | 'main-locale' | 'all-locales'} nonLocalizedLocales
 * @property {'whole' | 'ignore'} selectiveUnpublishReferences
 * @property {number} readOnlyStatus
 * @property {number} jobPolls
 */

/** @type {Readonly<Modes>} */
export const DEFAULT_MODES = Object.freeze({
  errorEnvelope: 'invalid-field',
  scheduleInIncluded: true,
  currentVsPublishedShape: 'documented',
  nonLocalizedLocales: 'empty',
  selectiveUnpublishReferences: 'whole',
  readOnlyStatus: 422,
  jobPolls: 0,
});

/** @type {Record<string, (value: unknown) => boolean>} */
const CHECKS = {
  errorEnvelope: (v) => v === 'invalid-field' || v === 'validation-invalid',
  scheduleInIncluded: (v) => typeof v === 'boolean',
  currentVsPublishedShape: (v) => v === 'documented' || v === 'renamed' || v === 'missing',
  nonLocalizedLocales: (v) => v === 'empty' || v === 'main-locale' || v === 'all-locales',
  selectiveUnpublishReferences: (v) => v === 'whole' || v === 'ignore',
  readOnlyStatus: (v) => Number.isInteger(v) && Number(v) >= 400 && Number(v) <= 599,
  jobPolls: (v) => Number.isInteger(v) && Number(v) >= 0,
};

/**
 * `base` with `changes` applied; throws on an unknown switch or value.
 * @param {Modes} base
 * @param {Partial<Modes>} changes
 * @returns {Modes}
 */
export function withModes(base, changes) {
  if (typeof changes !== 'object' || changes === null) throw new TypeError('modes is an object');
  for (const [name, value] of Object.entries(changes)) {
    const check = CHECKS[name];
    if (!check) throw new TypeError(`unknown mode ${name}`);
    if (!check(value)) throw new TypeError(`mode ${name}: invalid value ${JSON.stringify(value)}`);
  }
  return { ...base, ...changes };
}
