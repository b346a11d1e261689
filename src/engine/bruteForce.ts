import { wins, winsWith, type Game } from './rules';
import type { MemberPower, PowerResult } from './power';
import { binomial } from './power';
import { probabilityOfPassage, undecidedBlocs, type Sensitivity } from './probability';
import type { AllyId, Seat } from './types';

/**
 * Power indices by enumerating all 2^n coalitions: the plain reference the fast engine is tested
 * against, and the bench's baseline. Coalitions are walked in Gray-code order so each step
 * changes one member and the count, weight and vetoes present update in O(1).
 */
export function bruteForcePower(game: Game): Omit<PowerResult, 'algorithm'> & {
  /** swingsBySize[i][s]: swings of member i with coalitions S (i not in S) of size s. */
  readonly swingsBySize: readonly number[][];
} {
  const { n } = game;
  if (n > 30) throw new RangeError('brute force is for small bodies only');
  const w = (i: number) => game.weights[i] ?? 0;
  const isVeto = Array.from({ length: n }, (_, i) => game.vetoes.includes(i));
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  const swingsBySize = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  // 1 / (n C(n-1, s)): the share of orderings in which a member joins after a coalition of size s.
  const ssWeight = Array.from({ length: n }, (_, s) => 1 / (n * binomial(n - 1, s)));
  const inS = new Array<boolean>(n).fill(false);
  let count = 0;
  let weight = 0;
  let vetoesIn = 0;
  let winning = 0;
  const total = 2 ** n;
  for (let step = 0; step < total; step++) {
    if (step > 0) {
      // Gray code: flip the member at the lowest set bit of step.
      const i = 31 - Math.clz32(step & -step);
      const sign = inS[i] ? -1 : 1;
      inS[i] = !inS[i];
      count += sign;
      weight += sign * w(i);
      if (isVeto[i]) vetoesIn += sign;
    }
    if (vetoesIn < game.vetoes.length || !winsWith(game, count, weight)) continue;
    winning++;
    for (let i = 0; i < n; i++) {
      if (inS[i] && (isVeto[i] || !winsWith(game, count - 1, weight - w(i)))) {
        swings[i] = (swings[i] ?? 0) + 1;
        (swingsBySize[i] as number[])[count - 1] =
          ((swingsBySize[i] as number[])[count - 1] ?? 0) + 1;
        ss[i] = (ss[i] ?? 0) + (ssWeight[count - 1] ?? 0);
      }
    }
  }
  const totalSwings = swings.reduce((x, y) => x + y, 0);
  const members = swings.map((eta, i): MemberPower => ({
    swings: BigInt(eta),
    banzhaf: totalSwings > 0 ? eta / totalSwings : 0,
    absoluteBanzhaf: eta / 2 ** (n - 1),
    shapleyShubik: ss[i] ?? 0,
    powerToPrevent: winning > 0 ? eta / winning : 0,
  }));
  return { members, winningCoalitions: BigInt(winning), swingsBySize };
}

/** Probability of passage by enumerating every way the undecided allies could go (small n). */
export function bruteForceProbability(
  game: Game,
  positions: readonly ('support' | 'undecided' | 'object')[],
  p: readonly number[],
): number {
  const undecided = positions.flatMap((pos, i) => (pos === 'undecided' ? [i] : []));
  let total = 0;
  for (let mask = 0; mask < 2 ** undecided.length; mask++) {
    const yes = positions.map((pos) => pos === 'support');
    let mass = 1;
    undecided.forEach((i, k) => {
      const consents = (mask & (2 ** k)) !== 0;
      yes[i] = consents;
      mass *= consents ? (p[i] ?? 0) : 1 - (p[i] ?? 0);
    });
    if (wins(game, yes)) total += mass;
  }
  return total;
}

/**
 * Probability of passage by enumerating every way the undecided blocs could go, followers moving
 * with their bloc (small tables). `pOverride` replaces chosen blocs' p, by root id.
 */
export function bruteForceBlocProbability(
  game: Game,
  seats: readonly Seat[],
  pOverride?: ReadonlyMap<AllyId, number>,
): number {
  const blocs = undecidedBlocs(seats);
  const index = new Map(seats.map((s, i) => [s.id, i]));
  let total = 0;
  for (let mask = 0; mask < 2 ** blocs.length; mask++) {
    const yes = seats.map((s) => s.position === 'support');
    let mass = 1;
    blocs.forEach((bloc, k) => {
      const consents = (mask & (2 ** k)) !== 0;
      const p = Math.min(1, Math.max(0, pOverride?.get(bloc.root) ?? bloc.p));
      mass *= consents ? p : 1 - p;
      for (const id of bloc.members) yes[index.get(id) ?? -1] = consents;
    });
    if (mass > 0 && wins(game, yes)) total += mass;
  }
  return total;
}

/**
 * Sensitivity the slow way: the probability recomputed twice per bloc, with the bloc made to
 * object and to consent. The reference the one-sweep `sensitivity` is tested against, and the
 * bench's baseline. Same order: largest swing first, ties by id.
 */
export function sensitivityByRecomputing(
  game: Game,
  seats: readonly Seat[],
  probability: typeof probabilityOfPassage = probabilityOfPassage,
): Sensitivity[] {
  return undecidedBlocs(seats)
    .map((bloc) => {
      const ifObjects = probability(game, seats, new Map([[bloc.root, 0]]));
      const ifConsents = probability(game, seats, new Map([[bloc.root, 1]]));
      return {
        root: bloc.root,
        members: bloc.members,
        ifObjects,
        ifConsents,
        swing: ifConsents - ifObjects,
      };
    })
    .sort((x, y) => y.swing - x.swing || x.root.localeCompare(y.root));
}
