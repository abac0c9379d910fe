import { createLocaleNamer } from '../shared/localeNames';
import {
  childrenGoingOfflineNote,
  PANEL_TEXT,
  rateLimitWaitMessage,
  recordSummary,
  unpublishButtonLabel,
} from './panelMessages';
import { readPublicationState } from './publicationState';
import { rawState } from './testFixtures';

const name = createLocaleNamer('en');
const SITE = ['en', 'it', 'es', 'fr'];

describe('PANEL_TEXT', () => {
  it('says each thing once: every text is written out, trimmed, and none repeats another', () => {
    const texts = Object.values(PANEL_TEXT);
    for (const text of texts) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(3);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('rateLimitWaitMessage', () => {
  it('says how long the wait is and that nothing was sent twice', () => {
    expect(rateLimitWaitMessage(3)).toBe(
      'DatoCMS asked to slow down: trying again in 3 s. Nothing has been sent twice.',
    );
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

describe('childrenGoingOfflineNote', () => {
  it('names the children going offline too, or says nothing', () => {
    expect(childrenGoingOfflineNote(['About', 'Team'])).toBe(
      ' These published child records go offline too: About, Team.',
    );
    expect(childrenGoingOfflineNote([])).toBe('');
  });
});

describe('recordSummary', () => {
  it('names the live locales and those with unpublished changes', () => {
    const state = readPublicationState(rawState({ published: ['en', 'it', 'es'], changed: ['es'] }), SITE);
    expect(recordSummary(state, 'en', name)).toBe(
      'Live in English, Italian, and Spanish (Spanish: unpublished changes).',
    );
  });

  it('leaves the changes out when there are none', () => {
    const state = readPublicationState(rawState({ published: ['it'] }), SITE);
    expect(recordSummary(state, 'en', name)).toBe('Live in Italian.');
  });

  it('says when nothing is live', () => {
    const state = readPublicationState(rawState({ published: [] }), SITE);
    expect(recordSummary(state, 'en', name)).toBe('Not published in any locale.');
  });
});
