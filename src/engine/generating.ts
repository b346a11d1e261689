/**
 * Generating functions: coalitions counted by head count and total weight with a dynamic
 * programme, for bodies whose weights are small integers (an electoral college's 538 votes, a
 * 250-member assembly with a total weight of 10,000). See README.md in this folder.
 *
 * N(s, w) is the number of coalitions of s members weighing exactly w: the coefficient of
 * x^s y^w in the product over members of (1 + x y^weight). Adding a member is one pass over the
 * table: N'(s, w) = N(s, w) + N(s - 1, w - weight). The table keeps prefix sums over w,
 * P(s, x) = coalitions of s members weighing less than x, so any weight window is two lookups.
 *
 * A member's swings need the same counts without that member. Removing it undoes one pass:
 * P(s, x) = P-(s, x) + P-(s - 1, x - weight), so P-(s, x) = P(s, x) - P-(s - 1, x - weight),
 * a recurrence of s steps down to P-(0, x) = P(0, x). Members of equal weight share the result,
 * so the cost is one table plus (distinct weights) x n^2 steps.
 *
 * Exactness: with n <= 53 members every count is below 2^53 and the table is plain doubles. Past
 * that the whole computation runs once per modulus just below 2^42 (see exact.ts) and the
 * counts are rebuilt exactly.
 */
import { PASSES_BEFORE_REDUCING, EXACT_IN_DOUBLE, fromResidues, moduliFor, reduce } from './exact';

/** A weight interval [lo, hi); null when no weight qualifies (power.ts uses the same type). */
export type Interval = readonly [lo: number, hi: number] | null;

export interface WindowQuery {
  /** Windows over the coalition's weight, by size s = 0..n, for counting winning coalitions. */
  readonly winning: (s: number) => Interval;
  /**
   * For a member of weight `weight`: the windows over S's weight, by |S| = s = 0..n-1, where S
   * (without the member) loses and S plus the member wins: its swings.
   */
  readonly swing: (weight: number, s: number) => Interval;
  /** Every window's finite ends lie at or below this weight (the quota). */
  readonly highestEnd: number;
}

export interface GeneratedCounts {
  /** Winning coalitions by size. */
  readonly winning: bigint[];
  /** Swings by size of S, for each distinct weight. */
  readonly swings: ReadonlyMap<number, bigint[]>;
}

/** Totals the table's indices can hold as 32-bit integers. */
const MAX_TOTAL = 2 ** 31 - 1;

/**
 * Cells the table may have (128 MB of doubles): the step count alone would let 60 members of
 * weights near a million through with a table of 14 GB.
 */
export const MAX_TABLE_CELLS = 2 ** 24;

/** The table's width: weights 0..H, enough for every lookup (directly or by complement). */
export function tableCap(weights: readonly number[], highestEnd: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  return Math.max(0, Math.min(Math.ceil(total / 2), highestEnd));
}

/** The passes' cost in table cell updates, for choosing an algorithm (power.ts). */
export function generatingCost(weights: readonly number[], highestEnd: number): number {
  if (weights.reduce((a, b) => a + b, 0) > MAX_TOTAL) return Infinity;
  const cap = tableCap(weights, highestEnd);
  if ((weights.length + 1) * (cap + 2) > MAX_TABLE_CELLS) return Infinity;
  const sorted = [...weights].sort((a, b) => a - b);
  const distinct = new Set(weights).size;
  const sums = prefixSums(sorted);
  let cells = 0;
  for (let k = 0; k < sorted.length; k++) {
    const w = sorted[k] as number;
    for (let s = k + 1; s >= 1; s--) {
      const from = (sums[s - 1] as number) + w;
      const to = Math.min(cap, liveTo(sums, cap, k, s - 1) + w);
      if (to >= from) cells += to - from + 1;
    }
  }
  const n = weights.length;
  const passes = n <= 53 ? 1 : moduliFor(1n << BigInt(n)).length;
  return passes * (cells + distinct * n * n + (n + 1) * (cap + 2));
}

// The table, grown once and reused: a first call allocates what it needs, later calls nothing.
let table = new Float64Array(0);

