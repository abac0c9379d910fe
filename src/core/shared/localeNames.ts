/** Human names for locale codes and lists of them, in the editor's UI language. */

export type LocaleNamer = (locale: string) => string;

/** The UI locale in its canonical form for `Intl`, or 'en' when it is not a well-formed language tag. */
export function safeLocale(uiLocale: string): string {
  try {
    return Intl.getCanonicalLocales(uiLocale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * 'it' → 'Italian', in the UI language (English when that is not a language tag, as everywhere
 * in the plugin); a code the language has no name for is shown as it is.
 */
export function createLocaleNamer(uiLocale: string): LocaleNamer {
  const displayNames = new Intl.DisplayNames([safeLocale(uiLocale), 'en'], { type: 'language', fallback: 'none' });
  return (locale) => {
    try {
      return displayNames.of(locale) || locale;
    } catch {
      // Not a well-formed language tag (a custom locale code): show the code.
      return locale;
    }
  };
}

/** "Italian", "Italian and Spanish", "English, Italian, and Spanish" (as the UI language writes lists). */
export function formatList(uiLocale: string, items: readonly string[]): string {
  // The defaults: a long conjunction ("and").
  return new Intl.ListFormat([safeLocale(uiLocale), 'en']).format(items);
}

export function nameLocales(uiLocale: string, name: LocaleNamer, locales: readonly string[]): string {
  return formatList(uiLocale, locales.map(name));
}
