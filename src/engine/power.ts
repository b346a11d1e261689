/**
 * Exact a-priori power indices for any body of up to 250 members (see README.md in this folder
 * for which algorithm runs when, and a worked example).
 *
 * Veto players sit in every winning coalition, so the count runs over the other (free) members,
 * with the vetoes' weight and heads added. Swings are counted by coalition size, which gives
 * Banzhaf and Shapley-Shubik together; counts are exact (BigInt past 2^53), and each index is
 * one exact ratio rounded once to the nearest double.
 */
import { binomialRow, ratio } from './exact';
import { generatingCost, generatingCounts, type Interval } from './generating';
import type { Game } from './rules';
import { countsAtLeast } from './subsetSums';

export type { Interval };
export const ALL: Interval = [-Infinity, Infinity];

/** A-priori power of one member. Indices never depend on the current positions. */
export interface MemberPower {
  /** Swing count: coalitions without the member that lose, but win once it joins. */
  readonly swings: bigint;
  /** Normalized Banzhaf: swings / all members' swings. */
  readonly banzhaf: number;
  /** Absolute (Penrose-)Banzhaf: swings / 2^(n-1). */
  readonly absoluteBanzhaf: number;
  /** Shapley-Shubik: share of orderings in which the member is pivotal. */
  readonly shapleyShubik: number;
  /** Coleman's power to prevent action: swings / winning coalitions. */
  readonly powerToPrevent: number;
}

/** How the counts were made (README.md): by the shape of the game, never approximated. */
export type PowerAlgorithm = 'binomial' | 'generating-function' | 'meet-in-the-middle';

export interface PowerResult {
  readonly members: readonly MemberPower[];
  readonly winningCoalitions: bigint;
  readonly algorithm: PowerAlgorithm;
}

/**
 * Weights w with winsWith(game, s, w + delta), for a coalition of s members. Weights are whole
 * numbers, so a quota with a fraction (an `atLeast` of 12.5) is its ceiling: the tables over
 * weights index by it. Its lower end is the same for every s (verdictsBySize relies on it).
 */
export function winInterval(game: Game, s: number, delta: number): Interval {
  if (s < game.minCount) return null;
  if (game.n - s < game.waiver) return ALL;
  return [Math.ceil(game.quota - delta), Infinity];
}

/** C(n, k) as a double: exact while it stays below 2^53 (n <= 53 for every k). */
export function binomial(n: number, k: number): number {
  let c = 1;
  for (let j = 1; j <= k; j++) c = (c * (n - k + j)) / j;
  return c;
}

/** The game seen from its free (non-veto) members: what a coalition of them needs to win. */
interface FreeGame {
  readonly game: Game;
  /** Indices of the free members, and their weights. */
  readonly free: readonly number[];
  readonly weights: readonly number[];
  readonly vetoCount: number;
  /** The weight free members must bring (the quota less the vetoes' weight). */
  readonly quota: number;
  /** Which weights of a coalition of s free members win (vetoes in). */
  readonly interval: (s: number) => Interval;
}

function freeGameOf(game: Game): FreeGame {
  const vetoSet = new Set(game.vetoes);
  const free = Array.from({ length: game.n }, (_, i) => i).filter((i) => !vetoSet.has(i));
  const vetoWeight = game.vetoes.reduce((t, v) => t + (game.weights[v] ?? 0), 0);
  const vetoCount = game.vetoes.length;
  return {
    game,
    free,
    weights: free.map((i) => game.weights[i] ?? 0),
    vetoCount,
    quota: Math.ceil(game.quota - vetoWeight), // whole weights: the same coalitions win
    interval: (s) => winInterval(game, s + vetoCount, vetoWeight),
  };
}

/**
 * Swing counts of the free members: for member j, swings[j][s] counts coalitions S of s other
 * free members (vetoes in) that lose while S + j wins; winning[s] counts winning coalitions of
 * s free members.
 */
interface FreeCounts {
  readonly winning: readonly bigint[];
  readonly swings: readonly (readonly bigint[])[];
}

