import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { useState } from 'react';
import { BULK_TEXT } from '../../core/bulk/bulkMessages';
import { readModalParameters } from '../../core/bulk/modalParameters';
import { Callout } from '../../ui/Callout';
import { PluginCanvas } from '../../ui/PluginCanvas';
import { BulkSession } from './BulkSession';
import { CloseButton } from './CloseButton';

/** The bulk modal: the run when it can start, an explanation when it cannot. */
export function BulkModal({ ctx }: { ctx: RenderModalCtx }) {
  // Read once: the host renews the ctx (and its parameters object) on every update.
  const [parameters] = useState(() => readModalParameters(ctx.parameters));
  const token = ctx.currentUserAccessToken;
  return (
    <PluginCanvas ctx={ctx}>
      {!token && (
        <>
          <Callout tone="info">{BULK_TEXT.noToken}</Callout>
          <CloseButton ctx={ctx} busy={false} onStop={() => {}} />
        </>
      )}
      {token && parameters.records.length === 0 && (
        <>
          <Callout tone="info">{BULK_TEXT.noRecords}</Callout>
          <CloseButton ctx={ctx} busy={false} onStop={() => {}} />
        </>
      )}
      {token && parameters.records.length > 0 && <BulkSession ctx={ctx} token={token} parameters={parameters} />}
    </PluginCanvas>
  );
}
