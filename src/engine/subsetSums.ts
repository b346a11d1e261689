/**
 * Meet-in-the-middle over subsets, the counting core of power indices and exact probability.
 *
 * A 32-ally table has 2^32 coalitions, too many to enumerate, and populations are large integers,
 * so a dynamic programme over weight sums does not fit either. Instead the items are split into two
 * halves whose subsets are listed once, grouped by head count and sorted by weight; a query "mass
 * of coalitions of size s whose weight is at least T" is then answered by sweeps that pair the
 * halves' subsets with moving pointers. Counting is exact: masses are integers (subset counts) or
 * products of probabilities, weights are integers below 2^53.
 */

/** One item: a player (count 1) or a bloc that moves together (count = its allies). */
export interface Item {
  readonly count: number;
  readonly weight: number;
  /** Mass of the branch where the item says yes / no: 1 and 1 for counting, p and 1 - p for odds. */
  readonly yesMass: number;
  readonly noMass: number;
}

/**
 * All subsets of a half, flat: size class c occupies [start[c], start[c + 1]), sorted by weight.
 * Flat typed arrays keep the sweeps fast and allocation-free.
 */
export interface Half {
  readonly classes: number;
  readonly start: Int32Array;
  readonly weights: Float64Array;
  readonly mass: Float64Array;
  /** Which items of the half say yes, one bit per item. */
  readonly masks: Uint32Array;
  /** Each entry's size class. */
  readonly classOf: Int32Array;
}

interface SizeClass {
  weights: Float64Array;
  mass: Float64Array;
  masks: Uint32Array;
}

const EMPTY: SizeClass = {
  weights: new Float64Array(0),
  mass: new Float64Array(0),
  masks: new Uint32Array(0),
};

/** Lists a half's subsets (at most 31 items); classes stay sorted by merging, never sorting. */
export function enumerateHalf(items: readonly Item[]): Half {
  if (items.length > 31) throw new RangeError('a half holds at most 31 items');
  let classes: SizeClass[] = [
    { weights: Float64Array.of(0), mass: Float64Array.of(1), masks: Uint32Array.of(0) },
  ];
  items.forEach((item, bit) => {
    const next: SizeClass[] = [];
    for (let c = 0; c < classes.length + item.count; c++)
      next.push(mergeShifted(classes[c] ?? EMPTY, classes[c - item.count] ?? EMPTY, item, bit));
    classes = next;
  });
  const total = classes.reduce((t, c) => t + c.weights.length, 0);
  const start = new Int32Array(classes.length + 1);
  const weights = new Float64Array(total);
  const mass = new Float64Array(total);
  const masks = new Uint32Array(total);
  const classOf = new Int32Array(total);
  let at = 0;
  classes.forEach((c, k) => {
    start[k] = at;
    weights.set(c.weights, at);
    mass.set(c.mass, at);
    masks.set(c.masks, at);
    classOf.fill(k, at, at + c.weights.length);
    at += c.weights.length;
  });
  start[classes.length] = at;
  return { classes: classes.length, start, weights, mass, masks, classOf };
}

/** Merges `stay` (the item says no) with `join` shifted by the item's weight (it says yes). */
function mergeShifted(stay: SizeClass, join: SizeClass, item: Item, bit: number): SizeClass {
  const len = stay.weights.length + join.weights.length;
  const out: SizeClass = {
    weights: new Float64Array(len),
    mass: new Float64Array(len),
    masks: new Uint32Array(len),
  };
  let a = 0;
  let b = 0;
  for (let k = 0; k < len; k++) {
    const wa = a < stay.weights.length ? (stay.weights[a] as number) : Infinity;
    const wb = b < join.weights.length ? (join.weights[b] as number) + item.weight : Infinity;
    if (wa <= wb) {
      out.weights[k] = wa;
      out.mass[k] = (stay.mass[a] as number) * item.noMass;
      out.masks[k] = stay.masks[a] as number;
      a++;
    } else {
      out.weights[k] = wb;
      out.mass[k] = (join.mass[b] as number) * item.yesMass;
      out.masks[k] = ((join.masks[b] as number) | (1 << bit)) >>> 0;
      b++;
    }
  }
  return out;
}

/** A weight interval [lo, hi); null when no weight qualifies. */
export type Interval = readonly [lo: number, hi: number] | null;
export const ALL: Interval = [-Infinity, Infinity];

/**
 * Mass of coalitions by head count s (index s of the result), counting only those whose weight
 * lies in `interval(s)`. `massA`/`massB` replace the halves' own masses.
 * The intervals' finite ends (in practice one or two values) are each answered by one sweep.
 */
