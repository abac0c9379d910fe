/**
 * API failures as the panel sees them (built from the CMA client's errors by
 * the API layer), and the one mapping from a failure to what the editor reads.
 */

/** One entry of the CMA's JSON:API error document: its `code` and `details`, as sent. */
export type ApiErrorEntry = { code: string; details: Record<string, unknown> };

export type ApiFailure =
  /** The API answered with an error status, with the entries of its error document (none when it had none). */
  | { kind: 'api'; status: number; errors: ApiErrorEntry[] }
  /** No answer in time: the write may or may not have happened. */
  | { kind: 'timeout' }
  /** The connection failed or dropped: the write may or may not have happened. */
  | { kind: 'network' }
  /** The API kept answering 429 for longer than the panel is willing to wait. */
  | { kind: 'rate-limited' };

export type Action = 'read' | 'unpublish' | 'schedule' | 'cancel-schedule';

export type FailureMessage = {
  message: string;
  /** True when the write may have been carried out even though it failed. */
  outcomeUnknown: boolean;
};

const NOTHING_CHANGED: Record<Action, string> = {
  read: '',
  unpublish: 'Nothing was unpublished.',
  schedule: 'No unpublishing was scheduled.',
  'cancel-schedule': 'The scheduled unpublishing was not cancelled.',
};

function known(action: Action, text: string): FailureMessage {
  const prefix = NOTHING_CHANGED[action];
  return { message: prefix ? `${prefix} ${text}` : text, outcomeUnknown: false };
}

/** What a refusal means for the editor, whatever shape the error document gave it. */
export type FailureReason =
  | 'locale-not-live'
  | 'published-children'
  | 'published-references'
  | 'permission'
  | 'token'
  | 'not-found'
  | 'locked'
  | 'rate-limit'
  | 'date'
  | 'read-only-environment';

/**
 * The codes of the errors page (datocms.com/docs/content-management-api/errors) the panel
 * explains. The page documents validation errors as `INVALID_FIELD` with
 * `details: { field, code: 'VALIDATION_…' }`, while an official plugin's test fixture nests
 * them the other way round (`VALIDATION_…` at the top, the field in `details`): every code
 * here is matched at either level.
 */
const REASON_BY_CODE: Record<string, FailureReason> = {
  // ../shared/reference/000_a3b9383d75374f8a.txt: a locale that is not published gives a
  // VALIDATION_INVALID error on the content_in_locales field.
  VALIDATION_INVALID: 'locale-not-live',
  PUBLISHED_CHILDREN: 'published-children',
  PUBLISHED_REFERENCES: 'published-references',
  INSUFFICIENT_PERMISSIONS: 'permission',
  INVALID_AUTHORIZATION_HEADER: 'token',
  NOT_FOUND: 'not-found',
  ITEM_LOCKED: 'locked',
  RATE_LIMIT_EXCEEDED: 'rate-limit',
  INVALID_DATE: 'date',
  ENVIRONMENT_IN_READ_ONLY_MODE: 'read-only-environment',
};

/** A validation error on one of the fields the plugin sends says which of its values was refused. */
const REASON_BY_FIELD: Record<string, FailureReason> = {
  content_in_locales: 'locale-not-live',
  unpublishing_scheduled_at: 'date',
};

/** Reasons implied by a status when the body names none the panel knows. */
const REASON_BY_STATUS: Record<number, FailureReason> = {
  401: 'token',
  403: 'permission',
  404: 'not-found',
  429: 'rate-limit',
};

function reasonOfEntry({ code, details }: ApiErrorEntry): FailureReason | undefined {
  const field = details.field;
  if (typeof field === 'string') {
    if (Object.hasOwn(REASON_BY_FIELD, field)) return REASON_BY_FIELD[field];
    // A validation error on a field the plugin does not send: not one it can explain.
    if (code === 'INVALID_FIELD' || code.startsWith('VALIDATION_')) return undefined;
  }
  const nested = details.code;
  for (const candidate of [code, typeof nested === 'string' ? nested : '']) {
    if (Object.hasOwn(REASON_BY_CODE, candidate)) return REASON_BY_CODE[candidate];
  }
  return undefined;
}

