/**
 * The minimum lead time of a schedule, in whole minutes: its bounds and its default, in one place for
 * the saved settings (pluginConfig, settingRules), the settings screen and the schedule form's check (scheduleTime).
 */

export const MIN_LEAD_MINUTES = 0;
/** A week. */
export const MAX_LEAD_MINUTES = 10080;
/** A fresh install's setting, and the check's fallback when it is given no valid lead time. */
export const DEFAULT_LEAD_MINUTES = 5;

/** A whole number of minutes within the bounds. */
export function isLeadMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LEAD_MINUTES && value <= MAX_LEAD_MINUTES;
}

/** What the settings screen's text field holds, as a lead time, or `null` when it is not one. */
export function leadMinutesFromText(text: string): number | null {
  if (text.trim() === '') return null;
  const minutes = Number(text);
  return isLeadMinutes(minutes) ? minutes : null;
}
