import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsAtLeast,
  listHalf,
  massAndCreditsAtLeast,
  massAndDerivativesAtLeast,
  massAtLeast,
  type Item,
} from './subsetSums';
import { provideWebAssemblyKernel } from './webAssembly';

provideWebAssemblyKernel();

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

// Both builds of the kernel (kernel.ts): WebAssembly, and TypeScript where it may not be compiled.
describe.each(['webassembly', 'javascript'] as const)(
  'the meet-in-the-middle kernel (%s)',
  (backend) => {
    it('lists a half in ascending weight, each subset once', () => {
      fc.assert(
        fc.property(arbItems, (raw) => {
          const items = raw.map(({ count, weight, p }) => ({
            count,
            weight,
            yesMass: p,
            noMass: 1 - p,
          }));
          const h = listHalf(items, backend);
          expect(h.weights.length).toBe(2 ** items.length);
          for (let k = 1; k < h.weights.length; k++)
            expect(h.weights[k]!).toBeGreaterThanOrEqual(h.weights[k - 1]!);
          h.masks.forEach((mask, k) => {
            const weight = items.reduce((t, it, j) => t + ((mask >> j) & 1 ? it.weight : 0), 0);
            expect(h.weights[k]).toBe(weight);
          });
          const masks = Array.from(h.masks).sort((x, y) => x - y);
          expect(masks).toEqual(Array.from({ length: h.weights.length }, (_, k) => k));
        }),
      );
    });

    it('credits masses, members and derivatives as enumeration does (each half once the rows)', () => {
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
          const members = massAndCreditsAtLeast(items, threshold, 'members', backend);
          const derivatives = massAndCreditsAtLeast(items, threshold, 'derivatives', backend);
          closeTo(members.bySize, expected.bySize);
          closeTo(derivatives.bySize, expected.bySize);
          items.forEach((_, j) => {
            const at = (k: Float64Array) => k.subarray(j * sizes, (j + 1) * sizes);
            closeTo(at(members.credits), expected.members[j]!);
            closeTo(at(derivatives.credits), expected.derivatives[j]!);
          });
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
          closeTo(massAtLeast(items, threshold, backend), expected.bySize);
          const both = massAndDerivativesAtLeast(items, threshold, backend);
          closeTo(both.bySize, expected.bySize);
          items.forEach((_, j) =>
            closeTo(
              both.derivatives.subarray(j * sizes, (j + 1) * sizes),
              expected.derivatives[j]!,
            ),
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
            const counts = countsAtLeast(ws, threshold, backend);
            expect(Array.from(counts.total)).toEqual(expected.total);
            ws.forEach((_, j) =>
              expect(Array.from(counts.holding[j]!)).toEqual(expected.holding[j]),
            );
          },
        ),
        { numRuns: 40 },
      );
    });

    it('reuses its memory: a large computation, a small one and the large one again agree', () => {
      const large = Array.from({ length: 24 }, (_, i) => 1 + ((i * 7919) % 1000));
      const first = countsAtLeast(large, 6000, backend);
      const small = countsAtLeast([5, 3, 2], 6, backend);
      expect(Array.from(small.total)).toEqual([0, 0, 2, 1]); // {5, 3}, {5, 2}; {5, 3, 2}
      const again = countsAtLeast(large, 6000, backend);
      expect(again.total).toEqual(first.total);
      expect(again.holding).toEqual(first.holding);
      const items = large.map((weight, i) => ({
        count: 1 + (i % 2),
        weight,
        yesMass: 0.3,
        noMass: 0.7,
      }));
      const mass = massAtLeast(items, 6000, backend);
      expect(massAtLeast(items.slice(0, 3), 1000, backend)).toHaveLength(5);
      expect(massAtLeast(items, 6000, backend)).toEqual(mass);
    });
  },
);

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
