/**
 * Guided exercises: the answer of each, computed from the scenario's table (the author never
 * writes one), and a judgement of a student's response. Responses are untrusted (a hand-in link
 * carries them): each is read whatever its shape, and one naming unknown allies or rules is
 * simply not right.
 * The sentences are src/words/exercises.ts's.
 */
import { resolveSeats } from '../engine/follows';
import {
  exactBlockers,
  fewestChanges,
  gameAsItStands,
  stillNeeded,
  vetoPlayers,
  type ChangeSet,
} from '../engine/minimal';
import type { Status } from '../engine/outcome';
import { powerIndices } from '../engine/power';
import { presumesConsent, wins } from '../engine/rules';
import {
  asAllyId,
  assertNever,
  err,
  ok,
  POSITIONS,
  type AllyId,
  type Position,
  type Result,
} from '../engine/types';
import type { AllyChange } from './link';
import type { Exercise, Scenario, TableChanges } from './model';
import { judge, probabilityOf, tableFor, type Judgement } from './play';

export type { ChangeSet };

/** The engine's answer to an exercise, by kind. Ally lists are in table order. */
export type ExerciseAnswer =
  | {
      readonly kind: 'fewest-changes';
      readonly rule: string;
      readonly goal: 'pass' | 'block';
      /** Null when no change of the allies free to move reaches the goal. */
      readonly fewest: number | null;
      /** The smallest change-sets (at most 50 listed; `complete` says whether that is all). */
      readonly sets: readonly ChangeSet[];
      readonly complete: boolean;
    }
  | {
      readonly kind: 'pivotal' | 'blockers' | 'veto-players';
      readonly rule: string;
      readonly allies: readonly AllyId[];
    }
  | {
      readonly kind: 'still-needed';
      readonly rule: string;
      /** 0 when it passes already; null when no consent could make it pass. */
      readonly size: number | null;
      /** Every smallest set (each one is a right answer; at most 50 listed). */
      readonly sets: readonly (readonly AllyId[])[];
      readonly complete: boolean;
    }
  | {
      readonly kind: 'probability';
      readonly rule: string;
      readonly probability: number;
      readonly tolerance: number;
    }
  | {
      readonly kind: 'power';
      readonly rule: string;
      readonly index: 'banzhaf' | 'shapley-shubik';
      /** Every member, most powerful first (ties in table order). */
      readonly ranking: readonly { readonly id: AllyId; readonly power: number }[];
      /** Those sharing the highest index: each of them is a right answer. */
      readonly mostPowerful: readonly AllyId[];
    }
  | {
      readonly kind: 'compare-rules';
      /** The rules under which the table passes, in the exercise's order. */
      readonly passes: readonly string[];
      readonly outcomes: readonly { readonly rule: string; readonly status: Status }[];
    }
  | { readonly kind: 'discussion'; readonly notes: string | null };

/** Indices closer than this are a tie (equal exact ratios round to the same double anyway). */
const TIE = 1e-12;

/**
 * The table an exercise starts from, as changes to the scenario: its `changes`, its `chances`,
 * and for fewest-changes each fixed follower held where it stands (so its leader does not carry
 * it). The exercise panel opens this table; a response is judged on top of it.
 */
export function exerciseStart(scenario: Scenario, exercise: Exercise): TableChanges {
  switch (exercise.kind) {
    case 'pivotal':
    case 'blockers':
    case 'still-needed':
    case 'compare-rules':
      return exercise.changes;
    case 'probability':
      return Object.fromEntries(Object.entries(exercise.chances).map(([id, p]) => [id, { p }]));
    case 'fewest-changes': {
      const table = tableFor(scenario, {});
      if (!table.ok) return {};
      return Object.fromEntries(
        table.value.seats
          .filter((s) => s.leader !== null && exercise.fixed.includes(s.id))
          .map((s) => [s.id, { position: s.position }]),
      );
    }
    case 'veto-players':
    case 'power':
    case 'discussion':
      return {};
    default:
      return assertNever(exercise);
  }
}

const judged = (scenario: Scenario, rule: string, changes: TableChanges): Result<Judgement> =>
  judge(scenario, rule, changes);

