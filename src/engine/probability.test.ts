import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceProbability } from './bruteForce';
import { powerIndices } from './power';
import { probabilityOfPassage, sensitivity } from './probability';
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
