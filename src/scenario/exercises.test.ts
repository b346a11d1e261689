// Exercise answers against brute force on random small scenarios, and the checker: it accepts
// every smallest answer, refuses larger or wrong ones, and reads any response without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceBlocProbability, bruteForcePower } from '../engine/bruteForce';
import { resolveSeats, withPosition, type Override } from '../engine/follows';
import { evaluateGame } from '../engine/outcome';
import { type Rule, type RuleDef } from '../engine/rules';
import { bodyOf } from '../engine/testing';
import { POSITIONS, type AllyId, type Position } from '../engine/types';
import { exerciseAnswer, judgeResponse, type ExerciseAnswer } from './exercises';
import type { AllyChange } from './link';
import { MEMBER, type Exercise, type Scenario } from './model';
import { judge } from './play';

const RULES: readonly Rule[] = [
  { kind: 'consensus' },
  { kind: 'unanimity' },
  { kind: 'majority' },
  { kind: 'weighted', weight: 'votes', quota: { share: [3, 5] } },
  {
    kind: 'qmv',
    members: { share: [1, 2] },
    weight: 'votes',
    weightQuota: { share: [3, 5] },
    blockingMinority: 2,
  },
  {
    kind: 'veto-players',
    vetoes: ['M0' as AllyId],
    members: { share: [1, 2], strict: true },
    undecidedVeto: 'abstains',
  },
];

/** A random scenario of 2 to 6 members: weights, positions, chances, follows (to an earlier seat). */
const arbScenario: fc.Arbitrary<Scenario> = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.record({
      weights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      positions: fc.array(fc.constantFrom(...POSITIONS), { minLength: n, maxLength: n }),
      p: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: n, maxLength: n }),
      follows: fc.array(fc.option(fc.nat(), { freq: 2 }), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ weights, positions, p, follows }) => {
    const members = bodyOf(weights);
    const rules: RuleDef[] = RULES.map((rule, i) => ({
      id: `r${i}`,
      rule,
      authored: { label: `Rule ${i}`, explanation: 'For the test.' },
    }));
    return {
      id: 'random',
      title: 'Random',
      date: '2023-07-11',
      question: 'Random?',
      summary: '',
      bodyName: 'Random body',
      isNato: false,
      memberNoun: MEMBER,
      members,
      stances: members.map((m, i) => {
        const f = follows[i];
        return {
          id: m.id,
          position: positions[i] ?? 'support',
          p: (p[i] ?? 0) / 4,
          follows: i > 0 && f !== null && f !== undefined ? members[f % i]!.id : null,
          evidence: 'assumption' as const,
          note: 'Random.',
          sources: [],
          assumed: false,
        };
      }),
      sources: [{ id: 's', title: 'S' }],
      rules,
      defaultRule: 'r0',
      revision: 1,
      revisions: [],
      exercises: [],
    };
  });

const text = { id: 'e', prompt: 'Why?', hints: [], explanation: null, sources: [] };
const arbRuleId = fc.constantFrom(...RULES.map((_, i) => `r${i}`));