/** The engine's answer to an exercise, or why it cannot be computed (a table too large). */
export function exerciseAnswer(scenario: Scenario, exercise: Exercise): Result<ExerciseAnswer> {
  switch (exercise.kind) {
    case 'fewest-changes': {
      const j = judged(scenario, exercise.rule, {});
      if (!j.ok) return j;
      const { rule, game, table } = j.value;
      const found = fewestChanges(rule, game, table.seats, exercise.goal, new Set(exercise.fixed));
      if (!found.ok) return found;
      return ok({ kind: exercise.kind, rule: rule.id, goal: exercise.goal, ...found.value });
    }
    case 'pivotal':
    case 'blockers': {
      const j = judged(scenario, exercise.rule, exercise.changes);
      if (!j.ok) return j;
      const { rule, game, table, outcome } = j.value;
      const allies =
        exercise.kind === 'pivotal'
          ? outcome.pivotal
          : (exactBlockers(rule, game, table.seats) ?? outcome.blockers);
      return ok({ kind: exercise.kind, rule: rule.id, allies });
    }
    case 'still-needed': {
      const j = judged(scenario, exercise.rule, exercise.changes);
      if (!j.ok) return j;
      const found = stillNeeded(j.value.rule, j.value.game, j.value.table.seats);
      if (!found.ok) return found;
      return ok({ kind: exercise.kind, rule: j.value.rule.id, ...found.value });
    }
    case 'veto-players': {
      const j = judged(scenario, exercise.rule, {});
      if (!j.ok) return j;
      const ids = scenario.members.map((m) => m.id);
      return ok({
        kind: exercise.kind,
        rule: exercise.rule,
        allies: vetoPlayers(j.value.game, ids),
      });
    }
    case 'probability': {
      const j = judged(scenario, exercise.rule, exerciseStart(scenario, exercise));
      if (!j.ok) return j;
      return ok({
        kind: exercise.kind,
        rule: exercise.rule,
        probability: probabilityOf(j.value),
        tolerance: exercise.tolerance,
      });
    }
    case 'power': {
      const j = judged(scenario, exercise.rule, {});
      if (!j.ok) return j;
      let indices;
      try {
        indices = powerIndices(j.value.game);
      } catch (e) {
        return err(e instanceof Error ? e.message : String(e));
      }
      const ranking = scenario.members
        .map((m, i) => {
          const p = indices.members[i];
          return {
            id: m.id,
            power: (exercise.index === 'banzhaf' ? p?.banzhaf : p?.shapleyShubik) ?? 0,
          };
        })
        .sort((a, b) => (Math.abs(a.power - b.power) <= TIE ? 0 : b.power - a.power));
      const top = ranking[0]?.power ?? 0;
      return ok({
        kind: exercise.kind,
        rule: exercise.rule,
        index: exercise.index,
        ranking,
        mostPowerful: ranking.filter((r) => Math.abs(r.power - top) <= TIE).map((r) => r.id),
      });
    }
    case 'compare-rules': {
      const outcomes: { rule: string; status: Status }[] = [];
      for (const rule of exercise.rules) {
        const j = judged(scenario, rule, exercise.changes);
        if (!j.ok) return j;
        outcomes.push({ rule, status: j.value.outcome.status });
      }
      return ok({
        kind: exercise.kind,
        passes: outcomes.filter((o) => o.status === 'passes').map((o) => o.rule),
        outcomes,
      });
    }
    case 'discussion':
      return ok({ kind: exercise.kind, notes: exercise.notes });
    default:
      return assertNever(exercise);
  }
}

/**
 * What a student may hand in, by kind: fewest-changes, the changes they set by playing (as in a
 * share link); pivotal, blockers, still-needed, veto-players and compare-rules, a set of ids;
 * probability, a number from 0 to 1; power, an id (most powerful) or every id in order (ranking);
 * discussion, nothing. Read as untrusted input whatever its type says.
 */
export type ExerciseResponse =
  TableChanges | readonly string[] | string | number | null | undefined;

