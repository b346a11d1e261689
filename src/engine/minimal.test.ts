// The smallest sets against brute force on random small tables: every rule shape, followers,
// fixed allies. Brute force tries every way of setting allies directly (4^n for n up to 6).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveSeats, type Override } from './follows';
import {
  exactBlockers,
  fewestChanges,
  gameAsItStands,
  statusOf,
  stillNeeded,
  vetoPlayers,
  type Goal,
} from './minimal';
import { evaluateGame } from './outcome';
import { compileRule, wins, type Game, type Rule, type RuleDef } from './rules';
import { bodyOf } from './testing';
import { POSITIONS, type AllyId, type Position, type Seat, type Table } from './types';

/** A random small table: members with weights, positions, follows (to an earlier seat), a rule. */
interface Case {
  readonly def: RuleDef;
  readonly game: Game;
  readonly table: Table;
  readonly fixed: ReadonlySet<AllyId>;
}

const arbRule: fc.Arbitrary<Rule> = fc.oneof(
  fc.constantFrom<Rule>(
    { kind: 'consensus' },
    { kind: 'unanimity' },
    { kind: 'majority' },
    { kind: 'two-thirds' },
  ),
  fc
    .record({ num: fc.integer({ min: 1, max: 4 }), strict: fc.boolean() })
    .map(({ num, strict }): Rule => ({
      kind: 'weighted',
      weight: 'votes',
      quota: { share: [num, 5], strict },
    })),
  fc
    .record({
      members: fc.integer({ min: 1, max: 4 }),
      weight: fc.integer({ min: 1, max: 4 }),
      blockingMinority: fc.integer({ min: 0, max: 3 }),
    })
    .map((r): Rule => ({
      kind: 'qmv',
      members: { share: [r.members, 5] },
      weight: 'votes',
      weightQuota: { share: [r.weight, 5] },
      blockingMinority: r.blockingMinority,
    })),
  fc
    .record({
      vetoes: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }),
      abstains: fc.boolean(),
      num: fc.integer({ min: 1, max: 4 }),
    })
    .map((r): Rule => ({
      kind: 'veto-players',
      vetoes: r.vetoes.map((i) => `M${i}` as AllyId),
      members: { share: [r.num, 5] },
      undecidedVeto: r.abstains ? 'abstains' : 'pending',
    })),
);

const arbCase: fc.Arbitrary<Case> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      positions: fc.array(fc.constantFrom(...POSITIONS), { minLength: n, maxLength: n }),
      // follows[i]: the earlier seat i follows, if any (no cycles by construction).
      follows: fc.array(fc.option(fc.nat(), { freq: 2 }), { minLength: n, maxLength: n }),
      fixed: fc.array(
        fc.integer({ min: 0, max: 3 }).map((x) => x === 0),
        { minLength: n, maxLength: n },
      ),
      rule: arbRule,
    }),
  )
  .filter((c) => {
    const game = compileRule(c.rule, bodyOf(c.weights));
    return game.ok;
  })
  .map((c) => {
    const members = bodyOf(c.weights);
    const stances = members.map((m, i) => {
      const f = c.follows[i];
      return {
        id: m.id,
        position: c.positions[i] ?? 'support',
        p: 0.5,
        follows: i > 0 && f !== null && f !== undefined ? members[f % i]!.id : null,
      };
    });
    const seats = resolveSeats(stances, new Map());
    if (!seats.ok) throw new Error(seats.error);
    const def: RuleDef = { id: 'r', rule: c.rule };
    const game = compileRule(c.rule, members);
    if (!game.ok) throw new Error(game.error);
    return {
      def,
      game: game.value,
      table: { members, seats: seats.value },
      fixed: new Set(members.filter((_, i) => c.fixed[i]).map((m) => m.id)),
    };
  });

const reached = (goal: Goal, status: string) =>
  goal === 'pass' ? status === 'passes' : status === 'blocked';

