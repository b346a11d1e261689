/**
 * Where the opening table comes from, in order: a share link in the URL fragment; else the table
 * kept in local storage; else the default scenario. A damaged or unknown link, or corrupt storage,
 * opens the default scenario with a notice saying what was wrong, and offers the kept table back.
 * A link with the presenter option (`present=1`) opens in presenter mode, in the window: full
 * screen needs the viewer's click, which the presenter's strip offers.
 *
 * Imported scenarios (kept in storage, or carried by a format-2 link) need the parser, which is
 * loaded lazily: the caller loads it first when `bootNeedsParser` says so, and passes `parse`.
 * Without imported scenarios the boot stays synchronous and never loads it.
 */
import { roomOfHash } from '../room/code';
import { checkLink, decodeHandIn, decodeLink, type LinkState } from '../scenario/link';
import type { Parsed, Scenario } from '../scenario/model';
import type { Loaded, SortKey, TableState } from '../state/persistence';
import { displayName } from '../room/limits';
import { HAND_IN_NAME } from '../scenario/link';
import {
  importedIdFor,
  noticeWords,
  openingTable,
  type HandedIn,
  type Notice,
} from '../state/store';
import {
  defaultInstead,
  importsNotBack,
  invalidInLink,
  lastTableKept,
  linkErrorPhrase,
  linkUnreadable,
  notRestored,
  noScenarioInLink,
  openedHandedIn,
  openedScenario,
  openedTable,
  otherScenarioInLink,
  readerMissing,
  revisionPhrases,
  type NoticePhrase,
} from '../words/notices';

/** The scenario-file validator (parse.ts's parseScenario), once loaded. */
export type ParseScenario = (text: string) => Parsed<Scenario>;

export const DEFAULT_SCENARIO_ID = 'vilnius-2023';

export interface Boot {
  readonly table: TableState;
  readonly sortBy: SortKey;
  readonly notice: Notice | null;
  readonly imported: readonly Scenario[];
  /**
   * Imports kept in storage that this start could not read because the parser did not load (a
   * failed chunk, offline): kept as they were, and written back with every save, so that a
   * passing failure never erases them.
   */
  readonly keptAside: readonly string[];
  /** Start in presenter mode: the link that opened the table says so (never storage). */
  readonly presenting: boolean;
  /** Answers handed in by the link that opened the page (a Hand in link), to check again. */
  readonly handedIn?: HandedIn | null;
}

/** Does this start need the parser: a link that carries a scenario, or imports kept in storage? */
export function bootNeedsParser(hash: string, loaded: Loaded): boolean {
  const decoded = decodeLink(hash);
  return (
    (decoded.ok && decoded.state.embedded !== undefined) ||
    (loaded.kind === 'ok' && (loaded.saved.imported?.length ?? 0) > 0)
  );
}

/**
 * The scenario a format-2 link carries, validated as a file and checked against the link's own
 * table (rule and allies). Its id is the link's; the store may still suffix it on a clash.
 */
export function scenarioOfLink(
  state: LinkState,
  parse: ParseScenario | undefined,
): { ok: true; scenario: Scenario } | { ok: false; why: NoticePhrase } {
  if (state.embedded === undefined) return { ok: false, why: noScenarioInLink() };
  if (!parse) return { ok: false, why: readerMissing() };
  const parsed = parse(state.embedded);
  if (!parsed.ok) return { ok: false, why: invalidInLink(parsed) };
  if (parsed.value.id !== state.scenario)
    return { ok: false, why: otherScenarioInLink(state.scenario, parsed.value.id) };
  const error = checkLink(state, [parsed.value]);
  if (error) return { ok: false, why: linkErrorPhrase(error) };
  return { ok: true, scenario: parsed.value };
}

/** Imports kept in storage, validated again; those that no longer validate are left out. */
function keptImports(
  catalog: readonly Scenario[],
  texts: readonly string[],
  parse: ParseScenario | undefined,
): { imported: Scenario[]; lost: number; aside: readonly string[] } {
  if (!parse) return { imported: [], lost: 0, aside: texts };
  const imported: Scenario[] = [];
  let lost = 0;
  for (const text of texts) {
    const parsed = parse(text);
    if (!parsed.ok) {
      lost++;
      continue;
    }
    const id = importedIdFor(parsed.value, catalog, imported, 'file');
    const scenario = id === parsed.value.id ? parsed.value : { ...parsed.value, id };
    const at = imported.findIndex((s) => s.id === id);
    if (at >= 0) imported[at] = scenario;
    else imported.push(scenario);
  }
  return { imported, lost, aside: [] };
}

