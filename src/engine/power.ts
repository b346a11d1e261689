import type { Game } from './rules';
import { ALL, countsAtLeast, type Interval } from './subsetSums';

/** A-priori power of one member. Indices never depend on the current positions. */
export interface MemberPower {
  /** Swing count: coalitions without the member that lose, but win once it joins. */
  readonly swings: number;
  /** Normalized Banzhaf: swings / all members' swings. */
  readonly banzhaf: number;
  /** Absolute (Penrose-)Banzhaf: swings / 2^(n-1). */
  readonly absoluteBanzhaf: number;
  /** Shapley-Shubik: share of orderings in which the member is pivotal. */
  readonly shapleyShubik: number;
  /** Coleman's power to prevent action: swings / winning coalitions. */
  readonly powerToPrevent: number;
}

export interface PowerResult {
  readonly members: readonly MemberPower[];
  readonly winningCoalitions: number;
}

/** Weights w with winsWith(game, s, w + delta), for a coalition of s members. */
export function winInterval(game: Game, s: number, delta: number): Interval {
  if (s < game.minCount) return null;
  if (game.n - s < game.waiver) return ALL;
  return [game.quota - delta, Infinity];
}

const sum = (xs: ArrayLike<number>): number => {
  let t = 0;
  for (let k = 0; k < xs.length; k++) t += xs[k] as number;
  return t;
};

/** C(n, k); each step's value is itself a binomial, so it stays an exact integer for n <= 50. */
export function binomial(n: number, k: number): number {
  let c = 1;
  for (let j = 1; j <= k; j++) c = (c * (n - k + j)) / j;
  return c;
}

/**
 * Exact a-priori power indices. Veto players sit in every winning coalition; the other (free)
 * members are counted by binomials when they all weigh the same (head-count rules), otherwise by
 * meet-in-the-middle (subsetSums.countsAtLeast): a few million steps for 32 allies instead of the
 * 2^32 coalitions. Swings are counted by coalition size, which gives Banzhaf and Shapley-Shubik
 * together.
 */
export function powerIndices(game: Game): PowerResult {
  const { n } = game;
  const vetoSet = new Set(game.vetoes);
  const free = Array.from({ length: n }, (_, i) => i).filter((i) => !vetoSet.has(i));
  const w = (i: number) => game.weights[i] ?? 0;
  const vetoCount = game.vetoes.length;
  const vetoWeight = game.vetoes.reduce((t, v) => t + w(v), 0);

  const firstWeight = free.length > 0 ? w(free[0] as number) : 0;
  if (free.every((i) => w(i) === firstWeight))
    return finish(game, symmetricSwings(game, free, firstWeight, vetoCount, vetoWeight));

  return finish(game, weightedSwings(game, free, vetoCount, vetoWeight));
}

/**
 * Swings from winning-coalition counts. In a monotone game, for i outside S of size s:
 * S + i wins in W_i(s + 1) cases (W_i: winning coalitions holding i), and S itself wins in
 * W(s) - W_i(s) of them, so swings_i(s) = W_i(s + 1) + W_i(s) - W(s). One sweep gives W_i for
 * every member at once (subsetSums.countsAtLeast).
 */
