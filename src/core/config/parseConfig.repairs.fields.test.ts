// parseConfig's repairs of one model's fields: lead times out of range or not whole numbers, flags that are not
// booleans, unknown placements and scopes, a missing field, several broken fields at once.
import { custom, expectRepaired, model, modelPath, PLACEMENT_EXPECTED, type RepairCase, saved } from './testFixtures';

const malformed: RepairCase[] = [
  [
    'a negative lead time (falls back to the defaults’ value)',
    saved({ 'model-article': model({ minLeadMinutes: -3 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was -3, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, minLeadMinutes: 60 }),
  ],
  [
    'a lead time of 2.5',
    saved({ 'model-article': model({ minLeadMinutes: 2.5 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 2.5, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time of NaN',
    saved({ 'model-article': model({ minLeadMinutes: Number.NaN }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was NaN, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time of Infinity',
    saved({ 'model-article': model({ minLeadMinutes: Number.POSITIVE_INFINITY }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was Infinity, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a huge lead time',
    saved({ 'model-article': model({ minLeadMinutes: 1e308 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 1e+308, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time over a week',
    saved({ 'model-article': model({ minLeadMinutes: 10081 }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was 10081, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a lead time as a string',
    saved({ 'model-article': model({ minLeadMinutes: '5' }) }),
    [
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was "5", not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
  ],
  [
    'a flag that is not a boolean',
    saved({ 'model-article': model({ enabled: 'yes' }) }),
    [{ path: `${modelPath}.enabled`, message: 'was "yes", not true or false: reset to true' }],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, enabled: true }),
  ],
  [
    'a flag that is 0',
    saved({ 'model-article': model({ allowRecursive: 0 }) }),
    [{ path: `${modelPath}.allowRecursive`, message: 'was 0, not true or false: reset to true' }],
  ],
  [
    'a placement with an unknown anchor',
    saved({ 'model-article': model({ placement: ['before', 'nowhere'] }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was ["before", "nowhere"], not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'a placement that is a string',
    saved({ 'model-article': model({ placement: 'after' }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was "after", not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'a placement with three items',
    saved({ 'model-article': model({ placement: ['after', 'info', 1] }) }),
    [
      {
        path: `${modelPath}.placement`,
        message: `was ["after", "info", 1], not ${PLACEMENT_EXPECTED}: reset to ["before","schedule"]`,
      },
    ],
  ],
  [
    'an unknown default scope',
    saved({ 'model-article': model({ defaultScope: 'all' }) }),
    [
      {
        path: `${modelPath}.defaultScope`,
        message: 'was "all", not "none" or "form-locale": reset to "form-locale"',
      },
    ],
  ],
  [
    'a missing field (and a long string elsewhere, shortened)',
    saved({ 'model-article': model({ startOpen: undefined, defaultScope: 'x'.repeat(100) }) }),
    [
      { path: `${modelPath}.startOpen`, message: 'was missing: set to false' },
      {
        path: `${modelPath}.defaultScope`,
        message: `was "${'x'.repeat(39)}…", not "none" or "form-locale": reset to "form-locale"`,
      },
    ],
  ],
  [
    'several broken fields (each repaired, the valid ones kept)',
    saved({ 'model-article': model({ enabled: null, minLeadMinutes: {}, allowScheduling: [true] }) }),
    [
      { path: `${modelPath}.enabled`, message: 'was null, not true or false: reset to true' },
      { path: `${modelPath}.allowScheduling`, message: 'was [true], not true or false: reset to false' },
      {
        path: `${modelPath}.minLeadMinutes`,
        message: 'was an object, not a whole number of minutes between 0 and 10080: reset to 60',
      },
    ],
    (c) => expect(c.models['model-article']).toEqual({ ...custom, enabled: true, minLeadMinutes: 60 }),
  ],
];

describe('parseConfig: malformed parameters', () => {
  it.each(malformed)('repairs %s', (_label, raw, repairs, check) => expectRepaired(raw, repairs, check));
});
