/**
 * Meet-in-the-middle over subsets: the counting kernel for few members with large weights (a
 * 32-ally table weighted by population). See README.md in this folder.
 *
 * 2^32 coalitions are too many to list, and populations in thousands sum to about a million, too
 * wide for a table over weights (generating.ts). Instead the items are split into two halves
 * whose subsets are listed once, sorted by weight; every coalition is a pair (x from one half,
 * y from the other), and "x + y weighs at least T" pairs the halves with one moving pointer.
 * One kernel, `sweep`, serves power (coalition counts, and the coalitions holding each member)
 * and the odds (probability mass, and its derivative in each bloc's consent): masses are
 * integers (counts) or products of probabilities, weights integers below 2^53.
 *
 * The first call is the one a user waits for (a worker's first answer), and V8 runs a function's
 * first iterations in its interpreter until an optimised version is compiled. Hence every loop
 * over a half's 2^16 subsets is a small function of typed arrays, quick to compile and called
 * for both halves, and nothing is listed twice.
 */

/** One item: a member (count 1) or a bloc that moves together (count = its members). */
export interface Item {
  readonly count: number;
  readonly weight: number;
  /** Mass of the branch where the item says yes / no: 1 and 1 for counting, p and 1 - p for odds. */
  readonly yesMass: number;
  readonly noMass: number;
}

/**
 * All subsets of a half in ascending weight (every head count together), flat in typed arrays.
 *
 * The half's items fall in two groups, its first `lowBits` items and the rest. In each group a
 * subset is one pattern, that group's bits of its mask; tables by pattern give the group's head
 * count and mass, so a subset's are two lookups. Sweeps credit items through the same groups
 * (Rows).
 */
export interface Half {
  readonly items: readonly Item[];
  readonly length: number;
  readonly weights: Float64Array;
  /** Which items say yes, one bit per item. */
  readonly masks: Uint32Array;
  /** Head counts 0..classes - 1. */
  readonly classes: number;
  /** Items in the first group: ceil(items / 2). */
  readonly lowBits: number;
  /**
   * patternMass[v], patternHeads[v]: the first group's mass and heads in pattern v; at
   * [lowPatterns + v], the second group's.
   */
  readonly patternMass: Float64Array;
  readonly patternHeads: Int32Array;
}

/** The first group's patterns: 2^lowBits. */
const lowPatterns = (h: Half) => 2 ** h.lowBits;

/**
 * Scratch typed arrays, grown once and reused: a computation allocates its megabytes on the first
 * call only (the first call in a worker is the one a user waits for). Each slot belongs to one
 * step of one function, and nothing that a function returns points into them.
 */
const scratch = new Map<string, Float64Array | Int32Array | Uint32Array>();

function scratchOf<T extends Float64Array | Int32Array | Uint32Array>(
  slot: string,
  make: (size: number) => T,
  size: number,
): T {
  let buf = scratch.get(slot) as T | undefined;
  if (!buf || buf.length < size) {
    buf = make(Math.max(size, 2 * (buf?.length ?? 0)));
    scratch.set(slot, buf);
  }
  return buf.subarray(0, size) as T;
}

/**
 * Loops over a half's 2^16 subsets run in calls of BLOCK entries. The first call in a process
 * starts in V8's interpreter; a function called often is compiled once, and its next call runs
 * the compiled code, whereas one long call waits for a compilation of the loop itself (on-stack
 * replacement), often twice. Blocks of 2048 rows also stay in the cache across head counts.
 */
const BLOCK = 256;

const floats = (k: number) => new Float64Array(k);
const ints = (k: number) => new Int32Array(k);
const words = (k: number) => new Uint32Array(k);

/**
 * Merges the ascending run fw[0..len) (the item says no) with the same run shifted by `weight`
 * (the item says yes: mask bit `flag`) into tw, tk: the classic O(2^n) listing in order.
 */
function mergeShifted(
  fw: Float64Array,
  fk: Uint32Array,
  tw: Float64Array,
  tk: Uint32Array,
  len: number,
  weight: number,
  flag: number,
): void {
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < len && b < len) {
    const wa = fw[a] as number;
    const wb = (fw[b] as number) + weight;
    if (wa <= wb) {
      tw[k] = wa;
      tk[k++] = fk[a++] as number;
    } else {
      tw[k] = wb;
      tk[k++] = ((fk[b++] as number) | flag) >>> 0;
    }
  }
  for (; a < len; a++, k++) {
    tw[k] = fw[a] as number;
    tk[k] = fk[a] as number;
  }
  for (; b < len; b++, k++) {
    tw[k] = (fw[b] as number) + weight;
    tk[k] = ((fk[b] as number) | flag) >>> 0;
  }
}

