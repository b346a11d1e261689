/**
 * The one store: sources of truth only (the table in play, its history, view preferences, the
 * notice on screen). Outcomes and analyses are derived from it, never stored. Each action is one
 * user intent and makes one `set`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { POSITIONS, type Position } from '../engine/types';
import type { AllyChange } from '../scenario/link';
import type { Scenario } from '../scenario/model';
import { tableFor } from '../scenario/play';
import type { SortKey, TableState } from './persistence';

export type { SortKey, TableState };

/** A message for the person at the screen; `restore` offers their previous table back. */
export interface Notice {
  readonly kind: 'link' | 'storage' | 'copy' | 'info';
  readonly message: string;
  readonly restore?: TableState;
}

export interface TableSlice {
  readonly table: TableState;
  setPosition(allyId: string, position: Position): void;
  /** Support -> undecided -> object -> support (hemicycle seats, presenter keys). */
  cyclePosition(allyId: string): void;
  setProbability(allyId: string, p: number): void;
  setRule(ruleId: string): void;
  applyScenario(scenarioId: string): void;
  resetToScenario(): void;
  /** Replaces the table (a shared link, a restored table); undoable. */
  loadTable(table: TableState): void;
  /** Brings a kept table back from a notice, and closes the notice: one step. */
  restoreTable(table: TableState): void;
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
   * Presenter mode (large type, editing chrome hidden). Not persisted: a reload or a shared link
   * opens the editing view, and full screen could not be restored without a click anyway.
   */
  readonly presenting: boolean;
  setPresenting(presenting: boolean): void;
}

export interface NoticeSlice {
  readonly notice: Notice | null;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
}

export type AppState = TableSlice & HistorySlice & ViewSlice & NoticeSlice;
export type AppStore = StoreApi<AppState>;

const HISTORY_LIMIT = 100;

export interface StoreInit {
  readonly table: TableState;
  readonly sortBy?: SortKey;
  readonly notice?: Notice | null;
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
  const scenarioOf = (id: string) => catalog.find((s) => s.id === id);

  return createStore<AppState>()((set, get) => {
    /**
     * Records one step of the table's history: the current table goes to `past`. Steps with the
     * same `merge` key in a row (a slider being dragged) make one step.
     */
    let lastMerge: string | null = null;
    const commit = (
      next: TableState,
      merge: string | null = null,
      also: Partial<NoticeSlice> = {},
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
      presenting: false,
      notice: init.notice ?? null,

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

      setSort: (sortBy) => set({ sortBy }),
      setPresenting: (presenting) => set({ presenting }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