export function massBySize(
  a: Half,
  b: Half,
  interval: (s: number) => Interval,
  massA: Float64Array = a.mass,
  massB: Float64Array = b.mass,
): Float64Array {
  const sizes = a.classes + b.classes - 1;
  const intervals = Array.from({ length: sizes }, (_, s) => interval(s));
  const ends = new Set<number>();
  for (const iv of intervals) if (iv) for (const x of iv) if (Number.isFinite(x)) ends.add(x);
  const thresholds = [...ends];
  const atLeast = atLeastBySize(a, b, thresholds, massA, massB);
  const total = totalBySize(a, b, massA, massB);
  const at = (x: number, s: number): number => {
    if (x === -Infinity) return total[s] as number;
    if (x === Infinity) return 0;
    return (atLeast[thresholds.indexOf(x)] as Float64Array)[s] as number;
  };
  return Float64Array.from(intervals, (iv, s) => (iv === null ? 0 : at(iv[0], s) - at(iv[1], s)));
}

const classTotalsCache = new WeakMap<Half, Float64Array>();

function classTotals(h: Half, m: Float64Array): Float64Array {
  if (m === h.mass) {
    let cached = classTotalsCache.get(h);
    if (!cached) classTotalsCache.set(h, (cached = sumByClass(h, m)));
    return cached;
  }
  return sumByClass(h, m);
}

function sumByClass(h: Half, m: Float64Array): Float64Array {
  const out = new Float64Array(h.classes);
  for (let c = 0; c < h.classes; c++)
    for (let k = h.start[c] as number; k < (h.start[c + 1] as number); k++)
      out[c] = (out[c] as number) + (m[k] as number);
  return out;
}

/** Mass of all coalitions by head count, whatever their weight. */
function totalBySize(a: Half, b: Half, massA: Float64Array, massB: Float64Array): Float64Array {
  const ta = classTotals(a, massA);
  const tb = classTotals(b, massB);
  const out = new Float64Array(a.classes + b.classes - 1);
  ta.forEach((x, ca) => tb.forEach((y, cb) => (out[ca + cb] = (out[ca + cb] as number) + x * y)));
  return out;
}

/** suffix[k] = mass of entries k..end; suffix[length] = 0. */
function suffixSums(mass: Float64Array): Float64Array {
  const suffix = new Float64Array(mass.length + 1);
  for (let k = mass.length - 1; k >= 0; k--)
    suffix[k] = (suffix[k + 1] as number) + (mass[k] as number);
  return suffix;
}

const suffixCache = new WeakMap<Half, Float64Array>();

/** The suffix sums of a half's own masses, computed once per half. */
function ownSuffix(h: Half): Float64Array {
  let s = suffixCache.get(h);
  if (!s) {
    s = suffixSums(h.mass);
    suffixCache.set(h, s);
  }
  return s;
}

/** A half's entries in descending weight, all classes merged, and the permutation used. */
interface Descending {
  readonly order: Int32Array;
  readonly weights: Float64Array;
  readonly classes: Int32Array;
}

const descendingCache = new WeakMap<Half, Descending>();

function descending(h: Half): Descending {
  let d = descendingCache.get(h);
  if (!d) {
    const order = Int32Array.from({ length: h.weights.length }, (_, k) => k).sort(
      (x, y) => (h.weights[y] as number) - (h.weights[x] as number),
    );
    d = {
      order,
      weights: Float64Array.from(order, (k) => h.weights[k] as number),
      classes: Int32Array.from(order, (k) => h.classOf[k] as number),
    };
    descendingCache.set(h, d);
  }
  return d;
}

/**
 * For each threshold T, the mass of coalitions by head count whose weight is at least T.
 * For every size class of A, B's subsets are swept once in descending weight (all classes
 * merged) while a pointer per threshold walks A's class upwards: about
 * classes(A) * |B| + |A| steps, which favours a larger A and a smaller B.
 */
export function atLeastBySize(
  a: Half,
  b: Half,
  thresholds: readonly number[],
  massA: Float64Array = a.mass,
  massB: Float64Array = b.mass,
): Float64Array[] {
  const sizes = a.classes + b.classes - 1;
  const sufA = massA === a.mass ? ownSuffix(a) : suffixSums(massA);
  const d = descending(b);
  const mB = new Float64Array(d.order.length);
  for (let r = 0; r < mB.length; r++) mB[r] = massB[d.order[r] as number] as number;
  const results: Float64Array[] = [];
  // Thresholds go two at a time through one sweep: reading B once serves both.
  for (let t = 0; t < thresholds.length; t += 2) {
    const t0 = thresholds[t] as number;
    const t1 = thresholds[t + 1] ?? Infinity;
    const out0 = new Float64Array(sizes);
    const out1 = new Float64Array(sizes);
    sweep(a, sufA, d, mB, t0, t1, out0, out1);
    results.push(out0);
    if (t + 1 < thresholds.length) results.push(out1);
  }
  return results;
}

