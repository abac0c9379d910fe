/** How a record is named to the editor (tree children, records that link here). */

/** A record's title in `locale`, else in any locale, else its id. */
export function recordTitle(
  record: { id: string; attributes: Record<string, unknown> },
  titleFieldApiKey: string | null,
  locale: string,
): string {
  const value = titleFieldApiKey ? record.attributes[titleFieldApiKey] : undefined;
  if (typeof value === 'string' && value.trim()) return value;
  if (value && typeof value === 'object') {
    const localized = value as Record<string, unknown>;
    const text = [localized[locale], ...Object.values(localized)].find((v) => typeof v === 'string' && v.trim());
    if (typeof text === 'string') return text;
  }
  return `Record ${record.id}`;
}
