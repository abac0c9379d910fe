import { Canvas } from 'datocms-react-ui';
import type { ComponentProps, ReactNode } from 'react';
import styles from './PluginCanvas.module.css';

type Props = {
  ctx: ComponentProps<typeof Canvas>['ctx'];
  /**
   * A sidebar panel pads its content like DatoCMS's own panels. Canvas applies the host's `ctx.bodyPadding`,
   * as the official plugins rely on; only a host that sends none (all zeros) gets this padding instead, so
   * the two never add up. The real value is not documented (see README).
   */
  sidebar?: boolean;
  children: ReactNode;
};

/** datocms-react-ui's Canvas with text colours that meet WCAG AA, for every surface of the plugin. */
export function PluginCanvas({ ctx, sidebar = false, children }: Props) {
  const hostPads = ctx.bodyPadding.some((side) => side > 0);
  return (
    <Canvas ctx={ctx}>
      <div className={sidebar && !hostPads ? `${styles.readable} ${styles.sidebar}` : styles.readable}>{children}</div>
    </Canvas>
  );
}