/** Steps a path would take, for choosing; Infinity where it does not apply. */
export function powerCosts(game: Game): Record<PowerAlgorithm, number> {
  const g = freeGameOf(game);
  const f = g.free.length;
  const first = g.weights[0] ?? 0;
  const headsOnly = g.quota <= 0 || g.weights.every((w) => w === first);
  const half = Math.ceil(f / 2);
  const other = f - half;
  // Two sweeps, each about classes x rows steps of a pointer and two additions, plus the halves'
  // listing. Past 44 free members the halves' lists take gigabytes: the path stops there.
  const sweeps = 3 * ((other + 1) * 2 ** half + (half + 1) * 2 ** other);
  return {
    binomial: headsOnly ? f * f : Infinity,
    'generating-function': generatingCost(g.weights, Math.max(0, g.quota)),
    // A sweep step does more than a table update (pointer, branch, credits): weigh it double.
    'meet-in-the-middle': f <= 44 ? 2 * sweeps + 4 * (2 ** half + 2 ** other) : Infinity,
  };
}

/** Beyond this many steps (several seconds), the computation is refused rather than frozen. */
export const MAX_POWER_STEPS = 6e9;

/** The cheapest exact path for this game. */
export function choosePowerAlgorithm(game: Game): PowerAlgorithm {
  const costs = powerCosts(game);
  const order: PowerAlgorithm[] = ['binomial', 'generating-function', 'meet-in-the-middle'];
  return order.reduce((best, a) => (costs[a] < costs[best] ? a : best));
}

/** The body is too large for exact power indices: says why, in words a user can act on. */
export class TooLargeForExact extends Error {
  override readonly name = 'TooLargeForExact';
}

/**
 * Exact a-priori power indices. `algorithm` forces a path (tests make every path agree); by
 * default the cheapest one for the game runs.
 */
export function powerIndices(
  game: Game,
  algorithm: PowerAlgorithm = choosePowerAlgorithm(game),
): PowerResult {
  const cost = powerCosts(game)[algorithm];
  if (cost > MAX_POWER_STEPS) {
    const g = freeGameOf(game);
    const total = g.weights.reduce((a, b) => a + b, 0);
    throw new TooLargeForExact(
      `power indices for ${game.n} members with a total weight of ${total.toLocaleString('en')} are too large to compute exactly here; smaller integer weights (say in thousands rather than units) make it fast`,
    );
  }
  const g = freeGameOf(game);
  const counts =
    algorithm === 'binomial'
      ? binomialCounts(g)
      : algorithm === 'generating-function'
        ? generatedCounts(g)
        : sweptCounts(g);
  return finish(g, counts, algorithm);
}

/** Every free member weighs the same (or weight never matters): coalitions differ by size only. */
function binomialCounts(g: FreeGame): FreeCounts {
  const f = g.free.length;
  const w0 = g.weights[0] ?? 0;
  const all = binomialRow(f);
  const allButOne = f > 0 ? binomialRow(f - 1) : [];
  const winsAt = (s: number) => inside(g.interval(s), s * w0);
  const winning = all.map((c, s) => (winsAt(s) ? c : 0n));
  const swing = Array.from({ length: f }, (_, s) =>
    winsAt(s + 1) && !winsAt(s) ? (allButOne[s] as bigint) : 0n,
  );
  return { winning, swings: g.free.map(() => swing) };
}

const inside = (iv: Interval, x: number) => iv !== null && x >= iv[0] && x < iv[1];

/** Generating functions (generating.ts): a table over head count and total weight. */
function generatedCounts(g: FreeGame): FreeCounts {
  const q = g.quota;
  const swingWindow = (w: number, s: number): Interval => {
    // S + j wins (weight of S at least q - w, or any if the waiver applies) and S loses.
    const joins = g.interval(s + 1);
    const alone = g.interval(s);
    if (joins === null || alone === ALL) return null;
    const lo = joins === ALL ? -Infinity : q - w;
    const hi = alone === null ? Infinity : q;
    return lo < hi ? [lo, hi] : null;
  };
  const counts = generatingCounts(g.weights, {
    winning: (s) => {
      const iv = g.interval(s);
      return iv === null ? null : iv === ALL ? [-Infinity, Infinity] : [q, Infinity];
    },
    swing: swingWindow,
    highestEnd: Math.max(0, q),
  });
  return { winning: counts.winning, swings: g.weights.map((w) => counts.swings.get(w) ?? []) };
}

