/**
 * The composition root's link to the browser: the store's table is mirrored into the URL fragment
 * (so the address bar always shares the current table) and into local storage; a link pasted into
 * the address bar loads. Components never touch `location` or `localStorage`: only this does.
 *
 * Presenter mode is mirrored into the fragment too (the option `present=1`), never into storage:
 * while the person presents, the address says so (a reload, or the address copied, presents
 * again); once they leave presenter mode, it no longer does. A link pasted into the address bar
 * presents or not as it says.
 */
import { roomOfHash } from '../room/code';
import {
  checkLink,
  decodeLink,
  encodeLink,
  MAX_SHARE_LINK,
  type LinkState,
} from '../scenario/link';
import type { Scenario } from '../scenario/model';
import type { Language } from '../words/intl';
import { MAX_KEPT_IMPORTS, save, type KeyValueStorage } from '../state/persistence';
import { noticeWords, type AppStore, type TableState } from '../state/store';
import { linkErrorPhrase, linkUnreadable, tableUnchanged } from '../words/notices';
import type { ShareReach } from '../ui/ScenarioFiles';
import { handedInOf, revisedSince, scenarioOfLink } from './boot';
import { loadedScenarioParser, loadScenarioParser } from './parser';

/** The compact copy of an imported scenario that links carry (and storage keeps), made once. */
const compactCopies = new WeakMap<Scenario, string>();
export function compactCopy(scenario: Scenario): string {
  let text = compactCopies.get(scenario);
  if (text === undefined) {
    const files = loadedScenarioParser();
    // Not reached: an imported scenario came through the parser (src/app/parser.ts).
    if (!files) throw new Error('the scenario writer is not loaded');
    text = JSON.stringify(files.scenarioFileOf(scenario));
    compactCopies.set(scenario, text);
  }
  return text;
}

const pageOf = (win: Window) =>
  `${win.location.origin}${win.location.pathname}${win.location.search}`;

/**
 * What a link says beside the table: open in presenter mode (`present=1`); carry handed-in
 * answers (`hand`, the Hand in link only).
 */
export interface LinkOptions {
  readonly present?: boolean;
  readonly handIn?: string;
  /** The page's language (`lang`; English writes nothing). */
  readonly lang?: Language;
}

/**
 * The fragment for a table, and the fragment that also carries its imported scenario. A plain
 * link names the revision of the scenario it was made on, so that a later revision can say so.
 */
function fragments(
  table: TableState,
  imported: readonly Scenario[],
  shipped: readonly Scenario[],
  options: LinkOptions,
) {
  const scenario = imported.find((s) => s.id === table.scenarioId);
  const revision = (scenario ?? shipped.find((s) => s.id === table.scenarioId))?.revision;
  const state = {
    scenario: table.scenarioId,
    rule: table.ruleId,
    changes: table.changes,
    ...(options.present ? { present: true } : {}),
    ...(options.lang !== undefined && options.lang !== 'en' ? { lang: options.lang } : {}),
    ...(options.handIn !== undefined ? { handIn: options.handIn } : {}),
  };
  const plain = `#${encodeLink({ ...state, ...(revision ? { revision } : {}) })}`;
  return {
    plain,
    carrying: scenario ? `#${encodeLink({ ...state, embedded: compactCopy(scenario) })}` : null,
  };
}

/**
 * The link of a table: format 1 for a shipped scenario; for an imported one, format 2 carrying
 * the scenario when the whole address stays within MAX_SHARE_LINK characters, else format 1
 * (which opens it only where it was imported; the UI says so and offers the file).
 */
export function linkFor(
  table: TableState,
  imported: readonly Scenario[] = [],
  page = '',
  shipped: readonly Scenario[] = [],
  options: LinkOptions = {},
): string {
  const { plain, carrying } = fragments(table, imported, shipped, options);
  return carrying && page.length + carrying.length <= MAX_SHARE_LINK ? carrying : plain;
}

export function shareReach(
  win: Window,
  table: TableState,
  imported: readonly Scenario[],
  options: LinkOptions = {},
): ShareReach {
  const { carrying } = fragments(table, imported, [], options);
  const length = carrying ? pageOf(win).length + carrying.length : 0;
  return {
    imported: carrying !== null,
    carries: carrying !== null && length <= MAX_SHARE_LINK,
    length,
    limit: MAX_SHARE_LINK,
  };
}

