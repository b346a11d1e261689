/**
 * The one store: sources of truth only (the table in play, its history, view preferences, the
 * notice on screen). Outcomes and analyses are derived from it, never stored. Each action is one
 * user intent and makes one `set`.
 */
import { defineMessages, type Language } from '../words/intl';
import { noticeText, noticeWordsReady, type NoticePhrase } from '../words/notices';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { POSITIONS, type Position } from '../engine/types';
import type { AllyChange } from '../scenario/link';
import type { Scenario } from '../scenario/model';
import { tableFor } from '../scenario/play';
import type { SortKey, TableState } from './persistence';

export type { SortKey, TableState };
export type { NoticePhrase };

/**
 * A message for the person at the screen; `restore` offers their previous table back, and
 * `putBack` an imported scenario they just removed (with the table they were on).
 */
export interface Notice {
  readonly kind: 'link' | 'storage' | 'copy' | 'info' | 'room';
  /**
   * The message in English, as tests read it; `phrases`, when set, say the same. Absent when the
   * phrases' words had not loaded as the notice was made (./noticeText.ts loads with the first
   * notice shown).
   */
  readonly message?: string;
  /**
   * The message's sentences, each whole, formatted in the page's language where the notice is
   * shown (so that it follows a change of language while it is up).
   */
  readonly phrases?: readonly NoticePhrase[];
  readonly restore?: TableState;
  readonly putBack?: { readonly scenario: Scenario; readonly table: TableState };
}

/** A notice's words from its sentences: the English text, and the phrases for other languages. */
export const noticeWords = (
  ...phrases: readonly NoticePhrase[]
): Pick<Notice, 'message' | 'phrases'> => ({
  ...(noticeWordsReady(phrases) ? { message: noticeText(phrases) } : {}),
  phrases,
});

const NOTICE = defineMessages({
  imported: { id: 'notice.imported', defaultMessage: 'Imported “{title}” from {file}.' },
  openedShared: {
    id: 'notice.openedShared',
    defaultMessage: 'You opened a shared scenario, “{title}”: it is now in the scenario list.',
  },
  renamed: {
    id: 'notice.renamed',
    defaultMessage: 'Its id “{id}” was already taken, so it is listed as “{listedAs}”.',
  },
  replaces: {
    id: 'notice.replaces',
    defaultMessage: 'It replaces an earlier import with the same id.',
  },
  removed: {
    id: 'notice.removed',
    defaultMessage: "Removed “{title}” from this browser's scenario list.",
  },
});

export interface TableSlice {
  readonly table: TableState;
  setPosition(allyId: string, position: Position): void;
  /** Support -> undecided -> object -> support (hemicycle seats, presenter keys). */
  cyclePosition(allyId: string): void;
  setProbability(allyId: string, p: number): void;
  /** A drag or a run of key presses on a slider is over: the next change is a new step. */
  endGesture(): void;
  setRule(ruleId: string): void;
  applyScenario(scenarioId: string): void;
  resetToScenario(): void;
  /** Replaces the table (a shared link, a restored table); undoable. */
  loadTable(table: TableState): void;
  /** Brings a kept table back from a notice, and closes the notice: one step. */
  restoreTable(table: TableState): void;
  /**
   * Takes the table a class room holds (its positions changed by others). Not a step of this
   * screen's history, which starts again from it: undo must never reach back past a student's
   * change and send it back to the room.
   */
  followRoom(table: TableState): void;
}

export interface HistorySlice {
  readonly past: readonly TableState[];
  readonly future: readonly TableState[];
  undo(): void;
  redo(): void;
}

export interface ViewSlice {
  readonly sortBy: SortKey;
  setSort(sortBy: SortKey): void;
  /**
   * Presenter mode (large type, editing chrome hidden). Not kept in storage: only a link with the
   * presenter option (`present=1`, which the address bar carries while presenting) opens in it,
   * in the window, since full screen could not be restored without a click anyway.
   */
  readonly presenting: boolean;
  setPresenting(presenting: boolean): void;
  /**
   * The language the page speaks (the Language control). Kept in storage by the composition root
   * and carried in the share link (option `lang`); never part of the table's history.
   */
  readonly language: Language;
  /**
   * Whether the person chose `language` with the Language control (kept for the next visit), or
   * it came with a link or at start (this visit only: a shared link's language is the sharer's).
   */
  readonly languageChosen: boolean;
  /** The Language control's choice. */
  setLanguage(language: Language): void;
  /** A link's language: shown, not kept as the reader's choice. */
  showLanguage(language: Language): void;
  /**
   * Answers a student handed in (a Hand in link), shown checked by the engine in Exercises. Not
   * kept in storage, never in the address once opened: only the link that carries them shows them.
   */
  readonly handedIn: HandedIn | null;
  showHandedIn(handedIn: HandedIn | null): void;
  /**
   * What goes on paper instead of the table's handout: the scenario's exercises as a worksheet,
   * with or without the answers (null: the handout, as Print handout and Ctrl+P print it).
   */
  readonly printJob: 'worksheet' | 'worksheet-answers' | null;
  setPrintJob(job: 'worksheet' | 'worksheet-answers' | null): void;
}

