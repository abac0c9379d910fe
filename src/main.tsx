import { connect } from 'datocms-plugin-sdk';
import 'datocms-react-ui/styles.css';
import { sidebarPanelsFor } from './core/sidebarPanels';
import SidebarPanel from './entrypoints/SidebarPanel';
import { render } from './render';

connect({
  itemFormSidebarPanels(itemType) {
    return sidebarPanelsFor(itemType);
  },
  renderItemFormSidebarPanel(_panelId, ctx) {
    render(<SidebarPanel ctx={ctx} />);
  },
});