/** The id in a compact copy (JSON), read without the scenario parser; '' if none. */
function idOfCopy(text: string): string {
  try {
    const id: unknown = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}

/** Starts mirroring; returns a function that stops it. */
export function connectBrowser(
  store: AppStore,
  catalog: readonly Scenario[],
  win: Window,
  storage: KeyValueStorage | null,
  /** Stored imports this start could not read (Boot.keptAside): saved again as they were. */
  keptAside: readonly string[] = [],
): () => void {
  let written = '';
  // In a class room the address holds the room, and the table is the room's, not this person's
  // own work: neither the address nor storage follows it (src/app/room.ts).
  const inRoom = () => roomOfHash(win.location.hash) !== null;
  const writeLink = () => {
    if (inRoom()) return;
    const { table, imported, presenting, language } = store.getState();
    written = linkFor(table, imported, pageOf(win), catalog, {
      present: presenting,
      lang: language,
    });
    if (win.location.hash !== written) win.history.replaceState(null, '', written);
  };
  const write = () => {
    if (inRoom()) return;
    writeLink();
    const { table, sortBy, imported } = store.getState();
    // The person's imports of this visit first; then those set aside, unless imported again.
    const ids = new Set(imported.map((s) => s.id));
    const aside = keptAside.filter((text) => !ids.has(idOfCopy(text)));
    const kept = [...imported.map(compactCopy), ...aside].slice(0, MAX_KEPT_IMPORTS);
    save(storage, { table, sortBy, imported: kept });
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
    if (
      state.table !== prev.table ||
      state.sortBy !== prev.sortBy ||
      state.imported !== prev.imported
    )
      writeSoon();
    // Entering or leaving presenter mode, or another language, changes the address only (the
    // table's storage never keeps them; src/app/language.ts keeps the language on its own).
    else if (state.presenting !== prev.presenting || state.language !== prev.language) writeLink();
  });
  const onHashChange = () => {
    // replaceState never fires hashchange: this is the person's own navigation, which wins over
    // a write still waiting for the next frame.
    if (win.location.hash === written || inRoom()) return;
    cancelPending();
    const decoded = decodeLink(win.location.hash);
    if (decoded.ok && decoded.state.embedded !== undefined) {
      void openCarried(decoded.state);
      return;
    }
    const error = decoded.ok
      ? checkLink(decoded.state, [...catalog, ...store.getState().imported])
      : decoded.error;
    if (decoded.ok && !error) {
      const { scenario, rule, changes, present, lang } = decoded.state;
      store.getState().loadTable({ scenarioId: scenario, ruleId: rule, changes });
      store.getState().setPresenting(present === true);
      if (lang) store.getState().showLanguage(lang);
      store.getState().showHandedIn(handedInOf(decoded.state, scenario));
      const revised = revisedSince(decoded.state, [...catalog, ...store.getState().imported]);
      if (revised.length > 0)
        store.getState().showNotice({ kind: 'info', ...noticeWords(...revised) });
      // Written now, and not again a frame later (a link pasted meanwhile must not be
      // overwritten); also when the link names the current table: storage and address stay
      // canonical.
      cancelPending();
      write();
    } else {
      store.getState().showNotice({
        kind: 'link',
        ...noticeWords(error ? linkErrorPhrase(error) : linkUnreadable(), tableUnchanged()),
      });
      write();
    }
  };
  // A pasted link that carries a scenario: validated with the lazy parser, then opened (or not).
  const openCarried = async (state: LinkState) => {
    const asked = win.location.hash;
    let parse;
    try {
      parse = (await loadScenarioParser()).parseScenario;
    } catch {
      parse = undefined;
    }
    if (win.location.hash !== asked) return; // the person has moved on meanwhile
    const carried = scenarioOfLink(state, parse);
    if (carried.ok) {
      store.getState().importScenario(carried.scenario, {
        from: 'link',
        ruleId: state.rule,
        changes: state.changes,
      });
      store.getState().setPresenting(state.present === true);
      if (state.lang) store.getState().showLanguage(state.lang);
    } else
      store.getState().showNotice({ kind: 'link', ...noticeWords(carried.why, tableUnchanged()) });
    // Written now, and not again a frame later: a link pasted meanwhile must not be overwritten.
    cancelPending();
    write();
  };
  // A tab closed (or sent to the background on a phone) right after a change: write it now, as
  // the frame the write waits for may never come.
  const flush = () => {
    if (!pending) return;
    cancelPending();
    write();
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') flush();
  };
  win.addEventListener('hashchange', onHashChange);
  win.addEventListener('pagehide', flush);
  win.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    flush();
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('pagehide', flush);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}

/**
 * The full share address of a table: this page plus the link fragment; with `present`, the link
 * that opens it in presenter mode (for slides and course pages).
 */
export const shareUrl = (
  win: Window,
  table: TableState,
  imported: readonly Scenario[] = [],
  shipped: readonly Scenario[] = [],
  options: LinkOptions = {},
): string => `${pageOf(win)}${linkFor(table, imported, pageOf(win), shipped, options)}`;