/** Why a response is right or not: the facts src/words/exercises.ts puts in sentences. */
export type Verdict =
  | { readonly correct: true; readonly why: 'right'; readonly changes?: number }
  | { readonly correct: false; readonly why: 'not-checkable' }
  | { readonly correct: false; readonly why: 'no-answer'; readonly error: string }
  | {
      readonly correct: false;
      readonly why: 'unreadable';
      readonly expected: 'changes' | 'ids' | 'number' | 'id' | 'ranking';
    }
  | {
      readonly correct: false;
      readonly why: 'unknown';
      readonly ids: readonly string[];
      readonly what: 'ally' | 'rule';
    }
  | { readonly correct: false; readonly why: 'fixed-moved'; readonly allies: readonly AllyId[] }
  | {
      readonly correct: false;
      readonly why: 'goal-missed';
      readonly goal: 'pass' | 'block';
      readonly status: Status;
      readonly changes: number;
    }
  | {
      readonly correct: false;
      readonly why: 'too-many-changes';
      readonly goal: 'pass' | 'block';
      readonly changes: number;
      readonly fewest: number;
    }
  | { readonly correct: false; readonly why: 'cannot-reach'; readonly goal: 'pass' | 'block' }
  | {
      readonly correct: false;
      readonly why: 'wrong-set';
      /** Ids given that are not in the answer. */
      readonly wrong: readonly string[];
      /** How many of the answer's ids are missing. */
      readonly missing: number;
    }
  | {
      readonly correct: false;
      readonly why: 'already-in-favour';
      readonly allies: readonly AllyId[];
    }
  | { readonly correct: false; readonly why: 'not-enough'; readonly status: Status }
  | {
      readonly correct: false;
      readonly why: 'more-than-needed';
      readonly given: number;
      readonly size: number;
    }
  | { readonly correct: false; readonly why: 'cannot-pass' }
  | {
      readonly correct: false;
      readonly why: 'off';
      readonly given: number;
      readonly tolerance: number;
      /** The number looks like a percentage (1 to 100). */
      readonly percent: boolean;
    }
  | { readonly correct: false; readonly why: 'not-most-powerful'; readonly given: AllyId }
  | {
      readonly correct: false;
      readonly why: 'incomplete-ranking';
      readonly missing: number;
      readonly repeated: boolean;
    }
  | {
      readonly correct: false;
      readonly why: 'out-of-order';
      /** The first pair in the wrong order: `above` was ranked above `below`. */
      readonly above: AllyId;
      readonly below: AllyId;
    };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A set of ids from a response: a list of strings (or one string), duplicates dropped. */
function idsOf(response: unknown): string[] | null {
  if (typeof response === 'string') return [response];
  if (!Array.isArray(response) || !response.every((x) => typeof x === 'string')) return null;
  return [...new Set(response as string[])];
}

/** The changes of a response, checked field by field, or why not. */
function changesOf(
  scenario: Scenario,
  response: unknown,
): { ok: true; changes: Record<string, AllyChange> } | { ok: false; verdict: Verdict } {
  const unreadable = {
    ok: false,
    verdict: { correct: false, why: 'unreadable', expected: 'changes' },
  } as const;
  if (response === null || response === undefined) return { ok: true, changes: {} };
  if (!isRecord(response)) return unreadable;
  const atTable = new Set<string>(scenario.members.map((m) => m.id));
  const unknown = Object.keys(response).filter((id) => !atTable.has(id));
  if (unknown.length > 0)
    return { ok: false, verdict: { correct: false, why: 'unknown', ids: unknown, what: 'ally' } };
  const changes: Record<string, AllyChange> = {};
  for (const [id, c] of Object.entries(response)) {
    if (!isRecord(c)) return unreadable;
    const { position, p } = c;
    if (position !== undefined && !POSITIONS.includes(position as Position)) return unreadable;
    if (p !== undefined && (typeof p !== 'number' || !(p >= 0 && p <= 1))) return unreadable;
    changes[id] = {
      ...(position !== undefined ? { position: position as Position } : {}),
      ...(p !== undefined ? { p } : {}),
    };
  }
  return { ok: true, changes };
}

/** Compares a set of ids with the answer's. */
function setVerdict(given: readonly string[], answer: readonly string[]): Verdict {
  const wrong = given.filter((id) => !answer.includes(id));
  const missing = answer.filter((id) => !given.includes(id)).length;
  return wrong.length === 0 && missing === 0
    ? { correct: true, why: 'right' }
    : { correct: false, why: 'wrong-set', wrong, missing };
}

