import type { UnpublishPermission } from '../roles/rolePermissions';
import type { WholeRecordState } from './publicationState';
import { explainWholeRecord, WHOLE_RECORD_TEXT, wholeRecordOffer } from './wholeRecordMessages';

const ALL: UnpublishPermission = { locales: ['en', 'it'], wholeRecord: true, reason: null };
const live = (reason: WholeRecordState['reason']): WholeRecordState => ({ reason, live: true, plan: null });

describe('explainWholeRecord', () => {
  it.each([
    ['no-localized-fields', 'its model has no localized fields'],
    ['unexpected-answer', 'in a form this plugin does not know'],
    ['state-unavailable', 'HTTP 404'],
  ] as const)('says why for %s, and that locales cannot be picked', (reason, why) => {
    const { message } = explainWholeRecord(live(reason));
    expect(message).toContain(why);
    expect(message).toContain('Locales cannot be picked one by one here.');
    // Never the per-locale panel's "Nothing is live" for a published record.
    expect(message).not.toMatch(/nothing is live/i);
  });
});

describe('wholeRecordOffer', () => {
  it('offers the whole record of a published record', () => {
    expect(wholeRecordOffer(live('unexpected-answer'), { allowWholeRecord: true, permission: ALL })).toEqual({
      ok: true,
      value: 'whole-record',
    });
  });
  it('offers nothing for a record its status says is not published', () => {
    const draft: WholeRecordState = { reason: 'state-unavailable', live: false, plan: null };
    expect(wholeRecordOffer(draft, { allowWholeRecord: true, permission: ALL })).toEqual({
      ok: false,
      message: WHOLE_RECORD_TEXT.notLive,
    });
  });
  it('offers nothing when the model keeps at least one locale live (none can be picked here)', () => {
    expect(wholeRecordOffer(live('no-localized-fields'), { allowWholeRecord: false, permission: ALL })).toEqual({
      ok: false,
      message: WHOLE_RECORD_TEXT.turnedOff,
    });
  });
  it('gives the role’s reason when the role may not unpublish the whole record', () => {
    const onlyEnglish: UnpublishPermission = {
      locales: ['en'],
      wholeRecord: false,
      reason: 'Your role may unpublish only English.',
    };
    expect(wholeRecordOffer(live('no-localized-fields'), { allowWholeRecord: true, permission: onlyEnglish })).toEqual({
      ok: false,
      message: 'Your role may unpublish only English.',
    });
  });
});
