import { useEffect, useState } from 'react';

export type LazyModule<M> = { status: 'loading' } | { status: 'ready'; module: M } | { status: 'failed' };

/**
 * A module imported when the component mounts, kept out of the first load. Not `lazy()` + Suspense: React
 * holds back the reveal of suspended content for about 300 ms, far longer than a chunk from the plugin's own
 * origin takes, and the panel would show its spinner that much longer.
 */
export function useLazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  const [state, setState] = useState<LazyModule<M>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (module) => current && setState({ status: 'ready', module }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return state;
}
