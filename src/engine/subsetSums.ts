/**
 * Meet-in-the-middle over subsets: the counting kernel for few members with large weights (a
 * 32-ally table weighted by population). See README.md in this folder.
 *
 * 2^32 coalitions are too many to list, and populations in thousands sum to about a million, too
 * wide for a table over weights (generating.ts). Instead the items are split into two halves
 * whose subsets are listed once, sorted by weight; every coalition is a pair (x from one half,
 * y from the other), and "x + y weighs at least T" pairs the halves with one moving pointer.
 * One kernel serves power (coalition counts, and the coalitions holding each member) and the
 * odds (probability mass, and its derivative in each bloc's consent): masses are integers
 * (counts) or products of probabilities, weights integers below 2^53.
 *
 * The loops over a half's 2^16 subsets (listing, laying out, sweeping, crediting) are
 * WebAssembly (kernel.wat, kernel.ts): the first call in a worker is the one a user waits for,
 * and V8 runs JavaScript's first iterations in its interpreter until an optimised version is
 * compiled, which for loops run once per call was most of their time. This file plans the
 * kernel's memory, builds the small tables and turns the tallies into results. `backend` forces
 * the kernel's WebAssembly or TypeScript build (tests); by default WebAssembly where allowed.
 */
import { kernelOf, type Backend, type Kernel } from './kernel';

/** One item: a member (count 1) or a bloc that moves together (count = its members). */
export interface Item {
  readonly count: number;
  readonly weight: number;
  /** Mass of the branch where the item says yes / no: 1 and 1 for counting, p and 1 - p for odds. */
  readonly yesMass: number;
  readonly noMass: number;
}

/**
 * The kernel's memory for one computation: byte ranges handed out in order from 0, after the
 * memory has grown (once, and never shrinks) to hold them all. Views are made after growing:
 * growing detaches the old buffer. Nothing returned points into it.
 */
interface Space {
  readonly kernel: Kernel;
  take(bytes: number): number;
  floats(at: number, length: number): Float64Array;
  ints(at: number, length: number): Int32Array;
}

function spaceOf(bytes: number, backend?: Backend): Space {
  const k = kernelOf(backend);
  const have = k.memory.buffer.byteLength;
  if (bytes > have) k.memory.grow(Math.ceil((bytes - have) / 65536));
  const buffer = k.memory.buffer;
  let top = 0;
  return {
    kernel: k,
    take: (n) => {
      const at = top;
      top += Math.ceil(n / 8) * 8;
      if (top > buffer.byteLength) throw new Error('kernel memory overrun'); // a planning error
      return at;
    },
    floats: (at, length) => new Float64Array(buffer, at, length),
    ints: (at, length) => new Int32Array(buffer, at, length),
  };
}

/**
 * A half laid out in the kernel's memory (byte offsets), ready to be the columns of one sweep
 * and the rows of another.
 *
 * Its subsets in ascending weight (`weights`, `masks`). Its items fall in two groups, its first
 * `lowBits` items and the rest; in each group a subset is one pattern (that group's bits of its
 * mask), and tables by pattern give the group's head count and mass, the first group's
 * patterns first.
 *
 * As columns: its subsets grouped by head count (`start`, ascending weight within a group), with
 * the mass listed before each in its group (`colBefore`) and each group's mass (`groupMass`), so
 * that any run's mass is one subtraction.
 *
 * As rows, through its two groups, never item by item: a subset's pairs are added once per
 * group, to the tally of (group, pattern, head count), times the mass of its pattern in the
 * other group (its cofactor). Crediting an item is then a sum over its group's patterns: with
 * 16 items, 2 additions per row instead of one per item saying yes (8 on average).
 */
interface LaidOut {
  readonly items: readonly Item[];
  readonly length: number;
  readonly classes: number;
  readonly lowBits: number;
  readonly patterns: number;
  /** The pattern masses (mass.length === patterns), first group's then second's. */
  readonly patternMass: Float64Array;
  readonly weights: number;
  readonly masks: number;
  readonly start: number;
  readonly groupMass: number;
  readonly colWeights: number;
  readonly colBefore: number;
  readonly index: number;
  readonly cofactor: number;
  /** patterns x sizes cells: this half's tally as the rows. */
  readonly tally: number;
}

/** Bytes a half of n items takes (laid out, with its tally over `sizes` head counts). */
function halfBytes(n: number, sizes: number): number {
  const length = 2 ** n;
  const patterns = 2 ** Math.ceil(n / 2) + 2 ** Math.floor(n / 2);
  // weights and masks twice (merging), columns 16, rows 24 bytes a subset; tables; tally.
  return 64 * length + 12 * patterns + 24 * (n + 2) + 8 * patterns * sizes + 128;
}

/** Masses and head counts of a group's patterns: item by item, without it, then with it. */
function patternsOf(items: readonly Item[], mass: Float64Array, heads: Int32Array, at: number) {
  mass[at] = 1;
  heads[at] = 0;
  items.forEach(({ yesMass, noMass, count }, i) => {
    for (let v = 0; v < 1 << i; v++) {
      const m = mass[at + v] as number;
      mass[at + v] = m * noMass;
      mass[at + (v | (1 << i))] = m * yesMass;
      heads[at + (v | (1 << i))] = (heads[at + v] as number) + count;
    }
  });
}

