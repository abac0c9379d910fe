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

function languageNames(uiLocale: string): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'none' });
  } catch {
    // An unknown UI locale.
    return null;
  }
}

/** 'it' → 'Italian' (in the UI language); a code the language has no name for is shown as it is. */
export function createLocaleNamer(uiLocale: string): LocaleNamer {
  const displayNames = languageNames(uiLocale);
  if (!displayNames) return (locale) => locale;
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
  try {
    // The defaults: a long conjunction ("and").
    return new Intl.ListFormat([uiLocale, 'en']).format(items);
  } catch {
    // An unknown UI locale.
    return items.join(', ');
  }
}

export function nameLocales(uiLocale: string, name: LocaleNamer, locales: readonly string[]): string {
  return formatList(uiLocale, locales.map(name));
}
