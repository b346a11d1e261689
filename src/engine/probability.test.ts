import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bruteForceBlocProbability,
  bruteForceProbability,
  sensitivityByRecomputing,
} from './bruteForce';
import { propagate } from './follows';
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
          const expected = bruteForceProbability(game, positions, p);
          for (const path of [undefined, 'meet-in-the-middle', 'table'] as const)
            expect(probabilityOfPassage(game, seatsOf(positions, p), undefined, path)).toBeCloseTo(
              expected,
              10,
            );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a quota with a fraction gives the same odds on both paths as enumeration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const game = weightedGame(Math.floor(share * total) + 0.5, weights);
          const positions = weights.map((): Position => 'undecided');
          const p = weights.map((_, i) => 0.2 + (i % 3) / 4);
          const expected = bruteForceProbability(game, positions, p);
          for (const path of ['meet-in-the-middle', 'table'] as const)
            expect(probabilityOfPassage(game, seatsOf(positions, p), undefined, path)).toBeCloseTo(
              expected,
              12,
            );
        },
      ),
      { numRuns: 100 },
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
            Number(powerIndices(game).winningCoalitions) / 2 ** weights.length,
            12,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * Random games with followers: each member may follow an earlier one (so no cycles), and a
 * follower takes its bloc's position and p as the table resolves it. Weights are sometimes all
 * zero (a head-count game) and may be equal, so both paths of the engine are exercised.
 */
const gameWithBlocs = (maxN: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.record({
      weights: fc.oneof(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: n, maxLength: n }),
        fc.constant(new Array<number>(n).fill(0)),
        fc.constant(new Array<number>(n).fill(1)),
      ),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      positions: fc.array(
        fc.constantFrom<Position>('support', 'undecided', 'undecided', 'object'),
        {
          minLength: n,
          maxLength: n,
        },
      ),
      p: fc.array(
        fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5)),
        { minLength: n, maxLength: n },
      ),
      // leaders[i] in [0, i): follows an earlier member; -1 or more: follows no one.
      leaders: fc.array(fc.option(fc.nat(), { nil: null, freq: 2 }), {
        minLength: n,
        maxLength: n,
      }),
      vetoes: fc.subarray([...Array(n).keys()], { maxLength: Math.min(2, n) }),
      minCount: fc.integer({ min: 0, max: n }),
      waiver: fc.integer({ min: 0, max: 4 }),
    }),
  );

function tableOfBlocs(g: {
  weights: number[];
  share: number;
  positions: Position[];
  p: number[];
  leaders: (number | null)[];
  vetoes: number[];
  minCount: number;
  waiver: number;
}) {
  const total = g.weights.reduce((a, b) => a + b, 0);
  const game = weightedGame(Math.ceil(g.share * total), g.weights, {
    vetoes: g.vetoes,
    minCount: g.minCount,
    waiver: g.waiver,
  });
  const leaders = g.leaders.map((l, i) => (l === null || i === 0 ? null : l % i));
  const seats = propagate(seatsOf(g.positions, g.p, leaders));
  return { game, seats };
}

describe('exact probability of passage, with followers', () => {
  it('agrees with enumerating every way the blocs could go', () => {
    fc.assert(
      fc.property(gameWithBlocs(12), (g) => {
        const { game, seats } = tableOfBlocs(g);
        expect(probabilityOfPassage(game, seats)).toBeCloseTo(
          bruteForceBlocProbability(game, seats),
          12,
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('sensitivity', () => {
  it.each(['meet-in-the-middle', 'table'] as const)(
    'by %s equals recomputing the odds for each bloc, to 1e-12',
    (path) => {
      fc.assert(
        fc.property(gameWithBlocs(16), (g) => {
          const { game, seats } = tableOfBlocs(g);
          const fast = sensitivity(game, seats, path);
          const slow = sensitivityByRecomputing(game, seats);
          expect(fast.map((x) => x.root).sort()).toEqual(slow.map((x) => x.root).sort());
          for (const s of slow) {
            const f = fast.find((x) => x.root === s.root)!;
            expect(f.members).toEqual(s.members);
            expect(Math.abs(f.ifObjects - s.ifObjects)).toBeLessThan(1e-12);
            expect(Math.abs(f.ifConsents - s.ifConsents)).toBeLessThan(1e-12);
          }
          // Largest swing first.
          fast
            .slice(1)
            .forEach((x, k) => expect(x.swing).toBeLessThanOrEqual(fast[k]!.swing + 1e-12));
        }),
        { numRuns: 400 },
      );
    },
  );

  it('agrees with enumeration, each bloc made to object and to consent', () => {
    fc.assert(
      fc.property(gameWithBlocs(11), (g) => {
        const { game, seats } = tableOfBlocs(g);
        for (const s of sensitivity(game, seats)) {
          expect(s.ifObjects).toBeCloseTo(
            bruteForceBlocProbability(game, seats, new Map([[s.root, 0]])),
            12,
          );
          expect(s.ifConsents).toBeCloseTo(
            bruteForceBlocProbability(game, seats, new Map([[s.root, 1]])),
            12,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a veto bloc: objecting stops everything', () => {
    // M0 (a veto) leads M1; M2 undecided; quota 2 of weights 1, 1, 1.
    const game = weightedGame(2, [1, 1, 1], { vetoes: [0] });
    const seats = propagate(
      seatsOf(['undecided', 'undecided', 'undecided'], [0.4, 0.4, 0.5], [null, 0, null]),
    );
    const s = sensitivity(game, seats);
    expect(s.map((x) => x.root)).toEqual(['M0', 'M2']);
    expect(s[0]).toMatchObject({ members: ['M0', 'M1'], ifObjects: 0 });
    expect(s[0]!.ifConsents).toBeCloseTo(1, 14); // M0 and M1 reach the quota of 2 together
    expect(s[1]!.ifObjects).toBeCloseTo(0.4, 14);
    expect(s[1]!.ifConsents).toBeCloseTo(0.4, 14);
  });

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
