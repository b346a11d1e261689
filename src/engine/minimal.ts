/**
 * Smallest sets at a table, for the exercises whose answers the engine computes: the fewest
 * changes of position that make a table pass (or block), the smallest sets of allies whose
 * consent it still takes, the objectors whose objection counts, and who could block alone.
 *
 * Every rule is monotone: more allies in favour never hurts passage. So to make a table pass, an
 * ally is best changed to `support`, and to block it, to `object`; a set of allies can reach the
 * goal with some positions iff it can with those. The search below looks for sets only, smallest
 * first, and prunes a branch as soon as even its best-case tallies could not reach the goal.
 */
import type { Status } from './outcome';
import { presumesConsent, vetoAbstains, wins, winsWith, type Game, type RuleDef } from './rules';
import { err, ok, type AllyId, type Position, type Result, type Seat } from './types';

export type Goal = 'pass' | 'block';

/** Seat flags a rule counts: yes now (heads and weight), and veto satisfied. */
const yesNow = (rule: RuleDef['rule'], p: Position) =>
  p === 'support' || (presumesConsent(rule) && p === 'undecided');
const vetoNow = (rule: RuleDef['rule'], p: Position) =>
  vetoAbstains(rule) ? p !== 'object' : yesNow(rule, p);

/** The status of a table under a rule, from positions alone (as evaluateGame decides it). */
export function statusOf(def: RuleDef, game: Game, positions: readonly Position[]): Status {
  const now = positions.map((p) => yesNow(def.rule, p));
  const best = positions.map((p) => p !== 'object');
  const vetoesNow = game.vetoes.every((v) => vetoNow(def.rule, positions[v] ?? 'object'));
  if (vetoesNow && winsWith(game, count(now), weigh(game, now))) return 'passes';
  return wins(game, best) ? 'pending' : 'blocked';
}

const count = (flags: readonly boolean[]) => flags.filter(Boolean).length;
const weigh = (game: Game, flags: readonly boolean[]) =>
  flags.reduce((t, f, i) => t + (f ? (game.weights[i] ?? 0) : 0), 0);

/**
 * One search: seats with a count flag (heads and weight) and a veto flag; a unit, when chosen,
 * sets the flags of every seat it covers to `to`. Raising (to 1) succeeds when every veto flag is
 * set and the count and weight win; lowering (to 0) succeeds when that no longer holds.
 */
interface Search {
  readonly game: Game;
  readonly counted: readonly boolean[];
  readonly vetoed: readonly boolean[];
  readonly to: boolean;
  /** What choosing each unit covers: seat indices. */
  readonly units: readonly (readonly number[])[];
}

/** The smallest sets of units reaching the goal (up to `maxSets` listed), or none at all. */
export interface SmallestSets {
  /** Their size; null when no set of the units reaches the goal. */
  readonly size: number | null;
  /** The sets (unit indices, ascending), in lexicographic order. */
  readonly sets: readonly (readonly number[])[];
  /** False when there are more than `maxSets` and the list stops there. */
  readonly complete: boolean;
}

export interface SearchLimits {
  /** Most sets listed. */
  readonly maxSets?: number;
  /** Most branches visited before the search gives up (it says so: never a frozen page). */
  readonly maxSteps?: number;
}

export const MAX_SETS_LISTED = 50;
export const MAX_SEARCH_STEPS = 2_000_000;

