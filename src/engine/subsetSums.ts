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
 * Rows of a sweep are read from the end (descending weight).
 */
export interface Half {
  readonly items: readonly Item[];
  readonly length: number;
  readonly weights: Float64Array;
  readonly mass: Float64Array;
  /** Which items say yes, one bit per item. */
  readonly masks: Uint32Array;
  /** Each subset's head count. */
  readonly heads: Int32Array;
  /** Head counts 0..classes - 1. */
  readonly classes: number;
}

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

/** One half's subsets in four arrays of `size` entries, in scratch slots named by `slot`. */
function buffers(slot: string, size: number) {
  return {
    weights: scratchOf(`${slot}.weights`, (k) => new Float64Array(k), size),
    mass: scratchOf(`${slot}.mass`, (k) => new Float64Array(k), size),
    masks: scratchOf(`${slot}.masks`, (k) => new Uint32Array(k), size),
    heads: scratchOf(`${slot}.heads`, (k) => new Int32Array(k), size),
  };
}

/**
 * Lists a half's subsets (at most 31 items) in ascending weight, by merging, never sorting.
 * `slot` names its scratch space: the half is valid until that slot is listed again.
 */
export function enumerateHalf(items: readonly Item[], slot = 'half'): Half {
  if (items.length > 31) throw new RangeError('a half holds at most 31 items');
  const size = 2 ** items.length;
  // Two buffers: each item merges the list so far with itself shifted by its weight.
  let from = buffers(`${slot}.a`, size);
  let to = buffers(`${slot}.b`, size);
  from.weights[0] = 0;
  from.mass[0] = 1;
  from.masks[0] = 0;
  from.heads[0] = 0;
  let len = 1;
  for (let bit = 0; bit < items.length; bit++) {
    const { weight, yesMass, noMass, count } = items[bit] as Item;
    const flag = (1 << bit) >>> 0;
    const [fw, fm, fk, fh] = [from.weights, from.mass, from.masks, from.heads];
    const [tw, tm, tk, th] = [to.weights, to.mass, to.masks, to.heads];
    let a = 0;
    let b = 0;
    let k = 0;
    // Merge: both runs ascend; the shifted run (the item says yes) is the heavier at equal rank.
    while (a < len && b < len) {
      const wa = fw[a] as number;
      const wb = (fw[b] as number) + weight;
      if (wa <= wb) {
        tw[k] = wa;
        tm[k] = (fm[a] as number) * noMass;
        tk[k] = fk[a] as number;
        th[k++] = fh[a++] as number;
      } else {
        tw[k] = wb;
        tm[k] = (fm[b] as number) * yesMass;
        tk[k] = ((fk[b] as number) | flag) >>> 0;
        th[k++] = (fh[b++] as number) + count;
      }
    }
    for (; a < len; a++, k++) {
      tw[k] = fw[a] as number;
      tm[k] = (fm[a] as number) * noMass;
      tk[k] = fk[a] as number;
      th[k] = fh[a] as number;
    }
    for (; b < len; b++, k++) {
      tw[k] = (fw[b] as number) + weight;
      tm[k] = (fm[b] as number) * yesMass;
      tk[k] = ((fk[b] as number) | flag) >>> 0;
      th[k] = (fh[b] as number) + count;
    }
    [from, to] = [to, from];
    len *= 2;
  }
  const classes = items.reduce((t, it) => t + it.count, 0) + 1;
  return { items, length: size, ...from, classes };
}

/**
 * A half as the columns of a sweep: its subsets grouped by head count (ascending weight within a
 * group), with suffix sums of their mass so that any run's mass is one subtraction.
 */
export interface Columns {
  readonly items: readonly Item[];
  readonly classes: number;
  /** Head count c occupies [start[c], start[c + 1]). */
  readonly start: Int32Array;
  readonly weights: Float64Array;
  /** suffix[k] = mass of entries k..end. */
  readonly suffix: Float64Array;
}