/** Masses and head counts of a group's patterns: item by item, without it, then with it. */
function patternsOf(items: readonly Item[], mass: Float64Array, heads: Int32Array, at: number) {
  mass[at] = 1;
  items.forEach(({ yesMass, noMass, count }, i) => {
    for (let v = 0; v < 1 << i; v++) {
      const m = mass[at + v] as number;
      mass[at + v] = m * noMass;
      mass[at + (v | (1 << i))] = m * yesMass;
      heads[at + (v | (1 << i))] = (heads[at + v] as number) + count;
    }
  });
}

/**
 * Lists a half's subsets (at most 31 items) in ascending weight, by merging, never sorting.
 * `slot` names its scratch space: the half is valid until that slot is listed again.
 */
export function enumerateHalf(items: readonly Item[], slot = 'half'): Half {
  if (items.length > 31) throw new RangeError('a half holds at most 31 items');
  const size = 2 ** items.length;
  // Two buffers: each item merges the list so far with itself shifted by its weight.
  let fw = scratchOf(`${slot}.weights`, floats, size);
  let fk = scratchOf(`${slot}.masks`, words, size);
  let tw = scratchOf(`${slot}.weights2`, floats, size);
  let tk = scratchOf(`${slot}.masks2`, words, size);
  fw[0] = 0;
  fk[0] = 0;
  items.forEach(({ weight }, bit) => {
    mergeShifted(fw, fk, tw, tk, 2 ** bit, weight, 2 ** bit);
    [fw, tw, fk, tk] = [tw, fw, tk, fk];
  });
  const lowBits = Math.ceil(items.length / 2);
  const low = 2 ** lowBits;
  const patternMass = new Float64Array(low + 2 ** (items.length - lowBits));
  const patternHeads = new Int32Array(patternMass.length);
  patternsOf(items.slice(0, lowBits), patternMass, patternHeads, 0);
  patternsOf(items.slice(lowBits), patternMass, patternHeads, low);
  return {
    items,
    length: size,
    weights: fw,
    masks: fk,
    classes: items.reduce((t, it) => t + it.count, 0) + 1,
    lowBits,
    patternMass,
    patternHeads,
  };
}

/**
 * A half as the columns of a sweep: its subsets grouped by head count (ascending weight within a
 * group), with the mass before each entry in its group, so that any run's mass is one
 * subtraction.
 */
export interface Columns {
  readonly classes: number;
  /** Head count c occupies [start[c], start[c + 1]). */
  readonly start: Int32Array;
  readonly weights: Float64Array;
  /** before[k]: the mass of the entries of k's group lighter than k (listed before it). */
  readonly before: Float64Array;
  /** groupMass[c]: the mass of head count c's group. */
  readonly groupMass: Float64Array;
}

/**
 * The rows of a sweep: a half's subsets (ascending weight, read from the end), each with where
 * its pairs are tallied. A sweep credits the rows' items through their two groups (Half), never
 * item by item: a subset's pairs are added once per group, to the tally of (group, pattern, head
 * count), times the mass of its other group's pattern (its cofactor). Crediting an item is then
 * a sum over the patterns of its group (creditsOf): with 16 items, 2 additions per row instead
 * of one per item saying yes (8 on average), whatever is credited.
 */
export interface Rows {
  readonly half: Half;
  /** Head counts 0..sizes - 1 of whole coalitions (both halves). */
  readonly sizes: number;
  /**
   * index[2r], index[2r + 1]: row r's tally cells in its first and second group, at a column
   * head count of 0; the tally holds the first group's patterns, then the second's, each
   * `sizes` cells long.
   */
  readonly index: Int32Array;
  /** cofactor[2r], cofactor[2r + 1]: the mass of row r's pattern in the other group. */
  readonly cofactor: Float64Array;
}

/**
 * One pass over a half (subsets in ascending weight): each subset's head count and mass from
 * its two patterns; as a column, into its head count's group (a stable counting sort keeps each
 * group ascending), after the mass listed before it; as a row, its two tally cells and
 * cofactors.
 */
