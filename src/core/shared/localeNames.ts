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

export function createLocaleNamer(uiLocale: string): LocaleNamer {
  let displayNames: Intl.DisplayNames | null = null;
  try {
    displayNames = new Intl.DisplayNames([uiLocale, 'en'], { type: 'language', fallback: 'none' });
  } catch {
    // An unknown UI locale: fall back to the codes themselves.
  }
  return (locale) => {
    let name: string | undefined;
    try {
      name = displayNames?.of(locale);
    } catch {
      // Not a well-formed language tag (a custom locale code): show the code.
    }
    return name && name !== locale ? name : locale;
  };
}

/** "Italian", "Italian and Spanish", "English, Italian, and Spanish" (as the UI language writes lists). */
export function formatList(uiLocale: string, items: readonly string[]): string {
  try {
    return new Intl.ListFormat([uiLocale, 'en'], { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function nameLocales(uiLocale: string, name: LocaleNamer, locales: readonly string[]): string {
  return formatList(uiLocale, locales.map(name));
}
