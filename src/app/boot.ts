/**
 * Where the opening table comes from, in order: a share link in the URL fragment; else the table
 * kept in local storage; else the default scenario. A damaged or unknown link, or corrupt storage,
 * opens the default scenario with a notice saying what was wrong, and offers the kept table back.
 */
import { checkLink, decodeLink, describeLinkError } from '../scenario/link';
import type { Scenario } from '../scenario/model';
import type { Loaded, SortKey, TableState } from '../state/persistence';
import { openingTable, type Notice } from '../state/store';

export const DEFAULT_SCENARIO_ID = 'vilnius-2023';

export interface Boot {
  readonly table: TableState;
  readonly sortBy: SortKey;
  readonly notice: Notice | null;
}

export function defaultScenario(catalog: readonly Scenario[]): Scenario {
  const s = catalog.find((x) => x.id === DEFAULT_SCENARIO_ID) ?? catalog[0];
  if (!s) throw new Error('no scenarios shipped');
  return s;
}

/** A table that fits the catalogue (scenario, rule and allies exist), or null. */
export function fitTable(table: TableState, catalog: readonly Scenario[]): TableState | null {
  const error = checkLink(
    { scenario: table.scenarioId, rule: table.ruleId, changes: table.changes },
    catalog,
  );
  return error ? null : table;
}

export function bootState(catalog: readonly Scenario[], hash: string, loaded: Loaded): Boot {
  const fallback = openingTable(defaultScenario(catalog));
  const kept = loaded.kind === 'ok' ? fitTable(loaded.saved.table, catalog) : null;
  const sortBy = loaded.kind === 'ok' ? loaded.saved.sortBy : 'table';

  if (hash.replace(/^#/, '') !== '') {
    const decoded = decodeLink(hash);
    const error = decoded.ok ? checkLink(decoded.state, catalog) : decoded.error;
    if (decoded.ok && !error) {
      const { scenario, rule, changes } = decoded.state;
      const table = { scenarioId: scenario, ruleId: rule, changes };
      const differs = kept && JSON.stringify(kept) !== JSON.stringify(table);
      return {
        table,
        sortBy,
        notice: differs
          ? {
              kind: 'info',
              message: 'You opened a shared table. Your own last table is kept.',
              restore: kept,
            }
          : null,
      };
    }
    const shown = hash.length > 80 ? `${hash.slice(0, 80)}…` : hash;
    const why = `${error ? describeLinkError(error) : 'The link could not be read.'} (${shown})`;
    return {
      table: fallback,
      sortBy,
      notice: {
        kind: 'link',
        message: `${why} Showing the default scenario instead.`,
        ...(kept ? { restore: kept } : {}),
      },
    };
  }
  if (kept) return { table: kept, sortBy, notice: null };
  if (loaded.kind === 'corrupt' || (loaded.kind === 'ok' && !kept)) {
    const reason =
      loaded.kind === 'corrupt'
        ? loaded.reason
        : 'it names a scenario or rule this version does not have';
    return {
      table: fallback,
      sortBy,
      notice: {
        kind: 'storage',
        message: `Your saved table could not be restored (${reason}). Showing the default scenario.`,
      },
    };
  }
  return { table: fallback, sortBy, notice: null };
}