/**
 * Meet-in-the-middle (subsetSums.ts): coalitions weighing at least the quota, by size, in all
 * (W) and holding each member (W_j). In a monotone game, for j outside S of size s, S + j wins
 * in W_j(s + 1) cases and S itself in W(s) - W_j(s), so swings_j(s) = W_j(s + 1) + W_j(s) - W(s).
 */
function sweptCounts(g: FreeGame): FreeCounts {
  const f = g.free.length;
  const atLeast = countsAtLeast(g.weights, g.quota);
  const winning = Array.from({ length: f + 1 }, (_, s) => {
    const iv = g.interval(s);
    return iv === null ? 0 : iv === ALL ? binomial(f, s) : (atLeast.total[s] as number);
  });
  const holding = (j: number, s: number): number => {
    if (s < 1 || s > f) return 0;
    const iv = g.interval(s);
    return iv === null
      ? 0
      : iv === ALL
        ? binomial(f - 1, s - 1)
        : ((atLeast.holding[j] as Float64Array)[s] as number);
  };
  const swings = g.free.map((_, j) =>
    Array.from({ length: f }, (_, s) =>
      BigInt(holding(j, s + 1) + holding(j, s) - (winning[s] as number)),
    ),
  );
  return { winning: winning.map((x) => BigInt(x)), swings };
}

/** Indices from exact counts: each a ratio of integers, rounded once. */
function finish(g: FreeGame, counts: FreeCounts, algorithm: PowerAlgorithm): PowerResult {
  const { n } = g.game;
  const { vetoCount } = g;
  const factorial: bigint[] = [1n];
  for (let k = 1; k <= n; k++) factorial.push((factorial[k - 1] as bigint) * BigInt(k));
  // Swings by the size of S (the member not in it): free members at s + vetoes; a veto player
  // swings every winning coalition, which without it has one member fewer.
  const bySize = new Array<readonly bigint[]>(n);
  const offset = new Array<number>(n);
  g.free.forEach((i, j) => {
    bySize[i] = counts.swings[j] ?? [];
    offset[i] = vetoCount;
  });
  for (const v of g.game.vetoes) {
    bySize[v] = counts.winning;
    offset[v] = vetoCount - 1;
  }
  // Members of equal weight share their counts: sum each array once.
  const summary = new Map<readonly bigint[], { swings: bigint; orderings: bigint }>();
  const summarise = (arr: readonly bigint[], shift: number) => {
    let s = summary.get(arr);
    if (!s) {
      let swings = 0n;
      let orderings = 0n;
      arr.forEach((m, k) => {
        if (m === 0n) return;
        const size = k + shift;
        swings += m;
        // i is pivotal after S of this size in |S|! (n - |S| - 1)! orderings.
        orderings += m * (factorial[size] as bigint) * (factorial[n - size - 1] as bigint);
      });
      s = { swings, orderings };
      summary.set(arr, s);
    }
    return s;
  };
  const per = Array.from({ length: n }, (_, i) => summarise(bySize[i] ?? [], offset[i] ?? 0));
  const totalSwings = per.reduce((t, p) => t + p.swings, 0n);
  const winning = counts.winning.reduce((t, x) => t + x, 0n);
  const nFactorial = factorial[n] as bigint;
  const half = n >= 1 ? 1n << BigInt(n - 1) : 1n;
  const members = per.map(({ swings, orderings }): MemberPower => ({
    swings,
    banzhaf: totalSwings > 0n ? ratio(swings, totalSwings) : 0,
    absoluteBanzhaf: ratio(swings, half),
    shapleyShubik: ratio(orderings, nFactorial),
    powerToPrevent: winning > 0n ? ratio(swings, winning) : 0,
  }));
  return { members, winningCoalitions: winning, algorithm };
}
