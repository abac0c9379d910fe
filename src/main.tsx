import { connect } from 'datocms-plugin-sdk';
import 'datocms-react-ui/styles.css';
import { renderConfigScreen } from './entrypoints/ConfigScreen';
import { renderPage } from './entrypoints/SchedulesPage';
import { renderItemFormSidebarPanel } from './entrypoints/SidebarPanel';
import { contentAreaSidebarItems } from './hooks/contentAreaSidebarItems';
import { itemFormSidebarPanels } from './hooks/itemFormSidebarPanels';

connect({
  itemFormSidebarPanels,
  renderItemFormSidebarPanel,
  renderConfigScreen,
  contentAreaSidebarItems,
  renderPage,
});
