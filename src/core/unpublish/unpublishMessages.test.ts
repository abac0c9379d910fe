import { createLocaleNamer } from '../shared/localeNames';
import { readPublicationState } from './publicationState';
import { rawState } from './testFixtures';
import { describeConfirmation, describeSuccess } from './unpublishMessages';

const name = createLocaleNamer('en');
const state = readPublicationState(rawState({ published: ['en', 'it', 'es'] }), ['en', 'it', 'es', 'fr']);

describe('describeConfirmation', () => {
  it('names what goes offline and what stays live', () => {
    expect(describeConfirmation({ scope: 'locales', locales: ['it', 'es'] }, state, 'en', name)).toEqual({
      title: 'Unpublish Italian and Spanish?',
      content: 'Italian and Spanish will stop being published; English stays live.',
      confirmLabel: 'Unpublish Italian and Spanish',
    });
    expect(describeConfirmation({ scope: 'locales', locales: ['it'] }, state, 'en', name).content).toBe(
      'Italian will stop being published; English and Spanish stay live.',
    );
  });

  it('says that nothing stays live for a whole-record unpublish', () => {
    const confirmation = describeConfirmation({ scope: 'whole-record' }, state, 'en', name);
    expect(confirmation.title).toBe('Unpublish the whole record?');
    expect(confirmation.content).toBe(
      'The whole record will stop being published: English, Italian, and Spanish go offline. Nothing stays live.',
    );
  });

  it('speaks the editor’s UI language for locale names', () => {
    const italian = createLocaleNamer('it');
    expect(describeConfirmation({ scope: 'locales', locales: ['en'] }, state, 'it', italian).title).toBe(
      'Unpublish inglese?',
    );
  });
});

describe('describeSuccess', () => {
  it('says what was done', () => {
    expect(describeSuccess({ scope: 'locales', locales: ['it'] }, ['it'], 'en', name)).toBe(
      'Italian is no longer published.',
    );
    expect(describeSuccess({ scope: 'locales', locales: ['it', 'es'] }, ['it', 'es'], 'en', name)).toBe(
      'Italian and Spanish are no longer published.',
    );
    expect(describeSuccess({ scope: 'whole-record' }, ['en'], 'en', name)).toBe('The record is no longer published.');
    expect(describeSuccess({ scope: 'whole-record' }, ['en'], 'en', name, 2)).toBe(
      'The record with its 2 published child records is no longer published.',
    );
  });
});
