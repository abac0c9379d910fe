import type { ContentAreaSidebarItem } from 'datocms-plugin-sdk';
import { SCHEDULES_PAGE_ID } from '../constants';
import { SCHEDULES_NAVIGATION_LABEL } from '../core/schedules/navigationMessages';

/**
 * The plans page sits in the Content area's sidebar, below the models and saved views: it is a
 * view of records across models, where editors look for records, rather than a new area of
 * DatoCMS beside Content, Media, Schema and Configuration in the top bar.
 */
export function contentAreaSidebarItems(): ContentAreaSidebarItem[] {
  return [
    {
      label: SCHEDULES_NAVIGATION_LABEL,
      icon: 'calendar-xmark',
      placement: ['after', 'menuItems'],
      pointsTo: { pageId: SCHEDULES_PAGE_ID },
    },
  ];
}
