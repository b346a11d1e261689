import { blocRoot } from './follows';
import type { Game } from './rules';
import { massAndDerivativesAtLeast, massAtLeast, type Item } from './subsetSums';
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
 * The table reduced for the odds: the undecided blocs free to go either way (items), the blocs
 * that hold a veto (they must consent), and what supporters already bring.
 */
interface Prepared {
  /** A veto player objects: nothing can pass. */
  readonly dead: boolean;
  readonly fixedCount: number;
  readonly fixedWeight: number;
  readonly items: readonly Item[];
  readonly itemBlocs: readonly Bloc[];
  /** Undecided blocs holding a veto, with their (clamped) p. */
  readonly vetoBlocs: readonly { readonly bloc: Bloc; readonly p: number }[];
}

function prepare(
  game: Game,
  seats: readonly Seat[],
  pOverride?: ReadonlyMap<AllyId, number>,
): Prepared {
  const index = new Map(seats.map((s, i) => [s.id, i]));
  const vetoes = new Set(game.vetoes);
  const w = (id: AllyId) => game.weights[index.get(id) ?? -1] ?? 0;

  let fixedCount = 0;
  let fixedWeight = 0;
  let dead = false;
  seats.forEach((s, i) => {
    if (s.position === 'support') {
      fixedCount++;
      fixedWeight += game.weights[i] ?? 0;
    } else if (s.position === 'object' && vetoes.has(i)) dead = true;
  });

  const items: Item[] = [];
  const itemBlocs: Bloc[] = [];
  const vetoBlocs: { bloc: Bloc; p: number }[] = [];
  for (const bloc of undecidedBlocs(seats)) {
    const p = clamp01(pOverride?.get(bloc.root) ?? bloc.p);
    const count = bloc.members.length;
    const weight = bloc.members.reduce((t, id) => t + w(id), 0);
    if (bloc.members.some((id) => vetoes.has(index.get(id) ?? -1))) {
      // A bloc holding a veto must consent for anything to pass: it joins the fixed side, and
      // its p multiplies the result.
      vetoBlocs.push({ bloc, p });
      fixedCount += count;
      fixedWeight += weight;
    } else {
      items.push({ count, weight, yesMass: p, noMass: 1 - p });
      itemBlocs.push(bloc);
    }
  }
  return { dead, fixedCount, fixedWeight, items, itemBlocs, vetoBlocs };
}

/**
 * What passing needs from a coalition of the items with s heads in all: never (0), always (1),
 * or a weight of at least `lo` (undefined). Item weights are never negative, so a bound no
 * coalition can miss, or none can reach, is a certainty.
 */
function verdictsBySize(
  game: Game,
  prep: Prepared,
): { lo: number; verdicts: (0 | 1 | undefined)[] } {
  const sizes = prep.items.reduce((t, it) => t + it.count, 0) + 1;
  const maxWeight = prep.items.reduce((t, it) => t + it.weight, 0);
  let lo = Infinity;
  const verdicts = Array.from({ length: sizes }, (_, s): 0 | 1 | undefined => {
    const iv = winInterval(game, s + prep.fixedCount, prep.fixedWeight);
    if (iv === null) return 0;
    const [from, to] = iv;
    if (to !== Infinity) throw new RangeError('a win interval is open above'); // winInterval's contract
    if (from <= 0) return 1;
    if (from > maxWeight) return 0;
    lo = from;
    return undefined;
  });
  return { lo, verdicts };
}

/** Distribution of the number of heads saying yes, one bloc after another (Poisson-binomial). */
function headsDistribution(items: readonly Item[]): Float64Array {
  let dist: Float64Array = Float64Array.of(1);
  for (const it of items) dist = withItem(dist, it);
  return dist;
}

function withItem(dist: Float64Array, it: Item): Float64Array {
  const next = new Float64Array(dist.length + it.count);
  for (let s = 0; s < dist.length; s++) {
    const m = dist[s] as number;
    next[s] = (next[s] as number) + m * it.noMass;
    next[s + it.count] = (next[s + it.count] as number) + m * it.yesMass;
  }
  return next;
}

/** Mass of the items' coalitions that pass (before the veto blocs' factor). */
function passMass(game: Game, prep: Prepared): number {
  const { lo, verdicts } = verdictsBySize(game, prep);
  let total = 0;
  if (verdicts.every((v) => v !== undefined)) {
    // Weight plays no part (head-count rules, or a quota already met): count heads only.
    headsDistribution(prep.items).forEach((m, s) => (total += m * (verdicts[s] ?? 0)));
    return total;
  }
  // Sizes that pass whatever the weight, by heads; the others by weight (at least lo).
  headsDistribution(prep.items).forEach((m, s) => (total += verdicts[s] === 1 ? m : 0));
  massAtLeast(prep.items, lo).forEach((m, s) => (total += verdicts[s] === undefined ? m : 0));
  return total;
}

/**
 * Exact probability that the decision passes when each undecided bloc consents with its p, all
 * independently. Supporters are in, objectors out. (Under consensus an undecided ally that does not
 * consent breaks silence; under the other rules it fails to vote yes.) When only head counts
 * matter, a distribution of heads, O(n^2); otherwise meet-in-the-middle over the blocs: exact for
 * any weights, about 2^(blocs/2) work.
 * `pOverride` replaces chosen blocs' p (by root id).
 */