/**
 * Judges a student's response to an exercise against the engine's answer. Never throws. `known`:
 * the answer already computed (off the main thread, by the analysis worker), else computed here.
 */
export function judgeResponse(
  scenario: Scenario,
  exercise: Exercise,
  response: ExerciseResponse,
  known?: Result<ExerciseAnswer>,
): Verdict {
  if (exercise.kind === 'discussion') return { correct: false, why: 'not-checkable' };
  const answer = known ?? exerciseAnswer(scenario, exercise);
  if (!answer.ok) return { correct: false, why: 'no-answer', error: answer.error };
  const a = answer.value;
  const given: unknown = response;
  const memberIds = scenario.members.map((m) => m.id as string);
  const readIds = (what: 'ally' | 'rule', known: readonly string[]) => {
    const ids = idsOf(given);
    if (ids === null)
      return {
        ok: false as const,
        verdict: { correct: false, why: 'unreadable', expected: 'ids' } as const,
      };
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length > 0)
      return {
        ok: false as const,
        verdict: { correct: false, why: 'unknown', ids: unknown, what } as const,
      };
    return { ok: true as const, ids };
  };
  switch (a.kind) {
    case 'fewest-changes': {
      if (exercise.kind !== 'fewest-changes') break;
      return judgeChanges(scenario, exercise, a, given);
    }
    case 'pivotal':
    case 'blockers':
    case 'veto-players': {
      const read = readIds('ally', memberIds);
      return read.ok ? setVerdict(read.ids, a.allies) : read.verdict;
    }
    case 'compare-rules': {
      if (exercise.kind !== 'compare-rules') break;
      const read = readIds(
        'rule',
        scenario.rules.map((r) => r.id),
      );
      return read.ok ? setVerdict(read.ids, a.passes) : read.verdict;
    }
    case 'still-needed': {
      if (exercise.kind !== 'still-needed') break;
      const read = readIds('ally', memberIds);
      return read.ok ? judgeStillNeeded(scenario, exercise, a, read.ids) : read.verdict;
    }
    case 'probability': {
      if (typeof given !== 'number' || !Number.isFinite(given))
        return { correct: false, why: 'unreadable', expected: 'number' };
      if (Math.abs(given - a.probability) <= a.tolerance + 1e-12)
        return { correct: true, why: 'right' };
      const percent =
        given > 1 && given <= 100 && Math.abs(given / 100 - a.probability) <= a.tolerance;
      return { correct: false, why: 'off', given, tolerance: a.tolerance, percent };
    }
    case 'power': {
      if (exercise.kind !== 'power') break;
      if (exercise.ask === 'most-powerful') {
        const read = readIds('ally', memberIds);
        if (!read.ok) return read.verdict;
        if (read.ids.length !== 1) return { correct: false, why: 'unreadable', expected: 'id' };
        const id = asAllyId(read.ids[0] ?? '');
        return a.mostPowerful.includes(id)
          ? { correct: true, why: 'right' }
          : { correct: false, why: 'not-most-powerful', given: id };
      }
      if (!Array.isArray(given) || !given.every((x) => typeof x === 'string'))
        return { correct: false, why: 'unreadable', expected: 'ranking' };
      const order = given as string[];
      const unknown = order.filter((id) => !memberIds.includes(id));
      if (unknown.length > 0) return { correct: false, why: 'unknown', ids: unknown, what: 'ally' };
      const distinct = new Set(order);
      if (distinct.size !== memberIds.length || order.length !== memberIds.length)
        return {
          correct: false,
          why: 'incomplete-ranking',
          missing: memberIds.length - distinct.size,
          repeated: distinct.size !== order.length,
        };
      const power = new Map(a.ranking.map((r) => [r.id as string, r.power]));
      for (let k = 0; k + 1 < order.length; k++) {
        const above = order[k] ?? '';
        const below = order[k + 1] ?? '';
        if ((power.get(below) ?? 0) - (power.get(above) ?? 0) > TIE)
          return {
            correct: false,
            why: 'out-of-order',
            above: asAllyId(above),
            below: asAllyId(below),
          };
      }
      return { correct: true, why: 'right' };
    }
    case 'discussion':
      return { correct: false, why: 'not-checkable' };
    default:
      return assertNever(a);
  }
  return { correct: false, why: 'no-answer', error: 'the answer does not match the exercise' };
}

