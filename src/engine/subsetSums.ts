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
 * The rows of a sweep: a half's subsets, each with where its pairs are tallied. A sweep credits
 * the rows' items through groups of a few items (8 by default), never item by item: a subset is,
 * in each group, one pattern v of the group's items (a byte of its mask), and its pairs are added
 * once per group, to the tally of (group, v, head count), times the mass of its items outside
 * the group (its cofactor). Crediting an item is then a sum over the 256 patterns of its group
 * (creditsOf). With 16 items that is 2 additions per row instead of one per item saying yes
 * (8 on average): the sweep's cost no longer grows with the items credited.
 * Uncredited rows (only the masses are wanted) form one group with no items: their tally is
 * the mass by head count.
 */
export interface Rows {
  readonly half: Half;
  /** Head counts 0..sizes - 1 of whole coalitions (both halves). */
  readonly sizes: number;
  /** Items per group (the last group may hold fewer); 0 when uncredited. */
  readonly bits: number;
  readonly groups: number;
  /** index[r * groups + g]: row r's tally cell for group g, at a column head count of 0. */
  readonly index: Int32Array;
  /** cofactor[r * groups + g]: the mass of row r's items outside group g. */
  readonly cofactor: Float64Array;
  /** groupMass[(g << bits) + v]: the mass of group g's items in pattern v. */
  readonly groupMass: Float64Array;
}

/** A group's tally is 256 patterns x head counts: small enough to stay in the cache. */
const GROUP_BITS = 8;

/** The items of group g. */
const groupItems = (rows: Rows, g: number) =>
  rows.half.items.slice(g * rows.bits, (g + 1) * rows.bits);

/**
 * A half as the rows of a sweep over coalitions of up to sizes - 1 heads, its items credited in
 * groups of `bits` (0: uncredited). `slot` names its scratch space, as for enumerateHalf.
 */
export function rowsOf(h: Half, sizes: number, bits = GROUP_BITS, slot = 'rows'): Rows {
  const groups = bits > 0 ? Math.max(1, Math.ceil(h.items.length / bits)) : 1;
  const patterns = 1 << bits;
  const index = scratchOf(`${slot}.index`, (k) => new Int32Array(k), h.length * groups);
  const cofactor = scratchOf(`${slot}.cofactor`, (k) => new Float64Array(k), h.length * groups);
  const groupMass = new Float64Array(groups * patterns);
  const rows: Rows = { half: h, sizes, bits, groups, index, cofactor, groupMass };
  if (bits === 0) {
    groupMass[0] = 1;
    index.set(h.heads);
    cofactor.set(h.mass);
    return rows;
  }
  for (let g = 0; g < groups; g++) {
    // Pattern masses item by item: the patterns without the item, then with it.
    const at = g * patterns;
    groupMass[at] = 1;
    groupItems(rows, g).forEach(({ yesMass, noMass }, i) => {
      for (let v = 0; v < 1 << i; v++) {
        const m = groupMass[at + v] as number;
        groupMass[at + v] = m * noMass;
        groupMass[at + (v | (1 << i))] = m * yesMass;
      }
    });
  }
  const mask0 = patterns - 1;
  for (let r = 0; r < h.length; r++) {
    const mask = h.masks[r] as number;
    const heads = h.heads[r] as number;
    for (let g = 0; g < groups; g++) {
      index[r * groups + g] = ((g << bits) + ((mask >>> (g * bits)) & mask0)) * sizes + heads;
      let c = 1;
      for (let o = 0; o < groups; o++)
        if (o !== g) c *= groupMass[(o << bits) + ((mask >>> (o * bits)) & mask0)] as number;
      cofactor[r * groups + g] = c;
    }
  }
  return rows;
}

/** A zeroed tally for a sweep over these rows, in the scratch slot `slot`. */
export function tallyOf(rows: Rows, slot = 'tally'): Float64Array {
  const cells = (rows.groups << rows.bits) * rows.sizes;
  return scratchOf(slot, (k) => new Float64Array(k), cells).fill(0);
}

/**
 * The kernel. For every pair (x from `cols`, y from `rows`) weighing at least `threshold`, adds
 * its mass over y's cofactor to y's tally cells at the pair's head count. For each head count of
 * the columns, rows are read in descending weight while a pointer walks that group upwards to
 * the lightest x still heavy enough: classes(cols) x |rows| steps of one addition per group.
 */
