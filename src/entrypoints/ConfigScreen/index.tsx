import type { RenderConfigScreenCtx } from 'datocms-plugin-sdk';
import { render } from '../../ui/render';

export async function renderConfigScreen(ctx: RenderConfigScreenCtx) {
  // Not needed by the record editor: kept out of the panel's first load.
  const { default: ConfigScreen } = await import('../../features/config/ConfigScreen');
  render(<ConfigScreen ctx={ctx} />);
}
