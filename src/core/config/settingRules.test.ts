import { FACTORY_DEFAULTS, type ModelSettings } from './pluginConfig';
import { copySettings, type Repair, readSettings } from './settingRules';

describe('copySettings', () => {
  it('copies every setting, a placement pair included, into a fresh pair', () => {
    const settings: ModelSettings = {
      ...FACTORY_DEFAULTS,
      enabled: false,
      placement: ['before', 'info'],
      minLeadMinutes: 30,
      defaultScope: 'form-locale',
      nativeUnpublish: 'block',
    };
    const copy = copySettings(settings);
    expect(copy).toEqual(settings);
    expect(copy.placement).not.toBe(settings.placement);
  });

  it('keeps no placement as null', () => {
    expect(copySettings({ ...FACTORY_DEFAULTS, placement: null }).placement).toBeNull();
  });

  it('gives a lead time of -0 back as 0, as JSON would', () => {
    expect(Object.is(copySettings({ ...FACTORY_DEFAULTS, minLeadMinutes: -0 }).minLeadMinutes, 0)).toBe(true);
  });
});

describe('readSettings: placement', () => {
  it('keeps a pair before or after a known anchor', () => {
    const repairs: Repair[] = [];
    const read = readSettings({ placement: ['after', 'links'] }, FACTORY_DEFAULTS, ['defaults'], repairs, true);
    expect(read?.placement).toEqual(['after', 'links']);
    expect(repairs).toEqual([]);
  });

  const EXPECTED =
    'not null or a pair like ["before", "info"] (before or after one of info, publishedVersion, schedule, links, history)';
  it.each([
    ['a side other than before or after', ['inside', 'info'], '["inside", "info"]'],
    ['an anchor that is not a string', ['before', 3], '["before", 3]'],
  ])('resets a pair with %s to the fallback, with a repair', (_, placement, shown) => {
    const repairs: Repair[] = [];
    const read = readSettings({ placement }, FACTORY_DEFAULTS, ['defaults'], repairs, true);
    expect(read?.placement).toBeNull();
    expect(repairs).toEqual([{ path: 'defaults.placement', message: `was ${shown}, ${EXPECTED}: reset to null` }]);
  });
});
