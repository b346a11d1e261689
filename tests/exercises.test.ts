// Every shipped exercise's answer, as the engine computes it, against values worked out by hand
// from the scenario files (the reasoning is beside each). A change to a scenario that changes an
// answer fails here, so the exercise's words can be checked again.
import { describe, expect, it } from 'vitest';
import { asAllyId, ok } from '../src/engine/types';
import { exerciseAnswer, judgeResponse, type ExerciseAnswer } from '../src/scenario/exercises';
import { checkResponse } from '../src/words/exercises';
import { shippedCatalog, shippedScenario } from './support/catalog';

const answer = (scenarioId: string, exerciseId: string): ExerciseAnswer => {
  const scenario = shippedScenario(scenarioId);
  const exercise = scenario.exercises.find((e) => e.id === exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId} in ${scenarioId}`);
  const a = exerciseAnswer(scenario, exercise);
  if (!a.ok) throw new Error(a.error);
  return a.value;
};

const ids = (scenarioId: string) => shippedScenario(scenarioId).members.map((m) => m.id);

describe('the shipped exercises', () => {
  it('there are at least eight, with ids unique across the scenarios', () => {
    const all = shippedCatalog().flatMap((s) => s.exercises.map((e) => e.id));
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all).size).toBe(all.length);
  });

  it('Vilnius: France alone lets it through (Germany follows France; Hungary is silent)', () => {
    expect(answer('vilnius-2023', 'vilnius-one-change')).toMatchObject({
      fewest: 1,
      sets: [{ allies: ['FR'], position: 'support' }],
      complete: true,
    });
  });

  it('Vilnius under unanimity: France, Germany (counted on its own) and undecided Hungary', () => {
    expect(answer('vilnius-2023', 'vilnius-every-yes')).toMatchObject({
      size: 3,
      sets: [['FR', 'DE', 'HU']],
    });
  });

  it('Vilnius under unanimity: each of the 31 allies could block alone', () => {
    const a = answer('vilnius-2023', 'vilnius-who-can-veto');
    expect(a.kind === 'veto-players' && a.allies).toEqual(ids('vilnius-2023'));
    expect(ids('vilnius-2023')).toHaveLength(31);
  });

  it('Spring 2023 by majority: the US plus at least 15 of 30 coin tosses, P = 1/2 + C(30,15)/2^31', () => {
    // P(X >= 15) for X ~ Bin(30, 1/2) = (1 + P(X = 15)) / 2, and C(30, 15) = 155,117,520.
    const expected = 0.5 + 155_117_520 / 2 ** 31;
    const a = answer('spring-2023', 'spring-coin-toss');
    expect(a.kind === 'probability' && a.probability).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.5722, 4);
  });

  it('Washington under qmv: the United States holds the most power, France ranks fifth', () => {
    // Power follows population: the US has about 35% of the allies' people, then Türkiye,
    // Germany, the United Kingdom and France.
    const a = answer('washington-2024', 'washington-qmv-power');
    if (a.kind !== 'power') throw new Error('not a power answer');
    expect(a.mostPowerful).toEqual(['US']);
    expect(a.ranking.slice(0, 5).map((r) => r.id)).toEqual(['US', 'TR', 'DE', 'GB', 'FR']);
  });

  it('Washington under qmv: one change, by any of France, Germany, Hungary or the US', () => {
    // Not in favour: FR and DE (object), HU and US (undecided). A US yes brings the population in
    // favour past 65%; any other of the four leaves three not in favour, under a blocking minority.
    expect(answer('washington-2024', 'washington-qmv-one-change')).toMatchObject({
      fewest: 1,
      sets: [['FR'], ['DE'], ['HU'], ['US']].map((allies) => ({ allies, position: 'support' })),
      complete: true,
    });
  });

  it('EU: with France, Germany and Italy against, only the qualified majority passes', () => {
    // In favour: 24 members, 53% of the population (< 65% and < 2/3); against: 3 (< 4).
    expect(answer('eu-council-comparison', 'eu-three-large-object')).toMatchObject({
      passes: ['eu-council-qmv'],
    });
  });

  it('EU: four objections are the fewest that block, France and Germany with two others among them', () => {
    // Four members holding over 35% of the population; FR + DE hold 34.0%, FR + DE + IT 47.1%.
    const a = answer('eu-council-comparison', 'eu-fewest-objections');
    if (a.kind !== 'fewest-changes') throw new Error('not a fewest-changes answer');
    expect(a.fewest).toBe(4);
    expect(a.sets.every((s) => s.allies.length === 4 && s.position === 'object')).toBe(true);
    expect(a.sets.map((s) => s.allies.join(','))).toContain('AT,BE,FR,DE');
  });

  it('UN Security Council: nine elected yes votes pass under Article 27 and consensus', () => {
    expect(answer('unsc-comparison', 'unsc-abstaining-permanent')).toMatchObject({
      passes: ['unsc-article-27', 'consensus'],
    });
  });

  it('The Hague 2025: a discussion, with notes for the teacher and nothing to check', () => {
    const a = answer('shelved-2025', 'shelved-never-decided');
    expect(a.kind === 'discussion' && a.notes).toMatch(/^Points to draw out/);
    const scenario = shippedScenario('shelved-2025');
    expect(checkResponse(scenario, scenario.exercises[0]!, null).correct).toBe(false);
  });

  it('the Vilnius question as a student plays it: France is right; France and Hungary is one too many', () => {
    const scenario = shippedScenario('vilnius-2023');
    const exercise = scenario.exercises.find((e) => e.id === 'vilnius-one-change')!;
    expect(checkResponse(scenario, exercise, { FR: { position: 'support' } }).correct).toBe(true);
    expect(
      checkResponse(scenario, exercise, {
        FR: { position: 'support' },
        HU: { position: 'support' },
      }).words,
    ).toBe(
      'Not yet: it passes, but with 2 changes; it can be done with 1. Which ally holds the key?',
    );
  });

  it('each answer is the same worked out on a structured clone of the scenario (what the worker receives)', () => {
    for (const scenario of shippedCatalog()) {
      const copy = structuredClone(scenario);
      scenario.exercises.forEach((exercise, i) =>
        expect(exerciseAnswer(copy, copy.exercises[i]!)).toEqual(
          exerciseAnswer(scenario, exercise),
        ),
      );
    }
  });

  it("a response is judged against the answer given (the worker's), not one worked out again", () => {
    const scenario = shippedScenario('washington-2024');
    const exercise = scenario.exercises.find((e) => e.id === 'washington-qmv-power')!;
    const computed = answer('washington-2024', 'washington-qmv-power');
    if (computed.kind !== 'power') throw new Error('not a power answer');
    const given = ok({ ...computed, mostPowerful: [asAllyId('FR')] });
    expect(judgeResponse(scenario, exercise, 'US').correct).toBe(true);
    expect(judgeResponse(scenario, exercise, 'US', given).correct).toBe(false);
    expect(judgeResponse(scenario, exercise, 'FR', given).correct).toBe(true);
    expect(judgeResponse(scenario, exercise, 'US', { ok: false, error: 'worker failed' })).toEqual({
      correct: false,
      why: 'no-answer',
      error: 'worker failed',
    });
  });
});
