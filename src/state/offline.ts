/**
 * The offline build as this page sees it (kept by src/app/offline.ts, shown by src/ui/UpdateBar):
 * whether this visit has just made the simulator ready to work offline, and whether a new version
 * is waiting for the user's word.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

/**
 * none: nothing to say; ready: the first install has stored the whole app (it now works with no
 * network); update: a new version is ready and `update` takes it (the page reloads, as it is).
 */
export type OfflineStage = 'none' | 'ready' | 'update';

export interface OfflineView {
  readonly stage: OfflineStage;
  /** Takes the waiting version: the page reloads into it, its table and stored work kept. */
  readonly update: (() => void) | null;
}

export type OfflineStore = StoreApi<OfflineView>;
export const createOfflineStore = (): OfflineStore =>
  createStore<OfflineView>()(() => ({ stage: 'none', update: null }));

/** performance.mark name set when the service worker's registration starts (bench:offline). */
export const REGISTER_MARK = 'nac:offline-register';