function tableOf(cells: number): Float64Array {
  if (table.length < cells) table = new Float64Array(cells);
  return table;
}

export function generatingCounts(weights: readonly number[], query: WindowQuery): GeneratedCounts {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const cap = tableCap(weights, query.highestEnd);
  if (total > MAX_TOTAL || (n + 1) * (cap + 2) > MAX_TABLE_CELLS)
    throw new RangeError('weights too large for a table over weights');
  const stride = cap + 2;
  const sorted = [...weights].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];

  // The outputs of one pass, flat: winning by size, then each distinct weight's swings by size.
  const outputs = n + 1 + distinct.length * n;
  const exact = 2 ** n <= EXACT_IN_DOUBLE;
  const moduli = exact ? [Infinity] : moduliFor(1n << BigInt(n));
  const residues = moduli.map((m) => {
    const out = new Float64Array(outputs);
    const t = tableOf((n + 1) * stride);
    fill(t, sorted, n, cap, stride, m);
    const lookup = new Lookup(t, n, total, cap, stride, m);
    for (let s = 0; s <= n; s++) out[s] = lookup.window(query.winning(s), s, null);
    distinct.forEach((w, c) => {
      for (let s = 0; s < n; s++) out[n + 1 + c * n + s] = lookup.window(query.swing(w, s), s, w);
    });
    return out;
  });
  const values = exact
    ? Array.from(residues[0] as Float64Array, (x) => BigInt(x))
    : fromResidues(moduli, residues);
  const swings = new Map<number, bigint[]>();
  distinct.forEach((w, c) => swings.set(w, values.slice(n + 1 + c * n, n + 1 + (c + 1) * n)));
  return { winning: values.slice(0, n + 1), swings };
}

/** Reduces rows 0..last modulo m, where they can be non-zero (from `live`). */
function reduceRows(
  t: Float64Array,
  last: number,
  stride: number,
  m: number,
  live: (s: number) => readonly [number, number],
): void {
  const inverse = 1 / m;
  for (let s = 0; s <= last; s++) {
    const [from, to] = live(s);
    const row = s * stride + 1;
    for (let x = from; x <= to; x++) t[row + x] = reduce(t[row + x] as number, m, inverse);
  }
}

/**
 * With members 0..k-1 of the sorted weights in, the highest weight row s can reach (capped): that
 * of the s heaviest of them. Rows are non-zero only from sums[s] (the s lightest) up to here.
 */
function liveTo(sums: Int32Array, cap: number, k: number, s: number): number {
  return Math.min(cap, (sums[k] as number) - (sums[Math.max(0, k - s)] as number));
}

/**
 * sums[k]: the total of the k first (lightest) weights. 32-bit integers: the loops' bounds and
 * indices then stay small integers, which V8 compiles to integer arithmetic (a third faster).
 */
function prefixSums(sorted: readonly number[]): Int32Array {
  const sums = new Int32Array(sorted.length + 1);
  sorted.forEach((w, k) => (sums[k + 1] = (sums[k] as number) + w));
  return sums;
}

/**
 * Fills the table with prefix counts modulo m (Infinity: plain integers). Row s holds, at
 * column x (0..cap + 1), the coalitions of s members weighing less than x. Members go in by
 * ascending weight so the reachable weights, and the work, stay small as long as possible.
 */
