// The budget's yardstick: the smallest sidebar panel on this stack that reads
// the record through the CMA client. Built and measured by bench/run.mjs only.
import { buildClient } from '@datocms/cma-client-browser';
import { connect, type RenderItemFormSidebarPanelCtx } from 'datocms-plugin-sdk';
import { Canvas } from 'datocms-react-ui';
import 'datocms-react-ui/styles.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Panel({ ctx }: { ctx: RenderItemFormSidebarPanelCtx }) {
  const [status, setStatus] = useState('loading');
  const { currentUserAccessToken, environment, cmaBaseUrl } = ctx;
  const itemId = ctx.item?.id ?? '';
  useEffect(() => {
    const client = buildClient({ apiToken: currentUserAccessToken ?? '', environment, baseUrl: cmaBaseUrl });
    void client.items.rawCurrentVsPublishedState(itemId).then((state) => {
      setStatus(`Live in ${state.data.attributes.published_version_locales.join(', ')}`);
    });
  }, [currentUserAccessToken, environment, cmaBaseUrl, itemId]);
  return (
    <Canvas ctx={ctx}>
      <p data-hello-ready={status !== 'loading'}>{status}</p>
    </Canvas>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
connect({
  itemFormSidebarPanels: () => [{ id: 'hello', label: 'Hello', startOpen: true }],
  renderItemFormSidebarPanel: (_id, ctx) => root.render(<Panel ctx={ctx} />),
});