function sweep(
  a: Half,
  sufA: Float64Array,
  d: Descending,
  mB: Float64Array,
  t0: number,
  t1: number,
  out0: Float64Array,
  out1: Float64Array,
): void {
  const wA = a.weights;
  const wB = d.weights;
  const cB = d.classes;
  const nB = wB.length;
  for (let ca = 0; ca < a.classes; ca++) {
    const a0 = a.start[ca] as number;
    const a1 = a.start[ca + 1] as number;
    if (a0 === a1) continue;
    const endMass = sufA[a1] as number;
    let p0 = a0;
    let p1 = a0;
    for (let r = 0; r < nB; r++) {
      // B grows lighter, so A must grow heavier: the first A entries reaching T move right.
      const wb = wB[r] as number;
      const need0 = t0 - wb;
      const need1 = t1 - wb;
      while (p0 < a1 && (wA[p0] as number) < need0) p0++;
      while (p1 < a1 && (wA[p1] as number) < need1) p1++;
      if (p0 === a1 && p1 === a1) break; // nothing left in this class is heavy enough
      const m = mB[r] as number;
      const s = ca + (cB[r] as number);
      out0[s] = (out0[s] as number) + m * ((sufA[p0] as number) - endMass);
      out1[s] = (out1[s] as number) + m * ((sufA[p1] as number) - endMass);
    }
  }
}

/**
 * How many items go in the smaller half B. A query costs about 2^|A| + |A| * 2^|B|, least when
 * A holds about four more items than B (18 and 14 for 32 allies).
 */
export const smallHalfSize = (n: number): number =>
  n >= 8 ? Math.floor((n - 4) / 2) : Math.floor(n / 2);

/** Splits items into a larger half A and a smaller half B (see smallHalfSize). */
export function splitHalves<T>(items: readonly T[]): [T[], T[]] {
  const mid = items.length - smallHalfSize(items.length);
  return [items.slice(0, mid), items.slice(mid)];
}

/** Coalition counts by head count: in all, and containing each item. */
export interface CountsBySize {
  readonly total: Float64Array;
  /** perItem[j][s]: coalitions of size s holding item j. */
  readonly perItem: readonly Float64Array[];
}

/**
 * Counts the coalitions of unit items (one head, one count each) whose weight is at least T, by
 * head count, in all and per item, in one sweep: besides its total suffix counts, the large half
 * keeps one suffix count per item, so each pair of subsets credits every member it holds.
 * About 2^|A| * |A| + classes(A) * 2^|B| * (|A| + |B|/2) steps: for 32 members, 18 and 14.
 */
export function countsAtLeast(weights: readonly number[], threshold: number): CountsBySize {
  const items: Item[] = weights.map((weight) => ({ count: 1, weight, yesMass: 1, noMass: 1 }));
  const [itemsA, itemsB] = splitHalves(items);
  const a = enumerateHalf(itemsA);
  const b = enumerateHalf(itemsB);
  const bitsA = itemsA.length;
  const bitsB = itemsB.length;
  const sizes = weights.length + 1;
  const lenA = a.weights.length;

  // Counts are integers below 2^31, so 32-bit integer suffixes are exact and half the memory.
  const sufA = new Int32Array(lenA + 1);
  const sufBits = new Int32Array((lenA + 1) * bitsA);
  for (let k = lenA - 1; k >= 0; k--) {
    sufA[k] = (sufA[k + 1] as number) + 1;
    const mask = a.masks[k] as number;
    const row = k * bitsA;
    for (let j = 0; j < bitsA; j++)
      sufBits[row + j] = (sufBits[row + bitsA + j] as number) + ((mask >>> j) & 1);
  }

  const total = new Float64Array(sizes);
  const perA = new Float64Array(bitsA * sizes);
  const perB = new Float64Array(bitsB * sizes);
  const d = descending(b);
  const masksB = new Uint32Array(d.order.length);
  for (let r = 0; r < masksB.length; r++) masksB[r] = b.masks[d.order[r] as number] as number;
  const wA = a.weights;
  const wB = d.weights;
  const cB = d.classes;
  for (let ca = 0; ca < a.classes; ca++) {
    const a0 = a.start[ca] as number;
    const a1 = a.start[ca + 1] as number;
    if (a0 === a1) continue;
    const endRow = a1 * bitsA;
    let p = a0;
    for (let r = 0; r < wB.length; r++) {
      const need = threshold - (wB[r] as number);
      while (p < a1 && (wA[p] as number) < need) p++;
      if (p === a1) break; // nothing left in this class of A is heavy enough
      const s = ca + (cB[r] as number);
      const pairs = (sufA[p] as number) - (sufA[a1] as number);
      total[s] = (total[s] as number) + pairs;
      const row = p * bitsA;
      for (let j = 0; j < bitsA; j++) {
        const at = j * sizes + s;
        perA[at] =
          (perA[at] as number) + (sufBits[row + j] as number) - (sufBits[endRow + j] as number);
      }
      for (let mask = masksB[r] as number; mask !== 0; mask &= mask - 1) {
        const at = (31 - Math.clz32(mask & -mask)) * sizes + s;
        perB[at] = (perB[at] as number) + pairs;
      }
    }
  }
  const perItem: Float64Array[] = [];
  for (let j = 0; j < bitsA; j++) perItem.push(perA.slice(j * sizes, (j + 1) * sizes));
  for (let j = 0; j < bitsB; j++) perItem.push(perB.slice(j * sizes, (j + 1) * sizes));
  return { total, perItem };
}
