/**
 * The working table kept in local storage, versioned and validated: a corrupt or foreign entry
 * gives a clear error and never a crash. Which state lives where:
 *
 *   state key            URL fragment   local storage   nowhere
 *   scenario, rule          yes             yes
 *   changes (positions, p)  yes             yes
 *   sort order                              yes
 *   imported scenarios   format 2 (if short)   yes (compact JSON, re-validated on load)
 *   presenter mode       present=1 (while on)
 *   undo/redo history                                       yes
 *   notices                                                 yes
 */
import { POSITIONS, type Position } from '../engine/types';
import type { AllyChange } from '../scenario/link';

export const STORAGE_KEY = 'nac-simulator';
export const STORAGE_VERSION = 2;
/** Imported scenarios kept at most: storage is small and shared with the whole site. */
export const MAX_KEPT_IMPORTS = 20;
const MAX_IMPORT_CHARS = 1_000_000;

export const SORT_KEYS = ['table', 'position', 'name', 'accession'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableState {
  readonly scenarioId: string;
  readonly ruleId: string;
  readonly changes: Readonly<Record<string, AllyChange>>;
}

export interface Saved {
  readonly table: TableState;
  readonly sortBy: SortKey;
  /**
   * Imported scenarios, each as the text of a scenario file (compact JSON). Shape-checked here;
   * validated as scenario files by the app when it loads them (with the lazy parser).
   */
  readonly imported?: readonly string[];
}

/** The minimal storage surface we use (window.localStorage, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Loaded =
  { kind: 'none' } | { kind: 'ok'; saved: Saved } | { kind: 'corrupt'; reason: string };

/**
 * Migrations from each old version to the next, numbered: migrations[1] turns a version-1 entry
 * into version 2. Each one has its own test.
 */
export const migrations: Readonly<Record<number, (old: unknown) => unknown>> = {
  // Version 2 keeps imported scenarios; a version-1 entry had none.
  1: (old) => (isRecord(old) ? { ...old, imported: [] } : old),
};

export function loadSaved(storage: KeyValueStorage | null): Loaded {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { kind: 'corrupt', reason: 'the browser refused access to local storage' };
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'it is not valid JSON' };
  }
  if (!isRecord(data) || typeof data.version !== 'number')
    return { kind: 'corrupt', reason: 'it has no version' };
  let version = data.version;
  let state: unknown = data.state;
  if (version > STORAGE_VERSION)
    return { kind: 'corrupt', reason: `it was saved by a newer version (${version})` };
  while (version < STORAGE_VERSION) {
    const step = migrations[version];
    if (!step) return { kind: 'corrupt', reason: `no migration from version ${version}` };
    state = step(state);
    version++;
  }
  const saved = validateSaved(state);
  return saved
    ? { kind: 'ok', saved }
    : { kind: 'corrupt', reason: 'its content is not a valid table' };
}

export function save(storage: KeyValueStorage | null, saved: Saved): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, state: saved }));
  } catch {
    // Storage full or disabled: the URL still carries the table.
  }
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CODE = /^[A-Z][A-Z0-9]{1,7}$/;

/** Shape check only; whether the scenario, rule and allies exist is checked against the catalogue. */
function validateSaved(x: unknown): Saved | null {
  if (!isRecord(x) || !isRecord(x.table)) return null;
  const { scenarioId, ruleId, changes } = x.table;
  if (typeof scenarioId !== 'string' || !ID.test(scenarioId)) return null;
  if (typeof ruleId !== 'string' || !ID.test(ruleId)) return null;
  if (!isRecord(changes)) return null;
  const clean: Record<string, AllyChange> = {};
  for (const [id, c] of Object.entries(changes)) {
    if (!CODE.test(id) || !isRecord(c)) return null;
    const position = c.position;
    const p = c.p;
    if (position !== undefined && !(POSITIONS as readonly unknown[]).includes(position))
      return null;
    if (p !== undefined && !(typeof p === 'number' && p >= 0 && p <= 1)) return null;
    clean[id] = {
      ...(position !== undefined ? { position: position as Position } : {}),
      ...(p !== undefined ? { p } : {}),
    };
  }
  const sortBy = (SORT_KEYS as readonly unknown[]).includes(x.sortBy)
    ? (x.sortBy as SortKey)
    : 'table';
  const imported = x.imported ?? [];
  if (
    !Array.isArray(imported) ||
    imported.length > MAX_KEPT_IMPORTS ||
    !imported.every((t) => typeof t === 'string' && t.length <= MAX_IMPORT_CHARS)
  )
    return null;
  return {
    table: { scenarioId, ruleId, changes: clean },
    sortBy,
    ...(imported.length > 0 ? { imported: imported as string[] } : {}),
  };
}
