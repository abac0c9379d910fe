import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { BULK_MODAL_ID } from '../../constants';
import { render } from '../../ui/render';

export async function renderModal(modalId: string, ctx: RenderModalCtx) {
  if (modalId !== BULK_MODAL_ID) return;
  // Not needed by the record editor: kept out of the panel's first load.
  const { BulkModal } = await import('../../features/bulk/BulkModal');
  render(<BulkModal ctx={ctx} />);
}
