/**
 * Registers the offline service worker (built by vite-plugin-pwa: vite.config.ts) and follows
 * its updates. Loaded on demand once the page is idle, so that neither this code nor the precache
 * it starts (every script of the build, the map included) competes with the first paint.
 *
 * Updates never reload under the user's hands: a new version waits (the worker does not skip
 * waiting by itself) until the user presses Update, or until the next visit opens it.
 */
import { REGISTER_MARK, type OfflineStore } from '../state/offline';
import { trustedScriptUrl } from './trustedScripts';

/** How often a page left open (a projector all day) asks whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export async function keepOffline(win: Window, store: OfflineStore): Promise<void> {
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return; // an insecure origin or an old browser: the app works online only
  /**
   * A worker controls the page (it served it, or the first install has since taken it): a new
   * worker taking over after that is an update, not the first install.
   */
  let controlled = container.controller !== null;
  let asked = false;

  const offer = (waiting: ServiceWorker) =>
    store.setState({
      stage: 'update',
      update: () => {
        asked = true;
        waiting.postMessage({ type: 'SKIP_WAITING' });
      },
    });

  container.addEventListener('controllerchange', () => {
    if (!controlled) {
      controlled = true; // the first install taking this page: nothing changed on screen
      return;
    }
    // This page asked for the new version: it reloads into it, at the same address.
    if (asked) win.location.reload();
    // Another tab took it: this page's own code is the old one, so it offers a reload.
    else store.setState({ stage: 'update', update: () => win.location.reload() });
  });

  win.performance.mark(REGISTER_MARK);
  const registration = await container.register(trustedScriptUrl('offline'), {
    scope: import.meta.env.BASE_URL,
  });
  if (registration.waiting && controlled) offer(registration.waiting);
  /** A worker being installed: once stored, it is this visit's first install or an update. */
  const watch = (installing: ServiceWorker | null) =>
    installing?.addEventListener('statechange', () => {
      if (installing.state !== 'installed') return;
      if (container.controller) offer(installing);
      else store.setState({ stage: 'ready' });
    });
  // (One may already be installing when the registration comes back.)
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  const check = () => void registration.update().catch(() => undefined);
  win.setInterval(check, UPDATE_CHECK_MS);
  win.addEventListener('online', check);
}