/** `slot` names its scratch space, as for enumerateHalf. */
export function columnsOf(h: Half, slot = 'columns'): Columns {
  const start = new Int32Array(h.classes + 1);
  for (let k = 0; k < h.length; k++) {
    const c = (h.heads[k] as number) + 1;
    start[c] = (start[c] as number) + 1;
  }
  for (let c = 0; c < h.classes; c++)
    start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  // A stable counting sort by head count keeps each group in ascending weight.
  const next = start.slice(0, h.classes);
  const weights = scratchOf(`${slot}.weights`, (k) => new Float64Array(k), h.length);
  const suffix = scratchOf(`${slot}.suffix`, (k) => new Float64Array(k), h.length + 1);
  for (let k = 0; k < h.length; k++) {
    const c = h.heads[k] as number;
    const at = next[c] as number;
    next[c] = at + 1;
    weights[at] = h.weights[k] as number;
    suffix[at] = h.mass[k] as number; // the mass, summed from the end below
  }
  suffix[h.length] = 0;
  for (let k = h.length - 1; k >= 0; k--)
    suffix[k] = (suffix[k + 1] as number) + (suffix[k] as number);
  return { items: h.items, classes: h.classes, start, weights, suffix };
}

/**
 * What a sweep credits to each item of the rows' half, by head count (credits[j * sizes + s]):
 * - 'members': the mass of qualifying coalitions in which item j says yes;
 * - 'derivatives': the derivative of the qualifying mass in item j's p, given each row's
 *   derivatives (rowDerivatives[r * bits + j]; see entryDerivatives).
 */
export type Credit =
  | { readonly kind: 'members'; readonly credits: Float64Array }
  | {
      readonly kind: 'derivatives';
      readonly credits: Float64Array;
      readonly rowDerivatives: Float64Array;
    };

/**
 * The kernel. Adds to bySize[s] the mass of every coalition (x from `cols`, y from `rows`) of
 * s heads weighing at least `threshold`, and to the rows' items their credits. For each head
 * count of the columns, rows are read in descending weight while a pointer walks that group
 * upwards to the lightest x still heavy enough: classes(cols) x |rows| steps, plus one step per
 * credited item.
 */
export function sweep(
  cols: Columns,
  rows: Half,
  threshold: number,
  bySize: Float64Array,
  credit: Credit | null = null,
): void {
  const sizes = bySize.length;
  const bits = rows.items.length;
  const wA = cols.weights;
  const suf = cols.suffix;
  const wB = rows.weights;
  const mB = rows.mass;
  const hB = rows.heads;
  const masks = rows.masks;
  for (let ca = 0; ca < cols.classes; ca++) {
    const a0 = cols.start[ca] as number;
    const a1 = cols.start[ca + 1] as number;
    if (a0 === a1) continue;
    const endMass = suf[a1] as number;
    let p = a0;
    for (let r = rows.length - 1; r >= 0; r--) {
      // y grows lighter, so x must grow heavier: the pointer only moves right.
      const need = threshold - (wB[r] as number);
      while (p < a1 && (wA[p] as number) < need) p++;
      if (p === a1) break; // nothing left in this group is heavy enough
      const pairs = (suf[p] as number) - endMass;
      const s = ca + (hB[r] as number);
      const m = pairs * (mB[r] as number);
      bySize[s] = (bySize[s] as number) + m;
      if (credit === null) continue;
      const out = credit.credits;
      if (credit.kind === 'members') {
        for (let mask = masks[r] as number; mask !== 0; mask &= mask - 1) {
          const at = (31 - Math.clz32(mask & -mask)) * sizes + s;
          out[at] = (out[at] as number) + m;
        }
      } else {
        const d = credit.rowDerivatives;
        const row = r * bits;
        for (let j = 0; j < bits; j++) {
          const at = j * sizes + s;
          out[at] = (out[at] as number) + pairs * (d[row + j] as number);
        }
      }
    }
  }
}