/** What the failure means, or null when the panel cannot say more than its code or status. */
export function failureReason(failure: ApiFailure): FailureReason | null {
  if (failure.kind === 'rate-limited') return 'rate-limit';
  if (failure.kind !== 'api') return null;
  for (const entry of failure.errors) {
    const reason = reasonOfEntry(entry);
    if (reason) return reason;
  }
  return REASON_BY_STATUS[failure.status] ?? null;
}

const REASON_MESSAGES: Record<FailureReason, string> = {
  'locale-not-live':
    'A locale you picked is no longer published, or the record changed meanwhile (someone else may have unpublished it). The panel now shows the current state: check it and pick again.',
  'published-children':
    'This record has published child records in its tree, and they must go offline first (or together with it).',
  'published-references':
    'Published records link to this record through a field that does not let it go offline while they link to it: remove the link from them, or unpublish them first.',
  permission:
    'Your role does not allow this: unpublishing needs the “publish” permission on this model and these locales. Ask a project administrator.',
  token: 'DatoCMS did not accept the plugin’s access token (it may have expired). Reload the page and try again.',
  'not-found': 'This record no longer exists: it may have been deleted meanwhile.',
  locked: 'The record is locked by another operation right now. Try again in a moment.',
  'rate-limit': 'The DatoCMS API rate limit was reached. Wait a minute and try again.',
  date: 'DatoCMS did not accept the date. Pick another date and time.',
  'read-only-environment':
    'This environment is in read-only mode right now (a maintenance or a migration may be under way). Try again later.',
};

/** What the editor's own form has to do with a failure. */
export type FailureContext = { formDirty?: boolean };

function reasonText(reason: FailureReason, action: Action, context: FailureContext): string {
  // Cancelling: what is missing is more likely the plan (it ran, or was cancelled elsewhere) than the record.
  if (reason === 'not-found' && action === 'cancel-schedule') {
    return 'There is no scheduled unpublishing any more: it may have run or been cancelled meanwhile (or the record was deleted).';
  }
  // DatoCMS locks a record while it is being edited: with unsaved changes in this form, the lock is likely ours.
  if (reason === 'locked' && context.formDirty) {
    return 'The record is locked while this form has unsaved changes. Save or discard your changes first, then try again.';
  }
  return REASON_MESSAGES[reason];
}

function fromApi(action: Action, failure: ApiFailure, status: number, context: FailureContext): FailureMessage {
  const reason = failureReason(failure);
  if (reason) return known(action, reasonText(reason, action, context));
  if (status >= 500 && action === 'read') {
    return {
      message: `DatoCMS had an internal error (HTTP ${status}), so the publication state could not be read. Try again.`,
      outcomeUnknown: false,
    };
  }
  if (status >= 500) {
    return {
      message: `DatoCMS had an internal error (HTTP ${status}), so it is not certain whether the change was made. The panel shows the state read afterwards; try again if it is still needed.`,
      outcomeUnknown: true,
    };
  }
  const unknownCode = failure.kind === 'api' ? failure.errors[0]?.code : undefined;
  return known(action, `DatoCMS refused the request (${unknownCode ? `error ${unknownCode}` : `HTTP ${status}`}).`);
}

export function describeFailure(failure: ApiFailure, action: Action, context: FailureContext = {}): FailureMessage {
  switch (failure.kind) {
    case 'api':
      return fromApi(action, failure, failure.status, context);
    case 'rate-limited':
      return fromApi(action, failure, 429, context);
    case 'timeout':
    case 'network': {
      const what = failure.kind === 'timeout' ? 'DatoCMS did not answer in time' : 'The connection to DatoCMS was lost';
      if (action === 'read') {
        return { message: `${what}, so the publication state could not be read. Try again.`, outcomeUnknown: false };
      }
      return {
        message: `${what}, so it is not known whether the change was made. The panel shows the state read afterwards: check it before trying again.`,
        outcomeUnknown: true,
      };
    }
  }
}

/** Whether a write that failed this way may still have been carried out. */
export function mayHaveHappened(failure: ApiFailure): boolean {
  return failure.kind === 'timeout' || failure.kind === 'network' || (failure.kind === 'api' && failure.status >= 500);
}