const answerOf = (s: Scenario, e: Exercise): ExerciseAnswer => {
  const a = exerciseAnswer(s, e);
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

describe('answers against brute force', () => {
  it('pivotal: the allies whose single change (followers moving along) flips passing', () => {
    fc.assert(
      fc.property(arbScenario, arbRuleId, (s, rule) => {
        const j = judge(s, rule, {});
        if (!j.ok) throw new Error(j.error);
        const passes = (seats: typeof j.value.table.seats) =>
          evaluateGame(j.value.rule, j.value.game, { ...j.value.table, seats }).status === 'passes';
        const before = passes(j.value.table.seats);
        const expected = j.value.table.seats
          .filter((seat) =>
            POSITIONS.some(
              (q) =>
                q !== seat.position &&
                passes(withPosition(j.value.table.seats, seat.id, q)) !== before,
            ),
          )
          .map((seat) => seat.id);
        const a = answerOf(s, { ...text, kind: 'pivotal', rule, changes: {} });
        expect(a.kind === 'pivotal' && a.allies).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('probability: every way the undecided blocs could go, with the chances given', () => {
    fc.assert(
      fc.property(arbScenario, arbRuleId, fc.integer({ min: 0, max: 10 }), (s, rule, tenth) => {
        // A chance for the first member that follows no one.
        const root = s.stances.find((st) => st.follows === null)!;
        const chances = { [root.id]: tenth / 10 };
        const overrides = new Map<AllyId, Override>([[root.id, { p: tenth / 10 }]]);
        const seats = resolveSeats(s.stances, overrides);
        const j = judge(s, rule, {});
        if (!seats.ok || !j.ok) throw new Error('unplayable');
        const expected = bruteForceBlocProbability(j.value.game, seats.value);
        const a = answerOf(s, { ...text, kind: 'probability', rule, chances, tolerance: 0.01 });
        expect(a.kind === 'probability' && a.probability).toBeCloseTo(expected, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('power: the most powerful and a ranking that never goes up, as brute force counts', () => {
    fc.assert(
      fc.property(
        arbScenario,
        arbRuleId,
        fc.constantFrom('banzhaf', 'shapley-shubik'),
        (s, rule, index) => {
          const j = judge(s, rule, {});
          if (!j.ok) throw new Error(j.error);
          const brute = bruteForcePower(j.value.game).members.map((m) =>
            index === 'banzhaf' ? m.banzhaf : m.shapleyShubik,
          );
          const top = Math.max(...brute);
          const a = answerOf(s, { ...text, kind: 'power', rule, index, ask: 'ranking' });
          if (a.kind !== 'power') throw new Error('not a power answer');
          expect(a.mostPowerful).toEqual(
            s.members.filter((_, i) => Math.abs(brute[i]! - top) < 1e-9).map((m) => m.id),
          );
          const byId = new Map(s.members.map((m, i) => [m.id, brute[i]!]));
          a.ranking.forEach((r, k) => {
            expect(r.power).toBeCloseTo(byId.get(r.id)!, 9);
            if (k > 0)
              expect(byId.get(r.id)!).toBeLessThanOrEqual(byId.get(a.ranking[k - 1]!.id)! + 1e-9);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('compare-rules: the rules under which the table with the changes passes', () => {
    fc.assert(
      fc.property(arbScenario, fc.constantFrom(...POSITIONS), (s, position) => {
        const changes = { M1: { position } };
        const rules = RULES.map((_, i) => `r${i}`);
        const expected = rules.filter((r) => {
          const j = judge(s, r, changes);
          return j.ok && j.value.outcome.status === 'passes';
        });
        const a = answerOf(s, { ...text, kind: 'compare-rules', rules, changes });
        expect(a.kind === 'compare-rules' && a.passes).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/** Every way of setting members directly (4^n), with the status it gives. */
function everyPlay(
  s: Scenario,
  rule: string,
): { changes: Record<string, AllyChange>; set: number; status: string }[] {
  const out = [];
  for (let code = 0; code < 4 ** s.members.length; code++) {
    const changes: Record<string, AllyChange> = {};
    s.members.forEach((m, k) => {
      const choice = Math.floor(code / 4 ** k) % 4;
      if (choice < 3) changes[m.id] = { position: POSITIONS[choice] as Position };
    });
    const j = judge(s, rule, changes);
    if (!j.ok) throw new Error(j.error);
    out.push({ changes, set: Object.keys(changes).length, status: j.value.outcome.status });
  }
  return out;
}

describe('the checker', () => {
  it('fewest changes: every smallest play is right; a larger one that reaches the goal is not', () => {
    fc.assert(
      fc.property(arbScenario, arbRuleId, fc.constantFrom('pass', 'block'), (s, rule, goal) => {
        const e: Exercise = { ...text, kind: 'fewest-changes', goal, rule, fixed: [] };
        const a = answerOf(s, e);
        if (a.kind !== 'fewest-changes' || a.fewest === null) return;
        const target = goal === 'pass' ? 'passes' : 'blocked';
        for (const play of everyPlay(s, rule)) {
          if (play.status !== target) {
            expect(judgeResponse(s, e, play.changes).correct).toBe(false);
            continue;
          }
          const verdict = judgeResponse(s, e, play.changes);
          // A play's changes count only where they move an ally, so a play of more settings
          // can still be one of the fewest changes; one that counts more is refused.
          if (play.set === a.fewest) expect(verdict).toMatchObject({ correct: true });
          if (!verdict.correct) expect(verdict).toMatchObject({ why: 'too-many-changes' });
          else expect(verdict).toMatchObject({ changes: a.fewest });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('still needed: every smallest set is right; a larger or a wrong one is not', () => {
    fc.assert(
      fc.property(arbScenario, arbRuleId, (s, rule) => {
        const e: Exercise = { ...text, kind: 'still-needed', rule, changes: {} };
        const a = answerOf(s, e);
        if (a.kind !== 'still-needed' || a.size === null) return;
        expect(a.complete).toBe(true);
        for (const set of a.sets) expect(judgeResponse(s, e, set).correct).toBe(true);
        const ids = s.members.map((m) => m.id as string);
        for (let mask = 0; mask < 2 ** ids.length; mask++) {
          const set = ids.filter((_, k) => (mask & (2 ** k)) !== 0);
          const right = a.sets.some(
            (x) => x.length === set.length && x.every((id) => set.includes(id)),
          );
          expect(judgeResponse(s, e, set).correct).toBe(right);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('any response at all is read without throwing, and unknown ids are not right', () => {
    const kinds = (rule: string): Exercise[] => [
      { ...text, kind: 'fewest-changes', goal: 'pass', rule, fixed: [] },
      { ...text, kind: 'pivotal', rule, changes: {} },
      { ...text, kind: 'blockers', rule, changes: {} },
      { ...text, kind: 'still-needed', rule, changes: {} },
      { ...text, kind: 'veto-players', rule },
      { ...text, kind: 'probability', rule, chances: {}, tolerance: 0.01 },
      { ...text, kind: 'power', rule, index: 'banzhaf', ask: 'most-powerful' },
      { ...text, kind: 'power', rule, index: 'shapley-shubik', ask: 'ranking' },
      { ...text, kind: 'compare-rules', rules: ['r0', 'r1'], changes: {} },
      { ...text, kind: 'discussion', notes: null },
    ];
    fc.assert(
      fc.property(arbScenario, arbRuleId, fc.anything(), (s, rule, response) => {
        for (const e of kinds(rule)) {
          const verdict = judgeResponse(s, e, response as never);
          expect(typeof verdict.correct).toBe('boolean');
          const unknown = judgeResponse(
            s,
            e,
            e.kind === 'fewest-changes' ? { XX: { position: 'support' } } : ['XX'],
          );
          expect(unknown.correct).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
