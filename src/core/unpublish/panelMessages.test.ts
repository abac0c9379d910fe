import { createLocaleNamer } from '../shared/localeNames';
import {
  LOCALE_STATE_TEXT,
  notLiveSummary,
  PANEL_TEXT,
  rateLimitWaitMessage,
  SITUATION_TEXT,
  unpublishButtonLabel,
} from './panelMessages';

const name = createLocaleNamer('en');

describe('PANEL_TEXT', () => {
  it('says each thing once: every text is written out, trimmed, and none repeats another', () => {
    const texts = [...Object.values(PANEL_TEXT), ...Object.values(LOCALE_STATE_TEXT), ...Object.values(SITUATION_TEXT)];
    for (const text of texts) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(3);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('asks for locales only when the whole record cannot be picked', () => {
    expect(PANEL_TEXT.pickLocales).toBe('Pick the locales to take offline.');
    expect(PANEL_TEXT.pickLocalesOrRecord).toBe('Pick the locales to take offline, or the whole record.');
  });
});

describe('rateLimitWaitMessage', () => {
  it('says how long the wait is, in the editor’s words', () => {
    expect(rateLimitWaitMessage(3)).toBe('DatoCMS asked to slow down: trying again in 3 s.');
  });
});

describe('notLiveSummary', () => {
  it('counts the locales that wait behind one line', () => {
    expect(notLiveSummary(1)).toBe('1 locale not live');
    expect(notLiveSummary(27)).toBe('27 locales not live');
  });
});

describe('unpublishButtonLabel', () => {
  it('names what the button takes offline', () => {
    expect(unpublishButtonLabel(null, 'en', name)).toBe('Unpublish now');
    expect(unpublishButtonLabel({ scope: 'whole-record' }, 'en', name)).toBe('Unpublish the whole record now');
    expect(unpublishButtonLabel({ scope: 'locales', locales: ['it', 'es'] }, 'en', name)).toBe(
      'Unpublish Italian and Spanish now',
    );
  });
});