/** A hand-in: the scenario and the responses by exercise id, untrusted until checked. */
export interface HandedIn {
  readonly scenarioId: string;
  readonly responses: Readonly<Record<string, unknown>>;
  /** The name the student gave, if any (a display name: no markup). */
  readonly name: string | null;
}

export interface NoticeSlice {
  readonly notice: Notice | null;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
}

/** How an imported scenario arrived: a file the person chose, or a link that carries one. */
export type ImportedVia =
  | { readonly from: 'file'; readonly fileName: string }
  | {
      readonly from: 'link';
      readonly ruleId: string;
      readonly changes: TableState['changes'];
    };

export interface ImportSlice {
  /** Scenarios imported from files or links, listed after the shipped ones; kept in storage. */
  readonly imported: readonly Scenario[];
  /**
   * Adds an imported scenario and opens it, in one undoable step. Its id may not shadow a shipped
   * scenario (it gets a suffix); a file replaces an earlier import with the same id, a link whose
   * scenario differs from an earlier import gets a suffix instead (the earlier one is kept).
   */
  importScenario(scenario: Scenario, via: ImportedVia): void;
  /**
   * Removes an imported scenario from the list (and from storage). A table on it moves to the
   * opening scenario; history steps on it go, since they could not be shown any more. The notice
   * offers it back.
   */
  removeImported(id: string): void;
  /** Undoes a removal from its notice: the scenario and the table come back. */
  putBack(scenario: Scenario, table: TableState): void;
}

export type AppState = TableSlice & HistorySlice & ViewSlice & NoticeSlice & ImportSlice;
export type AppStore = StoreApi<AppState>;

const HISTORY_LIMIT = 100;

export interface StoreInit {
  readonly table: TableState;
  readonly sortBy?: SortKey;
  readonly notice?: Notice | null;
  readonly imported?: readonly Scenario[];
  /** Start in presenter mode (a link with the presenter option). */
  readonly presenting?: boolean;
  /** The language to start in (the link's, else the stored choice, else the browser's). */
  readonly language?: Language;
  /** Start showing handed-in answers (a Hand in link). */
  readonly handedIn?: HandedIn | null;
  /** Where a table goes when its imported scenario is removed (the app's opening scenario). */
  readonly homeScenarioId?: string;
}

const MAX_ID = 64;

/**
 * The id an imported scenario gets: its own, unless a shipped scenario has it (then a suffix
 * "-imported"), or an earlier import has it with other content and the new one came by link
 * (then a number). Deterministic, so the same file imported twice gets the same id.
 */