function layOut(
  masks: Uint32Array,
  weights: Float64Array,
  from: number,
  to: number,
  lowBits: number,
  patternHeads: Int32Array,
  patternMass: Float64Array,
  sizes: number,
  next: Int32Array,
  groupMass: Float64Array,
  colWeights: Float64Array,
  colBefore: Float64Array,
  index: Int32Array,
  cofactor: Float64Array,
): void {
  const low = 2 ** lowBits;
  for (let k = from; k < to; k++) {
    const mask = masks[k] as number;
    const v0 = mask & (low - 1);
    const v1 = low + (mask >>> lowBits);
    const c = (patternHeads[v0] as number) + (patternHeads[v1] as number);
    const m0 = patternMass[v0] as number;
    const m1 = patternMass[v1] as number;
    const at = next[c] as number;
    next[c] = at + 1;
    colWeights[at] = weights[k] as number;
    colBefore[at] = groupMass[c] as number;
    groupMass[c] = (groupMass[c] as number) + m0 * m1;
    index[2 * k] = v0 * sizes + c;
    index[2 * k + 1] = v1 * sizes + c;
    cofactor[2 * k] = m1;
    cofactor[2 * k + 1] = m0;
  }
}

/**
 * A half laid out as the columns of one sweep and the rows of another, over coalitions of up to
 * sizes - 1 heads. `slot` names its scratch space, as for enumerateHalf.
 */
export function layOutHalf(h: Half, sizes: number, slot = 'layout'): { cols: Columns; rows: Rows } {
  // Group sizes by head count, from the items alone: coefficients of prod (1 + x^count).
  const counts = new Float64Array(h.classes);
  counts[0] = 1;
  let top = 0;
  for (const { count } of h.items) {
    for (let c = top; c >= 0; c--)
      counts[c + count] = (counts[c + count] as number) + (counts[c] as number);
    top += count;
  }
  const start = new Int32Array(h.classes + 1);
  for (let c = 0; c < h.classes; c++) start[c + 1] = (start[c] as number) + (counts[c] as number);
  const cols: Columns = {
    classes: h.classes,
    start,
    weights: scratchOf(`${slot}.colWeights`, floats, h.length),
    before: scratchOf(`${slot}.colBefore`, floats, h.length),
    groupMass: new Float64Array(h.classes),
  };
  const rows: Rows = {
    half: h,
    sizes,
    index: scratchOf(`${slot}.index`, ints, 2 * h.length),
    cofactor: scratchOf(`${slot}.cofactor`, floats, 2 * h.length),
  };
  const next = start.slice(0, h.classes);
  for (let from = 0; from < h.length; from += BLOCK)
    layOut(
      h.masks,
      h.weights,
      from,
      Math.min(h.length, from + BLOCK),
      h.lowBits,
      h.patternHeads,
      h.patternMass,
      sizes,
      next,
      cols.groupMass,
      cols.weights,
      cols.before,
      rows.index,
      rows.cofactor,
    );
  return { cols, rows };
}

/** A zeroed tally for a sweep over these rows, in the scratch slot `slot`. */
export function tallyOf(rows: Rows, slot = 'tally'): Float64Array {
  return scratchOf(slot, floats, rows.half.patternMass.length * rows.sizes).fill(0);
}

/**
 * The kernel. For every pair (x from `cols`, y from `rows`) weighing at least `threshold`, adds
 * its mass over y's cofactor to y's two tally cells at the pair's head count. For each head
 * count of the columns, rows are read in descending weight while a pointer walks that group
 * upwards to the lightest x still heavy enough: classes(cols) x |rows| steps of two additions.
 * Rows go by blocks, each block against every head count in turn: a block's rows stay in the
 * cache, and each call is short (see BLOCK).
 */
export function sweep(cols: Columns, rows: Rows, threshold: number, tally: Float64Array): void {
  // pointer[c]: the lightest x of head count c heavy enough for the rows so far (start[c + 1]
  // once none is).
  const pointer = cols.start.slice(0, cols.classes);
  for (let to = rows.half.length; to > 0; to -= BLOCK)
    for (let ca = 0; ca < cols.classes; ca++) {
      const p = pointer[ca] as number;
      const a1 = cols.start[ca + 1] as number;
      if (p < a1)
        pointer[ca] = sweepBlock(
          cols.weights,
          cols.before,
          p,
          a1,
          cols.groupMass[ca] as number,
          ca,
          rows.half.weights,
          Math.max(0, to - BLOCK),
          to,
          rows.index,
          rows.cofactor,
          threshold,
          tally,
        );
    }
}

