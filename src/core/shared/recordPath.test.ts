import { recordEditorPath } from './recordPath';

describe('recordEditorPath', () => {
  it('opens the record in the primary environment without a prefix, in a sandbox with its own', () => {
    expect(recordEditorPath({ environment: 'main', isEnvironmentPrimary: true }, 'model-1', 'rec-1')).toBe(
      '/editor/item_types/model-1/items/rec-1/edit',
    );
    expect(recordEditorPath({ environment: 'staging', isEnvironmentPrimary: false }, 'model-1', 'rec-1')).toBe(
      '/environments/staging/editor/item_types/model-1/items/rec-1/edit',
    );
  });
});
