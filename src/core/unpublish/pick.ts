/** How the editor's pick changes: on opening, on a toggle, when the state is read again, when a plan is changed. */
import { isPlanKnown, type PendingPlan } from './publicationState';
import type { LocalePick } from './unpublishRequest';

export const NOTHING_PICKED: LocalePick = { wholeRecord: false, locales: [] };

export function isEmptyPick(pick: LocalePick): boolean {
  return !pick.wholeRecord && pick.locales.length === 0;
}

/** A locale that went offline meanwhile can no longer stay picked. */
export function keepLive(pick: LocalePick, liveLocales: readonly string[]): LocalePick {
  if (pick.wholeRecord) return pick;
  return { wholeRecord: false, locales: pick.locales.filter((l) => liveLocales.includes(l)) };
}

export function toggleLocale(pick: LocalePick, locale: string, picked: boolean): LocalePick {
  const locales = pick.wholeRecord ? [] : pick.locales.filter((l) => l !== locale);
  return { wholeRecord: false, locales: picked ? [...locales, locale] : locales };
}

/** What is picked when the panel opens: the form's locale when the model asks for it and it can be picked. */
export function openingPick(
  defaultScope: 'none' | 'form-locale',
  formLocale: string,
  pickable: readonly string[],
): LocalePick {
  if (defaultScope === 'form-locale' && pickable.includes(formLocale))
    return { wholeRecord: false, locales: [formLocale] };
  return NOTHING_PICKED;
}

/**
 * Changing a plan starts from its scope, never wider: a plan whose locales all went offline, or
 * whose locales DatoCMS did not tell, starts empty.
 */
export function pickFromPlan(plan: PendingPlan, pickable: readonly string[]): LocalePick {
  if (!isPlanKnown(plan)) return NOTHING_PICKED;
  if (plan.locales === null) return { wholeRecord: true };
  return { wholeRecord: false, locales: plan.locales.filter((l) => pickable.includes(l)) };
}
