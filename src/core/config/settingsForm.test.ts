import fc from 'fast-check';
import { MAX_LEAD_MINUTES } from '../schedule/leadTime';
import { FACTORY_DEFAULTS, type PluginConfig } from './pluginConfig';
import { serializeConfig } from './saveConfig';
import { invalidSections, isStored, readLeadMinutes } from './settingsForm';

const config = (minLeadMinutes: number): PluginConfig => ({
  version: 1,
  defaults: { ...FACTORY_DEFAULTS },
  models: { 'model-article': { ...FACTORY_DEFAULTS, minLeadMinutes } },
});

describe('readLeadMinutes', () => {
  it.each(['0', '5', ' 10 ', String(MAX_LEAD_MINUTES)])('accepts %j', (text) => {
    expect(readLeadMinutes(text)).toEqual({ ok: true, value: Number(text) });
  });

  it.each(['', ' ', '2.5', '-1', '99999', '10 minutes', String(MAX_LEAD_MINUTES + 1)])(
    'refuses %j, saying what is expected',
    (text) => {
      expect(readLeadMinutes(text)).toEqual({ ok: false, message: 'A whole number of minutes from 0 to 10080.' });
    },
  );

  it('accepts exactly the whole numbers from 0 to a week', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 20_000 }), (n) => {
        expect(readLeadMinutes(String(n)).ok).toBe(n >= 0 && n <= MAX_LEAD_MINUTES);
      }),
    );
  });
});

describe('invalidSections', () => {
  const sections = [
    { key: 'defaults', name: 'the defaults' },
    { key: 'model-article', name: 'Article' },
    { key: 'model-page', name: 'Page' },
  ];
  it('names the sections whose typed lead time cannot be saved, in screen order', () => {
    expect(invalidSections({ 'model-page': '-1', defaults: '', 'model-article': '5' }, sections)).toEqual([
      'the defaults',
      'Page',
    ]);
    expect(invalidSections({}, sections)).toEqual([]);
  });
});

describe('isStored', () => {
  it('is true only when the stored parameters read back into the settings shown', () => {
    expect(isStored(config(5), serializeConfig(config(5)))).toBe(true);
    expect(isStored(config(10), serializeConfig(config(5)))).toBe(false);
    // Key order does not matter; an older saved form or a fresh install's {} is written anew by a save.
    const reordered = Object.fromEntries(Object.entries(serializeConfig(config(5))).reverse());
    expect(isStored(config(5), reordered)).toBe(true);
    expect(isStored(config(5), {})).toBe(false);
    // Stored values that needed a repair are not what is shown, even when the repair gives the same settings.
    const repaired = {
      ...serializeConfig(config(5)),
      unknownKey: 1,
      defaults: { ...FACTORY_DEFAULTS, minLeadMinutes: -3 },
    };
    expect(isStored(config(5), repaired)).toBe(false);
  });

  it('is false when a list was stored as an object with the same items', () => {
    const saved = serializeConfig(config(5));
    const groups = saved.groups as unknown[];
    expect(groups).toHaveLength(1);
    expect(isStored(config(5), { ...saved, groups: { 0: groups[0] } })).toBe(false);
  });

  it('never says stored when the settings shown differ from what was stored', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_LEAD_MINUTES }),
        fc.integer({ min: 0, max: MAX_LEAD_MINUTES }),
        (a, b) => {
          expect(isStored(config(a), serializeConfig(config(b)))).toBe(a === b);
        },
      ),
    );
  });
});
