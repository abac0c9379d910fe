import { connect } from 'datocms-plugin-sdk';
import 'datocms-react-ui/styles.css';
import { sidebarPanelsFor } from './core/sidebarPanels';
import SidebarPanel from './entrypoints/SidebarPanel';
import { render } from './render';

connect({
  itemFormSidebarPanels(itemType, ctx) {
    return sidebarPanelsFor(itemType, ctx.plugin.attributes.parameters);
  },
  renderItemFormSidebarPanel(_panelId, ctx) {
    render(<SidebarPanel ctx={ctx} />);
  },
  async renderConfigScreen(ctx) {
    // Not needed by the record editor: kept out of the panel's first load.
    const { default: ConfigScreen } = await import('./entrypoints/ConfigScreen');
    render(<ConfigScreen ctx={ctx} />);
  },
});