function smallestSets(s: Search, limits: SearchLimits = {}): Result<SmallestSets> {
  const maxSets = limits.maxSets ?? MAX_SETS_LISTED;
  const maxSteps = limits.maxSteps ?? MAX_SEARCH_STEPS;
  const { game, units, to } = s;
  const n = game.n;
  const isVeto = new Uint8Array(n);
  for (const v of game.vetoes) isVeto[v] = 1;
  // cover[i]: how many chosen units cover seat i (its flags are `to` while positive).
  const cover = new Uint16Array(n);
  const c = (i: number) => ((cover[i] ?? 0) > 0 ? to : (s.counted[i] ?? false));
  const v = (i: number) => ((cover[i] ?? 0) > 0 ? to : (s.vetoed[i] ?? false));
  const tally = () => {
    let heads = 0;
    let weight = 0;
    let vetoes = 0;
    for (let i = 0; i < n; i++) {
      if (c(i)) {
        heads++;
        weight += game.weights[i] ?? 0;
      }
      if (isVeto[i] && v(i)) vetoes++;
    }
    return { heads, weight, vetoes };
  };
  const met = (t: { heads: number; weight: number; vetoes: number }) => {
    const wins = t.vetoes >= game.vetoes.length && winsWith(game, t.heads, t.weight);
    return to ? wins : !wins;
  };
  /** What a unit would still change: heads, weight and veto flags it would flip. */
  const gain = (u: number) => {
    let heads = 0;
    let weight = 0;
    let vetoes = 0;
    for (const i of units[u] ?? []) {
      if ((cover[i] ?? 0) > 0) continue;
      if ((s.counted[i] ?? false) !== to) {
        heads++;
        weight += game.weights[i] ?? 0;
      }
      if (isVeto[i] && (s.vetoed[i] ?? false) !== to) vetoes++;
    }
    return { heads, weight, vetoes };
  };
  const topSum = (xs: number[], r: number) =>
    xs
      .sort((a, b) => b - a)
      .slice(0, r)
      .reduce((a, b) => a + b, 0);

  let steps = 0;
  let outOfSteps = false;
  const found: number[][] = [];
  let complete = true;
  const chosen: number[] = [];
  /** Lists the sets of `k` units extending `chosen` with units from `from`; false to stop. */
  const search = (k: number, from: number): boolean => {
    if (++steps > maxSteps) {
      outOfSteps = true;
      return false;
    }
    const now = tally();
    if (chosen.length === k) {
      if (met(now)) {
        if (found.length === maxSets) {
          complete = false;
          return false;
        }
        found.push([...chosen]);
      }
      return true;
    }
    // The best the remaining budget could do, unit by unit (an upper bound: covers overlap).
    const r = k - chosen.length;
    const gains: { u: number; heads: number; weight: number; vetoes: number }[] = [];
    for (let u = from; u < units.length; u++) {
      const g = gain(u);
      if (g.heads > 0 || g.vetoes > 0) gains.push({ u, ...g });
    }
    if (gains.length < r) return true;
    const sign = to ? 1 : -1;
    const bound = {
      heads:
        now.heads +
        sign *
          topSum(
            gains.map((g) => g.heads),
            r,
          ),
      weight:
        now.weight +
        sign *
          topSum(
            gains.map((g) => g.weight),
            r,
          ),
      vetoes:
        now.vetoes +
        sign *
          topSum(
            gains.map((g) => g.vetoes),
            r,
          ),
    };
    if (!met(bound)) return true;
    for (const g of gains) {
      chosen.push(g.u);
      for (const i of units[g.u] ?? []) cover[i] = (cover[i] ?? 0) + 1;
      const more = search(k, g.u + 1);
      for (const i of units[g.u] ?? []) cover[i] = (cover[i] ?? 0) - 1;
      chosen.pop();
      if (!more) return false;
    }
    return true;
  };
  for (let k = 0; k <= units.length; k++) {
    search(k, 0);
    // Every smaller size was searched to the end: sets found now are the smallest.
    if (found.length > 0) return ok({ size: k, sets: found, complete: complete && !outOfSteps });
    if (outOfSteps)
      return err(
        `the search for the smallest sets took more than ${maxSteps.toLocaleString('en')} steps; this table is too large for an exact answer here`,
      );
  }
  return ok({ size: null, sets: [], complete: true });
}

/** The fewest changes of position that reach a goal, and the smallest sets of allies that do. */
export interface FewestChanges {
  /** The fewest changes; null when no change of the allies free to move reaches the goal. */
  readonly fewest: number | null;
  /** Each smallest set: the allies changed directly (table order), and to what. */
  readonly sets: readonly ChangeSet[];
  /** False when more smallest sets exist than are listed. */
  readonly complete: boolean;
}

export interface ChangeSet {
  readonly allies: readonly AllyId[];
  /** `support` for passing, `object` for blocking: the change that works whenever any does. */
  readonly position: Position;
}

/**
 * The fewest changes of position, from these seats, that make the table pass (or be blocked) under
 * the rule. A change sets one ally directly; its followers move with it and are not counted (as
 * for pivotal allies in outcome.ts). Fixed allies keep their position: they are never changed,
 * and a follower among them is held where it stands rather than carried by its leader.
 */
