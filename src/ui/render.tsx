import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// The SDK calls a render hook again with a whole new ctx on every host update:
// one long-lived root keeps the panel's state (the editor's pick) across them.
let root: Root | null = null;

export function render(node: ReactNode): void {
  root ??= createRoot(document.getElementById('root') as HTMLElement);
  root.render(node);
}