/**
 * A fewest-changes response: the table the student set, fixed followers held where they stand.
 * A change counts when it moves its ally: the ally's position differs from where the other
 * changes alone would put it (so a follower set to where its leader takes it anyway, or an ally
 * set to its own position, is no change, and a leader's change carries its followers for one).
 */
function judgeChanges(
  scenario: Scenario,
  exercise: Extract<Exercise, { kind: 'fewest-changes' }>,
  a: Extract<ExerciseAnswer, { kind: 'fewest-changes' }>,
  given: unknown,
): Verdict {
  const read = changesOf(scenario, given);
  if (!read.ok) return read.verdict;
  const start = exerciseStart(scenario, exercise);
  const base = tableFor(scenario, start);
  if (!base.ok) return { correct: false, why: 'no-answer', error: base.error };
  const baseOf = new Map(base.value.seats.map((s) => [s.id as string, s.position]));
  const changes = { ...start, ...read.changes };
  const positionsWith = (c: TableChanges) => {
    const seats = resolveSeats(
      scenario.stances,
      new Map(Object.entries(c).map(([id, x]) => [asAllyId(id), x])),
    );
    return seats.ok ? new Map(seats.value.map((s) => [s.id as string, s.position])) : null;
  };
  const played = positionsWith(changes);
  if (!played) return { correct: false, why: 'unreadable', expected: 'changes' };
  const moved = exercise.fixed.filter((id) => played.get(id) !== baseOf.get(id));
  if (moved.length > 0) return { correct: false, why: 'fixed-moved', allies: moved };
  let count = 0;
  for (const id of Object.keys(read.changes)) {
    if (exercise.fixed.includes(asAllyId(id)) || read.changes[id]?.position === undefined) continue;
    const without = Object.fromEntries(Object.entries(changes).filter(([k]) => k !== id));
    if (id in start) without[id] = start[id] ?? {};
    if (positionsWith(without)?.get(id) !== played.get(id)) count++;
  }
  const j = judge(scenario, exercise.rule, changes);
  if (!j.ok) return { correct: false, why: 'no-answer', error: j.error };
  const status = j.value.outcome.status;
  const reached = exercise.goal === 'pass' ? status === 'passes' : status === 'blocked';
  if (a.fewest === null) return { correct: false, why: 'cannot-reach', goal: exercise.goal };
  if (!reached)
    return { correct: false, why: 'goal-missed', goal: exercise.goal, status, changes: count };
  if (count > a.fewest)
    return {
      correct: false,
      why: 'too-many-changes',
      goal: exercise.goal,
      changes: count,
      fewest: a.fewest,
    };
  return { correct: true, why: 'right', changes: count };
}

/** Any smallest set is right: each ally not yet in favour, and with them it passes. */
function judgeStillNeeded(
  scenario: Scenario,
  exercise: Extract<Exercise, { kind: 'pivotal' | 'blockers' | 'still-needed' }>,
  a: Extract<ExerciseAnswer, { kind: 'still-needed' }>,
  ids: readonly string[],
): Verdict {
  const j = judge(scenario, exercise.rule, exercise.changes);
  if (!j.ok) return { correct: false, why: 'no-answer', error: j.error };
  if (a.size === null) return { correct: false, why: 'cannot-pass' };
  const { rule, game, table, outcome } = j.value;
  // In favour as the rule counts it: supporters, and undecided allies where silence consents.
  const inFavour = new Set<string>(
    table.seats
      .filter(
        (s) =>
          s.position === 'support' || (presumesConsent(rule.rule) && s.position === 'undecided'),
      )
      .map((s) => s.id),
  );
  const already = ids.filter((id) => inFavour.has(id)).map(asAllyId);
  if (already.length > 0) return { correct: false, why: 'already-in-favour', allies: already };
  const standing = gameAsItStands(rule, game, table.seats);
  const yes = table.seats.map((s) => inFavour.has(s.id) || ids.includes(s.id));
  if (!wins(standing, yes)) return { correct: false, why: 'not-enough', status: outcome.status };
  if (ids.length > a.size)
    return { correct: false, why: 'more-than-needed', given: ids.length, size: a.size };
  return { correct: true, why: 'right' };
}