export function importedIdFor(
  scenario: Scenario,
  shipped: readonly Scenario[],
  imported: readonly Scenario[],
  from: ImportedVia['from'],
): string {
  const isShipped = (id: string) => shipped.some((s) => s.id === id);
  const base = isShipped(scenario.id)
    ? `${scenario.id.slice(0, MAX_ID - '-imported'.length)}-imported`
    : scenario.id;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base.slice(0, MAX_ID - String(n).length - 1)}-${n}`;
    if (isShipped(id)) continue;
    const earlier = imported.find((s) => s.id === id);
    if (
      !earlier ||
      from === 'file' ||
      JSON.stringify(earlier) === JSON.stringify({ ...scenario, id })
    )
      return id;
  }
}

/** The opening table of a scenario: its stances as stated, its default rule. */
export const openingTable = (scenario: Scenario): TableState => ({
  scenarioId: scenario.id,
  ruleId: scenario.defaultRule,
  changes: {},
});

/** Same table, whatever the order of keys in the changes. */
const canonical = (t: TableState) =>
  JSON.stringify([
    t.scenarioId,
    t.ruleId,
    Object.keys(t.changes)
      .sort()
      .map((id) => [id, t.changes[id]?.position ?? null, t.changes[id]?.p ?? null]),
  ]);
const sameTable = (a: TableState, b: TableState) => canonical(a) === canonical(b);

export function createAppStore(catalog: readonly Scenario[], init: StoreInit): AppStore {
  return createStore<AppState>()((set, get) => {
    const scenarioOf = (id: string) =>
      catalog.find((s) => s.id === id) ?? get().imported.find((s) => s.id === id);
    /**
     * Records one step of the table's history: the current table goes to `past`. Steps with the
     * same `merge` key in a row (a slider being dragged) make one step.
     */
    let lastMerge: string | null = null;
    const commit = (
      next: TableState,
      merge: string | null = null,
      also: Partial<Pick<AppState, 'notice' | 'imported'>> = {},
    ) => {
      const { table, past } = get();
      if (sameTable(table, next)) {
        if (Object.keys(also).length > 0) set(also);
        return;
      }
      const mergeWithLast = merge !== null && merge === lastMerge && past.length > 0;
      lastMerge = merge;
      set({
        table: next,
        past: mergeWithLast ? past : [...past, table].slice(-HISTORY_LIMIT),
        future: [],
        ...also,
      });
    };
    const change = (allyId: string, patch: AllyChange, merge: string | null = null) => {
      const { table } = get();
      commit(
        {
          ...table,
          changes: { ...table.changes, [allyId]: { ...table.changes[allyId], ...patch } },
        },
        merge,
      );
    };

    return {
      table: init.table,
      past: [],
      future: [],
      sortBy: init.sortBy ?? 'table',
      presenting: init.presenting ?? false,
      language: init.language ?? 'en',
      languageChosen: false,
      handedIn: init.handedIn ?? null,
      printJob: null,
      notice: init.notice ?? null,
      imported: init.imported ?? [],

      setPosition: (allyId, position) => change(allyId, { position }),
      cyclePosition: (allyId) => {
        const { table } = get();
        const scenario = scenarioOf(table.scenarioId);
        if (!scenario) return;
        const seats = tableFor(scenario, table.changes);
        const now = seats.ok ? seats.value.seats.find((s) => s.id === allyId)?.position : undefined;
        if (!now) return;
        change(allyId, {
          position: POSITIONS[(POSITIONS.indexOf(now) + 1) % POSITIONS.length] as Position,
        });
      },
      setProbability: (allyId, p) =>
        change(allyId, { p: Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000 }, `p:${allyId}`),
      endGesture: () => {
        // History only: nothing on screen changes, so no `set`.
        lastMerge = null;
      },
      setRule: (ruleId) => commit({ ...get().table, ruleId }),
      applyScenario: (scenarioId) => {
        const scenario = scenarioOf(scenarioId);
        if (!scenario) return;
        // Keep the rule being compared when the new table offers it.
        const { ruleId } = get().table;
        const keep = scenario.rules.some((r) => r.id === ruleId);
        commit({ ...openingTable(scenario), ...(keep ? { ruleId } : {}) });
      },
      resetToScenario: () => commit({ ...get().table, changes: {} }),
      loadTable: (table) => commit(table),
      restoreTable: (table) => commit(table, null, { notice: null }),
      followRoom: (table) => {
        if (sameTable(get().table, table)) return;
        lastMerge = null;
        set({ table, past: [], future: [] });
      },

      undo: () => {
        lastMerge = null;
        const { past, table, future } = get();
        const previous = past[past.length - 1];
        if (previous) set({ table: previous, past: past.slice(0, -1), future: [table, ...future] });
      },
      redo: () => {
        lastMerge = null;
        const { past, table, future } = get();
        const next = future[0];
        if (next) set({ table: next, past: [...past, table], future: future.slice(1) });
      },

      importScenario: (scenario, via) => {
        const { imported } = get();
        const id = importedIdFor(scenario, catalog, imported, via.from);
        const renamed = id === scenario.id ? scenario : { ...scenario, id };
        const at = imported.findIndex((s) => s.id === id);
        const replaces = at >= 0 && JSON.stringify(imported[at]) !== JSON.stringify(renamed);
        const nextImported =
          at >= 0 ? imported.map((s, k) => (k === at ? renamed : s)) : [...imported, renamed];
        const words = noticeWords(
          via.from === 'file'
            ? { descriptor: NOTICE.imported, values: { title: renamed.title, file: via.fileName } }
            : { descriptor: NOTICE.openedShared, values: { title: renamed.title } },
          ...(id !== scenario.id
            ? [{ descriptor: NOTICE.renamed, values: { id: scenario.id, listedAs: id } }]
            : []),
          ...(replaces ? [{ descriptor: NOTICE.replaces }] : []),
        );
        const table =
          via.from === 'file'
            ? openingTable(renamed)
            : { scenarioId: id, ruleId: via.ruleId, changes: via.changes };
        commit(table, null, {
          imported: nextImported,
          notice: { kind: 'info', ...words },
        });
      },

      removeImported: (id) => {
        const { imported, table, past, future } = get();
        const scenario = imported.find((s) => s.id === id);
        const home = catalog.find((s) => s.id === init.homeScenarioId) ?? catalog[0];
        if (!scenario || !home) return;
        const on = (t: TableState) => t.scenarioId === id;
        lastMerge = null;
        set({
          imported: imported.filter((s) => s.id !== id),
          table: on(table) ? openingTable(home) : table,
          past: past.filter((t) => !on(t)),
          future: future.filter((t) => !on(t)),
          notice: {
            kind: 'info',
            ...noticeWords({ descriptor: NOTICE.removed, values: { title: scenario.title } }),
            putBack: { scenario, table },
          },
        });
      },
      putBack: (scenario, table) => {
        const { imported } = get();
        const others = imported.filter((s) => s.id !== scenario.id);
        commit(table, null, { imported: [...others, scenario], notice: null });
      },

      setSort: (sortBy) => set({ sortBy }),
      setPresenting: (presenting) => set({ presenting }),
      setLanguage: (language) => set({ language, languageChosen: true }),
      showLanguage: (language) => set({ language, languageChosen: false }),
      showHandedIn: (handedIn) => set({ handedIn }),
      setPrintJob: (printJob) => set({ printJob }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