export function probabilityOfPassage(
  game: Game,
  seats: readonly Seat[],
  pOverride?: ReadonlyMap<AllyId, number>,
): number {
  const prep = prepare(game, seats, pOverride);
  if (prep.dead) return 0;
  const factor = prep.vetoBlocs.reduce((f, v) => f * v.p, 1);
  if (factor === 0) return 0;
  return clamp01(factor * passMass(game, prep));
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

/**
 * Sensitivity of the probability of passage to each undecided bloc, largest swing first: every
 * bloc in one sweep, exact (see passageAndDerivatives). The probability is linear in each bloc's
 * p, P = p C + (1 - p) O, so with P and its derivative D the bloc's two cases are
 * C = P + (1 - p) D (it consents) and O = P - p D (it objects).
 */
export function sensitivity(game: Game, seats: readonly Seat[]): Sensitivity[] {
  const prep = prepare(game, seats);
  const rows: Sensitivity[] = [];
  const row = (bloc: Bloc, ifObjects: number, ifConsents: number) =>
    rows.push({
      root: bloc.root,
      members: bloc.members,
      ifObjects,
      ifConsents,
      swing: ifConsents - ifObjects,
    });
  if (prep.dead) {
    prep.itemBlocs.forEach((b) => row(b, 0, 0));
    prep.vetoBlocs.forEach((v) => row(v.bloc, 0, 0));
  } else {
    const { total, derivatives } = passageAndDerivatives(game, prep);
    const factors = prep.vetoBlocs.map((v) => v.p);
    const factor = factors.reduce((f, p) => f * p, 1);
    prep.itemBlocs.forEach((bloc, j) => {
      const p = prep.items[j]?.yesMass ?? 0;
      const d = derivatives[j] ?? 0;
      row(bloc, clamp01(factor * (total - p * d)), clamp01(factor * (total + (1 - p) * d)));
    });
    // A veto bloc: objecting stops everything; consenting leaves the other blocs' chances.
    prep.vetoBlocs.forEach((v, k) => {
      const others = factors.reduce((f, p, i) => (i === k ? f : f * p), 1);
      row(v.bloc, 0, clamp01(others * total));
    });
  }
  // Swings equal up to rounding rank as ties (then by id), whichever way the sums were taken.
  const key = (x: Sensitivity) => Math.round(x.swing * 1e12);
  return rows.sort((x, y) => key(y) - key(x) || x.root.localeCompare(y.root));
}

/**
 * The items' pass mass P and its derivative in each item's p. By head count: removing item j
 * from the distribution of heads (prefix and suffix products, no division) gives the rest R_j,
 * and dP/dp_j = sum over s of R_j(s) (win(s + c_j) - win(s)). With weights: the kernel of
 * subsetSums, each half once the rows, whose subsets credit every item's derivative (the
 * subset's mass with that item's factor replaced by +1 if it is in, -1 if out), as
 * countsAtLeast credits coalitions to their members.
 */
function passageAndDerivatives(
  game: Game,
  prep: Prepared,
): { total: number; derivatives: Float64Array } {
  const { items } = prep;
  const m = items.length;
  const { lo, verdicts } = verdictsBySize(game, prep);
  const sizes = verdicts.length;
  const v = (s: number) => (s < sizes ? (verdicts[s] ?? 0) : 0);

  // By head count: prefix[i] holds items < i, suffix[i] items >= i.
  const prefix: Float64Array[] = [Float64Array.of(1)];
  for (let i = 0; i < m; i++) prefix.push(withItem(prefix[i] as Float64Array, items[i] as Item));
  const suffix: Float64Array[] = new Array<Float64Array>(m + 1);
  suffix[m] = Float64Array.of(1);
  for (let i = m - 1; i >= 0; i--)
    suffix[i] = withItem(suffix[i + 1] as Float64Array, items[i] as Item);
  const all = prefix[m] as Float64Array;

  // Heads-only part: sizes whose verdict is certain.
  let total = 0;
  all.forEach((mass, s) => (total += mass * v(s)));
  const derivatives = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const rest = convolve(prefix[j] as Float64Array, suffix[j + 1] as Float64Array);
    const c = (items[j] as Item).count;
    let d = 0;
    rest.forEach((mass, s) => (d += mass * (v(s + c) - v(s))));
    derivatives[j] = d;
  }
  if (verdicts.every((x) => x !== undefined)) return { total, derivatives };

  // Weighted part: sizes that pass with a weight of at least lo.
  const { bySize, derivatives: dw } = massAndDerivativesAtLeast(items, lo);
  for (let s = 0; s < sizes; s++) {
    if (verdicts[s] !== undefined) continue;
    total += bySize[s] as number;
    for (let j = 0; j < m; j++)
      derivatives[j] = (derivatives[j] as number) + (dw[j * sizes + s] as number);
  }
  return { total, derivatives };
}

function convolve(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(x.length + y.length - 1);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    if (xi === 0) continue;
    for (let k = 0; k < y.length; k++) out[i + k] = (out[i + k] as number) + xi * (y[k] as number);
  }
  return out;
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
