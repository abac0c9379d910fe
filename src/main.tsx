import { connect } from 'datocms-plugin-sdk';
import 'datocms-react-ui/styles.css';
import { renderModal } from './entrypoints/BulkUnpublishModal';
import { renderConfigScreen } from './entrypoints/ConfigScreen';
import { renderPage } from './entrypoints/SchedulesPage';
import { renderItemFormSidebarPanel } from './entrypoints/SidebarPanel';
import { contentAreaSidebarItems } from './hooks/contentAreaSidebarItems';
import { itemFormSidebarPanels } from './hooks/itemFormSidebarPanels';
import { executeItemsDropdownAction, itemsDropdownActions } from './hooks/itemsDropdownActions';
import { onBeforeItemsUnpublish } from './hooks/onBeforeItemsUnpublish';

connect({
  itemFormSidebarPanels,
  renderItemFormSidebarPanel,
  renderConfigScreen,
  itemsDropdownActions,
  executeItemsDropdownAction,
  renderModal,
  onBeforeItemsUnpublish,
  contentAreaSidebarItems,
  renderPage,
});
