import { wins, type Game } from './rules';
import type { MemberPower, PowerResult } from './power';
import { binomial } from './power';

/**
 * Power indices by enumerating all 2^n coalitions: the slow reference the fast engine is
 * tested against (and the bench's baseline). Only for small n.
 */
export function bruteForcePower(game: Game): PowerResult {
  const { n } = game;
  if (n > 26) throw new RangeError('brute force is for small bodies only');
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  let winning = 0;
  const yes = new Array<boolean>(n).fill(false);
  const total = 2 ** n;
  for (let mask = 0; mask < total; mask++) {
    let size = 0;
    for (let i = 0; i < n; i++) {
      yes[i] = (mask & (2 ** i)) !== 0;
      if (yes[i]) size++;
    }
    if (!wins(game, yes)) continue;
    winning++;
    for (let i = 0; i < n; i++) {
      if (!yes[i]) continue;
      yes[i] = false;
      if (!wins(game, yes)) {
        swings[i] = (swings[i] ?? 0) + 1;
        ss[i] = (ss[i] ?? 0) + 1 / (n * binomial(n - 1, size - 1));
      }
      yes[i] = true;
    }
  }
  const totalSwings = swings.reduce((a, b) => a + b, 0);
  const members = swings.map((eta, i): MemberPower => ({
    swings: eta,
    banzhaf: totalSwings > 0 ? eta / totalSwings : 0,
    absoluteBanzhaf: eta / 2 ** (n - 1),
    shapleyShubik: ss[i] ?? 0,
    powerToPrevent: winning > 0 ? eta / winning : 0,
  }));
  return { members, winningCoalitions: winning };
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
