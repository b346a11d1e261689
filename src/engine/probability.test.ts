import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceProbability } from './bruteForce';
import { powerIndices } from './power';
import { objectionDistribution, probabilityOfPassage, sensitivity } from './probability';
import { weightedGame } from './testing';
import { asAllyId, type Position, type Seat } from './types';

const seatsOf = (
  positions: readonly Position[],
  p: readonly number[],
  leaders: readonly (number | null)[] = [],
): Seat[] =>
  positions.map((position, i) => ({
    id: asAllyId(`M${i}`),
    position,
    p: p[i] ?? 0.5,
    leader: leaders[i] == null ? null : asAllyId(`M${leaders[i]}`),
  }));

describe('exact probability of passage', () => {
  it('under consensus is the product of the undecided allies consenting', () => {
    const game = { ...weightedGame(0, [0, 0, 0, 0]), minCount: 4 };
    const seats = seatsOf(['support', 'undecided', 'undecided', 'undecided'], [1, 0.9, 0.5, 0.2]);
    expect(probabilityOfPassage(game, seats)).toBeCloseTo(0.9 * 0.5 * 0.2, 14);
    expect(
      probabilityOfPassage(game, seatsOf(['object', 'undecided', 'support', 'support'], [])),
    ).toBe(0);
  });

  it('a follower moves with its leader: one bloc, one chance', () => {
    const game = { ...weightedGame(0, [0, 0, 0]), minCount: 3 };
    const bloc = seatsOf(['undecided', 'undecided', 'support'], [0.5, 0.5], [null, 0]);
    expect(probabilityOfPassage(game, bloc)).toBeCloseTo(0.5, 14);
    const apart = seatsOf(['undecided', 'undecided', 'support'], [0.5, 0.5]);
    expect(probabilityOfPassage(game, apart)).toBeCloseTo(0.25, 14);
  });

  it('agrees with enumerating every outcome on random games', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.record({
            weights: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: n, maxLength: n }),
            share: fc.double({ min: 0, max: 1, noNaN: true }),
            positions: fc.array(fc.constantFrom<Position>('support', 'undecided', 'object'), {
              minLength: n,
              maxLength: n,
            }),
            p: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
            vetoes: fc.subarray([...Array(n).keys()], { maxLength: Math.min(2, n) }),
            minCount: fc.integer({ min: 0, max: n }),
            waiver: fc.integer({ min: 0, max: 4 }),
          }),
        ),
        ({ weights, share, positions, p, vetoes, minCount, waiver }) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const game = weightedGame(Math.ceil(share * total), weights, {
            vetoes,
            minCount,
            waiver,
          });
          expect(probabilityOfPassage(game, seatsOf(positions, p))).toBeCloseTo(
            bruteForceProbability(game, positions, p),
            10,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals the winning fraction when everyone is undecided at one half', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const game = weightedGame(Math.ceil(share * total), weights);
          const seats = seatsOf(
            weights.map(() => 'undecided'),
            weights.map(() => 0.5),
          );
          expect(probabilityOfPassage(game, seats)).toBeCloseTo(
            powerIndices(game).winningCoalitions / 2 ** weights.length,
            12,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('sensitivity', () => {
  it('ranks the bloc whose consent matters most first', () => {
    // [6; 4, 3, 2, 1], all undecided at one half: the heaviest member swings the odds most.
    const game = weightedGame(6, [4, 3, 2, 1]);
    const s = sensitivity(
      game,
      seatsOf(['undecided', 'undecided', 'undecided', 'undecided'], [0.5, 0.5, 0.5, 0.5]),
    );
    expect(s.map((x) => x.root)).toEqual(['M0', 'M1', 'M2', 'M3']);
    // With p = 1/2 the swing equals the absolute Banzhaf index.
    const abs = powerIndices(game).members.map((m) => m.absoluteBanzhaf);
    s.forEach((x, k) => expect(x.swing).toBeCloseTo(abs[k] as number, 12));
  });
});

describe('the number of objections', () => {
  it('is exact, with blocs objecting together', () => {
    // M0 objects; M1 undecided at 0.25 leading M2; M3 undecided at 0.5; M4 supports.
    const seats = seatsOf(
      ['object', 'undecided', 'undecided', 'undecided', 'support'],
      [0, 0.25, 0.25, 0.5, 1],
      [null, null, 1, null, null],
    );
    const d = objectionDistribution(seats);
    expect(d).toHaveLength(5);
    [0, 0.125, 0.125, 0.375, 0.375].forEach((x, k) => expect(d[k]).toBeCloseTo(x, 14));
  });

  it('sums to one and agrees with enumeration on random tables', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom<Position>('support', 'undecided', 'object'),
            fc.double({ min: 0, max: 1, noNaN: true }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          const seats = seatsOf(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          );
          const d = objectionDistribution(seats);
          expect(d.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          // Enumerate every way the undecided could go.
          const und = rows.flatMap((r, i) => (r[0] === 'undecided' ? [i] : []));
          const fixed = rows.filter((r) => r[0] === 'object').length;
          const brute = new Array<number>(rows.length + 1).fill(0);
          for (let mask = 0; mask < 2 ** und.length; mask++) {
            let mass = 1;
            let objections = fixed;
            und.forEach((i, k) => {
              const consents = (mask & (1 << k)) !== 0;
              mass *= consents ? rows[i]![1] : 1 - rows[i]![1];
              if (!consents) objections++;
            });
            brute[objections] = brute[objections]! + mass;
          }
          brute.forEach((x, k) => expect(d[k] ?? 0).toBeCloseTo(x, 12));
        },
      ),
      { numRuns: 200 },
    );
  });
});