/** What a link made on another revision of its (known) scenario is told; none when current. */
export function revisedSince(state: LinkState, scenarios: readonly Scenario[]): NoticePhrase[] {
  const scenario = scenarios.find((s) => s.id === state.scenario);
  return scenario ? revisionPhrases(scenario, state.revision ?? 1) : [];
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

/** The answers a link hands in, for the scenario it opens; null if none or unreadable. */
export function handedInOf(state: LinkState, scenarioId: string): HandedIn | null {
  if (state.handIn === undefined) return null;
  const responses = decodeHandIn(state.handIn);
  if (!responses) return null;
  const given = responses[HAND_IN_NAME];
  return { scenarioId, responses, name: typeof given === 'string' ? displayName(given) : null };
}

export function bootState(
  catalog: readonly Scenario[],
  hash: string,
  loaded: Loaded,
  parse?: ParseScenario,
): Boot {
  const fallback = openingTable(defaultScenario(catalog));
  const stored = keptImports(
    catalog,
    loaded.kind === 'ok' ? (loaded.saved.imported ?? []) : [],
    parse,
  );
  let imported: readonly Scenario[] = stored.imported;
  const kept =
    loaded.kind === 'ok' ? fitTable(loaded.saved.table, [...catalog, ...imported]) : null;
  const sortBy = loaded.kind === 'ok' ? loaded.saved.sortBy : 'table';
  const aside = stored.aside.length;
  const lostWords = importsNotBack(stored.lost, aside);

  // Every start carries the sort, the imports (as they stand when it returns) and those set aside.
  const started = (
    table: TableState,
    notice: Notice | null,
    presenting = false,
    handedIn: HandedIn | null = null,
  ): Boot => ({
    table,
    sortBy,
    imported,
    keptAside: stored.aside,
    notice,
    presenting,
    handedIn,
  });

  // A room's address is not a table's link: the room brings its own table (src/app/room.ts).
  if (hash.replace(/^#/, '') !== '' && roomOfHash(hash) === null) {
    const decoded = decodeLink(hash);
    let error: NoticePhrase | null = null;
    let table: TableState | null = null;
    let opened = openedTable();
    let carried = false;
    let revised: NoticePhrase[] = [];
    if (!decoded.ok) error = linkErrorPhrase(decoded.error);
    else if (decoded.state.embedded !== undefined) {
      const inLink = scenarioOfLink(decoded.state, parse);
      if (!inLink.ok) error = inLink.why;
      else {
        carried = true;
        const id = importedIdFor(inLink.scenario, catalog, imported, 'link');
        const scenario = id === inLink.scenario.id ? inLink.scenario : { ...inLink.scenario, id };
        imported = imported.some((s) => s.id === id)
          ? imported.map((s) => (s.id === id ? scenario : s))
          : [...imported, scenario];
        table = { scenarioId: id, ruleId: decoded.state.rule, changes: decoded.state.changes };
        opened = openedScenario(scenario.title);
      }
    } else {
      const linkError = checkLink(decoded.state, [...catalog, ...imported]);
      if (linkError) error = linkErrorPhrase(linkError);
      else {
        const { scenario, rule, changes } = decoded.state;
        table = { scenarioId: scenario, ruleId: rule, changes };
        revised = revisedSince(decoded.state, [...catalog, ...imported]);
      }
    }
    if (table) {
      const differs = kept && JSON.stringify(kept) !== JSON.stringify(table);
      const handedIn = decoded.ok ? handedInOf(decoded.state, table.scenarioId) : null;
      if (handedIn) opened = openedHandedIn();
      return started(
        table,
        differs || carried || lostWords.length > 0 || revised.length > 0 || handedIn
          ? {
              kind: 'info',
              ...noticeWords(
                opened,
                ...revised,
                ...(differs ? [lastTableKept()] : []),
                ...lostWords,
              ),
              ...(differs && kept ? { restore: kept } : {}),
            }
          : null,
        decoded.ok && decoded.state.present === true,
        handedIn,
      );
    }
    const shown = hash.length > 80 ? `${hash.slice(0, 80)}…` : hash;
    return started(fallback, {
      kind: 'link',
      ...noticeWords(error ?? linkUnreadable(), defaultInstead(shown)),
      ...(kept ? { restore: kept } : {}),
    });
  }
  const notBack = (): Notice | null =>
    lostWords.length > 0 ? { kind: 'storage', ...noticeWords(...lostWords) } : null;
  if (kept) return started(kept, notBack());
  if (loaded.kind === 'corrupt' || (loaded.kind === 'ok' && !kept)) {
    const why =
      loaded.kind === 'corrupt'
        ? notRestored({ corrupt: loaded.reason })
        : notRestored(aside > 0 ? 'aside' : 'unknown');
    return started(fallback, {
      kind: 'storage',
      ...noticeWords(why, ...(aside > 0 ? lostWords : [])),
    });
  }
  return started(fallback, notBack());
}
