/**
 * What changed from one scenario to another: who joined or left the table, whose position moved
 * (with the new stance's note, evidence and sources), whose evidence alone changed, and the
 * outcome of each as stated under its own default rule. Pure: scenarios in, a diff out.
 */
import type { Outcome } from '../engine/outcome';
import type { RuleDef } from '../engine/rules';
import type { AllyId, Position } from '../engine/types';
import type { Evidence, Scenario, SourceEntry, Stance } from './model';
import { judge } from './play';

export interface StanceChange {
  readonly ally: AllyId;
  readonly name: string;
  readonly from: Position;
  readonly to: Position;
  readonly fromEvidence: Evidence;
  /** The evidence, note and sources of the new stance: why it is what it is now. */
  readonly evidence: Evidence;
  readonly note: string;
  readonly sources: readonly SourceEntry[];
  /** The ally takes the scenario's default stance (not named in the sources) in `to`. */
  readonly assumed: boolean;
}

export interface Arrival {
  readonly ally: AllyId;
  readonly name: string;
  /** Its stance at the table it joined (`to`), or the one it had at the table it left (`from`). */
  readonly position: Position;
  readonly evidence: Evidence;
  readonly note: string;
  readonly sources: readonly SourceEntry[];
}

/**
 * The allies with no stated position on both sides whose default moved together (spring 2023's
 * "still weighing the draft" became Vilnius's "would not break silence"): one entry, not 27.
 */
export interface DefaultChange {
  readonly allies: readonly AllyId[];
  readonly from: Position;
  readonly to: Position;
  readonly note: string;
  readonly sources: readonly SourceEntry[];
}

export interface OutcomeSummary {
  readonly rule: RuleDef;
  readonly status: Outcome['status'];
  /** Blocking allies (blocked) or allies still needed (pending); empty when it passes. */
  readonly allies: readonly AllyId[];
}

export interface ScenarioComparison {
  readonly from: Scenario;
  readonly to: Scenario;
  readonly joined: readonly Arrival[];
  readonly left: readonly Arrival[];
  /** Position changed, for allies named in at least one of the two scenarios. */
  readonly changed: readonly StanceChange[];
  /** Same position, different evidence grade (for allies named in at least one scenario). */
  readonly reassessed: readonly StanceChange[];
  readonly defaults: DefaultChange | null;
  readonly outcomeFrom: OutcomeSummary | null;
  readonly outcomeTo: OutcomeSummary | null;
  /** The status or the blocking / missing allies differ. */
  readonly outcomeChanged: boolean;
}

const sourcesOf = (scenario: Scenario, stance: Stance): SourceEntry[] =>
  stance.sources.flatMap((id) => scenario.sources.find((s) => s.id === id) ?? []);

/** A scenario's outcome as stated (no changes), under its own default rule. */
export function outcomeAsStated(scenario: Scenario): OutcomeSummary | null {
  const j = judge(scenario, scenario.defaultRule, {});
  if (!j.ok) return null;
  const o = j.value.outcome;
  return {
    rule: j.value.rule,
    status: o.status,
    allies: o.status === 'blocked' ? o.blockers : o.status === 'pending' ? o.missing : [],
  };
}

const sameOutcome = (a: OutcomeSummary | null, b: OutcomeSummary | null) =>
  a === null || b === null
    ? a === b
    : a.status === b.status &&
      a.allies.length === b.allies.length &&
      a.allies.every((id) => b.allies.includes(id));

export function compareScenarios(from: Scenario, to: Scenario): ScenarioComparison {
  const nameIn = (s: Scenario, id: AllyId) => s.members.find((m) => m.id === id)?.name ?? id;
  const stanceIn = (s: Scenario, id: AllyId) => s.stances.find((x) => x.id === id);
  const arrival = (s: Scenario, stance: Stance): Arrival => ({
    ally: stance.id,
    name: nameIn(s, stance.id),
    position: stance.position,
    evidence: stance.evidence,
    note: stance.note,
    sources: sourcesOf(s, stance),
  });

  const joined = to.stances.filter((x) => !stanceIn(from, x.id)).map((x) => arrival(to, x));
  const left = from.stances.filter((x) => !stanceIn(to, x.id)).map((x) => arrival(from, x));

  const changed: StanceChange[] = [];
  const reassessed: StanceChange[] = [];
  const defaultMoves: Stance[] = [];
  for (const b of to.stances) {
    const a = stanceIn(from, b.id);
    if (!a) continue;
    const change: StanceChange = {
      ally: b.id,
      name: nameIn(to, b.id),
      from: a.position,
      to: b.position,
      fromEvidence: a.evidence,
      evidence: b.evidence,
      note: b.note,
      sources: sourcesOf(to, b),
      assumed: b.assumed,
    };
    if (a.assumed && b.assumed) {
      if (a.position !== b.position) defaultMoves.push(b);
    } else if (a.position !== b.position) changed.push(change);
    else if (a.evidence !== b.evidence) reassessed.push(change);
  }

  const firstDefault = defaultMoves[0];
  const fromDefault = firstDefault ? stanceIn(from, firstDefault.id) : undefined;
  const defaults: DefaultChange | null =
    firstDefault && fromDefault
      ? {
          allies: defaultMoves.map((s) => s.id),
          from: fromDefault.position,
          to: firstDefault.position,
          note: firstDefault.note,
          sources: sourcesOf(to, firstDefault),
        }
      : null;

  const outcomeFrom = outcomeAsStated(from);
  const outcomeTo = outcomeAsStated(to);
  return {
    from,
    to,
    joined,
    left,
    changed,
    reassessed,
    defaults,
    outcomeFrom,
    outcomeTo,
    outcomeChanged: !sameOutcome(outcomeFrom, outcomeTo),
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dated scenarios about NATO, in date order: the steps of the timeline. Comparison bodies (the
 * UN Security Council) tell another story and stay off it. */
export function timelineSteps(catalog: readonly Scenario[]): Scenario[] {
  return (
    catalog
      .filter((s) => s.isNato)
      .slice()
      // ISO dates and ids order by code unit; no locale (and no ICU to load at start) is needed.
      .sort((a, b) => byCodeUnit(a.date, b.date) || byCodeUnit(a.id, b.id))
  );
}

/** "Vilnius summit, July 2023" from "Vilnius summit, July 2023: the Tokyo office struck ...". */
export const shortTitle = (s: Scenario): string => {
  const head = s.title.split(':')[0]?.trim() ?? '';
  return head.length > 0 && head.length <= 40 ? head : s.title.slice(0, 40);
};