/**
 * Brute force: every way of setting some allies directly (fixed allies never; a fixed follower
 * held where it stands), judged by evaluateGame. The fewest direct settings that reach the goal,
 * and every set of allies set at that count.
 */
function bruteFewest(c: Case, goal: Goal): { fewest: number | null; sets: string[] } {
  const { seats } = c.table;
  const stances = seats.map((s) => ({ ...s, follows: s.leader }));
  const pins = new Map<AllyId, Override>(
    seats.filter((s) => c.fixed.has(s.id)).map((s) => [s.id, { position: s.position }]),
  );
  const free = seats.filter((s) => !c.fixed.has(s.id));
  let fewest: number | null = null;
  let sets = new Set<string>();
  for (let code = 0; code < 4 ** free.length; code++) {
    const overrides = new Map(pins);
    const set: string[] = [];
    free.forEach((s, k) => {
      const choice = Math.floor(code / 4 ** k) % 4;
      if (choice === 3) return;
      overrides.set(s.id, { position: POSITIONS[choice] });
      set.push(s.id);
    });
    if (fewest !== null && set.length > fewest) continue;
    const resolved = resolveSeats(stances, overrides);
    if (!resolved.ok) throw new Error(resolved.error);
    const status = evaluateGame(c.def, c.game, { ...c.table, seats: resolved.value }).status;
    if (!reached(goal, status)) continue;
    if (fewest === null || set.length < fewest) {
      fewest = set.length;
      sets = new Set();
    }
    sets.add(set.join(','));
  }
  return { fewest, sets: [...sets].sort() };
}

const subsets = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: 2 ** xs.length }, (_, mask) => xs.filter((_, k) => (mask & (2 ** k)) !== 0));

const yesNow = (c: Case, s: Seat) =>
  s.position === 'support' || (c.def.rule.kind === 'consensus' && s.position === 'undecided');

describe('fewest changes, against brute force', () => {
  it.each<Goal>(['pass', 'block'])('to %s: the fewest, and every smallest set', (goal) => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const found = fewestChanges(c.def, c.game, c.table.seats, goal, c.fixed);
        const brute = bruteFewest(c, goal);
        expect(found.ok && found.value.fewest).toBe(brute.fewest);
        if (!found.ok) return;
        expect(found.value.complete).toBe(true);
        expect(found.value.sets.map((s) => s.allies.join(',')).sort()).toEqual(brute.sets);
      }),
      { numRuns: 300 },
    );
  });

  it("a set's change (support to pass, object to block) reaches the goal, followers moving along", () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom<Goal>('pass', 'block'), (c, goal) => {
        const found = fewestChanges(c.def, c.game, c.table.seats, goal, c.fixed);
        if (!found.ok) throw new Error(found.error);
        const stances = c.table.seats.map((s) => ({ ...s, follows: s.leader }));
        for (const set of found.value.sets) {
          const overrides = new Map<AllyId, Override>(
            c.table.seats
              .filter((s) => c.fixed.has(s.id))
              .map((s) => [s.id, { position: s.position }]),
          );
          for (const id of set.allies) overrides.set(id, { position: set.position });
          const seats = resolveSeats(stances, overrides);
          if (!seats.ok) throw new Error(seats.error);
          const status = evaluateGame(c.def, c.game, { ...c.table, seats: seats.value }).status;
          expect(reached(goal, status)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a leader carries its follower for one change; a fixed follower stays put', () => {
    // Three members under consensus: M1 follows M0, both object; M2 supports.
    const members = bodyOf([1, 1, 1]);
    const stances = [
      { id: members[0]!.id, position: 'object' as Position, p: 0.5, follows: null },
      { id: members[1]!.id, position: 'object' as Position, p: 0.5, follows: members[0]!.id },
      { id: members[2]!.id, position: 'support' as Position, p: 0.5, follows: null },
    ];
    const seats = resolveSeats(stances, new Map());
    if (!seats.ok) throw new Error(seats.error);
    const def: RuleDef = { id: 'consensus', rule: { kind: 'consensus' } };
    const game = compileRule(def.rule, members);
    if (!game.ok) throw new Error(game.error);
    const carried = fewestChanges(def, game.value, seats.value, 'pass');
    expect(carried.ok && carried.value).toMatchObject({
      fewest: 1,
      sets: [{ allies: ['M0'], position: 'support' }],
    });
    const held = fewestChanges(def, game.value, seats.value, 'pass', new Set([members[1]!.id]));
    expect(held.ok && held.value).toMatchObject({ fewest: null, sets: [] });
  });

  it('says so, rather than freezing, when the search outgrows its limit', () => {
    const members = bodyOf(Array.from({ length: 20 }, (_, i) => i + 1));
    const def: RuleDef = {
      id: 'w',
      rule: { kind: 'weighted', weight: 'votes', quota: { share: [1, 2] } },
    };
    const game = compileRule(def.rule, members);
    if (!game.ok) throw new Error(game.error);
    const seats = members.map((m) => ({
      id: m.id,
      position: 'undecided' as Position,
      p: 0.5,
      leader: null,
    }));
    const r = fewestChanges(def, game.value, seats, 'pass', new Set(), { maxSteps: 10 });
    expect(r.ok ? 'found' : r.error).toMatch(/too large for an exact answer/);
  });
});

