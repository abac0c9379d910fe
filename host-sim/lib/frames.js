// Plugin iframes connected with penpal's `connectToChild`, as the DatoCMS frame does.
import { connectToChild } from '/vendor/penpal/penpal.mjs';

function deferred() {
  let resolve;
  const promise = new Promise((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Creates an iframe for `pluginUrl` and connects to it.
 * `buildMethods(frame)` returns the host methods this frame may call; its
 * `getSettings` resolves `frame.settingsFetched` the first time it is called.
 */
export function mountPluginFrame({ container, pluginUrl, kind, name, buildMethods, height = 0, props = {} }) {
  const iframe = document.createElement('iframe');
  iframe.className = `plugin-frame plugin-frame--${kind}`;
  iframe.title = name;
  iframe.dataset.frame = name;
  iframe.style.height = `${height}px`;
  // DatoCMS runs plugins in a sandboxed iframe; these flags are the host's guess.
  // Leaving out allow-modals blocks native alert()/confirm(): use ctx.alert/ctx.openConfirm.
  iframe.sandbox = 'allow-scripts allow-same-origin allow-forms allow-popups allow-downloads';

  const frame = { kind, name, iframe, ...props, settingsFetched: deferred() };
  const methods = buildMethods(frame);
  const getSettings = methods.getSettings;
  methods.getSettings = (...args) => {
    const settings = getSettings(...args);
    frame.settingsFetched.resolve();
    return settings;
  };

  // The SDK sends its handshake once, at load, with no retry: listen first,
  // then load the plugin. Passing the origin lets penpal start before `src` is set.
  const connection = connectToChild({ iframe, methods, childOrigin: new URL(pluginUrl).origin });
  iframe.src = pluginUrl;
  container.append(iframe);

  frame.remote = connection.promise;
  frame.destroy = () => {
    connection.destroy();
    iframe.remove();
  };
  // A destroyed frame rejects its connection promise: that is expected, not an error.
  frame.remote.catch(() => {});
  return frame;
}

/** Waits until the plugin has read its settings and can take calls that rely on them. */
export async function untilSettled(frame) {
  await frame.settingsFetched.promise;
  // The SDK acts on getSettings' reply only once it has arrived: let penpal post
  // it before sending anything that depends on it.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return frame.remote;
}
