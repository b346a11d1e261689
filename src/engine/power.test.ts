import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForcePower } from './bruteForce';
import { powerIndices } from './power';
import { weightedGame } from './testing';
import type { Game } from './rules';

const close = (actual: readonly number[], expected: readonly number[]) => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(a).toBeCloseTo(expected[i] as number, 12));
};

describe('power indices against published values', () => {
  it('[4; 3,2,1] gives Shapley-Shubik 2/3, 1/6, 1/6', () => {
    const r = powerIndices(weightedGame(4, [3, 2, 1]));
    close(
      r.members.map((m) => m.shapleyShubik),
      [2 / 3, 1 / 6, 1 / 6],
    );
  });

  it('[6; 4,3,2,1] gives normalized Banzhaf 5/12, 1/4, 1/4, 1/12', () => {
    const r = powerIndices(weightedGame(6, [4, 3, 2, 1]));
    close(
      r.members.map((m) => m.banzhaf),
      [5 / 12, 1 / 4, 1 / 4, 1 / 12],
    );
  });

  it('the 1958 EEC Council [12; 4,4,4,2,2,1] leaves Luxembourg powerless', () => {
    const r = powerIndices(weightedGame(12, [4, 4, 4, 2, 2, 1]));
    close(
      r.members.map((m) => m.banzhaf),
      [5 / 21, 5 / 21, 5 / 21, 1 / 7, 1 / 7, 0],
    );
    expect(r.members[5]?.swings).toBe(0);
    expect(r.members[5]?.shapleyShubik).toBe(0);
  });

  it('the UN Security Council (9 of 15, five vetoes) gives 421/2145 and 4/2145', () => {
    const game: Game = {
      ...weightedGame(0, new Array(15).fill(0)),
      vetoes: [0, 1, 2, 3, 4],
      minCount: 9,
    };
    const r = powerIndices(game);
    close(
      r.members.map((m) => m.shapleyShubik),
      [...new Array(5).fill(421 / 2145), ...new Array(10).fill(4 / 2145)],
    );
    // 848 winning coalitions: all five permanent members and at least 4 of the 10 others.
    expect(r.winningCoalitions).toBe(848);
  });

  it('unanimity of 31 allies: every ally is a full veto player with 1/31', () => {
    const r = powerIndices({ ...weightedGame(0, new Array(31).fill(0)), minCount: 31 });
    r.members.forEach((m) => {
      expect(m.banzhaf).toBeCloseTo(1 / 31, 14);
      expect(m.shapleyShubik).toBeCloseTo(1 / 31, 14);
      expect(m.powerToPrevent).toBe(1);
    });
    expect(r.winningCoalitions).toBe(1);
  });
});

/** A random game: weights, a quota, optional vetoes, head count and blocking-minority clause. */
const arbGame = (maxN: number) =>
  fc
    .integer({ min: 1, max: maxN })
    .chain((n) =>
      fc.record({
        weights: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: n, maxLength: n }),
        quotaShare: fc.double({ min: 0, max: 1, noNaN: true }),
        vetoes: fc.subarray([...Array(n).keys()], { maxLength: Math.min(3, n) }),
        minCount: fc.integer({ min: 0, max: n }),
        waiver: fc.integer({ min: 0, max: 5 }),
      }),
    )
    .map(({ weights, quotaShare, vetoes, minCount, waiver }) => {
      const total = weights.reduce((a, b) => a + b, 0);
      return weightedGame(Math.ceil(quotaShare * total), weights, { vetoes, minCount, waiver });
    });

