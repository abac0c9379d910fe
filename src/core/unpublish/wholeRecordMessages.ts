/**
 * What the panel says and offers when it has no per-locale state to go by: a
 * model without localized fields, or a state request that failed or changed
 * shape. It then acts on the record's own status only, and never offers a
 * locale it cannot check.
 */
import type { UnpublishPermission } from '../roles/rolePermissions';
import type { Checked } from '../shared/checked';
import type { WholeRecordReason, WholeRecordState } from './publicationState';

const NO_PICK = 'Locales cannot be picked one by one here.';

const EXPLANATIONS: Record<WholeRecordReason, { title: string; message: string }> = {
  'no-localized-fields': {
    title: 'The whole record only',
    message:
      'DatoCMS lists no published locales for this record although it is published: its model has no localized fields, so it goes offline as a whole. ' +
      NO_PICK,
  },
  'unexpected-answer': {
    title: 'Locales could not be checked',
    message:
      'DatoCMS answered the request for this record’s per-locale state in a form this plugin does not know (that request is experimental and may change). The panel goes by the record’s status instead. ' +
      NO_PICK,
  },
  'state-unavailable': {
    title: 'Locales could not be checked',
    message:
      'DatoCMS did not find this record’s per-locale state (HTTP 404): the experimental request the plugin uses for it may have changed, or the record was deleted meanwhile. The panel goes by the record’s status instead. ' +
      NO_PICK,
  },
};

export const WHOLE_RECORD_TEXT = {
  notLive: 'By its status, this record is not published: there is nothing to unpublish.',
  turnedOff:
    'Unpublishing the whole record is turned off for this model, and locales cannot be picked here: nothing can be unpublished from this panel.',
  roleForbids: 'Your role may not unpublish the whole record.',
  confirmTitle: 'Unpublish the whole record?',
  confirmContent: 'The whole record will stop being published, in every locale. Nothing stays live.',
  confirmLabel: 'Unpublish the whole record',
  success: 'The record is no longer published.',
} as const;

export function explainWholeRecord(state: WholeRecordState): { title: string; message: string } {
  return EXPLANATIONS[state.reason];
}

/** Whether a whole-record unpublish can be offered (no body: every locale), or why not. */
export function wholeRecordOffer(
  state: WholeRecordState,
  policy: { allowWholeRecord: boolean; permission: UnpublishPermission },
): Checked<'whole-record'> {
  if (!state.live) return { ok: false, message: WHOLE_RECORD_TEXT.notLive };
  if (!policy.allowWholeRecord) return { ok: false, message: WHOLE_RECORD_TEXT.turnedOff };
  if (!policy.permission.wholeRecord) {
    return { ok: false, message: policy.permission.reason ?? WHOLE_RECORD_TEXT.roleForbids };
  }
  return { ok: true, value: 'whole-record' };
}
