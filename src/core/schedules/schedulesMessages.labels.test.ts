// The plans page's fixed words: no blank label or sentence ever reaches the page (a button or a filter option with no
// text cannot be told apart or read by a screen reader), and the choices of one control never read alike.
import { CONFLICT_TEXT, PAGE_TEXT, WINDOW_LABELS } from './schedulesMessages';

const fixedTexts = (table: Record<string, unknown>) =>
  Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

describe('the plans page’s fixed words', () => {
  it.each([
    ['PAGE_TEXT', PAGE_TEXT],
    ['WINDOW_LABELS', WINDOW_LABELS],
    ['CONFLICT_TEXT', CONFLICT_TEXT],
  ])('%s: every text has words, with no stray spaces', (_name, table) => {
    const texts = fixedTexts(table);
    expect(texts.length).toBeGreaterThan(0);
    for (const [key, text] of texts) {
      expect({ key, text: text.trim() }).toEqual({ key, text });
      expect({ key, hasWords: /\p{L}{2,}/u.test(text) }).toEqual({ key, hasWords: true });
    }
  });

  it('the period choices read differently from each other', () => {
    const labels = Object.values(WINDOW_LABELS);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('the buttons and filters of a plan row read differently from each other', () => {
    const rowControls = ['allModels', 'allLocales', 'modelFilter', 'localeFilter', 'showMore', 'tryAgain'] as const;
    const planButtons = ['cancelSchedule', 'changePlan', 'keepPlan'] as const;
    const labels = [...rowControls, ...planButtons].map((key) => PAGE_TEXT[key]);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
