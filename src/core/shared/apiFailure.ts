/**
 * API failures as the panel sees them (built from the CMA client's errors by
 * the API layer), and the one mapping from a failure to what the editor reads.
 */

export type ApiFailure =
  /**
   * The API answered with an error status; `codes` are its JSON:API error codes and
   * `details` each error's `details` (same order), kept so that messages can name records.
   */
  | { kind: 'api'; status: number; codes: string[]; details?: unknown[] }
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

/** Error codes the CMA answers that the panel explains; anything else is shown with its code. */
const CODE_MESSAGES: Record<string, string> = {
  VALIDATION_INVALID:
    'A locale you picked is no longer published, or the record changed meanwhile (someone else may have unpublished it). The panel now shows the current state: check it and pick again.',
  PUBLISHED_CHILDREN:
    'This record has published child records in its tree, and they must go offline first (or together with it).',
  PUBLISHED_REFERENCES:
    'Published records link to this record through a field that does not let it go offline while they link to it: remove the link from them, or unpublish them first.',
  INSUFFICIENT_PERMISSIONS:
    'Your role does not allow this: unpublishing needs the “publish” permission on this model and these locales. Ask a project administrator.',
  INVALID_AUTHORIZATION_HEADER:
    'DatoCMS did not accept the plugin’s access token (it may have expired). Reload the page and try again.',
  NOT_FOUND: 'This record no longer exists: it may have been deleted meanwhile.',
  ITEM_LOCKED: 'The record is locked by another operation right now. Try again in a moment.',
  RATE_LIMIT_EXCEEDED: 'The DatoCMS API rate limit was reached. Wait a minute and try again.',
  INVALID_DATE: 'DatoCMS did not accept the date. Pick another date and time.',
};

/** Codes implied by a status when the body names none the panel knows. */
const STATUS_CODES: Record<number, string> = {
  401: 'INVALID_AUTHORIZATION_HEADER',
  403: 'INSUFFICIENT_PERMISSIONS',
  404: 'NOT_FOUND',
  429: 'RATE_LIMIT_EXCEEDED',
};

function fromCodes(action: Action, codes: readonly string[], status: number): FailureMessage {
  const code = codes.find((c) => c in CODE_MESSAGES) ?? STATUS_CODES[status];
  // Cancelling: what is missing is more likely the plan (it ran, or was cancelled elsewhere) than the record.
  const text =
    code === 'NOT_FOUND' && action === 'cancel-schedule'
      ? 'There is no scheduled unpublishing any more: it may have run or been cancelled meanwhile (or the record was deleted).'
      : code
        ? CODE_MESSAGES[code]
        : undefined;
  if (text) return known(action, text);
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
  const unknownCode = codes[0];
  return known(action, `DatoCMS refused the request (${unknownCode ? `error ${unknownCode}` : `HTTP ${status}`}).`);
}

export function describeFailure(failure: ApiFailure, action: Action): FailureMessage {
  switch (failure.kind) {
    case 'api':
      return fromCodes(action, failure.codes, failure.status);
    case 'rate-limited':
      return fromCodes(action, [], 429);
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
