import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  entryDerivatives,
  enumerateHalf,
  splitHalves,
  sweep,
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
        const [itemsA, itemsB] = splitHalves(items);
        const a = enumerateHalf(itemsA, 'testA');
        const b = enumerateHalf(itemsB, 'testB');
        // B as the rows: credits go to B's items.
        const bySize = new Float64Array(sizes);
        const members = new Float64Array(itemsB.length * sizes);
        sweep(columnsOf(a, 'testColsA'), b, threshold, bySize, {
          kind: 'members',
          credits: members,
        });
        closeTo(bySize, expected.bySize);
        itemsB.forEach((_, j) =>
          closeTo(
            members.subarray(j * sizes, (j + 1) * sizes),
            expected.members[itemsA.length + j]!,
          ),
        );
        // A as the rows, with derivatives: credits go to A's items.
        const again = new Float64Array(sizes);
        const derivatives = new Float64Array(itemsA.length * sizes);
        sweep(columnsOf(b, 'testColsB'), a, threshold, again, {
          kind: 'derivatives',
          credits: derivatives,
          rowDerivatives: entryDerivatives(a),
        });
        closeTo(again, expected.bySize);
        itemsA.forEach((_, j) =>
          closeTo(derivatives.subarray(j * sizes, (j + 1) * sizes), expected.derivatives[j]!),
        );
      }),
      { numRuns: 200 },
    );
  });
});
