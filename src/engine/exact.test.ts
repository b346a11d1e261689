import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialRow, countJson, fromResidues, MODULI, moduliFor, ratio, reduce } from './exact';

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

describe('exact arithmetic', () => {
  it('the moduli are pairwise coprime and leave headroom for ten doublings', () => {
    MODULI.forEach((a, i) =>
      MODULI.forEach((b, k) => {
        if (i < k) expect(gcd(BigInt(a), BigInt(b))).toBe(1n);
      }),
    );
    expect(Math.max(...MODULI) * 2 ** 10).toBeLessThan(2 ** 53);
    expect(moduliFor(2n ** 250n)).toHaveLength(6);
  });

  it('rebuilds integers from their residues', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 2n ** 300n }), { minLength: 1 }), (xs) => {
        const moduli = moduliFor(2n ** 300n);
        const residues = moduli.map((m) => Float64Array.from(xs, (x) => Number(x % BigInt(m))));
        expect(fromResidues(moduli, residues)).toEqual(xs);
      }),
    );
  });

  it('reduces any double below 2^53 exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MODULI.length - 1 }),
        fc.bigInt({ min: -(2n ** 52n), max: 2n ** 53n - 1n }),
        (k, x) => {
          const m = MODULI[k]!;
          const big = BigInt(m);
          expect(reduce(Number(x), m)).toBe(Number(((x % big) + big) % big));
        },
      ),
    );
  });

  it('rounds a ratio of big integers once, to the nearest double', () => {
    // Number(bigint) rounds to nearest, ties to even: ratio must agree for any integer over 1.
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 2n ** 400n }), (x) => {
        expect(ratio(x, 1n)).toBe(Number(x));
      }),
    );
    // Scaling both sides by a power of two changes nothing: the big path meets IEEE division.
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 2n ** 53n }),
        fc.bigInt({ min: 1n, max: 2n ** 53n }),
        fc.integer({ min: 1, max: 300 }),
        (a, b, k) => {
          expect(ratio(a << BigInt(k), b << BigInt(k))).toBe(Number(a) / Number(b));
        },
      ),
    );
    // Halfway cases go to the even neighbour.
    expect(ratio(2n ** 53n + 1n, 1n)).toBe(2 ** 53);
    expect(ratio(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(ratio(1n, 3n * 2n ** 200n)).toBe(1 / 3 / 2 ** 200);
  });

  it('counts are JSON numbers up to 2^53 and decimal strings beyond', () => {
    expect(countJson(848n)).toBe(848);
    expect(countJson(2n ** 53n - 1n)).toBe(2 ** 53 - 1);
    expect(countJson(2n ** 53n)).toBe('9007199254740992');
    expect(binomialRow(4)).toEqual([1n, 4n, 6n, 4n, 1n]);
  });
});
