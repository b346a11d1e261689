// @vitest-environment jsdom
// The offline build's updates, with a stand-in for the browser's service worker container: a
// page installed during this visit and left open (a projector all day) takes a later version
// on the user's word, and reloads only then.
import { describe, expect, it, vi } from 'vitest';
import { createOfflineStore } from '../state/offline';
import { keepOffline } from './offline';

vi.mock('./trustedScripts', () => ({ trustedScriptUrl: () => '/sw.js' }));

class FakeWorker extends EventTarget {
  state = 'installing';
  readonly posted: unknown[] = [];
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null = null;
  readonly registration = new FakeRegistration();
  register = vi.fn(() => Promise.resolve(this.registration));
  takenBy(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function page() {
  const container = new FakeContainer();
  const reload = vi.fn();
  const win = {
    navigator: { serviceWorker: container },
    location: { reload },
    performance: { mark: vi.fn() },
    setInterval: vi.fn(),
    addEventListener: vi.fn(),
  } as unknown as Window;
  return { container, reload, win };
}

/** The first worker of this visit installs and takes the page (clientsClaim). */
function firstInstall(container: FakeContainer, take = true) {
  const first = new FakeWorker();
  container.registration.found(first);
  first.become('installed');
  if (take) container.takenBy(first);
  return first;
}

describe('keepOffline', () => {
  it('a first install says the app works offline and reloads nothing', async () => {
    const { container, reload, win } = page();
    const store = createOfflineStore();
    await keepOffline(win, store);
    const first = firstInstall(container, false);
    expect(store.getState().stage).toBe('ready');
    container.takenBy(first); // clientsClaim
    expect(reload).not.toHaveBeenCalled();
  });

  it('after a first install in this visit, a later version waits, and Update now reloads into it', async () => {
    const { container, reload, win } = page();
    const store = createOfflineStore();
    await keepOffline(win, store);
    firstInstall(container);

    const next = new FakeWorker();
    container.registration.found(next);
    next.become('installed');
    expect(store.getState().stage).toBe('update');
    expect(reload).not.toHaveBeenCalled();
    store.getState().update?.();
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    container.takenBy(next);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a version another tab took is offered as a reload, never forced', async () => {
    const { container, reload, win } = page();
    container.controller = new FakeWorker();
    const store = createOfflineStore();
    await keepOffline(win, store);
    container.takenBy(new FakeWorker());
    expect(reload).not.toHaveBeenCalled();
    expect(store.getState().stage).toBe('update');
    store.getState().update?.();
    expect(reload).toHaveBeenCalledOnce();
  });
});