function fill(
  t: Float64Array,
  sorted: readonly number[],
  n: number,
  cap: number,
  stride: number,
  m: number,
): void {
  t.fill(0, 0, (n + 1) * stride);
  t[1] = 1; // the empty coalition: size 0, weight 0 (column 1 holds weight 0 while filling)
  const sums = prefixSums(sorted);
  for (let k = 0; k < sorted.length; k++) {
    const w = sorted[k] as number;
    // Residues grow by at most a bit per member: reduce before they could reach 2^53.
    if (m !== Infinity && k > 0 && k % PASSES_BEFORE_REDUCING === 0)
      reduceRows(t, k, stride, m, (s) => [sums[s] as number, liveTo(sums, cap, k, s)]);
    // Largest sizes first, so row s - 1 still holds the counts without this member. Row s - 1
    // (members 0..k-1) is non-zero only from the s - 1 lightest to the s - 1 heaviest of them.
    for (let s = k + 1; s >= 1; s--) {
      const from = (sums[s - 1] as number) + w;
      const to = Math.min(cap, liveTo(sums, cap, k, s - 1) + w);
      const row = s * stride + 1;
      const below = (s - 1) * stride + 1 - w;
      for (let x = from; x <= to; x++)
        t[row + x] = (t[row + x] as number) + (t[below + x] as number);
    }
  }
  if (m !== Infinity)
    reduceRows(t, n, stride, m, (s) => [sums[s] as number, liveTo(sums, cap, n, s)]);
  // Weights to prefix sums: column x becomes the count of weights below x.
  for (let s = 0; s <= n; s++) {
    const row = s * stride;
    let acc = 0;
    for (let x = 1; x <= cap + 1; x++) {
      acc += t[row + x] as number;
      if (acc >= m) acc -= m;
      t[row + x] = acc;
    }
  }
}

/**
 * Lookups in a filled table, modulo m. Intermediate values are left unreduced (they may be
 * negative or pass m: an alternating sum of at most 251 residues stays below 2^50 in size) and
 * reduced once per window.
 */
class Lookup {
  /** C(n, s) and C(n - 1, s) modulo m. */
  private readonly all: Float64Array;
  private readonly allButOne: Float64Array;

  constructor(
    private readonly t: Float64Array,
    private readonly n: number,
    private readonly total: number,
    private readonly cap: number,
    private readonly stride: number,
    private readonly m: number,
  ) {
    // Pascal's triangle, additions only, so it stays exact modulo m.
    let row = Float64Array.of(1);
    let prev = row;
    for (let k = 1; k <= n; k++) {
      prev = row;
      row = new Float64Array(k + 1);
      row[0] = 1;
      row[k] = 1;
      for (let j = 1; j < k; j++) row[j] = this.mod((prev[j - 1] as number) + (prev[j] as number));
    }
    this.all = row;
    this.allButOne = n >= 1 ? prev : Float64Array.of(0);
  }

  private mod(x: number): number {
    return this.m === Infinity ? x : reduce(x, this.m);
  }

  /** P(s, x): coalitions of s members weighing less than x (unreduced). */
  below(s: number, x: number): number {
    if (s < 0 || s > this.n || x <= 0) return 0;
    if (x <= this.cap + 1) return this.t[s * this.stride + x] as number;
    if (x > this.total) return this.all[s] as number;
    // By complement: weighing at least x is the other members weighing at most total - x.
    return (
      (this.all[s] as number) - (this.t[(this.n - s) * this.stride + this.total - x + 1] as number)
    );
  }

  /** P-(s, x): as `below`, without one member of weight w (the recurrence in the header). */
  belowWithout(w: number, s: number, x: number): number {
    if (x === Infinity) return s < this.n ? (this.allButOne[s] as number) : 0;
    if (x <= 0) return 0; // nothing weighs less than nothing
    // Y_j = P-(j, x - (s - j) w) = P(j, x - (s - j) w) - Y_(j-1); terms with a weight bound of 0
    // or less are 0, so start at the first j whose bound is positive.
    let j = w === 0 ? 0 : Math.max(0, s - Math.ceil(x / w) + 1);
    let y = 0;
    const { t, stride, cap } = this;
    for (; j <= s; j++) {
      const bound = x - (s - j) * w;
      y = (bound <= cap + 1 ? (t[j * stride + bound] as number) : this.below(j, bound)) - y;
    }
    return y;
  }

  /** Coalitions of size s (without a member of weight `without`, if given) in the window. */
  window(win: Interval, s: number, without: number | null): number {
    if (win === null) return 0;
    const [lo, hi] = win;
    if (without === null) {
      const at = (x: number) =>
        x === Infinity ? (this.all[s] as number) : x === -Infinity ? 0 : this.below(s, x);
      return this.mod(at(hi) - at(lo));
    }
    return this.mod(this.belowWithout(without, s, hi) - this.belowWithout(without, s, lo));
  }
}
