/** A record's title for the bulk modal, read where the collection view hands the records over. */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A record's title from its attributes: the title field's value (a localized one in the first locale that has one). */
export function recordTitle(value: unknown, locales: readonly string[]): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (!isObject(value)) return null;
  for (const locale of [...locales, ...Object.keys(value)]) {
    const localized = value[locale];
    if (typeof localized === 'string' && localized.trim() !== '') return localized;
  }
  return null;
}
