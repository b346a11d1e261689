// The sentences of the exercise checker: "Correct" or "Not yet", why, and plurals done right.
import { describe, expect, it } from 'vitest';
import { builtInRule } from '../engine/rules';
import { bodyOf } from '../engine/testing';
import type { Exercise, Scenario } from '../scenario/model';
import { MEMBER } from '../scenario/model';
import { checkResponse } from './exercises';

const text = { id: 'e', prompt: 'Why?', hints: [], explanation: null, sources: [] };

describe('the words', () => {
  /** France objects, Germany follows France, Hungary is undecided, Italy supports. */
  const scenario = (): Scenario => {
    const members = bodyOf([1, 1, 1, 1]).map((m, i) => ({
      ...m,
      name: ['France', 'Germany', 'Hungary', 'Italy'][i]!,
    }));
    return {
      id: 'four',
      title: 'Four',
      date: '2023-07-11',
      question: 'Four?',
      summary: '',
      bodyName: 'Four members',
      isNato: false,
      memberNoun: MEMBER,
      sources: [{ id: 's', title: 'S' }],
      revision: 1,
      revisions: [],
      exercises: [],
      members,
      stances: members.map((m, i) => ({
        id: m.id,
        position: (['object', 'object', 'undecided', 'support'] as const)[i]!,
        p: 0.5,
        follows: i === 1 ? members[0]!.id : null,
        evidence: 'assumption' as const,
        note: '.',
        sources: [],
        assumed: false,
      })),
      rules: [builtInRule('consensus')!, builtInRule('unanimity')!],
      defaultRule: 'consensus',
    };
  };
  const fewest: Exercise = {
    ...text,
    kind: 'fewest-changes',
    goal: 'pass',
    rule: 'consensus',
    fixed: [],
  };

  it('a right play says so; a longer one says how many it takes and asks who holds the key', () => {
    const s = scenario();
    expect(checkResponse(s, fewest, { M0: { position: 'support' } })).toEqual({
      correct: true,
      words: 'Correct: it passes with 1 change, the fewest it takes under Consensus: France.',
    });
    // Germany set to where France takes it anyway is no change; Hungary and Italy are.
    expect(
      checkResponse(s, fewest, {
        M0: { position: 'support' },
        M1: { position: 'support' },
        M2: { position: 'support' },
        M3: { position: 'undecided' },
      }),
    ).toEqual({
      correct: false,
      words:
        'Not yet: it passes, but with 3 changes; it can be done with 1. Which member holds the key?',
    });
    expect(checkResponse(s, fewest, { M2: { position: 'support' } }).words).toBe(
      'Not yet: with 1 change it is blocked.',
    );
  });

  it('still needed names wrong picks with the right plural', () => {
    const s = scenario();
    const e: Exercise = { ...text, kind: 'still-needed', rule: 'unanimity', changes: {} };
    expect(checkResponse(s, e, ['M0', 'M1', 'M2'])).toMatchObject({ correct: true });
    expect(checkResponse(s, e, ['M0', 'M3']).words).toBe(
      'Not yet: Italy already counts in favour.',
    );
    expect(checkResponse(s, e, ['M0', 'M1']).words).toBe(
      'Not yet: even with those members in favour it would not pass.',
    );
    const pivotal: Exercise = { ...text, kind: 'pivotal', rule: 'consensus', changes: {} };
    expect(checkResponse(s, pivotal, ['M1', 'M2']).words).toBe(
      'Not yet: Germany and Hungary are not pivotal, and 1 member is missing.',
    );
    expect(checkResponse(s, pivotal, ['XX']).words).toBe(
      'Not yet: “XX” is not a member at this table.',
    );
  });
});
