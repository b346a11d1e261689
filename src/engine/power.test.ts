import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForcePower } from './bruteForce';
import { binomialRow, ratio } from './exact';
import { choosePowerAlgorithm, powerCosts, powerIndices, type PowerAlgorithm } from './power';
import { weightedGame } from './testing';
import type { Game } from './rules';

// Indices are correctly rounded, so a published fraction is matched exactly, not merely closely.
const exactly = (actual: readonly number[], expected: readonly number[]) =>
  expect(actual).toEqual(expected);
const close = exactly;

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
    // Felsenthal and Machover (1998): Shapley-Shubik 7/30 for the three large members, 3/20 for
    // Belgium and the Netherlands; swings 10 and 6.
    exactly(
      r.members.map((m) => m.shapleyShubik),
      [7 / 30, 7 / 30, 7 / 30, 3 / 20, 3 / 20, 0],
    );
    expect(r.members.map((m) => m.swings)).toEqual([10n, 10n, 10n, 6n, 6n, 0n]);
    expect(r.members[5]?.swings).toBe(0n);
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
    // 848 winning coalitions: all five permanent members and at least 4 of the 10 others. Each
    // is a swing for every permanent member; an elected member swings C(9, 3) = 84 of them.
    expect(r.winningCoalitions).toBe(848n);
    expect(r.members.map((m) => m.swings)).toEqual([
      ...new Array(5).fill(848n),
      ...new Array(10).fill(84n),
    ]);
    exactly(
      r.members.map((m) => m.banzhaf),
      [...new Array(5).fill(848 / 5080), ...new Array(10).fill(84 / 5080)],
    );
  });

  it('unanimity of 31 allies: every ally is a full veto player with 1/31', () => {
    const r = powerIndices({ ...weightedGame(0, new Array(31).fill(0)), minCount: 31 });
    r.members.forEach((m) => {
      expect(m.banzhaf).toBeCloseTo(1 / 31, 14);
      expect(m.shapleyShubik).toBeCloseTo(1 / 31, 14);
      expect(m.powerToPrevent).toBe(1);
    });
    expect(r.winningCoalitions).toBe(1n);
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
        if (r.members.every((m) => m.swings === 0n)) return;
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
          expect(dummy.swings).toBe(0n);
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

/** Exact indices from a brute force's swings by size: the same rounding, independent counting. */
function exactFromBruteForce(game: Game) {
  const slow = bruteForcePower(game);
  const { n } = game;
  const f = [1n];
  for (let k = 1; k <= n; k++) f.push(f[k - 1]! * BigInt(k));
  const total = slow.members.reduce((t, m) => t + m.swings, 0n);
  return {
    winning: slow.winningCoalitions,
    swings: slow.members.map((m) => m.swings),
    shapleyShubik: slow.swingsBySize.map((bySize) =>
      ratio(
        bySize.reduce((t, m, s) => t + BigInt(m) * f[s]! * f[n - s - 1]!, 0n),
        f[n]!,
      ),
    ),
    banzhaf: slow.members.map((m) => (total > 0n ? ratio(m.swings, total) : 0)),
  };
}

/** The paths that apply to a game (the binomial one only when free members weigh alike). */
const pathsFor = (game: Game): PowerAlgorithm[] =>
  (Object.entries(powerCosts(game)) as [PowerAlgorithm, number][])
    .filter(([, cost]) => Number.isFinite(cost))
    .map(([a]) => a);

/** Random games for every path: weights of 0, a member at or above the quota, vetoes, clauses. */
const arbAnyGame = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      weights: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 })), {
        minLength: n,
        maxLength: n,
      }),
      equal: fc.boolean(),
      quotaShare: fc.double({ min: 0, max: 1.05, noNaN: true }),
      heavy: fc.boolean(),
      vetoes: fc.subarray([...Array(n).keys()], { maxLength: Math.min(3, n) }),
      minCount: fc.integer({ min: 0, max: n }),
      waiver: fc.integer({ min: 0, max: 4 }),
    }),
  )
  .map(({ weights, equal, quotaShare, heavy, vetoes, minCount, waiver }) => {
    const ws = equal ? weights.map(() => weights[0]!) : [...weights];
    const total = ws.reduce((a, b) => a + b, 0);
    const quota = Math.ceil(quotaShare * total);
    if (heavy && !equal) ws[0] = quota + (ws[0] ?? 0); // one member reaches the quota alone
    return weightedGame(quota, ws, { vetoes, minCount, waiver });
  });

