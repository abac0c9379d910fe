// Dates of the fake: ISO strings in answers, ms inside.

/** @param {number} ms */
export const iso = (ms) => new Date(ms).toISOString();

/** @param {number | string} value ms or an ISO date */
export function toMs(value) {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new TypeError(`not a time: ${value}`);
  return ms;
}

/**
 * ms of an ISO 8601 date-time, or null. Docs silent on accepted formats
 * (../shared/reference/003_4c57e64e723636ba.txt says "date-time", example
 * "2025-02-10T11:03:42Z"): the fake demands an explicit offset, so a plugin that
 * sends a zone-less local time is caught.
 * @param {string} text
 */
export function parseInstant(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  const calendarDay = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  if (calendarDay.getUTCDate() !== day || calendarDay.getUTCMonth() !== (month ?? 0) - 1) return null; // no 30 February
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}
