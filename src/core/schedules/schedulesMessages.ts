/**
 * What the plans page and the conflicts say, in the editor's words. Every conflict says what
 * will happen and what to do.
 */
import { formatInZone } from '../schedule/scheduleDisplay';
import { formatList, type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { PlanWindow } from './planQuery';

export type Words = { uiLocale: string; name: LocaleNamer; timeZone: string; now: number };

function when(at: number, words: Words): string {
  return formatInZone(at, words.uiLocale, words.timeZone);
}

const isAre = (count: number) => (count === 1 ? 'is' : 'are');

export const CONFLICT_TEXT = {
  publicationAfter: (publishAt: number, words: Words) =>
    `A scheduled publication on ${when(publishAt, words)} comes after this unpublishing and will publish the record again: it goes back online then.`,
  publicationSameTime: (publishAt: number, words: Words) =>
    `A scheduled publication at the same time (${when(publishAt, words)}) may publish the record again right after this unpublishing.`,
  publicationRemedy:
    'Cancel the scheduled publication (the record’s Schedule panel) if the record should stay offline, or cancel this plan.',

  localesGone: (gone: readonly string[], left: readonly string[], words: Words) =>
    `${nameLocales(words.uiLocale, words.name, gone)} ${isAre(gone.length)} no longer published: when the plan runs, DatoCMS may refuse it, or take only ${nameLocales(words.uiLocale, words.name, left)} offline.`,
  localesGoneRemedy: 'Change the plan to the locales still live, or cancel it.',
  allLocalesGone: (gone: readonly string[], words: Words) =>
    `${nameLocales(words.uiLocale, words.name, gone)} ${isAre(gone.length)} no longer published: the plan has nothing left to unpublish, and DatoCMS may refuse it when it runs.`,
  recordGone: 'The record is no longer published: the plan has nothing left to unpublish.',
  nothingLeftRemedy: 'Cancel the plan.',

  publishedChildren: (titles: readonly string[], words: Words) =>
    `${titles.length === 1 ? 'A published child record' : `${titles.length} published child records`} (${formatList(words.uiLocale, titles)}) ${titles.length === 1 ? 'stays' : 'stay'} published at this time: DatoCMS will refuse to unpublish their parent when the plan runs, and the record stays online.`,
  publishedChildrenRemedy:
    'Take those child records offline first, or schedule their unpublishing before this plan; or cancel it.',

  schedulingOff: (modelName: string) =>
    `Scheduling is turned off for ${modelName} in this plugin’s settings, yet this plan is pending: it will still run.`,
  schedulingOffRemedy: 'Cancel it if it is no longer wanted (changing it needs scheduling turned back on).',
  wholeRecordOff: (modelName: string) =>
    `This plan takes the whole record offline, which ${modelName}’s settings no longer allow: it will still run, and no locale will stay live.`,
  everyLiveLocaleOff: (modelName: string) =>
    `This plan takes every live locale offline, which ${modelName}’s settings no longer allow (one locale must stay live): it will still run.`,
  wholeRecordOffRemedy: 'Change it to keep at least one locale live, or cancel it.',

  overdue: (at: number, words: Words) => `This unpublishing was due on ${when(at, words)} but has not run yet.`,
  overdueRemedy: 'DatoCMS should run it shortly: reload in a few minutes to check.',
};

export const WINDOW_LABELS: Record<PlanWindow, string> = {
  'next-7-days': 'Next 7 days',
  'next-30-days': 'Next 30 days',
  all: 'All (overdue too)',
};

export const PAGE_TEXT = {
  title: 'Scheduled unpublishing',
  intro:
    'Every record of this project with a pending scheduled unpublishing, soonest first, by day in the project’s time zone.',
  noToken:
    'This page needs the “Access the current user’s API token” permission: grant it in Configuration → Plugins → Selective Unpublish.',
  noModels: 'No model of this project has draft/published on, so nothing can be scheduled to go offline.',
  scopeLoading: 'loading…',
  scopeUnknown: 'could not be read',
  stillLoading: 'Loading more plans…',
  uncertain: 'More plans are still loading: sooner ones may still appear among these.',
  emptyWindow: 'Nothing is scheduled to go offline in this period.',
  emptyFilter: 'No plan matches these filters.',
  allModels: 'All models',
  allLocales: 'All locales',
  showMore: 'Show more',
  cancelSchedule: 'Cancel the schedule',
  changePlan: 'Change',
  keepPlan: 'Keep it',
  inYourZone: (browserWhen: string) => `${browserWhen} in your browser’s time zone`,
  modelFilter: 'Model',
  localeFilter: 'Locale going offline',
  cancelled: 'The scheduled unpublishing was cancelled.',
  roleMayNot: 'Your role may not unpublish this record, so its plan cannot be changed or cancelled here.',
  readFailed: 'The list of plans could not be read.',
  tryAgain: 'Try again',
};

export function browserZoneNote(browserZone: string, projectZone: string): string {
  return `Times are in the project’s time zone (${projectZone}); your browser is in ${browserZone}, shown beside each time.`;
}

/** '5,000 plans' in the UI language. */
export function planCount(count: number, uiLocale: string): string {
  let formatted: string;
  try {
    formatted = new Intl.NumberFormat(uiLocale).format(count);
  } catch {
    formatted = String(count);
  }
  return `${formatted} ${count === 1 ? 'plan' : 'plans'}`;
}

export function cancelConfirmation(title: string, plan: string): { title: string; content: string } {
  return {
    title: `Cancel the scheduled unpublishing of “${title}”?`,
    content: `${plan} After cancelling, it stays live until someone unpublishes it.`,
  };
}

/** The plan when its scope is not read yet: 'It is planned for Monday… (in 3 days).' */
export function planAtText(when: string, relative: string): string {
  return `It is planned for ${when} (${relative}).`;
}

/** '12 of them match the filters.' */
export function matchingCount(count: number, uiLocale: string): string {
  const number = planCount(count, uiLocale).replace(/ plans?$/, '');
  return `${number} of them ${count === 1 ? 'matches' : 'match'} the filters.`;
}
