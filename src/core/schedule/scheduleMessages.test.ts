import type { ApiFailure } from '../shared/apiFailure';
import { describeReplaceResult } from './scheduleMessages';

const failure: ApiFailure = { kind: 'network' };

describe('describeReplaceResult', () => {
  it('says a save happened without repeating the plan the panel shows', () => {
    expect(describeReplaceResult({ kind: 'saved' }, false)).toEqual({
      tone: 'success',
      message: 'The unpublishing is scheduled.',
    });
    expect(describeReplaceResult({ kind: 'saved' }, true).message).toBe('The scheduled unpublishing was replaced.');
  });

  it('says the previous plan was kept, once, without writing it out again', () => {
    const restored = describeReplaceResult({ kind: 'restored', failure }, true);
    expect(restored.tone).toBe('error');
    expect(restored.message.endsWith(' Your previous plan was kept.')).toBe(true);
    expect(restored.message).not.toMatch(/will go offline/);
  });
});
