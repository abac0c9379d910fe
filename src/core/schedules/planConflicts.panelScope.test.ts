// panelPlanScope: what the record panel knows of its plan's scope, from the per-locale state (or without it).
import { readPublicationState } from '../unpublish/publicationState';
import { rawState } from '../unpublish/testFixtures';
import { panelPlanScope } from './planConflicts';

const NINE_IN_ROME = '2027-03-01T08:00:00Z';
const siteLocales = ['en', 'it', 'es'];
const stateWith = (published: string[]) =>
  readPublicationState(rawState({ published }), siteLocales, {
    status: published.length > 0 ? 'published' : 'draft',
    unpublishingScheduledAt: NINE_IN_ROME,
  });

describe('panelPlanScope', () => {
  it('knows nothing before the per-locale state is read', () => {
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: ['it'] }, null)).toBeUndefined();
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: 'not-known' }, null)).toBeUndefined();
  });

  it('gives a known plan’s locales and the live ones', () => {
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: ['it'] }, stateWith(['en', 'it']))).toEqual({
      locales: ['it'],
      liveLocales: ['en', 'it'],
    });
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: null }, stateWith(['es']))).toEqual({
      locales: null,
      liveLocales: ['es'],
    });
  });

  it('checks a plan of untold locales only as a whole: something to say only when nothing is live', () => {
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: 'not-known' }, stateWith(['en']))).toBeUndefined();
    expect(panelPlanScope({ at: NINE_IN_ROME, locales: 'not-known' }, stateWith([]))).toEqual({
      locales: null,
      liveLocales: [],
    });
  });
});