describe('power indices: every algorithm', () => {
  it('agrees exactly with brute force on random small games, on every path that applies', () => {
    let paths = 0;
    fc.assert(
      fc.property(arbAnyGame, (game) => {
        const expected = exactFromBruteForce(game);
        for (const algorithm of pathsFor(game)) {
          paths++;
          const r = powerIndices(game, algorithm);
          expect(r.algorithm).toBe(algorithm);
          expect(r.winningCoalitions, algorithm).toBe(expected.winning);
          expect(
            r.members.map((m) => m.swings),
            algorithm,
          ).toEqual(expected.swings);
          expect(
            r.members.map((m) => m.shapleyShubik),
            algorithm,
          ).toEqual(expected.shapleyShubik);
          expect(
            r.members.map((m) => m.banzhaf),
            algorithm,
          ).toEqual(expected.banzhaf);
        }
      }),
      { numRuns: 250 },
    );
    expect(paths).toBeGreaterThan(500); // most games run two or three paths
  });

  it('generating functions and meet-in-the-middle agree exactly on larger games', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 20, maxLength: 30 }),
        fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 4 }),
        (weights, share, minCount, waiver) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const game = weightedGame(Math.ceil(share * total), weights, { minCount, waiver });
          const a = powerIndices(game, 'generating-function');
          const b = powerIndices(game, 'meet-in-the-middle');
          expect(a.winningCoalitions).toBe(b.winningCoalitions);
          expect(a.members).toEqual(b.members);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a quota with a fraction wins the same coalitions as its ceiling, on every path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const quota = Math.floor(share * total) + 0.5;
          const game = weightedGame(quota, weights);
          const expected = exactFromBruteForce(game);
          for (const algorithm of pathsFor(game))
            expect(
              powerIndices(game, algorithm).members.map((m) => m.swings),
              algorithm,
            ).toEqual(expected.swings);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('counts past 2^53 exactly: a 101-member majority gives each C(100, 50) swings', () => {
    const game = weightedGame(51, new Array(101).fill(1));
    const c = binomialRow(100)[50]!;
    expect(c > 2n ** 53n).toBe(true);
    for (const algorithm of ['binomial', 'generating-function'] as const) {
      const r = powerIndices(game, algorithm);
      expect(r.members.every((m) => m.swings === c)).toBe(true);
      expect(r.winningCoalitions).toBe(2n ** 100n); // half of the 2^101 coalitions
      expect(r.members[0]!.shapleyShubik).toBe(1 / 101);
    }
  });

  it('the modular path (more than 53 members) matches a plain BigInt count', () => {
    // 56 members of weights 1 to 4: small enough for a slow, obvious BigInt reference.
    const weights = Array.from({ length: 56 }, (_, i) => 1 + ((i * 7) % 4));
    const quota = 80;
    const game = weightedGame(quota, weights, { minCount: 20 });
    expect(choosePowerAlgorithm(game)).toBe('generating-function');
    const r = powerIndices(game);
    /** Coalitions of `members` by size and weight, in BigInt: table[s][v]. */
    const tableOf = (members: readonly number[]) => {
      const total = members.reduce((a, b) => a + b, 0);
      let table = [[1n, ...new Array<bigint>(total).fill(0n)]];
      for (const x of members) {
        const next = table.map((row) => [...row]);
        next.push(new Array<bigint>(total + 1).fill(0n));
        table.forEach((row, s) =>
          row.forEach((c, v) => {
            if (c !== 0n && v + x <= total) next[s + 1]![v + x]! += c;
          }),
        );
        table = next;
      }
      return table;
    };
    let winning = 0n;
    tableOf(weights).forEach((row, s) =>
      row.forEach((c, v) => (winning += s >= 20 && v >= quota ? c : 0n)),
    );
    expect(r.winningCoalitions).toBe(winning);
    weights.forEach((w, i) => {
      if (i > 0 && weights.indexOf(w) < i) return; // one member of each weight
      const table = tableOf(weights.filter((_, k) => k !== i));
      let swings = 0n;
      table.forEach((row, s) =>
        row.forEach((c, v) => {
          const joins = s + 1 >= 20 && v + w >= quota;
          const alone = s >= 20 && v >= quota;
          if (joins && !alone) swings += c;
        }),
      );
      expect(r.members[i]!.swings, `weight ${w}`).toBe(swings);
    });
  });
});
