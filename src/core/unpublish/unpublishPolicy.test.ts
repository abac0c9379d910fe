import { createLocaleNamer } from '../shared/localeNames';
import { applyPolicy } from './unpublishPolicy';

const name = createLocaleNamer('en');
const everything = { locales: ['en', 'it', 'es'], wholeRecord: true, reason: null };
const italianOnly = { scope: 'locales' as const, locales: ['it'] };
const ok = <T>(value: T) => ({ ok: true as const, value });

describe('applyPolicy', () => {
  it('lets through what the settings and the role allow', () => {
    expect(applyPolicy(ok(italianOnly), { allowWholeRecord: true, permission: everything }, 'en', name)).toEqual(
      ok(italianOnly),
    );
    expect(
      applyPolicy(
        ok({ scope: 'whole-record' as const }),
        { allowWholeRecord: true, permission: everything },
        'en',
        name,
      ),
    ).toEqual(ok({ scope: 'whole-record' }));
  });

  it('refuses a whole-record unpublish the model turns off, or the role forbids', () => {
    expect(
      applyPolicy(
        ok({ scope: 'whole-record' as const }),
        { allowWholeRecord: false, permission: everything },
        'en',
        name,
      ),
    ).toEqual({
      ok: false,
      message: 'Unpublishing the whole record is turned off for this model: keep at least one locale live.',
    });
    const englishOnly = { locales: ['en'], wholeRecord: false, reason: 'Your role may unpublish only English.' };
    expect(
      applyPolicy(
        ok({ scope: 'whole-record' as const }),
        { allowWholeRecord: true, permission: englishOnly },
        'en',
        name,
      ),
    ).toEqual({
      ok: false,
      message: 'Your role may unpublish only English.',
    });
  });

  it('says the role forbids a whole-record unpublish when the role gives no reason', () => {
    const noReason = { locales: ['en', 'it', 'es'], wholeRecord: false, reason: null };
    expect(
      applyPolicy(ok({ scope: 'whole-record' as const }), { allowWholeRecord: true, permission: noReason }, 'en', name),
    ).toEqual({ ok: false, message: 'Your role may not unpublish the whole record.' });
  });

  it('refuses locales the role may not unpublish, naming them when the role gives no reason', () => {
    const noReason = { locales: ['en'], wholeRecord: false, reason: null };
    expect(
      applyPolicy(
        ok({ scope: 'locales' as const, locales: ['en', 'it'] }),
        { allowWholeRecord: true, permission: noReason },
        'en',
        name,
      ),
    ).toEqual({
      ok: false,
      message: 'Your role may not unpublish Italian.',
    });
  });

  it('passes a refusal of the core through unchanged', () => {
    const refused = { ok: false as const, message: 'Pick at least one published locale, or the whole record.' };
    expect(applyPolicy(refused, { allowWholeRecord: false, permission: everything }, 'en', name)).toBe(refused);
  });
});
