/**
 * The composition root's link to the browser: the store's table is mirrored into the URL fragment
 * (so the address bar always shares the current table) and into local storage; a link pasted into
 * the address bar loads. Components never touch `location` or `localStorage`: only this does.
 */
import { checkLink, decodeLink, describeLinkError, encodeLink } from '../scenario/link';
import type { Scenario } from '../scenario/model';
import { save, type KeyValueStorage } from '../state/persistence';
import type { AppStore, TableState } from '../state/store';

export const linkFor = (table: TableState): string =>
  `#${encodeLink({ scenario: table.scenarioId, rule: table.ruleId, changes: table.changes })}`;

/** Starts mirroring; returns a function that stops it. */
export function connectBrowser(
  store: AppStore,
  catalog: readonly Scenario[],
  win: Window,
  storage: KeyValueStorage | null,
): () => void {
  let written = '';
  const writeLink = () => {
    written = linkFor(store.getState().table);
    if (win.location.hash !== written) win.history.replaceState(null, '', written);
  };
  const write = () => {
    writeLink();
    const { table, sortBy } = store.getState();
    save(storage, { table, sortBy });
  };
  // At start only the address bar is set: storage keeps the last table until the person changes
  // something, so opening a shared or damaged link never overwrites their own work.
  writeLink();
  // Mirror after the next paint, so a change shows before the address bar and storage update.
  let pending = 0;
  let timer = 0;
  const writeSoon = () => {
    if (pending) return;
    pending = win.requestAnimationFrame(() => {
      timer = win.setTimeout(() => {
        pending = 0;
        write();
      }, 0);
    });
  };
  const cancelPending = () => {
    win.cancelAnimationFrame(pending);
    win.clearTimeout(timer);
    pending = 0;
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.table !== prev.table || state.sortBy !== prev.sortBy) writeSoon();
  });
  const onHashChange = () => {
    // replaceState never fires hashchange: this is the person's own navigation, which wins over
    // a write still waiting for the next frame.
    if (win.location.hash === written) return;
    cancelPending();
    const decoded = decodeLink(win.location.hash);
    const error = decoded.ok ? checkLink(decoded.state, catalog) : decoded.error;
    if (decoded.ok && !error) {
      const { scenario, rule, changes } = decoded.state;
      store.getState().loadTable({ scenarioId: scenario, ruleId: rule, changes });
      write(); // also when the link names the current table: storage and address stay canonical
    } else {
      store.getState().showNotice({
        kind: 'link',
        message: `${error ? describeLinkError(error) : 'The link could not be read.'} Your table is unchanged.`,
      });
      write();
    }
  };
  win.addEventListener('hashchange', onHashChange);
  return () => {
    if (pending) write();
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}

/** The full share address of a table: this page plus the link fragment. */
export const shareUrl = (win: Window, table: TableState): string =>
  `${win.location.origin}${win.location.pathname}${win.location.search}${linkFor(table)}`;
