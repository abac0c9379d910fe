/** On which models the collection view offers the bulk action: exactly where the record panel appears. */
import { BULK_ACTION_ID } from '../../constants';
import { sidebarPanelsFor } from '../config/sidebarPanels';
import type { ModelFacts } from '../shared/modelKind';
import { BULK_ACTION_LABEL } from './actionMessages';

export type BulkActionDeclaration = { id: string; label: string; icon: 'eye-slash' };

export function bulkActionsFor(model: ModelFacts, pluginParameters: unknown): BulkActionDeclaration[] {
  return sidebarPanelsFor(model, pluginParameters).length > 0
    ? [{ id: BULK_ACTION_ID, label: BULK_ACTION_LABEL, icon: 'eye-slash' }]
    : [];
}