export function sweep(cols: Columns, rows: Rows, threshold: number, tally: Float64Array): void {
  const groups = rows.groups;
  const wA = cols.weights;
  const suf = cols.suffix;
  const wB = rows.half.weights;
  const { index, cofactor } = rows;
  for (let ca = 0; ca < cols.classes; ca++) {
    const a0 = cols.start[ca] as number;
    const a1 = cols.start[ca + 1] as number;
    if (a0 === a1) continue;
    const endMass = suf[a1] as number;
    let p = a0;
    for (let r = rows.half.length - 1; r >= 0; r--) {
      // y grows lighter, so x must grow heavier: the pointer only moves right.
      const need = threshold - (wB[r] as number);
      while (p < a1 && (wA[p] as number) < need) p++;
      if (p === a1) break; // nothing left in this group is heavy enough
      const pairs = (suf[p] as number) - endMass;
      for (let k = r * groups, end = k + groups; k < end; k++) {
        const at = (index[k] as number) + ca;
        tally[at] = (tally[at] as number) + pairs * (cofactor[k] as number);
      }
    }
  }
}

/** The mass of the swept coalitions by head count, from the first group's tally. */
export function massOf(rows: Rows, tally: Float64Array): Float64Array {
  const { sizes } = rows;
  const bySize = new Float64Array(sizes);
  for (let v = 0; v < 1 << rows.bits; v++) {
    const m = rows.groupMass[v] as number;
    if (m === 0) continue;
    for (let s = 0; s < sizes; s++)
      bySize[s] = (bySize[s] as number) + m * (tally[v * sizes + s] as number);
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
  const { sizes, bits } = rows;
  if (bits === 0) throw new Error('these rows were swept without credits');
  const out = new Float64Array(rows.half.items.length * sizes);
  for (let g = 0; g < rows.groups; g++) {
    const members = groupItems(rows, g);
    members.forEach((_, i) => {
      const j = g * bits + i;
      for (let v = 0; v < 1 << members.length; v++) {
        const yes = (v >>> i) & 1;
        if (kind === 'members' && !yes) continue;
        let m = 1;
        members.forEach((it, o) => {
          const says = (v >>> o) & 1;
          m *= o !== i || kind === 'members' ? (says ? it.yesMass : it.noMass) : says ? 1 : -1;
        });
        if (m === 0) continue;
        const cell = ((g << bits) + v) * sizes;
        for (let s = 0; s < sizes; s++)
          out[j * sizes + s] = (out[j * sizes + s] as number) + m * (tally[cell + s] as number);
      }
    });
  }
  return out;
}

/** Splits items in two halves, the first (the columns when only masses are wanted) the larger. */
export function splitHalves<T>(items: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
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
  const [itemsA, itemsB] = splitHalves(items);
  const a = enumerateHalf(itemsA, `${slot}A`);
  const b = enumerateHalf(itemsB, `${slot}B`);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const rowsB = rowsOf(b, sizes, GROUP_BITS, `${slot}RowsB`);
  const tallyB = tallyOf(rowsB, `${slot}TallyB`);
  sweep(columnsOf(a, `${slot}ColsA`), rowsB, threshold, tallyB);
  const rowsA = rowsOf(a, sizes, GROUP_BITS, `${slot}RowsA`);
  const tallyA = tallyOf(rowsA, `${slot}TallyA`);
  sweep(columnsOf(b, `${slot}ColsB`), rowsA, threshold, tallyA);
  const credits = new Float64Array(items.length * sizes);
  credits.set(creditsOf(rowsA, tallyA, kind), 0);
  credits.set(creditsOf(rowsB, tallyB, kind), itemsA.length * sizes);
  return { bySize: massOf(rowsB, tallyB), credits };
}

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
  const [itemsA, itemsB] = splitHalves(items);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const rows = rowsOf(enumerateHalf(itemsB, 'massB'), sizes, 0, 'massRows');
  const tally = tallyOf(rows, 'massTally');
  sweep(columnsOf(enumerateHalf(itemsA, 'massA')), rows, threshold, tally);
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
