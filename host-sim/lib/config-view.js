// @ts-check
// The plugin's settings screen (`renderConfigScreen`), as in Settings › Plugins.
import { implementsHook } from './boot.js';

/** @param {import('../types').Host} host */
export async function openConfig(host) {
  const generation = host.beginLoad('config');
  try {
    host.state.loadedFieldModels = new Set();
    await host.pushAll();
    const frame = host.mount(host.element('config'), 'config', 'config', {});
    if (!(await implementsHook(frame, 'renderConfigScreen')))
      throw new Error('The plugin does not implement renderConfigScreen');
    await host.finishLoad(generation, [frame]);
  } catch (error) {
    host.failLoad(generation, error);
  }
}
