// The plans page's own words: counts in the UI language, the notes beside times, the cancel dialog, and the
// conflict about published child records.
import { createLocaleNamer } from '../shared/localeNames';
import { SCHEDULES_NAVIGATION_LABEL } from './navigationMessages';
import {
  browserZoneNote,
  CONFLICT_TEXT,
  cancelConfirmation,
  matchingCount,
  PAGE_TEXT,
  planAtText,
  planCount,
} from './schedulesMessages';

const words = { uiLocale: 'en', name: createLocaleNamer('en'), timeZone: 'Europe/Rome', now: 0 };

describe('counting plans', () => {
  it('writes the number as the UI language does, and "plan" for one', () => {
    expect(planCount(1, 'en')).toBe('1 plan');
    expect(planCount(0, 'en')).toBe('0 plans');
    expect(planCount(5000, 'en')).toBe('5,000 plans');
    expect(planCount(5000, 'de')).toBe('5.000 plans');
  });

  it('writes plain digits when the UI language is not a language tag', () => {
    expect(planCount(5000, '!!')).toBe('5000 plans');
  });

  it('says how many match the filters, agreeing with the number', () => {
    expect(matchingCount(1, 'en')).toBe('1 of them matches the filters.');
    expect(matchingCount(12, 'en')).toBe('12 of them match the filters.');
    expect(matchingCount(5000, 'en')).toBe('5,000 of them match the filters.');
  });
});

describe('times and dialogs', () => {
  it('says which zone the times are in, and that the browser zone is shown beside them', () => {
    expect(browserZoneNote('America/New_York', 'Europe/Rome')).toBe(
      'Times are in the project’s time zone (Europe/Rome); your browser is in America/New_York, shown beside each time.',
    );
    expect(PAGE_TEXT.inYourZone('Monday 1 March 2027 at 03:00')).toBe(
      'Monday 1 March 2027 at 03:00 in your browser’s time zone',
    );
  });

  it('names the record in the cancel dialog and says what cancelling leaves', () => {
    expect(cancelConfirmation('Spring sale', 'Italian goes offline tomorrow.')).toEqual({
      title: 'Cancel the scheduled unpublishing of “Spring sale”?',
      content: 'Italian goes offline tomorrow. After cancelling, it stays live until someone unpublishes it.',
    });
  });

  it('says when a plan whose scope is not read yet runs', () => {
    expect(planAtText('Monday 1 March 2027 at 09:00 (Europe/Rome)', 'in 3 days')).toBe(
      'It is planned for Monday 1 March 2027 at 09:00 (Europe/Rome) (in 3 days).',
    );
  });

  it('gives the sidebar entry the page’s title', () => {
    expect(SCHEDULES_NAVIGATION_LABEL).toBe('Scheduled unpublishing');
    expect(PAGE_TEXT.title).toBe(SCHEDULES_NAVIGATION_LABEL);
  });
});

describe('published child records', () => {
  it('speaks of one child in the singular', () => {
    expect(CONFLICT_TEXT.publishedChildren(['Intro'], words)).toBe(
      'A published child record (Intro) stays published at this time: DatoCMS will refuse to unpublish their parent when the plan runs, and the record stays online.',
    );
  });

  it('counts several children', () => {
    expect(CONFLICT_TEXT.publishedChildren(['Intro', 'Outro'], words)).toBe(
      '2 published child records (Intro and Outro) stay published at this time: DatoCMS will refuse to unpublish their parent when the plan runs, and the record stays online.',
    );
  });
});