/** Lists a half's subsets (at most 31 items) in ascending weight, then lays it out. */
function layOutHalf(space: Space, items: readonly Item[], sizes: number): LaidOut {
  if (items.length > 31) throw new RangeError('a half holds at most 31 items');
  const k = space.kernel;
  const length = 2 ** items.length;
  // Two buffers: each item merges the list so far with itself shifted by its weight.
  let fw = space.take(8 * length);
  let fk = space.take(4 * length);
  let tw = space.take(8 * length);
  let tk = space.take(4 * length);
  space.floats(fw, 1)[0] = 0;
  space.ints(fk, 1)[0] = 0;
  items.forEach(({ weight }, bit) => {
    k.merge(fw, fk, tw, tk, 2 ** bit, weight, 2 ** bit);
    [fw, tw, fk, tk] = [tw, fw, tk, fk];
  });
  const lowBits = Math.ceil(items.length / 2);
  const low = 2 ** lowBits;
  const patterns = low + 2 ** (items.length - lowBits);
  const heads = space.take(4 * patterns);
  const mass = space.take(8 * patterns);
  const patternMass = space.floats(mass, patterns);
  const patternHeads = space.ints(heads, patterns);
  patternsOf(items.slice(0, lowBits), patternMass, patternHeads, 0);
  patternsOf(items.slice(lowBits), patternMass, patternHeads, low);
  // Group sizes by head count, from the items alone: coefficients of prod (1 + x^count).
  const classes = items.reduce((t, it) => t + it.count, 0) + 1;
  const counts = new Float64Array(classes);
  counts[0] = 1;
  let top = 0;
  for (const { count } of items) {
    for (let c = top; c >= 0; c--)
      counts[c + count] = (counts[c + count] as number) + (counts[c] as number);
    top += count;
  }
  const start = space.take(4 * (classes + 1));
  const next = space.take(4 * classes);
  const starts = space.ints(start, classes + 1);
  starts[0] = 0;
  for (let c = 0; c < classes; c++) starts[c + 1] = (starts[c] as number) + (counts[c] as number);
  space.ints(next, classes).set(starts.subarray(0, classes));
  const groupMass = space.take(8 * classes);
  space.floats(groupMass, classes).fill(0);
  const half: LaidOut = {
    items,
    length,
    classes,
    lowBits,
    patterns,
    patternMass,
    weights: fw,
    masks: fk,
    start,
    groupMass,
    colWeights: space.take(8 * length),
    colBefore: space.take(8 * length),
    index: space.take(8 * length),
    cofactor: space.take(16 * length),
    tally: space.take(8 * patterns * sizes),
  };
  space.floats(half.tally, patterns * sizes).fill(0);
  k.layOut(
    fk,
    fw,
    length,
    lowBits,
    heads,
    mass,
    sizes,
    next,
    groupMass,
    half.colWeights,
    half.colBefore,
    half.index,
    half.cofactor,
  );
  return half;
}

/**
 * The kernel's sweep: every pair (x a column, y a row) weighing at least `threshold` adds its
 * mass over y's cofactor to the rows' tally. classes(cols) x |rows| steps of two additions.
 */
function sweep(space: Space, cols: LaidOut, rows: LaidOut, threshold: number): void {
  space.kernel.sweep(
    cols.colWeights,
    cols.colBefore,
    cols.start,
    cols.groupMass,
    cols.classes,
    rows.weights,
    rows.length,
    rows.index,
    rows.cofactor,
    threshold,
    rows.tally,
  );
}

/** What the rows' tally credits: the mass of the swept coalitions by head count. */
function massOf(space: Space, rows: LaidOut, sizes: number): Float64Array {
  // Over the first group's patterns, each weighed by its mass.
  const low = 2 ** rows.lowBits;
  const coef = space.take(8 * low);
  space.floats(coef, low).set(rows.patternMass.subarray(0, low));
  const out = space.take(8 * sizes);
  space.floats(out, sizes).fill(0);
  space.kernel.product(out, coef, rows.tally, 1, low, sizes);
  return space.floats(out, sizes).slice();
}

/**
 * What the rows' tally credits to each of their items by head count (out[j * sizes + s]):
 * - 'members': the mass of the swept coalitions in which item j says yes;
 * - 'derivatives': the derivative of the swept mass in item j's p (each coalition's mass with
 *   j's factor replaced by +1 if j says yes, -1 if no).
 * Either is, over the patterns of j's group, the pattern's mass with j's factor kept or
 * replaced, times the pattern's tally.
 */
