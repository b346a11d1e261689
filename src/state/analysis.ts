/**
 * Analyses that never run on the main thread (power indices, exact odds, exercises' answers),
 * behind one interface: the app gives a Web Worker client; tests give an in-process one.
 */
import type { PowerResult } from '../engine/power';
import {
  objectionDistribution,
  probabilityOfPassage,
  sensitivity,
  type Sensitivity,
} from '../engine/probability';
import type { Game } from '../engine/rules';
import type { Result, Seat } from '../engine/types';
import type { ExerciseAnswer } from '../scenario/exercises';
import type { Exercise, Scenario } from '../scenario/model';

/** What the odds are asked about: the table as played, and its game under each rule. */
export interface OddsQuestion {
  readonly seats: readonly Seat[];
  readonly games: readonly { readonly ruleId: string; readonly game: Game }[];
  readonly currentRuleId: string;
}

export interface OddsResult {
  /** Exact probability of passage under each rule, by rule id. */
  readonly probabilities: Readonly<Record<string, number>>;
  /** Under the current rule: how much each undecided bloc moves the odds, largest first. */
  readonly sensitivity: readonly Sensitivity[];
  /** Probability that exactly k allies object, k = 0..n. */
  readonly distribution: readonly number[];
}

export type AnalysisRequest =
  | { readonly id: number; readonly kind: 'power'; readonly game: Game }
  | { readonly id: number; readonly kind: 'odds'; readonly question: OddsQuestion }
  | {
      readonly id: number;
      readonly kind: 'exercise';
      readonly scenario: Scenario;
      readonly exercise: Exercise;
    };

export type AnalysisResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly result: PowerResult | OddsResult | Result<ExerciseAnswer>;
      readonly ms: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: string };

export interface AnalysisClient {
  /** Power indices of a game; the same game is computed once. */
  power(game: Game): Promise<PowerResult>;
  /** Exact odds of a table; a newer question may supersede one still waiting (it then rejects). */
  odds(question: OddsQuestion): Promise<OddsResult>;
  /**
   * The engine's answer to an exercise (exerciseAnswer in src/scenario/exercises.ts): a power
   * exercise on 32 allies takes 50-100 ms. Not cached here: the exercises keep their answers.
   */
  exercise(scenario: Scenario, exercise: Exercise): Promise<Result<ExerciseAnswer>>;
}

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer question');
  }
}

/** The odds of a table, computed here: what the worker runs, and the in-process client too. */
export function computeOdds(q: OddsQuestion): OddsResult {
  const probabilities: Record<string, number> = {};
  for (const { ruleId, game } of q.games)
    probabilities[ruleId] = probabilityOfPassage(game, q.seats);
  const current = q.games.find((g) => g.ruleId === q.currentRuleId)?.game;
  return {
    probabilities,
    sensitivity: current ? sensitivity(current, q.seats) : [],
    distribution: objectionDistribution(q.seats),
  };
}

/** A stable key for a game: power indices depend on the game alone, never on positions. */
export const gameKey = (g: Game): string =>
  JSON.stringify([g.n, g.vetoes, g.minCount, g.weights, g.quota, g.waiver]);

/**
 * Wraps compute functions: power cached per game; odds cached per question object, so panels
 * that ask about the same table share one answer (failures and superseded questions are not
 * kept: asked again, they are computed again).
 */
export function cachedClient(compute: {
  power: (game: Game) => Promise<PowerResult>;
  odds: (question: OddsQuestion) => Promise<OddsResult>;
  exercise: AnalysisClient['exercise'];
}): AnalysisClient {
  const powers = new Map<string, Promise<PowerResult>>();
  const odds = new WeakMap<OddsQuestion, Promise<OddsResult>>();
  return {
    power(game) {
      const key = gameKey(game);
      let p = powers.get(key);
      if (!p) {
        p = compute.power(game);
        powers.set(key, p);
        p.catch(() => powers.delete(key));
      }
      return p;
    },
    odds(question) {
      let p = odds.get(question);
      if (!p) {
        p = compute.odds(question);
        odds.set(question, p);
        p.catch(() => odds.delete(question));
      }
      return p;
    },
    exercise: compute.exercise,
  };
}
