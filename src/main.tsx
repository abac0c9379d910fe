import { connect } from 'datocms-plugin-sdk';
import 'datocms-react-ui/styles.css';
import { renderConfigScreen } from './entrypoints/ConfigScreen';
import { renderItemFormSidebarPanel } from './entrypoints/SidebarPanel';
import { itemFormSidebarPanels } from './hooks/itemFormSidebarPanels';
import { onBeforeItemsUnpublish } from './hooks/onBeforeItemsUnpublish';

connect({
  itemFormSidebarPanels,
  renderItemFormSidebarPanel,
  renderConfigScreen,
  onBeforeItemsUnpublish,
});