/**
 * Rows [from, to) against head count ca of the columns, ending at a1 (of mass `end`), from the
 * pointer p; returns the pointer. Typed arrays and numbers only: quick to compile, and nothing
 * an object's shape could invalidate.
 */
function sweepBlock(
  wA: Float64Array,
  before: Float64Array,
  p: number,
  a1: number,
  end: number,
  ca: number,
  wB: Float64Array,
  from: number,
  to: number,
  index: Int32Array,
  cofactor: Float64Array,
  threshold: number,
  tally: Float64Array,
): number {
  for (let r = to - 1; r >= from; r--) {
    // y grows lighter, so x must grow heavier: the pointer only moves right.
    const need = threshold - (wB[r] as number);
    // The pointer's step is taken (by 0 at least) on every row: the compiled code has seen it
    // even while the first rows, all heavy enough, left the pointer in place.
    for (let step = 1; step !== 0; p += step) step = p < a1 && (wA[p] as number) < need ? 1 : 0;
    if (p === a1) return p; // nothing left in this group is heavy enough
    const pairs = end - (before[p] as number);
    const i0 = (index[2 * r] as number) + ca;
    const i1 = (index[2 * r + 1] as number) + ca;
    tally[i0] = (tally[i0] as number) + pairs * (cofactor[2 * r] as number);
    tally[i1] = (tally[i1] as number) + pairs * (cofactor[2 * r + 1] as number);
  }
  return p;
}

/** out[o + s] += c x tally[t + s] for s < sizes. */
function addScaled(
  out: Float64Array,
  o: number,
  tally: Float64Array,
  t: number,
  sizes: number,
  c: number,
): void {
  for (let s = 0; s < sizes; s++)
    out[o + s] = (out[o + s] as number) + c * (tally[t + s] as number);
}

/** The mass of the swept coalitions by head count, from the first group's tally. */
export function massOf(rows: Rows, tally: Float64Array): Float64Array {
  const bySize = new Float64Array(rows.sizes);
  for (let v = 0; v < lowPatterns(rows.half); v++) {
    const m = rows.half.patternMass[v] as number;
    if (m !== 0) addScaled(bySize, 0, tally, v * rows.sizes, rows.sizes, m);
  }
  return bySize;
}

/**
 * What a sweep credits to each of the rows' items by head count (out[j * sizes + s]):
 * - 'members': the mass of the swept coalitions in which item j says yes;
 * - 'derivatives': the derivative of the swept mass in item j's p (each coalition's mass with
 *   j's factor replaced by +1 if j says yes, -1 if no).
 * Either is, over the patterns of j's group, the pattern's mass with j's factor kept or
 * replaced, times the pattern's tally.
 */
export function creditsOf(
  rows: Rows,
  tally: Float64Array,
  kind: 'members' | 'derivatives',
): Float64Array {
  const { sizes, half } = rows;
  const { items, lowBits, patternMass } = half;
  const out = new Float64Array(items.length * sizes);
  const low = lowPatterns(half);
  for (let j = 0; j < items.length; j++) {
    // Item j is bit i of its group's patterns, which start at `at` in the tables and the tally.
    const first = j < lowBits;
    const i = first ? j : j - lowBits;
    const at = first ? 0 : low;
    const group = first ? items.slice(0, lowBits) : items.slice(lowBits);
    for (let v = 0; v < 1 << group.length; v++) {
      const yes = (v >>> i) & 1;
      let c = 0;
      if (kind === 'members') c = yes ? (patternMass[at + v] as number) : 0;
      else {
        // The pattern's mass with item j's factor replaced by +1 (yes) or -1 (no).
        c = yes ? 1 : -1;
        for (let o = 0; o < group.length; o++) {
          const other = group[o] as Item;
          if (o !== i) c *= (v >>> o) & 1 ? other.yesMass : other.noMass;
        }
      }
      if (c !== 0) addScaled(out, j * sizes, tally, (at + v) * sizes, sizes, c);
    }
  }
  return out;
}

