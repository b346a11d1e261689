/**
 * A scenario in play: its stances plus the user's changes make the table the engine judges.
 * Shared by the command line and the app so both give the same answers.
 */
import { resolveSeats, type Override } from '../engine/follows';
import { evaluateGame, type Outcome } from '../engine/outcome';
import { probabilityOfPassage } from '../engine/probability';
import { compileRule, type Game, type RuleDef } from '../engine/rules';
import { asAllyId, err, ok, type AllyId, type Result, type Table } from '../engine/types';
import type { AllyChange } from './link';
import type { Scenario } from './model';

export type Changes = Readonly<Record<string, AllyChange>>;

/** The table as played: scenario stances, the user's changes, follows resolved. */
export function tableFor(scenario: Scenario, changes: Changes): Result<Table> {
  const overrides = new Map<AllyId, Override>(
    Object.entries(changes).map(([id, c]) => [asAllyId(id), c]),
  );
  const seats = resolveSeats(scenario.stances, overrides);
  return seats.ok ? ok({ members: scenario.members, seats: seats.value }) : seats;
}

export const ruleFor = (scenario: Scenario, ruleId: string): RuleDef | undefined =>
  scenario.rules.find((r) => r.id === ruleId);

export interface Judgement {
  readonly rule: RuleDef;
  readonly game: Game;
  readonly table: Table;
  readonly outcome: Outcome;
}

/** Exact probability of passage of a judged table, given the undecided allies' p. */
export const probabilityOf = (j: Judgement): number => probabilityOfPassage(j.game, j.table.seats);

/** Judges the scenario with changes under a rule: the outcome, and what it was judged on. */
export function judge(scenario: Scenario, ruleId: string, changes: Changes): Result<Judgement> {
  const rule = ruleFor(scenario, ruleId);
  if (!rule)
    return err(
      `rule "${ruleId}" is not available for ${scenario.id} (try: ${scenario.rules.map((r) => r.id).join(', ')})`,
    );
  const table = tableFor(scenario, changes);
  if (!table.ok) return table;
  const game = compileRule(rule.rule, table.value.members);
  if (!game.ok) return game;
  const outcome = evaluateGame(rule, game.value, table.value);
  return ok({
    rule,
    game: game.value,
    table: table.value,
    outcome,
  });
}
