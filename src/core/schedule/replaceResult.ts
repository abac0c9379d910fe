/** How changing a plan ended: a record holds one plan, so a change is a cancel then a create (src/api/replaceSchedule.ts). */
import type { ApiFailure } from '../shared/apiFailure';

export type ReplaceResult =
  | { kind: 'saved' }
  | { kind: 'failed'; failure: ApiFailure }
  | { kind: 'restored'; failure: ApiFailure }
  | { kind: 'lost'; failure: ApiFailure }
  /** The new plan's create had an unknown outcome and the old plan could not be put back. */
  | { kind: 'unknown'; failure: ApiFailure };
