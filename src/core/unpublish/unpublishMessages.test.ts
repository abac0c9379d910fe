import { createLocaleNamer } from '../shared/localeNames';
import { readPublicationState } from './publicationState';
import { rawState } from './testFixtures';
import type { LiveNode } from './treeChildren';
import { describeRecursiveConfirmation } from './treeMessages';
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

  it('says the one live locale goes offline with the whole record, and labels the button', () => {
    const single = readPublicationState(rawState({ published: ['it'] }), ['en', 'it']);
    expect(describeConfirmation({ scope: 'whole-record' }, single, 'en', name)).toEqual({
      title: 'Unpublish the whole record?',
      content: 'The whole record will stop being published: Italian goes offline. Nothing stays live.',
      confirmLabel: 'Unpublish the whole record',
    });
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
      'The record and the 2 records below it are no longer published.',
    );
    expect(describeSuccess({ scope: 'locales', locales: ['it'] }, ['it'], 'en', name, 1)).toBe(
      'Italian is no longer published, in this record and the record below it.',
    );
  });
});

describe('describeRecursiveConfirmation', () => {
  const leaf = (id: string, title: string): LiveNode => ({ id, title, children: [] });
  const below: LiveNode[] = [{ id: 'a', title: 'Getting started', children: [leaf('b', 'Installation')] }];

  it('counts every record below, at every depth, and shows them as a tree', () => {
    expect(describeRecursiveConfirmation({ scope: 'whole-record' }, state, 'en', name, below)).toEqual({
      title: 'Unpublish the whole record, with the 2 records below it?',
      content:
        'The whole record will stop being published: English, Italian, and Spanish go offline. Nothing stays live. ' +
        'The 2 published records below it go offline too: Getting started (with Installation below it).',
      confirmLabel: 'Unpublish with the 2 records below',
    });
  });

  it('speaks of one record in the singular', () => {
    const one = describeRecursiveConfirmation({ scope: 'whole-record' }, state, 'en', name, [leaf('s', 'Sale')]);
    expect(one.content.endsWith('The published record below it goes offline too: Sale.')).toBe(true);
    expect(one.confirmLabel).toBe('Unpublish with the record below');
  });
});
