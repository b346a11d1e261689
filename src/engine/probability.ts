import { blocRoot } from './follows';
import type { Game } from './rules';
import { massAndDerivativesAtLeast, massAtLeast, type Item } from './subsetSums';
import { MAX_TABLE_CELLS } from './generating';
import { TooLargeForExact, winInterval } from './power';
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
  /** Forces how weights are counted (tests make both paths agree); else the cheaper. */
  readonly path?: OddsPath | undefined;
}

/** How the odds count weighted coalitions: over few blocs, or a table over small weights. */
export type OddsPath = 'meet-in-the-middle' | 'table';

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
  return total + weighedPart(prep.items, verdicts, lo, false, prep.path).total;
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
  path?: OddsPath,
): number {
  const prep = { ...prepare(game, seats, pOverride), path };
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
export function sensitivity(game: Game, seats: readonly Seat[], path?: OddsPath): Sensitivity[] {
  const prep = { ...prepare(game, seats), path };
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
  const weighed = weighedPart(items, verdicts, lo, true, prep.path);
  weighed.derivatives.forEach((d, j) => (derivatives[j] = (derivatives[j] as number) + d));
  return { total: total + weighed.total, derivatives };
}

/**
 * The mass of the coalitions whose head count leaves the verdict to the weight (verdict
 * undefined) and whose weight is at least lo, and (if asked) its derivative in each item's p.
 * Few items: meet-in-the-middle over them. Many items with small integer weights (a large
 * custom body): a table over head count and weight (weighedByTable). Neither: refused.
 */
function weighedPart(
  items: readonly Item[],
  verdicts: readonly (0 | 1 | undefined)[],
  lo: number,
  withDerivatives: boolean,
  path?: OddsPath,
): { total: number; derivatives: Float64Array } {
  const m = items.length;
  const sizes = verdicts.length;
  const half = 2 ** Math.ceil(m / 2);
  const meetCost = m <= 44 ? half * (m / 2 + 2) * (withDerivatives ? 2 : 1) : Infinity;
  const weight = items.reduce((t, it) => t + it.weight, 0);
  const rows = verdicts.every((v) => v === undefined) ? 1 : sizes;
  // The same cap on cells as power's table (generating.ts).
  const tableCost = rows * (weight + 1) <= MAX_TABLE_CELLS ? m * rows * (weight + 1) : Infinity;
  if (
    path === 'table' ||
    (path === undefined && tableCost < meetCost && tableCost <= MAX_ODDS_STEPS)
  )
    return weighedByTable(items, verdicts, lo, rows, withDerivatives);
  if (path === undefined && Math.min(meetCost, tableCost) > MAX_ODDS_STEPS)
    throw new TooLargeForExact(
      `the odds of ${m} undecided blocs with a total weight of ${weight.toLocaleString('en')} are too large to compute exactly here; smaller integer weights make it fast`,
    );
  let total = 0;
  const derivatives = new Float64Array(m);
  if (!withDerivatives) {
    massAtLeast(items, lo).forEach((x, s) => (total += verdicts[s] === undefined ? x : 0));
    return { total, derivatives };
  }
  const { bySize, derivatives: dw } = massAndDerivativesAtLeast(items, lo);
  for (let s = 0; s < sizes; s++) {
    if (verdicts[s] !== undefined) continue;
    total += bySize[s] as number;
    for (let j = 0; j < m; j++)
      derivatives[j] = (derivatives[j] as number) + (dw[j * sizes + s] as number);
  }
  return { total, derivatives };
}

/** Beyond this many steps the odds are refused rather than left to freeze the worker. */
const MAX_ODDS_STEPS = 2e9;

/**
 * weighedPart by a table M(s, x): the mass of coalitions of s heads weighing exactly x (one row
 * when every head count leaves the verdict to the weight). Each item multiplies the table by
 * (q + p x^count y^weight). The derivative in an item's p needs the table without that item:
 * dividing the item out again, in the direction that keeps rounding errors from growing (by q
 * upwards when p <= 1/2, by p downwards otherwise). Items alike (count, weight, p) share it.
 */
function weighedByTable(
  items: readonly Item[],
  verdicts: readonly (0 | 1 | undefined)[],
  lo: number,
  rows: number,
  withDerivatives: boolean,
): { total: number; derivatives: Float64Array } {
  const width = items.reduce((t, it) => t + it.weight, 0) + 1;
  const heads = (it: Item) => (rows === 1 ? 0 : it.count);
  const table = new Float64Array(rows * width);
  table[0] = 1;
  const reach = { heads: 0, weight: 0 };
  for (const it of items)
    multiplyIn(table, width, reach, heads(it), it.weight, it.yesMass, it.noMass);
  const undecidedAt = (s: number) => verdicts[rows === 1 ? 0 : s] === undefined;
  const passes = (s: number, x: number) => s < rows && undecidedAt(s) && x >= lo;
  let total = 0;
  for (let s = 0; s < rows; s++)
    for (let x = Math.max(0, lo); x < width; x++)
      if (passes(s, x)) total += table[s * width + x] as number;
  const derivatives = new Float64Array(items.length);
  if (!withDerivatives) return { total, derivatives };
  const without = new Float64Array(rows * width);
  const done = new Map<string, number>();
  items.forEach((it, j) => {
    const key = `${it.count}:${it.weight}:${it.yesMass}`;
    const known = done.get(key);
    if (known !== undefined) {
      derivatives[j] = known;
      return;
    }
    const c = heads(it);
    divideOut(table, without, rows, width, c, it.weight, it.yesMass, it.noMass);
    // d = sum of M-(s, x) (passes(s + c, x + w) - passes(s, x)), a row at a time.
    let d = 0;
    for (let s = 0; s < rows; s++) {
      const joins = s + c < rows && undecidedAt(s + c);
      const alone = undecidedAt(s);
      if (!joins && !alone) continue;
      const row = s * width;
      for (let x = Math.max(0, lo - it.weight); x < width; x++) {
        const m = without[row + x] as number;
        d += (joins ? m : 0) - (alone && x >= lo ? m : 0);
      }
    }
    done.set(key, d);
    derivatives[j] = d;
  });
  return { total, derivatives };
}

/**
 * table *= (q + p x^c y^w), in place: largest cells first, so each reads the old values. Only
 * the cells the items so far can reach (`reach`: heads and weight) are touched.
 */
function multiplyIn(
  t: Float64Array,
  width: number,
  reach: { heads: number; weight: number },
  c: number,
  w: number,
  p: number,
  q: number,
): void {
  reach.heads += c;
  reach.weight += w;
  for (let s = reach.heads; s >= 0; s--) {
    const row = s * width;
    const from = (s - c) * width - w;
    for (let x = reach.weight; x >= 0; x--) {
      const moved = s >= c && x >= w ? (t[from + x] as number) : 0;
      t[row + x] = (t[row + x] as number) * q + moved * p;
    }
  }
}

/** out = table / (q + p x^c y^w): the inverse of multiplyIn, in its stable direction. */
function divideOut(
  t: Float64Array,
  out: Float64Array,
  rows: number,
  width: number,
  c: number,
  w: number,
  p: number,
  q: number,
): void {
  if (c === 0 && w === 0) {
    // The item shifts nothing: its factor is q + p = 1.
    out.set(t);
    return;
  }
  if (p <= 0.5) {
    // t(s, x) = q out(s, x) + p out(s - c, x - w): solve upwards, dividing by q >= 1/2.
    for (let s = 0; s < rows; s++)
      for (let x = 0; x < width; x++) {
        const prev = s >= c && x >= w ? (out[(s - c) * width + x - w] as number) : 0;
        out[s * width + x] = ((t[s * width + x] as number) - p * prev) / q;
      }
    return;
  }
  // t(s + c, x + w) = q out(s + c, x + w) + p out(s, x): solve downwards, dividing by p > 1/2.
  for (let s = rows - 1; s >= 0; s--)
    for (let x = width - 1; x >= 0; x--) {
      const above = s + c < rows && x + w < width ? (out[(s + c) * width + x + w] as number) : 0;
      const top = s + c < rows && x + w < width ? (t[(s + c) * width + x + w] as number) : 0;
      out[s * width + x] = (top - q * above) / p;
    }
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
