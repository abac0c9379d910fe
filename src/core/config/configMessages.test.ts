import { saveRefusedMessage } from './configMessages';

describe('saveRefusedMessage', () => {
  it('gives the size against the limit when what was sent is over 10 KB, and says nothing was saved', () => {
    expect(saveRefusedMessage(new Error('too large'), 12_345)).toMatch(
      /^These settings need 12\.3 KB, more than the 10\.0 KB .* so nothing was saved\./,
    );
  });
  it('passes on what DatoCMS said when it refused a save of a fitting size, and says the previous settings stay', () => {
    expect(saveRefusedMessage(new Error('Plugin parameters could not be saved'), 2_000)).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. It said: “Plugin parameters could not be saved”. Try again; if it keeps failing, configure fewer models one by one.',
    );
    expect(saveRefusedMessage('boom', 2_000)).toBe(
      'DatoCMS did not save the settings, so the previous ones stay in force. Try again; if it keeps failing, configure fewer models one by one.',
    );
  });
});
