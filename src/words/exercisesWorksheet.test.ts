// What the printed worksheet says of the table an exercise starts from, on a table of four.
import { describe, expect, it } from 'vitest';
import { builtInRule } from '../engine/rules';
import { asAllyId } from '../engine/types';
import type { Exercise, Scenario } from '../scenario/model';
import { ALLY } from '../scenario/model';
import { exerciseSetting } from './exercises';

const text = { id: 'e', prompt: 'Why?', hints: [], explanation: null, sources: [] };
const NAMES = ['France', 'Germany', 'Hungary', 'Italy'];

/** France objects, Germany follows France, Hungary is undecided (p 0.3), Italy supports. */
const scenario: Scenario = {
  id: 'four',
  title: 'Four',
  date: '2023-07-11',
  question: 'Four?',
  summary: '',
  bodyName: 'Four allies',
  isNato: true,
  memberNoun: ALLY,
  sources: [],
  revision: 1,
  revisions: [],
  exercises: [],
  members: NAMES.map((name, i) => ({
    id: asAllyId(['FR', 'DE', 'HU', 'IT'][i]!),
    name,
    weights: { population: [68e6, 84e6, 9.6e6, 59e6][i]! },
  })),
  stances: (['FR', 'DE', 'HU', 'IT'] as const).map((id, i) => ({
    id: asAllyId(id),
    position: (['object', 'object', 'undecided', 'support'] as const)[i]!,
    p: i === 2 ? 0.3 : 0.5,
    follows: id === 'DE' ? asAllyId('FR') : null,
    evidence: 'assumption' as const,
    note: '.',
    sources: [],
    assumed: false,
  })),
  rules: ['consensus', 'unanimity', 'weighted-population'].map((id) => builtInRule(id)!),
  defaultRule: 'consensus',
};

const setting = (exercise: Exercise) => {
  const s = exerciseSetting(scenario, exercise);
  if (!s) throw new Error('no setting');
  return s;
};

describe('an exercise’s table on paper', () => {
  it('names the rule, and the allies by position, a follower said so', () => {
    const s = setting({ ...text, kind: 'veto-players', rule: 'unanimity' });
    expect(s.rules).toBe('Decision rule: Unanimity (affirmative).');
    expect(s.column).toBe('Allies');
    expect(s.rows).toEqual([
      { position: 'support', header: 'Support (1)', names: 'Italy' },
      { position: 'undecided', header: 'Undecided (1)', names: 'Hungary' },
      { position: 'object', header: 'Object (2)', names: 'France, Germany (follows France)' },
    ]);
    expect(s.notes).toEqual([]);
    expect(s.figures).toEqual([]);
  });

  it('shows the exercise’s own changes, and the allies it holds where they stand', () => {
    const s = setting({
      ...text,
      kind: 'fewest-changes',
      goal: 'pass',
      rule: 'consensus',
      fixed: [asAllyId('DE')],
    });
    // Held, Germany no longer moves with France: it is listed on its own.
    expect(s.rows[2]).toMatchObject({ names: 'France, Germany' });
    expect(s.notes).toEqual(['Germany may not change in this exercise.']);
    const changed = setting({
      ...text,
      kind: 'pivotal',
      rule: 'consensus',
      changes: { FR: { position: 'support' } },
    });
    expect(changed.rows.map((r) => r.header)).toEqual([
      'Support (3)',
      'Undecided (1)',
      'Object (0)',
    ]);
    expect(changed.rows[2]?.names).toBe('none');
  });

  it('gives the undecided allies’ chances of consent, the exceptions by name', () => {
    const base = { ...text, kind: 'probability', rule: 'consensus', tolerance: 0.01 } as const;
    expect(setting({ ...base, chances: {} }).notes).toEqual([
      'Hungary consents with a chance of 0.3.',
    ]);
    // The exercise's own chances replace the scenario's; an objector's chance is no chance.
    expect(setting({ ...base, chances: { FR: 0.9, HU: 0.25 } }).notes).toEqual([
      'Hungary consents with a chance of 0.25.',
    ]);
    // All undecided: Germany, following France, moves with it (its own chance does not count).
    const undecided = (chances: Record<string, number>) =>
      exerciseSetting(
        { ...scenario, stances: scenario.stances.map((x) => ({ ...x, position: 'undecided' })) },
        { ...base, chances },
      )?.notes;
    expect(undecided({ FR: 0.8 })).toEqual([
      'Chances of consent: France 0.8, Hungary 0.3 and Italy 0.5. A follower moves with the ally it follows.',
    ]);
    expect(undecided({ FR: 0.8, IT: 0.3 })).toEqual([
      'Chances of consent: France 0.8; each other undecided ally 0.3. A follower moves with the ally it follows.',
    ]);
    expect(undecided({ FR: 0.3, IT: 0.3 })).toEqual([
      'Each undecided ally consents with a chance of 0.3. A follower moves with the ally it follows.',
    ]);
  });

  it('prints the figures a weighted rule counts, and the rules compared', () => {
    const s = setting({
      ...text,
      kind: 'compare-rules',
      rules: ['weighted-population', 'consensus'],
      changes: {},
    });
    expect(s.rules).toBe('Rules compared: Weighted by population; NAC consensus.');
    expect(s.figures).toEqual([
      {
        key: 'population',
        label: 'Population in millions',
        sentence: 'Population in millions: France 68, Germany 84, Hungary 9.6, Italy 59.',
      },
    ]);
  });
});
