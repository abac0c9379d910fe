import { saveRefusedMessage, tooLargeMessage } from './configMessages';

describe('configMessages', () => {
  it('says how large the settings are against the limit, and that nothing was saved', () => {
    expect(tooLargeMessage(12_345)).toMatch(
      /^These settings need 12\.3 KB, more than the 10\.0 KB .* so nothing was saved\./,
    );
  });
  it('passes on what DatoCMS said when it refused, and says the previous settings stay', () => {
    expect(saveRefusedMessage(new Error('Plugin parameters exceed 10 KB'))).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. It said: “Plugin parameters exceed 10 KB”. Try again; if it keeps failing, configure fewer models one by one.',
    );
    expect(saveRefusedMessage('boom')).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. Try again; if it keeps failing, configure fewer models one by one.',
    );
  });
});