describe('still needed, blockers, veto players and status, against brute force', () => {
  it('still needed: the smallest size and every smallest set', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { seats } = c.table;
        const standing = gameAsItStands(c.def, c.game, seats);
        const yes = seats.map((s) => yesNow(c, s));
        const outside = seats.flatMap((s, i) => (yes[i] ? [] : [i]));
        const working = subsets(outside).filter((set) =>
          wins(
            standing,
            yes.map((y, i) => y || set.includes(i)),
          ),
        );
        const size = working.length > 0 ? Math.min(...working.map((s) => s.length)) : null;
        const sets = working
          .filter((s) => s.length === size)
          .map((s) => s.map((i) => seats[i]!.id).join(','))
          .sort();
        const found = stillNeeded(c.def, c.game, seats);
        expect(found.ok && found.value.size).toBe(size);
        if (found.ok) expect(found.value.sets.map((s) => s.join(',')).sort()).toEqual(sets);
      }),
      { numRuns: 300 },
    );
  });

  it('blockers: the objectors in some minimal blocking set (as outcome.ts for head counts)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { seats } = c.table;
        const standing = gameAsItStands(c.def, c.game, seats);
        const objectors = seats.flatMap((s, i) => (s.position === 'object' ? [i] : []));
        const blocks = (set: readonly number[]) =>
          !wins(
            standing,
            seats.map((_, i) => !set.includes(i)),
          );
        const minimal = subsets(objectors).filter(
          (set) => blocks(set) && set.every((x) => !blocks(set.filter((y) => y !== x))),
        );
        const outcome = evaluateGame(c.def, c.game, c.table);
        const expected =
          outcome.status === 'blocked'
            ? objectors.filter((o) => minimal.some((s) => s.includes(o))).map((i) => seats[i]!.id)
            : [];
        const found = exactBlockers(c.def, c.game, seats);
        expect(found).toEqual(expected);
        if (c.game.weightKey === null) expect(found).toEqual(outcome.blockers);
      }),
      { numRuns: 300 },
    );
  });

  it('veto players: those without whom no coalition wins', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const ids = c.table.members.map((m) => m.id);
        const all = ids.map((_, i) => i);
        const expected = ids.filter(
          (_, i) =>
            !subsets(all.filter((j) => j !== i)).some((set) =>
              wins(
                c.game,
                all.map((j) => set.includes(j)),
              ),
            ),
        );
        expect(vetoPlayers(c.game, ids)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('status from positions agrees with evaluateGame', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(
          statusOf(
            c.def,
            c.game,
            c.table.seats.map((s) => s.position),
          ),
        ).toBe(evaluateGame(c.def, c.game, c.table).status);
      }),
      { numRuns: 300 },
    );
  });
});