function creditsOf(
  space: Space,
  rows: LaidOut,
  sizes: number,
  kind: 'members' | 'derivatives',
): Float64Array {
  const { items, lowBits, patternMass } = rows;
  const out = space.take(8 * items.length * sizes);
  space.floats(out, items.length * sizes).fill(0);
  const low = 2 ** lowBits;
  const groups = [
    { group: items.slice(0, lowBits), first: 0, at: 0 },
    { group: items.slice(lowBits), first: lowBits, at: low },
  ];
  for (const { group, first, at } of groups) {
    const patterns = 2 ** group.length;
    const coef = space.take(8 * group.length * patterns);
    const c = space.floats(coef, group.length * patterns);
    for (let i = 0; i < group.length; i++)
      for (let v = 0; v < patterns; v++) {
        const yes = (v >>> i) & 1;
        if (kind === 'members') c[i * patterns + v] = yes ? (patternMass[at + v] as number) : 0;
        else {
          // The pattern's mass with item i's factor replaced by +1 (yes) or -1 (no).
          let m = yes ? 1 : -1;
          group.forEach((other, o) => {
            if (o !== i) m *= (v >>> o) & 1 ? other.yesMass : other.noMass;
          });
          c[i * patterns + v] = m;
        }
      }
    space.kernel.product(
      out + 8 * first * sizes,
      coef,
      rows.tally + 8 * at * sizes,
      group.length,
      patterns,
      sizes,
    );
  }
  return space.floats(out, items.length * sizes).slice();
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
 * The space for both halves of these items (a the larger), their credits (an array of item x
 * head count, and coefficients of item x pattern for each group) and the mass by head count.
 */
function spaceFor(a: readonly Item[], b: readonly Item[], sizes: number, backend?: Backend): Space {
  const n = a.length + b.length;
  const results =
    8 * n * sizes +
    8 * n * 2 ** Math.ceil(a.length / 2) +
    8 * (2 ** Math.ceil(b.length / 2) + sizes);
  return spaceOf(halfBytes(a.length, sizes) + halfBytes(b.length, sizes) + results + 1024, backend);
}

/**
 * The mass of the items' coalitions weighing at least T by head count, and what each item is
 * credited (creditsOf): two sweeps, each half once the rows (whose items it credits).
 */
export function massAndCreditsAtLeast(
  items: readonly Item[],
  threshold: number,
  kind: 'members' | 'derivatives',
  backend?: Backend,
): { bySize: Float64Array; credits: Float64Array } {
  const { a: itemsA, b: itemsB, order } = splitHalves(items);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const space = spaceFor(itemsA, itemsB, sizes, backend);
  const a = layOutHalf(space, itemsA, sizes);
  const b = layOutHalf(space, itemsB, sizes);
  sweep(space, a, b, threshold);
  sweep(space, b, a, threshold);
  // Each half's credits, back in the items' order.
  const credits = new Float64Array(items.length * sizes);
  const inHalves = [creditsOf(space, a, sizes, kind), creditsOf(space, b, sizes, kind)];
  let k = 0;
  for (const part of inHalves)
    for (let j = 0; j < part.length / sizes; j++, k++)
      credits.set(part.subarray(j * sizes, (j + 1) * sizes), (order[k] as number) * sizes);
  return { bySize: massOf(space, b, sizes), credits };
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
export function countsAtLeast(
  weights: readonly number[],
  threshold: number,
  backend?: Backend,
): CountsBySize {
  const items: Item[] = weights.map((weight) => ({ count: 1, weight, yesMass: 1, noMass: 1 }));
  const { bySize, credits } = massAndCreditsAtLeast(items, threshold, 'members', backend);
  const sizes = bySize.length;
  return {
    total: bySize,
    holding: items.map((_, j) => credits.slice(j * sizes, (j + 1) * sizes)),
  };
}

/** Mass of the items' coalitions weighing at least T, by head count: one sweep. */
export function massAtLeast(
  items: readonly Item[],
  threshold: number,
  backend?: Backend,
): Float64Array {
  const { a: itemsA, b: itemsB } = splitHalves(items);
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const space = spaceFor(itemsA, itemsB, sizes, backend);
  const a = layOutHalf(space, itemsA, sizes);
  const b = layOutHalf(space, itemsB, sizes);
  sweep(space, a, b, threshold);
  return massOf(space, b, sizes);
}

/**
 * Mass of the items' coalitions weighing at least T by head count, and its derivative in each
 * item's p by head count (derivatives[j * sizes + s]).
 */
export function massAndDerivativesAtLeast(
  items: readonly Item[],
  threshold: number,
  backend?: Backend,
): { bySize: Float64Array; derivatives: Float64Array } {
  const { bySize, credits } = massAndCreditsAtLeast(items, threshold, 'derivatives', backend);
  return { bySize, derivatives: credits };
}

/** A half's subsets in ascending weight, with their masks (copies): for tests of the listing. */
export function listHalf(
  items: readonly Item[],
  backend?: Backend,
): { weights: Float64Array; masks: Uint32Array } {
  const space = spaceOf(halfBytes(items.length, 1) + 64, backend);
  const h = layOutHalf(space, items, 1);
  return {
    weights: space.floats(h.weights, h.length).slice(),
    masks: new Uint32Array(space.kernel.memory.buffer, h.masks, h.length).slice(),
  };
}
