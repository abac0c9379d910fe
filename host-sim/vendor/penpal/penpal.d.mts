// Types for penpal 4.1.1 (it ships none), as far as the host uses it. serve.mjs serves
// the module itself at /vendor/penpal/penpal.mjs, built from penpal's dist bundle.
export type Connection<Remote> = {
  promise: Promise<Remote>;
  destroy: () => void;
};

export function connectToChild<Remote>(options: {
  iframe: HTMLIFrameElement;
  methods?: Record<string, (...args: never[]) => unknown>;
  childOrigin?: string;
  timeout?: number;
  debug?: boolean;
}): Connection<Remote>;
