import { Canvas } from 'datocms-react-ui';
import type { ComponentProps, ReactNode } from 'react';
import styles from './PluginCanvas.module.css';

type Props = { ctx: ComponentProps<typeof Canvas>['ctx']; children: ReactNode };

/**
 * datocms-react-ui's Canvas with text colours that meet WCAG AA, for every surface of the plugin. Canvas
 * applies the padding DatoCMS sends (`ctx.bodyPadding`), as the official plugins rely on.
 */
export function PluginCanvas({ ctx, children }: Props) {
  return (
    <Canvas ctx={ctx}>
      <div className={styles.readable}>{children}</div>
    </Canvas>
  );
}