/** Splits items in two halves, the first (the columns when only masses are wanted) the larger. */
export function splitHalves<T>(items: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

/** Coalition counts by head count: in all, and holding each item. */
export interface CountsBySize {
  readonly total: Float64Array;
  /** holding[j][s]: coalitions of s heads holding item j. */
  readonly holding: readonly Float64Array[];
}

/**
 * Counts the coalitions of members (unit items) weighing at least T, by head count, in all and
 * holding each member: two sweeps over even halves, each half once the rows (whose members it
 * credits). Measured against one sweep in which the larger half credits its members from a table
 * of per-member suffix counts (2^18 x 18 for 32 members): that is faster warm (32 ms against 39)
 * but slower cold (200-300 ms against 150-200: one more loop to compile) and needs hundreds of
 * megabytes at 40 members.
 * Exact while 2^n fits a double (n <= 53; meet-in-the-middle is chosen far below that).
 */
export function countsAtLeast(weights: readonly number[], threshold: number): CountsBySize {
  const items: Item[] = weights.map((weight) => ({ count: 1, weight, yesMass: 1, noMass: 1 }));
  const [itemsA, itemsB] = splitHalves(items);
  const a = enumerateHalf(itemsA, 'countA');
  const b = enumerateHalf(itemsB, 'countB');
  const sizes = weights.length + 1;
  const total = new Float64Array(sizes);
  const creditsB = new Float64Array(itemsB.length * sizes);
  sweep(columnsOf(a, 'countColsA'), b, threshold, total, { kind: 'members', credits: creditsB });
  const again = new Float64Array(sizes);
  const creditsA = new Float64Array(itemsA.length * sizes);
  sweep(columnsOf(b, 'countColsB'), a, threshold, again, { kind: 'members', credits: creditsA });
  const rowsOf = (credits: Float64Array, bits: number) =>
    Array.from({ length: bits }, (_, j) => credits.slice(j * sizes, (j + 1) * sizes));
  return {
    total,
    holding: [...rowsOf(creditsA, itemsA.length), ...rowsOf(creditsB, itemsB.length)],
  };
}

/** Mass of the items' coalitions weighing at least T, by head count. */
export function massAtLeast(items: readonly Item[], threshold: number): Float64Array {
  const [itemsA, itemsB] = splitHalves(items);
  const bySize = new Float64Array(items.reduce((t, it) => t + it.count, 0) + 1);
  sweep(
    columnsOf(enumerateHalf(itemsA, 'massA')),
    enumerateHalf(itemsB, 'massB'),
    threshold,
    bySize,
  );
  return bySize;
}

/**
 * Each subset's mass with item j's factor replaced by +1 if j says yes, -1 if no: the
 * derivative of the subset's mass in p_j. Row k, column j; prefix and suffix products over the
 * items, so no division (a p of 0 or 1 is fine).
 */
export function entryDerivatives(h: Half): Float64Array {
  const bits = h.items.length;
  const out = new Float64Array(h.length * bits);
  const pre = new Float64Array(bits + 1);
  for (let k = 0; k < h.length; k++) {
    const mask = h.masks[k] as number;
    pre[0] = 1;
    for (let i = 0; i < bits; i++) {
      const it = h.items[i] as Item;
      pre[i + 1] = (pre[i] as number) * ((mask >>> i) & 1 ? it.yesMass : it.noMass);
    }
    let suf = 1;
    for (let i = bits - 1; i >= 0; i--) {
      const it = h.items[i] as Item;
      out[k * bits + i] = ((mask >>> i) & 1 ? suf : -suf) * (pre[i] as number);
      suf *= (mask >>> i) & 1 ? it.yesMass : it.noMass;
    }
  }
  return out;
}

/**
 * Mass of the items' coalitions weighing at least T by head count, and its derivative in each
 * item's p by head count (derivatives[j * sizes + s]): two sweeps, as countsAtLeast.
 */
export function massAndDerivativesAtLeast(
  items: readonly Item[],
  threshold: number,
): { bySize: Float64Array; derivatives: Float64Array } {
  const [itemsA, itemsB] = splitHalves(items);
  const a = enumerateHalf(itemsA, 'derivA');
  const b = enumerateHalf(itemsB, 'derivB');
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const bySize = new Float64Array(sizes);
  const dB = new Float64Array(itemsB.length * sizes);
  sweep(columnsOf(a, 'derivColsA'), b, threshold, bySize, {
    kind: 'derivatives',
    credits: dB,
    rowDerivatives: entryDerivatives(b),
  });
  const dA = new Float64Array(itemsA.length * sizes);
  sweep(columnsOf(b, 'derivColsB'), a, threshold, new Float64Array(sizes), {
    kind: 'derivatives',
    credits: dA,
    rowDerivatives: entryDerivatives(a),
  });
  const derivatives = new Float64Array(items.length * sizes);
  derivatives.set(dA, 0);
  derivatives.set(dB, itemsA.length * sizes);
  return { bySize, derivatives };
}
