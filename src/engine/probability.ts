import { blocRoot } from './follows';
import type { Game } from './rules';
import { enumerateHalf, massBySize, splitHalves, type Item } from './subsetSums';
import { winInterval } from './power';
import type { AllyId, Seat } from './types';

/** Undecided allies that decide together: a leader and everyone following it. */
export interface Bloc {
  readonly root: AllyId;
  readonly members: readonly AllyId[];
  readonly p: number;
}

/** Groups the undecided seats into blocs by the root of their follow chain. */
export function undecidedBlocs(seats: readonly Seat[]): Bloc[] {
  const byId = new Map(seats.map((s) => [s.id, s]));
  const blocs = new Map<AllyId, { members: AllyId[]; p: number }>();
  for (const s of seats) {
    if (s.position !== 'undecided') continue;
    const root = blocRoot(byId, s);
    const bloc = blocs.get(root.id) ?? { members: [], p: root.p };
    bloc.members.push(s.id);
    blocs.set(root.id, bloc);
  }
  return [...blocs].map(([root, b]) => ({ root, members: b.members, p: b.p }));
}

/**
 * Exact probability that the decision passes when each undecided bloc consents with its p, all
 * independently. Supporters are in, objectors out. (Under consensus an undecided ally that does not
 * consent breaks silence; under the other rules it fails to vote yes.) Meet-in-the-middle over the
 * blocs: exact for any weights, about 2^(blocs/2) work.
 * `pOverride` replaces chosen blocs' p (by root id), for sensitivity.
 */
export function probabilityOfPassage(
  game: Game,
  seats: readonly Seat[],
  pOverride?: ReadonlyMap<AllyId, number>,
): number {
  const index = new Map(seats.map((s, i) => [s.id, i]));
  const vetoes = new Set(game.vetoes);
  const w = (id: AllyId) => game.weights[index.get(id) ?? -1] ?? 0;

  let fixedCount = 0;
  let fixedWeight = 0;
  let factor = 1;
  seats.forEach((s, i) => {
    if (s.position === 'support') {
      fixedCount++;
      fixedWeight += game.weights[i] ?? 0;
    } else if (s.position === 'object' && vetoes.has(i)) factor = 0;
  });
  if (factor === 0) return 0;

  const items: Item[] = [];
  for (const bloc of undecidedBlocs(seats)) {
    const p = clamp01(pOverride?.get(bloc.root) ?? bloc.p);
    const count = bloc.members.length;
    const weight = bloc.members.reduce((t, id) => t + w(id), 0);
    if (bloc.members.some((id) => vetoes.has(index.get(id) ?? -1))) {
      // A bloc holding a veto must consent for anything to pass.
      factor *= p;
      fixedCount += count;
      fixedWeight += weight;
    } else items.push({ count, weight, yesMass: p, noMass: 1 - p });
  }
  if (factor === 0) return 0;
  const [a, b] = splitHalves(items);
  const bySize = massBySize(enumerateHalf(a), enumerateHalf(b), (s) =>
    winInterval(game, s + fixedCount, fixedWeight),
  );
  let total = 0;
  bySize.forEach((m) => (total += m));
  return clamp01(factor * total);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** How far one undecided bloc moves the odds: passage if it objects vs if it consents. */
export interface Sensitivity {
  readonly root: AllyId;
  readonly members: readonly AllyId[];
  readonly ifObjects: number;
  readonly ifConsents: number;
  /** ifConsents - ifObjects: the derivative of the probability in this bloc's p. */
  readonly swing: number;
}

/** Sensitivity of the probability of passage to each undecided bloc, largest swing first. */
export function sensitivity(game: Game, seats: readonly Seat[]): Sensitivity[] {
  return undecidedBlocs(seats)
    .map((bloc) => {
      const ifObjects = probabilityOfPassage(game, seats, new Map([[bloc.root, 0]]));
      const ifConsents = probabilityOfPassage(game, seats, new Map([[bloc.root, 1]]));
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

/**
 * Exact distribution of the number of allies objecting when it comes to the decision: objectors
 * object, supporters do not, each undecided bloc objects together with probability 1 - p.
 * Entry k is the probability that exactly k allies object.
 */
export function objectionDistribution(seats: readonly Seat[]): number[] {
  let dist = [1];
  const fixed = seats.filter((s) => s.position === 'object').length;
  for (const bloc of undecidedBlocs(seats)) {
    const size = bloc.members.length;
    const p = clamp01(bloc.p);
    const next = new Array<number>(dist.length + size).fill(0);
    dist.forEach((m, k) => {
      next[k] = (next[k] ?? 0) + m * p; // the bloc consents
      next[k + size] = (next[k + size] ?? 0) + m * (1 - p); // the bloc objects
    });
    dist = next;
  }
  return [...new Array<number>(fixed).fill(0), ...dist];
}
