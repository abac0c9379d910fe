import { FACTORY_DEFAULTS, type ModelSettings } from './pluginConfig';
import { copySettings } from './settingRules';

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
