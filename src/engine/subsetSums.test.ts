import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsAtLeast,
  creditsOf,
  enumerateHalf,
  layOutHalf,
  massAndDerivativesAtLeast,
  massAtLeast,
  massOf,
  sweep,
  tallyOf,
  type Item,
} from './subsetSums';

/** Random items: blocs of 1 to 3 heads, weights from 0, masses p and 1 - p. */
const arbItems = fc.array(
  fc.record({
    count: fc.integer({ min: 1, max: 3 }),
    weight: fc.integer({ min: 0, max: 40 }),
    p: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  { minLength: 1, maxLength: 10 },
);

/** Every coalition listed: by head count, its mass if it weighs at least T, per item too. */
function enumerate(items: readonly Item[], threshold: number) {
  const sizes = items.reduce((t, it) => t + it.count, 0) + 1;
  const bySize = new Float64Array(sizes);
  const members = items.map(() => new Float64Array(sizes));
  const derivatives = items.map(() => new Float64Array(sizes));
  for (let mask = 0; mask < 2 ** items.length; mask++) {
    let weight = 0;
    let heads = 0;
    let mass = 1;
    items.forEach((it, j) => {
      const yes = (mask >> j) & 1;
      weight += yes ? it.weight : 0;
      heads += yes ? it.count : 0;
      mass *= yes ? it.yesMass : it.noMass;
    });
    if (weight < threshold) continue;
    bySize[heads]! += mass;
    items.forEach((it, j) => {
      const yes = (mask >> j) & 1;
      if (yes) members[j]![heads]! += mass;
      // The mass's derivative in p_j: the other factors, with a sign for j's branch.
      const rest = items.reduce(
        (m, other, k) => (k === j ? m : m * ((mask >> k) & 1 ? other.yesMass : other.noMass)),
        1,
      );
      derivatives[j]![heads]! += yes ? rest : -rest;
    });
  }
  return { bySize, members, derivatives };
}

const closeTo = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).forEach((x, i) => expect(x).toBeCloseTo(b[i] as number, 12));

describe('the meet-in-the-middle kernel (sweep)', () => {
  it('lists a half in ascending weight with its masses, members and heads', () => {
    fc.assert(
      fc.property(arbItems, (raw) => {
        const items = raw.map(({ count, weight, p }) => ({
          count,
          weight,
          yesMass: p,
          noMass: 1 - p,
        }));
        const h = enumerateHalf(items, 'test');
        expect(h.length).toBe(2 ** items.length);
        for (let k = 1; k < h.length; k++)
          expect(h.weights[k]!).toBeGreaterThanOrEqual(h.weights[k - 1]!);
        const masks = Array.from(h.masks).sort((x, y) => x - y);
        expect(masks).toEqual(Array.from({ length: h.length }, (_, k) => k)); // each subset once
      }),
    );
  });

  it('credits masses, members and derivatives as enumeration does, whichever half is the rows', () => {
    fc.assert(
      fc.property(arbItems, fc.integer({ min: -5, max: 150 }), (raw, threshold) => {
        const items = raw.map(({ count, weight, p }) => ({
          count,
          weight,
          yesMass: p,
          noMass: 1 - p,
        }));
        const expected = enumerate(items, threshold);
        const sizes = expected.bySize.length;
        // Halves in the items' order (splitHalves sorts them by weight).
        const mid = Math.ceil(items.length / 2);
        const [itemsA, itemsB] = [items.slice(0, mid), items.slice(mid)];
        const a = layOutHalf(enumerateHalf(itemsA, 'testA'), sizes, 'testLayoutA');
        const b = layOutHalf(enumerateHalf(itemsB, 'testB'), sizes, 'testLayoutB');
        // B as the rows: credits go to B's items, through its two groups (and their cofactors).
        const tallyB = tallyOf(b.rows, 'testTallyB');
        sweep(a.cols, b.rows, threshold, tallyB);
        closeTo(massOf(b.rows, tallyB), expected.bySize);
        const members = creditsOf(b.rows, tallyB, 'members');
        const derivativesB = creditsOf(b.rows, tallyB, 'derivatives');
        itemsB.forEach((_, j) => {
          const at = (k: Float64Array) => k.subarray(j * sizes, (j + 1) * sizes);
          closeTo(at(members), expected.members[itemsA.length + j]!);
          closeTo(at(derivativesB), expected.derivatives[itemsA.length + j]!);
        });
        // A as the rows.
        const tallyA = tallyOf(a.rows, 'testTallyA');
        sweep(b.cols, a.rows, threshold, tallyA);
        closeTo(massOf(a.rows, tallyA), expected.bySize);
        const derivativesA = creditsOf(a.rows, tallyA, 'derivatives');
        itemsA.forEach((_, j) =>
          closeTo(derivativesA.subarray(j * sizes, (j + 1) * sizes), expected.derivatives[j]!),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('massAtLeast and massAndDerivativesAtLeast give what enumeration does', () => {
    fc.assert(
      fc.property(arbItems, fc.integer({ min: -5, max: 150 }), (raw, threshold) => {
        const items = raw.map(({ count, weight, p }) => ({
          count,
          weight,
          yesMass: p,
          noMass: 1 - p,
        }));
        const expected = enumerate(items, threshold);
        const sizes = expected.bySize.length;
        closeTo(massAtLeast(items, threshold), expected.bySize);
        const both = massAndDerivativesAtLeast(items, threshold);
        closeTo(both.bySize, expected.bySize);
        items.forEach((_, j) =>
          closeTo(both.derivatives.subarray(j * sizes, (j + 1) * sizes), expected.derivatives[j]!),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('countsAtLeast counts exactly as enumeration does (weights of 0, one member at the threshold)', () => {
    // Up to 20 members: halves of more than 8, so rows credited in several groups.
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 })), {
          minLength: 1,
          maxLength: 19,
          size: 'max',
        }),
        fc.integer({ min: -5, max: 10000 }),
        fc.boolean(),
        (weights, threshold, heavy) => {
          // heavy: one member reaches the threshold alone, exactly.
          const ws = heavy ? [...weights, Math.max(0, threshold)] : weights;
          const expected = countByEnumeration(ws, threshold);
          const counts = countsAtLeast(ws, threshold);
          expect(Array.from(counts.total)).toEqual(expected.total);
          ws.forEach((_, j) => expect(Array.from(counts.holding[j]!)).toEqual(expected.holding[j]));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** Every coalition of members listed, by head count: those weighing at least T, in all and holding each member. */
function countByEnumeration(weights: readonly number[], threshold: number) {
  const n = weights.length;
  const total = new Array<number>(n + 1).fill(0);
  const holding = weights.map(() => new Array<number>(n + 1).fill(0));
  const weightOf = new Float64Array(2 ** n);
  for (let mask = 1; mask < 2 ** n; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    weightOf[mask] = weightOf[mask & (mask - 1)]! + weights[low]!;
  }
  for (let mask = 0; mask < 2 ** n; mask++) {
    if (weightOf[mask]! < threshold) continue;
    let heads = 0;
    for (let rest = mask; rest !== 0; rest &= rest - 1) heads++;
    total[heads]!++;
    for (let rest = mask; rest !== 0; rest &= rest - 1)
      holding[31 - Math.clz32(rest & -rest)]![heads]!++;
  }
  return { total, holding };
}