/**
 * Splits items in two halves: the lighter ceil(n / 2) first, the heavier after (ties in order).
 * `order` lists the items' indices as the halves hold them. The lighter half as the columns
 * stops each row's walk sooner (rows too light for every column of a head count end it): for
 * the 32 allies by population that is a sixth fewer steps than halves in table order.
 */
export function splitHalves(items: readonly Item[]): {
  a: Item[];
  b: Item[];
  order: number[];
} {
  const order = items.map((_, j) => j);
  order.sort((x, y) => (items[x] as Item).weight - (items[y] as Item).weight || x - y);
  const mid = Math.ceil(items.length / 2);
  const at = (j: number) => items[j] as Item;
  return { a: order.slice(0, mid).map(at), b: order.slice(mid).map(at), order };
}

/**
 * The mass of the items' coalitions weighing at least T by head count, and what each item is
 * credited (creditsOf): two sweeps, each half once the rows (whose items it credits).
 */
function sweptBothWays(
  items: readonly Item[],
  threshold: number,
  kind: 'members' | 'derivatives',
  slot: string,
): { bySize: Float64Array; credits: Float64Array } {
  const { a: itemsA, b: itemsB, order } = splitHalves(items);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const a = layOutHalf(enumerateHalf(itemsA, `${slot}A`), sizes, `${slot}LayoutA`);
  const b = layOutHalf(enumerateHalf(itemsB, `${slot}B`), sizes, `${slot}LayoutB`);
  const tallyB = tallyOf(b.rows, `${slot}TallyB`);
  sweep(a.cols, b.rows, threshold, tallyB);
  const tallyA = tallyOf(a.rows, `${slot}TallyA`);
  sweep(b.cols, a.rows, threshold, tallyA);
  // Each half's credits, back in the items' order.
  const credits = new Float64Array(items.length * sizes);
  const byHalf = [
    ...halfRows(creditsOf(a.rows, tallyA, kind), sizes),
    ...halfRows(creditsOf(b.rows, tallyB, kind), sizes),
  ];
  byHalf.forEach((row, k) => credits.set(row, (order[k] as number) * sizes));
  return { bySize: massOf(b.rows, tallyB), credits };
}

/** A half's credits, item by item. */
const halfRows = (credits: Float64Array, sizes: number) =>
  Array.from({ length: credits.length / sizes }, (_, j) =>
    credits.subarray(j * sizes, (j + 1) * sizes),
  );

/** Coalition counts by head count: in all, and holding each item. */
export interface CountsBySize {
  readonly total: Float64Array;
  /** holding[j][s]: coalitions of s heads holding item j. */
  readonly holding: readonly Float64Array[];
}

/**
 * Counts the coalitions of members (unit items) weighing at least T, by head count, in all and
 * holding each member. Exact while 2^n fits a double (n <= 53; meet-in-the-middle is chosen far
 * below that).
 */
export function countsAtLeast(weights: readonly number[], threshold: number): CountsBySize {
  const items: Item[] = weights.map((weight) => ({ count: 1, weight, yesMass: 1, noMass: 1 }));
  const { bySize, credits } = sweptBothWays(items, threshold, 'members', 'count');
  const sizes = bySize.length;
  return {
    total: bySize,
    holding: items.map((_, j) => credits.slice(j * sizes, (j + 1) * sizes)),
  };
}

/** Mass of the items' coalitions weighing at least T, by head count. */
export function massAtLeast(items: readonly Item[], threshold: number): Float64Array {
  const { a: itemsA, b: itemsB } = splitHalves(items);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const { cols } = layOutHalf(enumerateHalf(itemsA, 'massA'), sizes, 'massLayoutA');
  const { rows } = layOutHalf(enumerateHalf(itemsB, 'massB'), sizes, 'massLayoutB');
  const tally = tallyOf(rows, 'massTally');
  sweep(cols, rows, threshold, tally);
  return massOf(rows, tally);
}

/**
 * Mass of the items' coalitions weighing at least T by head count, and its derivative in each
 * item's p by head count (derivatives[j * sizes + s]).
 */
export function massAndDerivativesAtLeast(
  items: readonly Item[],
  threshold: number,
): { bySize: Float64Array; derivatives: Float64Array } {
  const { bySize, credits } = sweptBothWays(items, threshold, 'derivatives', 'deriv');
  return { bySize, derivatives: credits };
}