function weightedSwings(
  game: Game,
  free: readonly number[],
  vetoCount: number,
  vetoWeight: number,
): SwingCounts {
  const f = free.length;
  const atLeast = countsAtLeast(
    free.map((i) => game.weights[i] ?? 0),
    game.quota - vetoWeight,
  );
  // Winning coalitions by number of free members: none, all of that size, or those heavy enough.
  const mode = (sf: number) => winInterval(game, sf + vetoCount, vetoWeight);
  const winningBySize = Float64Array.from({ length: f + 1 }, (_, sf) => {
    const iv = mode(sf);
    return iv === null ? 0 : iv[0] === -Infinity ? binomial(f, sf) : (atLeast.total[sf] as number);
  });
  const winningHolding = (j: number, sf: number): number => {
    if (sf < 1 || sf > f) return 0;
    const iv = mode(sf);
    return iv === null
      ? 0
      : iv[0] === -Infinity
        ? binomial(f - 1, sf - 1)
        : ((atLeast.perItem[j] as Float64Array)[sf] as number);
  };
  const swingsBySize = new Array<Float64Array>(game.n);
  free.forEach((i, j) => {
    const bySize = new Float64Array(game.n);
    for (let sf = 0; sf < f; sf++) {
      const eta = winningHolding(j, sf + 1) + winningHolding(j, sf) - (winningBySize[sf] as number);
      if (eta !== 0) bySize[sf + vetoCount] = eta;
    }
    swingsBySize[i] = bySize;
  });
  for (const v of game.vetoes) {
    // Every winning coalition holds v and loses without it: each is a swing of v, of size one less.
    const bySize = new Float64Array(game.n);
    winningBySize.forEach((m, sf) => {
      if (m !== 0) bySize[sf + vetoCount - 1] = m;
    });
    swingsBySize[v] = bySize;
  }
  return { winning: winningBySize.reduce((a, b) => a + b, 0), swingsBySize };
}

interface SwingCounts {
  readonly winning: number;
  /** swingsBySize[i][s]: swings of member i with coalitions S (i not in S) of size s. */
  readonly swingsBySize: readonly Float64Array[];
}

const inside = (iv: Interval, x: number) => iv !== null && x >= iv[0] && x < iv[1];

/**
 * When every non-veto member weighs the same (all head-count rules), coalitions differ only by
 * how many free members they hold: binomial counts replace enumeration.
 */
function symmetricSwings(
  game: Game,
  free: readonly number[],
  w0: number,
  vetoCount: number,
  vetoWeight: number,
): SwingCounts {
  const f = free.length;
  const winsK = (k: number, withVetoes: number, weight: number) =>
    inside(winInterval(game, k + withVetoes, 0), weight);
  let winning = 0;
  for (let k = 0; k <= f; k++)
    if (winsK(k, vetoCount, k * w0 + vetoWeight)) winning += binomial(f, k);
  const swingsBySize = new Array<Float64Array>(game.n);
  const freeSwings = new Float64Array(game.n);
  for (let k = 0; k < f; k++) {
    const joins = winsK(k + 1, vetoCount, (k + 1) * w0 + vetoWeight);
    const alone = winsK(k, vetoCount, k * w0 + vetoWeight);
    if (joins && !alone) freeSwings[k + vetoCount] = binomial(f - 1, k);
  }
  for (const i of free) swingsBySize[i] = freeSwings;
  for (const v of game.vetoes) {
    const bySize = new Float64Array(game.n);
    for (let k = 0; k <= f; k++)
      if (winsK(k, vetoCount, k * w0 + vetoWeight)) bySize[k + vetoCount - 1] = binomial(f, k);
    swingsBySize[v] = bySize;
  }
  return { winning, swingsBySize };
}

function finish(game: Game, { winning, swingsBySize }: SwingCounts): PowerResult {
  const { n } = game;
  const swings = swingsBySize.map(sum);
  const totalSwings = sum(swings);
  const members = swingsBySize.map((bySize, i): MemberPower => {
    let ss = 0;
    bySize.forEach((m, s) => {
      // An ordering makes i pivotal after coalition S of size s: s!(n-s-1)!/n! = 1 / (n C(n-1, s)).
      if (m !== 0) ss += m / (n * binomial(n - 1, s));
    });
    const eta = swings[i] ?? 0;
    return {
      swings: eta,
      banzhaf: totalSwings > 0 ? eta / totalSwings : 0,
      absoluteBanzhaf: eta / 2 ** (n - 1),
      shapleyShubik: ss,
      powerToPrevent: winning > 0 ? eta / winning : 0,
    };
  });
  return { members, winningCoalitions: winning };
}
