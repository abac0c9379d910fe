import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { SCHEDULES_PAGE_ID } from '../../constants';
import { render } from '../../ui/render';

export async function renderPage(pageId: string, ctx: RenderPageCtx) {
  if (pageId !== SCHEDULES_PAGE_ID) return;
  // Not needed by the record editor: kept out of the panel's first load.
  const { default: SchedulesPage } = await import('../../features/schedules/SchedulesPage');
  render(<SchedulesPage ctx={ctx} />);
}
