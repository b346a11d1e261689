import { describe, expect, it } from 'vitest';
import { evaluate } from './outcome';
import { builtInRule, BUILT_IN_RULES, type RuleDef } from './rules';
import { alliesOn } from './members';
import { bodyOf, tableOf } from './testing';
import { asAllyId, type Member, type Position, type Seat, type Table } from './types';

const rule = (id: string): RuleDef => {
  const r = builtInRule(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

/** A table of five equal members M0..M4 (weights 1) with positions given as letters s/u/o. */
const five = (code: string): Table =>
  tableOf(
    bodyOf([1, 1, 1, 1, 1]),
    [...code].map((c): Position => (c === 's' ? 'support' : c === 'u' ? 'undecided' : 'object')),
  );

const outcome = (ruleId: string, table: Table) => {
  const r = evaluate(rule(ruleId), table);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('head-count rules and how they treat undecided members', () => {
  // status under each rule for the same five-member table
  const cases: [string, string, string][] = [
    // positions, rule, status
    ['sssss', 'consensus', 'passes'],
    ['ssssu', 'consensus', 'passes'], // silence holds: undecided presumed to consent
    ['uuuuu', 'consensus', 'passes'],
    ['sssso', 'consensus', 'blocked'], // one objection is enough
    ['ssssu', 'unanimity', 'pending'], // affirmative unanimity waits for the undecided
    ['sssso', 'unanimity', 'blocked'],
    ['sssss', 'unanimity', 'passes'],
    ['sssoo', 'majority', 'passes'],
    ['ssuoo', 'majority', 'pending'], // 2 for, 1 undecided: not yet, but could
    ['ssooo', 'majority', 'blocked'],
    ['ssssu', 'two-thirds', 'passes'], // 4 of 5 >= 2/3
    ['sssuo', 'two-thirds', 'pending'], // 3 of 5 < 10/3, 4 possible
    ['sssoo', 'two-thirds', 'blocked'],
  ];
  it.each(cases)('%s under %s is %s', (positions, ruleId, status) => {
    expect(outcome(ruleId, five(positions)).status).toBe(status);
  });

  it('names the blockers, what it would take, and the pivotal members', () => {
    const o = outcome('consensus', five('ssoso'));
    expect(o.blockers).toEqual(['M2', 'M4']);
    expect(o.missing).toEqual(['M2', 'M4']);
    expect(o.pivotal).toEqual([]); // no single change lifts two objections
    const one = outcome('consensus', five('sssso'));
    expect(one.pivotal).toEqual(['M4']);
    expect(one.margins[0]).toMatchObject({ id: 'allies', have: 4, quota: 5, met: false });
  });

  it('lists undecided members as presumed to consent only under consensus', () => {
    expect(outcome('consensus', five('ssuus')).presumedConsent).toEqual(['M2', 'M3']);
    expect(outcome('unanimity', five('ssuus')).presumedConsent).toEqual([]);
    expect(outcome('unanimity', five('ssuus')).missing).toEqual(['M2', 'M3']);
  });
});

describe('qmv: 55% of allies, 65% of population, blocking minority of four', () => {
  const allies = alliesOn('2023-07-11');
  const seats = (objecting: readonly string[], undecided: readonly string[] = []): Table =>
    tableOf(
      allies,
      allies.map((m) =>
        objecting.includes(m.id) ? 'object' : undecided.includes(m.id) ? 'undecided' : 'support',
      ),
    );

  it('three big allies holding over 35% of the population cannot block alone', () => {
    // US + DE + TR = 505 m of 963.5 m (52%), but three allies are not a blocking minority.
    const o = outcome('qmv', seats(['US', 'DE', 'TR']));
    expect(o.status).toBe('passes');
    const pop = o.margins.find((m) => m.id === 'weight');
    expect(pop?.met).toBe(false);
    expect(o.margins.find((m) => m.id === 'blocking-minority')).toMatchObject({
      have: 3,
      quota: 4,
      met: false,
    });
  });

  it('four allies with over 35% of the population block', () => {
    const o = outcome('qmv', seats(['US', 'DE', 'TR', 'LU']));
    expect(o.status).toBe('blocked');
    expect(o.blockers).toEqual(expect.arrayContaining(['US', 'DE', 'TR', 'LU']));
  });

  it('four small allies are a minority but hold too little population to block', () => {
    expect(outcome('qmv', seats(['LU', 'IS', 'ME', 'EE'])).status).toBe('passes');
  });

  it('counts an undecided ally against: the outcome waits', () => {
    const o = outcome('qmv', seats(['DE', 'FR', 'IT'], ['US']));
    // US undecided: 27 supporters hold 963.5 - 83.3 - 68.4 - 59.0 - 336.8 = 416 m (43%) < 65%.
    expect(o.status).toBe('pending');
    expect(o.missing).toEqual(['US']);
  });
});

describe('weighted and veto rules', () => {
  const allies = alliesOn('2023-07-11');
  const with_ = (changes: Record<string, Position>): Table =>
    tableOf(
      allies,
      allies.map((m) => changes[m.id] ?? 'support'),
    );

  it('defence-weighted two thirds: the United States alone decides', () => {
    expect(outcome('weighted', with_({ US: 'object' })).status).toBe('blocked');
    const allButUs = Object.fromEntries(
      allies.filter((m) => m.id !== 'US').map((m) => [m.id, 'object' as Position]),
    );
    expect(outcome('weighted', with_(allButUs)).status).toBe('passes');
  });

  it('nuclear-ally veto: France blocks, Germany alone does not', () => {
    expect(outcome('veto-players', with_({ FR: 'object' })).status).toBe('blocked');
    expect(outcome('veto-players', with_({ DE: 'object' })).status).toBe('passes');
    expect(outcome('veto-players', with_({ FR: 'undecided' })).status).toBe('pending');
  });

  it('a rule needing a weight the body lacks says so instead of guessing', () => {
    const r = evaluate(rule('qmv'), five('sssss'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/population/);
  });

  it('every built-in rule evaluates the 2023 table', () => {
    for (const def of BUILT_IN_RULES) expect(evaluate(def, with_({ FR: 'object' })).ok).toBe(true);
  });
});

describe('followers move with their leader', () => {
  const members: Member[] = bodyOf([1, 1, 1]);
  const seat = (i: number, position: Position, leader: string | null = null): Seat => ({
    id: asAllyId(`M${i}`),
    position,
    p: 0.5,
    leader: leader === null ? null : asAllyId(leader),
  });

  it('the leader is pivotal for its bloc, the follower alone is not', () => {
    // M1 follows M0: both object; only M0's change lifts both objections.
    const o = outcome('consensus', {
      members,
      seats: [seat(0, 'object'), seat(1, 'object', 'M0'), seat(2, 'support')],
    });
    expect(o.status).toBe('blocked');
    expect(o.pivotal).toEqual(['M0']);
  });
});

describe('pivotal allies: the incremental check agrees with re-evaluating every change', () => {
  it('on random tables with followers and vetoes, under every head-count and weighted rule', async () => {
    const fc = (await import('fast-check')).default;
    const { withPosition } = await import('./follows');
    const allies = alliesOn('2023-07-11').slice(0, 12);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Position>('support', 'undecided', 'object'), {
          minLength: 12,
          maxLength: 12,
        }),
        fc.array(fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }), {
          minLength: 12,
          maxLength: 12,
        }),
        fc.constantFrom(...BUILT_IN_RULES.filter((r) => r.id !== 'veto-players')),
        (positions, leaderIdx, def) => {
          // Leaders only point to earlier seats, so follows never form a cycle.
          const seats: Seat[] = allies.map((m, i) => {
            const l = leaderIdx[i];
            return {
              id: m.id,
              position: positions[i] ?? 'support',
              p: 0.5,
              leader: l != null && l < i ? allies[l]!.id : null,
            };
          });
          const table: Table = { members: allies, seats };
          const propagated = (() => {
            const byId = new Map(seats.map((s) => [s.id, s]));
            const root = (s: Seat): Seat => (s.leader ? root(byId.get(s.leader)!) : s);
            return seats.map((s) => ({ ...s, position: root(s).position }));
          })();
          const t: Table = { members: table.members, seats: propagated };
          const o = evaluate(def, t);
          if (!o.ok) throw new Error(o.error);
          const passes = o.value.status === 'passes';
          const naive = propagated
            .filter((s) =>
              (['support', 'undecided', 'object'] as const).some((q) => {
                if (q === s.position) return false;
                const r = evaluate(def, {
                  members: allies,
                  seats: withPosition(propagated, s.id, q),
                });
                return r.ok && (r.value.status === 'passes') !== passes;
              }),
            )
            .map((s) => s.id);
          expect(o.value.pivotal).toEqual(naive);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('who blocks: only objectors whose objection counts', () => {
  const allies = alliesOn('2023-07-11');
  const table = (changes: Record<string, Position>): Table =>
    tableOf(
      allies,
      allies.map((m) => changes[m.id] ?? 'support'),
    );

  it('under the nuclear-ally veto, France blocks and Germany, who has no veto, does not', () => {
    const o = outcome('veto-players', table({ FR: 'object', DE: 'object' }));
    expect(o.status).toBe('blocked');
    expect(o.blockers).toEqual(['FR']);
    expect(o.missing).toEqual(['FR']);
  });

  it('under consensus every objector blocks', () => {
    expect(outcome('consensus', table({ FR: 'object', DE: 'object' })).blockers).toEqual(
      ['FR', 'DE'].sort(
        (a, b) => allies.findIndex((m) => m.id === a) - allies.findIndex((m) => m.id === b),
      ),
    );
  });

  it('under a majority, objectors who block only together all count', () => {
    const objecting = Object.fromEntries(
      allies.slice(0, 20).map((m) => [m.id, 'object' as Position]),
    );
    const o = outcome('majority', table(objecting));
    expect(o.status).toBe('blocked');
    expect(o.blockers).toHaveLength(20);
    expect(o.missingExact).toBe(false); // any 5 of the 20 would do
  });

  it('agrees with the definition (member of some minimal blocking set) on small random tables', async () => {
    const fc = (await import('fast-check')).default;
    const body = bodyOf([5, 4, 3, 2, 2, 1, 1]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Position>('support', 'undecided', 'object'), {
          minLength: 7,
          maxLength: 7,
        }),
        fc.constantFrom(
          ...[0, 1, 2].map((v) => ({
            id: `veto-${v}`,
            label: 'test',
            explanation: 'test',
            rule: { kind: 'veto-players' as const, vetoes: [body[v]!.id], members: { atLeast: 4 } },
          })),
        ),
        (positions, def) => {
          const t = tableOf(body, positions);
          const r = evaluate(def, t);
          if (!r.ok || r.value.status !== 'blocked') return;
          const game = {
            n: 7,
            vetoes: [body.findIndex((m) => m.id === (def.rule.vetoes[0] as string))],
            minCount: 4,
            weights: [0, 0, 0, 0, 0, 0, 0],
            quota: 0,
            waiver: 0,
            weightKey: null,
          };
          const objectors = positions.flatMap((p, i) => (p === 'object' ? [i] : []));
          const blocks = (set: number[]) => {
            const yes = positions.map((_, i) => !set.includes(i));
            const count = yes.filter(Boolean).length;
            return !(count >= game.minCount && game.vetoes.every((v) => yes[v]));
          };
          // Brute force: members of some minimal blocking subset of the objectors.
          const inMinimal = new Set<number>();
          for (let mask = 1; mask < 2 ** objectors.length; mask++) {
            const set = objectors.filter((_, k) => mask & (1 << k));
            if (blocks(set) && set.every((x) => !blocks(set.filter((y) => y !== x))))
              set.forEach((x) => inMinimal.add(x));
          }
          expect(r.value.blockers).toEqual(
            objectors.filter((i) => inMinimal.has(i)).map((i) => body[i]!.id),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('veto players: an undecided veto player abstains, or the outcome waits for it', () => {
  // Five members, M0 and M1 hold a veto, three supporters needed (the UN Security Council in
  // small: nine of fifteen, the five permanent members not against).
  const veto = (undecidedVeto?: 'abstains' | 'pending'): RuleDef => ({
    id: 'small-council',
    rule: {
      kind: 'veto-players',
      vetoes: [asAllyId('M0'), asAllyId('M1')],
      members: { atLeast: 3 },
      ...(undecidedVeto ? { undecidedVeto } : {}),
    },
  });
  const judge = (r: RuleDef, positions: string) => {
    const o = evaluate(r, five(positions));
    if (!o.ok) throw new Error(o.error);
    return o.value;
  };
  const cases: [string, 'abstains' | 'pending' | undefined, string][] = [
    // Article 27 as practised: an abstaining permanent member does not veto...
    ['uusss', 'abstains', 'passes'],
    ['ussso', 'abstains', 'passes'],
    // ...nor count toward the quota,
    ['uussu', 'abstains', 'pending'],
    ['uusoo', 'abstains', 'pending'], // the abstainers could still come round to the quota
    ['uuooo', 'abstains', 'blocked'], // even then only two of the three needed
    // and an objecting one blocks alone.
    ['osss' + 's', 'abstains', 'blocked'],
    // Without the clause (the default, and the built-in nuclear-ally rule) the outcome waits.
    ['uusss', 'pending', 'pending'],
    ['uusss', undefined, 'pending'],
    ['sssoo', undefined, 'passes'],
    ['osss' + 's', undefined, 'blocked'],
  ];
  it.each(cases)('%s with undecided vetoes %s is %s', (positions, clause, status) => {
    expect(judge(veto(clause), positions).status).toBe(status);
  });

  it('names the objecting veto player as the blocker, and no abstainer as missing', () => {
    const blocked = judge(veto('abstains'), 'ousss');
    expect(blocked.blockers).toEqual(['M0']);
    expect(blocked.missing).toEqual(['M0']);
    expect(blocked.pivotal).toEqual(['M0']);
    const pending = judge(veto('abstains'), 'uussu');
    // One more supporter will do, and it need not be a veto player.
    expect(pending.missing).toHaveLength(1);
    expect(pending.margins.find((m) => m.id === 'vetoes')).toMatchObject({ have: 2, met: true });
    // When it passes with both abstaining, either veto player objecting would block it, and any
    // supporter leaving would drop it below the quota: all five are pivotal.
    expect(judge(veto('abstains'), 'uusss').pivotal).toEqual(['M0', 'M1', 'M2', 'M3', 'M4']);
  });

  it('keeps the built-in nuclear-ally rule waiting for an undecided United States', () => {
    const allies = alliesOn('2024-07-10');
    const positions = allies.map((m): Position => (m.id === 'US' ? 'undecided' : 'support'));
    expect(outcome('veto-players', tableOf(allies, positions)).status).toBe('pending');
  });
});
