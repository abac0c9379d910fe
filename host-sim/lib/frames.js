// @ts-check
// Plugin iframes connected with penpal's `connectToChild`, as the DatoCMS frame does.
import { connectToChild } from '../vendor/penpal/penpal.mjs';

/** @typedef {import('../types').Frame} Frame */
/** @typedef {import('../types').FrameKind} FrameKind */
/** @typedef {import('../types').PluginRemote} PluginRemote */
/** @typedef {import('../types').AnyHostMethods} AnyHostMethods */

/** @returns {import('../types').Deferred} */
export function deferred() {
  /** @type {() => void} */
  let resolve = () => {};
  /** @type {Promise<void>} */
  const promise = new Promise((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Creates an iframe for `pluginUrl` and connects to it.
 * `buildMethods(frame)` returns the host methods this frame may call; its
 * `getSettings` resolves `frame.settingsFetched` the first time it is called.
 * @param {{
 *   container: HTMLElement,
 *   pluginUrl: string,
 *   kind: FrameKind,
 *   name: string,
 *   buildMethods: (frame: Frame) => AnyHostMethods,
 *   height?: number,
 *   props?: Pick<Frame, 'panel' | 'modal' | 'page'>,
 * }} options
 * @returns {Frame}
 */
export function mountPluginFrame({ container, pluginUrl, kind, name, buildMethods, height = 0, props = {} }) {
  const iframe = document.createElement('iframe');
  iframe.className = `plugin-frame plugin-frame--${kind}`;
  iframe.title = name;
  iframe.dataset.frame = name;
  iframe.style.height = `${height}px`;
  // DatoCMS runs plugins in a sandboxed iframe; these flags are the host's guess.
  // Leaving out allow-modals blocks native alert()/confirm(): use ctx.alert/ctx.openConfirm.
  iframe.sandbox.value = 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads';
  // Lets navigator.clipboard.writeText work in the cross-origin frame, as plugins that
  // copy to the clipboard expect in DatoCMS.
  iframe.allow = 'clipboard-write';

  const settingsFetched = deferred();
  /** @type {Frame} */
  const frame = {
    kind,
    name,
    iframe,
    ...props,
    settingsFetched,
    settled: false,
    remote: Promise.reject(new Error('not connected yet')),
    destroy: () => {},
  };
  frame.remote.catch(() => {});
  const methods = buildMethods(frame);
  const getSettings = methods.getSettings;
  const wrapped = {
    ...methods,
    getSettings: () => {
      const settings = getSettings();
      settingsFetched.resolve();
      return settings;
    },
  };

  // The SDK sends its handshake once, at load, with no retry: listen first,
  // then load the plugin. Passing the origin lets penpal start before `src` is set.
  /** @type {import('../vendor/penpal/penpal.mjs').Connection<PluginRemote>} */
  const connection = connectToChild({ iframe, methods: wrapped, childOrigin: new URL(pluginUrl).origin });
  iframe.src = pluginUrl;
  container.append(iframe);

  frame.remote = connection.promise;
  frame.destroy = () => {
    connection.destroy();
    iframe.remove();
  };
  // A destroyed frame rejects its connection promise: that is expected, not an error.
  frame.remote.catch(() => {});
  settingsFetched.promise.then(() => {
    frame.settled = true;
  });
  return frame;
}

/**
 * Waits until the plugin has read its settings and can take calls that rely on them.
 * @param {Frame} frame
 */
export async function untilSettled(frame) {
  await frame.settingsFetched.promise;
  // The SDK acts on getSettings' reply only once it has arrived: let penpal post
  // it before sending anything that depends on it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return frame.remote;
}