describe('power indices: properties', () => {
  it('agree with brute force on random games of up to 14 members', () => {
    fc.assert(
      fc.property(arbGame(14), (game) => {
        const fast = powerIndices(game);
        const slow = bruteForcePower(game);
        expect(fast.winningCoalitions).toBe(slow.winningCoalitions);
        fast.members.forEach((m, i) => {
          const s = slow.members[i]!;
          expect(m.swings).toBe(s.swings);
          expect(m.shapleyShubik).toBeCloseTo(s.shapleyShubik, 10);
          expect(m.banzhaf).toBeCloseTo(s.banzhaf, 12);
          expect(m.powerToPrevent).toBeCloseTo(s.powerToPrevent, 12);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('indices sum to one whenever some coalition wins and some member swings', () => {
    fc.assert(
      fc.property(arbGame(20), (game) => {
        const r = powerIndices(game);
        if (r.members.every((m) => m.swings === 0)) return;
        const sum = (f: (m: (typeof r.members)[number]) => number) =>
          r.members.reduce((t, m) => t + f(m), 0);
        expect(sum((m) => m.banzhaf)).toBeCloseTo(1, 10);
        expect(sum((m) => m.shapleyShubik)).toBeCloseTo(1, 10);
      }),
      { numRuns: 100 },
    );
  });

  it('equal weights give equal power', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 1, max: 9 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (n, w, share) => {
          const r = powerIndices(weightedGame(Math.ceil(share * n * w), new Array(n).fill(w)));
          const first = r.members[0]!;
          r.members.forEach((m) => {
            expect(m.banzhaf).toBeCloseTo(first.banzhaf, 12);
            expect(m.shapleyShubik).toBeCloseTo(first.shapleyShubik, 12);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('equal weights give equal power through the weighted path too', () => {
    // Members of equal weight among others of different weights: the game is not symmetric, so
    // the meet-in-the-middle path runs, and members of the same weight must still tie.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 4 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.subarray([0, 1, 2]),
        (others, w, copies, share, vetoes) => {
          const weights = [...others, ...new Array<number>(copies).fill(w), w + 1];
          expect(new Set(weights).size).toBeGreaterThan(1); // not the symmetric path
          const total = weights.reduce((a, b) => a + b, 0);
          // Vetoes among the others only: the equal members stay free.
          const game = weightedGame(Math.max(1, Math.ceil(share * total)), weights, {
            vetoes: vetoes.filter((v) => v < others.length),
          });
          const r = powerIndices(game);
          const twins = r.members.slice(others.length, others.length + copies);
          const first = twins[0]!;
          twins.forEach((m) => {
            expect(m.swings).toBe(first.swings);
            expect(m.banzhaf).toBeCloseTo(first.banzhaf, 12);
            expect(m.shapleyShubik).toBeCloseTo(first.shapleyShubik, 12);
          });
          // Others of the same weight tie as well.
          others.forEach((x, i) =>
            others.forEach((y, k) => {
              if (x === y && game.vetoes.includes(i) === game.vetoes.includes(k))
                expect(r.members[i]!.swings).toBe(r.members[k]!.swings);
            }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a member of weight zero in a weighted game is a dummy with zero power', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 16 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const r = powerIndices(
            weightedGame(Math.max(1, Math.ceil(share * total)), [...weights, 0]),
          );
          const dummy = r.members[weights.length]!;
          expect(dummy.swings).toBe(0);
          expect(dummy.banzhaf).toBe(0);
          expect(dummy.shapleyShubik).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('power indices: head-count rules (the symmetric path)', () => {
  it('agree with brute force for random counts, vetoes and blocking minorities', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            w: fc.integer({ min: 0, max: 3 }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
            vetoes: fc.subarray([...Array(n).keys()], { maxLength: Math.min(4, n) }),
            minCount: fc.integer({ min: 0, max: n }),
            waiver: fc.integer({ min: 0, max: 4 }),
          }),
        ),
        ({ n, w, share, vetoes, minCount, waiver }) => {
          const game = weightedGame(Math.ceil(share * n * w), new Array(n).fill(w), {
            vetoes,
            minCount,
            waiver,
          });
          const fast = powerIndices(game);
          const slow = bruteForcePower(game);
          expect(fast.winningCoalitions).toBe(slow.winningCoalitions);
          fast.members.forEach((m, i) => {
            expect(m.swings).toBe(slow.members[i]!.swings);
            expect(m.shapleyShubik).toBeCloseTo(slow.members[i]!.shapleyShubik, 10);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