export function fewestChanges(
  def: RuleDef,
  game: Game,
  seats: readonly Seat[],
  goal: Goal,
  fixed: ReadonlySet<AllyId> = new Set(),
  limits?: SearchLimits,
): Result<FewestChanges> {
  const position: Position = goal === 'pass' ? 'support' : 'object';
  const to = goal === 'pass';
  const index = new Map(seats.map((s, i) => [s.id, i]));
  // Leaders as played, with fixed allies cut loose: each covers itself and whoever follows it.
  const leader = seats.map((s) =>
    fixed.has(s.id) || s.leader === null ? -1 : (index.get(s.leader) ?? -1),
  );
  const free = seats.flatMap((s, i) => (fixed.has(s.id) ? [] : [i]));
  const units = free.map((root) =>
    seats.flatMap((_, j) => {
      for (let at = j, guard = seats.length; at >= 0 && guard >= 0; guard--) {
        if (at === root) return [j];
        at = leader[at] ?? -1;
      }
      return [];
    }),
  );
  const flags = (s: Seat) =>
    to
      ? { c: yesNow(def.rule, s.position), v: vetoNow(def.rule, s.position) }
      : { c: s.position !== 'object', v: s.position !== 'object' };
  const found = smallestSets(
    {
      game,
      counted: seats.map((s) => flags(s).c),
      vetoed: seats.map((s) => flags(s).v),
      to,
      units,
    },
    limits,
  );
  if (!found.ok) return found;
  return ok({
    fewest: found.value.size,
    sets: found.value.sets.map((set) => ({
      allies: set.map((u) => (seats[free[u] ?? -1] as Seat).id),
      position,
    })),
    complete: found.value.complete,
  });
}

/** The game as the table stands: an abstaining (undecided) veto player holds no veto now. */
export function gameAsItStands(def: RuleDef, game: Game, seats: readonly Seat[]): Game {
  return vetoAbstains(def.rule)
    ? { ...game, vetoes: game.vetoes.filter((v) => seats[v]?.position !== 'undecided') }
    : game;
}

/** The smallest sets of allies whose consent it would still take, each ally counted alone. */
export interface StillNeeded {
  /** Their size: 0 when it passes already; null when no consent could make it pass. */
  readonly size: number | null;
  readonly sets: readonly (readonly AllyId[])[];
  readonly complete: boolean;
}

/**
 * Every smallest set of allies not yet in favour whose consent would make the table pass, on the
 * game as it stands (as outcome.ts finds one such set for `missing`). Followers count one by one
 * here: each ally's consent is its own, whoever it follows.
 */
export function stillNeeded(
  def: RuleDef,
  game: Game,
  seats: readonly Seat[],
  limits?: SearchLimits,
): Result<StillNeeded> {
  const standing = gameAsItStands(def, game, seats);
  const yes = seats.map((s) => yesNow(def.rule, s.position));
  const outside = seats.flatMap((_, i) => (yes[i] ? [] : [i]));
  const found = smallestSets(
    { game: standing, counted: yes, vetoed: yes, to: true, units: outside.map((i) => [i]) },
    limits,
  );
  if (!found.ok) return found;
  return ok({
    size: found.value.size,
    sets: found.value.sets.map((set) => set.map((u) => (seats[outside[u] ?? -1] as Seat).id)),
    complete: found.value.complete,
  });
}

/** Most objectors whose every subset is tried for the exact blockers (2^20 subsets). */
export const MAX_OBJECTORS_EXACT = 20;

/**
 * The objectors whose objection counts: each in some minimal set of objectors that blocks (a set
 * blocks when the table fails even if everyone outside it says yes). An objector o is in one iff
 * some set T of the other objectors does not block while T with o does. Exact over every subset
 * of the objectors, up to MAX_OBJECTORS_EXACT of them; null beyond, or when it is not blocked.
 */
export function exactBlockers(
  def: RuleDef,
  game: Game,
  seats: readonly Seat[],
): readonly AllyId[] | null {
  if (
    statusOf(
      def,
      game,
      seats.map((s) => s.position),
    ) !== 'blocked'
  )
    return [];
  const standing = gameAsItStands(def, game, seats);
  const objectors = seats.flatMap((s, i) => (s.position === 'object' ? [i] : []));
  if (objectors.length > MAX_OBJECTORS_EXACT) return null;
  const m = objectors.length;
  const blocks = new Uint8Array(2 ** m);
  const yes = seats.map(() => true);
  for (let mask = 0; mask < 2 ** m; mask++) {
    objectors.forEach((o, k) => (yes[o] = (mask & (2 ** k)) === 0));
    blocks[mask] = wins(standing, yes) ? 0 : 1;
  }
  return objectors
    .filter((_, k) => {
      const bit = 2 ** k;
      for (let mask = 0; mask < 2 ** m; mask++)
        if ((mask & bit) === 0 && !blocks[mask] && blocks[mask | bit]) return true;
      return false;
    })
    .map((i) => (seats[i] as Seat).id);
}

/** The members who could block alone: everyone else in favour still loses without them. */
export function vetoPlayers(game: Game, ids: readonly AllyId[]): AllyId[] {
  return ids.filter(
    (_, i) =>
      !wins(
        game,
        ids.map((__, j) => j !== i),
      ),
  );
}
