/**
 * The plans page: every pending scheduled unpublishing of the project. Loaded lazily from
 * src/entrypoints/SchedulesPage: the record panel's first load does not carry it.
 */
import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { PAGE_TEXT } from '../../core/schedules/schedulesMessages';
import { Callout } from '../../ui/Callout';
import common from '../../ui/common.module.css';
import { PluginCanvas } from '../../ui/PluginCanvas';
import { PlansView } from './PlansView';
import styles from './schedules.module.css';

export default function SchedulesPage({ ctx }: { ctx: RenderPageCtx }) {
  const token = ctx.currentUserAccessToken;
  return (
    <PluginCanvas ctx={ctx}>
      <main className={styles.page}>
        <h1 className={styles.title}>{PAGE_TEXT.title}</h1>
        <p className={common.reason}>{PAGE_TEXT.intro}</p>
        {token ? <PlansView ctx={ctx} token={token} /> : <Callout tone="info">{PAGE_TEXT.noToken}</Callout>}
      </main>
    </PluginCanvas>
  );
}
