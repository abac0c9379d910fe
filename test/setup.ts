import '@testing-library/jest-dom/vitest';

// datocms-react-ui creates a ResizeObserver when it is imported; jsdom has none.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
