import { cannotSave, factoryDefaults, saveRefusedMessage } from './configMessages';
import { NATIVE_BUTTON_TEXT, nativeButtonHint } from './nativeButtonMessages';
import { FACTORY_DEFAULTS } from './pluginConfig';

const RETRY =
  'DatoCMS did not save the settings, so the previous ones stay in force. Try again; if it keeps failing, configure fewer models one by one.';

describe('saveRefusedMessage', () => {
  it('gives the size against the limit when what was sent is over 10 KB, says nothing was saved, and how to shrink it', () => {
    expect(saveRefusedMessage(new Error('too large'), 12_345)).toBe(
      'These settings need 12.3 KB, more than the 10.0 KB DatoCMS keeps for a plugin’s settings, so nothing was saved. ' +
        'Models that use the defaults cost nothing, and models with the same settings are stored together: use the defaults again for some models, or give more of them the same settings.',
    );
  });
  it('does not blame the size of settings that fill the 10 KB exactly', () => {
    expect(saveRefusedMessage('boom', 10_000)).toBe(RETRY);
  });
  it('passes on what DatoCMS said when it refused a save of a fitting size, and says the previous settings stay', () => {
    expect(saveRefusedMessage(new Error('Plugin parameters could not be saved'), 2_000)).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. It said: “Plugin parameters could not be saved”. Try again; if it keeps failing, configure fewer models one by one.',
    );
    expect(saveRefusedMessage('boom', 2_000)).toBe(RETRY);
  });
  it('trims what DatoCMS said, and says nothing of a blank message', () => {
    expect(saveRefusedMessage(new Error('  Timeout \n'), 2_000)).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. It said: “Timeout”. Try again; if it keeps failing, configure fewer models one by one.',
    );
    expect(saveRefusedMessage(new Error(' \n '), 2_000)).toBe(RETRY);
    expect(saveRefusedMessage(new Error(''), 2_000)).toBe(RETRY);
  });
});

describe('cannotSave', () => {
  it('names the sections whose lead time cannot be saved', () => {
    expect(cannotSave(['the defaults'])).toBe('Fix the minimum lead time of the defaults to save.');
    expect(cannotSave(['the defaults', 'Article', 'Page'])).toBe(
      'Fix the minimum lead time of the defaults, Article, and Page to save.',
    );
  });
});

describe('factoryDefaults', () => {
  it('says what a fresh install does, with its lead time', () => {
    expect(factoryDefaults(15)).toBe(
      'Factory defaults: the panel is shown and starts open, after DatoCMS’s own panels; whole-record unpublish and ' +
        'scheduling are allowed with a 15-minute minimum lead time; unpublishing the records below is not; ' +
        'nothing is picked when the panel opens; DatoCMS’s own Unpublish button works as usual.',
    );
  });
});

describe('nativeButtonHint', () => {
  const LOOPHOLE =
    'Unpublishing the whole record is turned off here, but with Allow DatoCMS’s own button can still do it: choose Warn or Block to hold the rule.';
  it('warns of the loophole when whole-record unpublish is off but the native button is allowed', () => {
    expect(nativeButtonHint({ ...FACTORY_DEFAULTS, allowWholeRecord: false, nativeUnpublish: 'allow' })).toBe(
      `${NATIVE_BUTTON_TEXT.explanation} ${LOOPHOLE}`,
    );
  });
  it.each([
    ['whole-record unpublish is allowed', { allowWholeRecord: true, nativeUnpublish: 'allow' }],
    ['the native button warns', { allowWholeRecord: false, nativeUnpublish: 'warn' }],
    ['the native button is blocked', { allowWholeRecord: false, nativeUnpublish: 'block' }],
  ] as const)('only explains the button when %s', (_, change) => {
    const hint = nativeButtonHint({ ...FACTORY_DEFAULTS, ...change });
    expect(hint).toBe(NATIVE_BUTTON_TEXT.explanation);
    expect(hint).toMatch(/^Applies when an editor presses DatoCMS’s own Unpublish/);
  });
});
