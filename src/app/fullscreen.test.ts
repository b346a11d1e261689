import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../state/store';
import { shippedCatalog } from '../../tests/support/catalog';
import { connectFullscreen } from './fullscreen';

/** A document with just enough of the Fullscreen API. */
function fakeDocument(supported = true) {
  const listeners = new Set<() => void>();
  const doc = {
    fullscreenElement: null as object | null,
    documentElement: {
      requestFullscreen: supported
        ? vi.fn(() => {
            doc.fullscreenElement = doc.documentElement;
            listeners.forEach((l) => l());
            return Promise.resolve();
          })
        : undefined,
    },
    exitFullscreen: vi.fn(() => {
      doc.fullscreenElement = null;
      listeners.forEach((l) => l());
      return Promise.resolve();
    }),
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  return doc;
}

const catalog = shippedCatalog();
const newStore = () =>
  createAppStore(catalog, {
    table: { scenarioId: 'vilnius-2023', ruleId: 'consensus', changes: {} },
  });

describe('full screen and presenter mode', () => {
  it('leaving full screen (Esc) leaves presenter mode', () => {
    const store = newStore();
    const doc = fakeDocument();
    connectFullscreen(store, doc as unknown as Document).enter();
    store.getState().setPresenting(true);
    expect(doc.fullscreenElement).not.toBeNull();
    void doc.exitFullscreen();
    expect(store.getState().presenting).toBe(false);
  });

  it('leaving presenter mode leaves full screen', () => {
    const store = newStore();
    const doc = fakeDocument();
    connectFullscreen(store, doc as unknown as Document).enter();
    store.getState().setPresenting(true);
    store.getState().setPresenting(false);
    expect(doc.exitFullscreen).toHaveBeenCalledTimes(1);
    expect(doc.fullscreenElement).toBeNull();
  });

  it('without the API, presenter mode stays in the window', () => {
    const store = newStore();
    const doc = fakeDocument(false);
    const link = connectFullscreen(store, doc as unknown as Document);
    expect(link.available).toBe(false);
    expect(() => link.enter()).not.toThrow();
    store.getState().setPresenting(true);
    expect(store.getState().presenting).toBe(true);
    link.disconnect();
  });

  it('is offered where the API is, unless a frame was not allowed full screen', () => {
    const store = newStore();
    expect(connectFullscreen(store, fakeDocument() as unknown as Document).available).toBe(true);
    const framed = { ...fakeDocument(), fullscreenEnabled: false };
    expect(connectFullscreen(store, framed as unknown as Document).available).toBe(false);
  });
});
