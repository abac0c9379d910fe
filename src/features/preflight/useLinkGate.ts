import type { RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { type RefObject, useCallback, useState } from 'react';
import type { ApiFailure } from '../../core/shared/apiFailure';
import type { UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import type { LinkBlock, PanelGate } from './checkLinks';

/**
 * The records that link here, read when the editor confirms (never when the panel opens) by
 * code loaded then: see checkLinks.ts. `linkBlock`: the records DatoCMS would refuse for.
 */
export function useLinkGate(
  ctxRef: RefObject<RenderItemFormSidebarPanelCtx>,
  itemId: string,
  onRateLimitWait: (seconds: number) => void,
) {
  const [linkBlock, setLinkBlock] = useState<LinkBlock | null>(null);
  const clearLinkBlock = useCallback(() => setLinkBlock(null), []);

  /** Before the confirmation, or after a PUBLISHED_REFERENCES `refusal`. */
  async function checkLinks(request: UnpublishRequest, refusal?: ApiFailure): Promise<PanelGate> {
    const { panelGate } = await import('./checkLinks');
    const gate = await panelGate(ctxRef.current, itemId, request, onRateLimitWait, refusal);
    setLinkBlock(gate.block);
    return gate;
  }

  return { linkBlock, clearLinkBlock, checkLinks };
}
