/**
 * The table in play, derived: judged, compared under every rule, put into words. Derived, never
 * stored, and shared: every panel that asks for the same table gets the same objects (one
 * judgement per change however many panels read it), so memoised children skip their work.
 */
import { useDeferredValue, useMemo } from 'react';
import { evaluateGame, type Outcome } from '../engine/outcome';
import { compileRule, type Game, type RuleDef } from '../engine/rules';
import type { Scenario } from '../scenario/model';
import { judge, type Changes, type Judgement } from '../scenario/play';
import { tableWords, type TableWords } from '../words/outcome';
import type { OddsQuestion } from './analysis';
import { useAppStore, useScenario } from './context';

/** Judgements by scenario, then by the changes object (the store replaces it on every change). */
const judgements = new WeakMap<Scenario, WeakMap<Changes, Map<string, Judgement | null>>>();

/** The scenario with changes judged under a rule, once: later calls get the same object. */
export function judgeOnce(scenario: Scenario, ruleId: string, changes: Changes): Judgement | null {
  let byChanges = judgements.get(scenario);
  if (!byChanges) judgements.set(scenario, (byChanges = new WeakMap()));
  let byRule = byChanges.get(changes);
  if (!byRule) byChanges.set(changes, (byRule = new Map()));
  if (!byRule.has(ruleId)) {
    const j = judge(scenario, ruleId, changes);
    byRule.set(ruleId, j.ok ? j.value : null);
  }
  return byRule.get(ruleId) ?? null;
}

/** The table judged under the current rule (null when the rule cannot judge it). */
export function useJudgement(): Judgement | null {
  const scenario = useScenario();
  const ruleId = useAppStore((s) => s.table.ruleId);
  const changes = useAppStore((s) => s.table.changes);
  return judgeOnce(scenario, ruleId, changes);
}

/** Words by scenario and changes: names, the body's noun, each seat's standing. */
const wordsCache = new WeakMap<Scenario, WeakMap<Changes, TableWords>>();

function wordsFor(scenario: Scenario, changes: Changes): TableWords {
  let byChanges = wordsCache.get(scenario);
  if (!byChanges) wordsCache.set(scenario, (byChanges = new WeakMap()));
  let words = byChanges.get(changes);
  if (!words) byChanges.set(changes, (words = tableWords(scenario, changes)));
  return words;
}

/**
 * The words for the table in play: names, the body's noun, and each seat's standing (its
 * evidence, or "your change" for a position the user set).
 */
export function useTableWords(): TableWords {
  const scenario = useScenario();
  const changes = useAppStore((s) => s.table.changes);
  return wordsFor(scenario, changes);
}

/** A table as a panel draws it: the scenario, its judgement and its words, which move together. */
export interface TableView {
  readonly scenario: Scenario;
  readonly judgement: Judgement | null;
  readonly words: TableWords;
}

const views = new WeakMap<TableWords, WeakMap<object, TableView>>();
const NO_JUDGEMENT = {};

/** The table as it is now: what the banner, the rows and the handout show. */
export function useTableNow(): TableView {
  const scenario = useScenario();
  const judgement = useJudgement();
  const words = useTableWords();
  // One object per table, shared by every caller, so a deferred copy of it is stable too.
  let byJudgement = views.get(words);
  if (!byJudgement) views.set(words, (byJudgement = new WeakMap()));
  const key = judgement ?? NO_JUDGEMENT;
  let view = byJudgement.get(key);
  if (!view) byJudgement.set(key, (view = { scenario, judgement, words }));
  return view;
}

/**
 * The table the charts and explanations draw: a deferred copy of `useTableNow`. A click paints
 * its own feedback (the radio and the banner) first, and React renders the charts in the
 * background right after, yielding to input.
 */
export function useTableShown(): TableView {
  return useDeferredValue(useTableNow());
}

export interface Verdict {
  readonly rule: RuleDef;
  readonly game: Game;
  readonly outcome: Outcome;
}

const verdictsCache = new WeakMap<Judgement, readonly Verdict[]>();

/**
 * The same table under every rule the scenario offers (the comparison strip and the odds). The
 * current rule's verdict is the judgement itself, not judged again.
 */
export function verdictsOf(scenario: Scenario, judgement: Judgement): readonly Verdict[] {
  let verdicts = verdictsCache.get(judgement);
  if (!verdicts) {
    verdicts = scenario.rules.flatMap((rule) => {
      if (rule.id === judgement.rule.id)
        return [{ rule, game: judgement.game, outcome: judgement.outcome }];
      const game = compileRule(rule.rule, judgement.table.members);
      return game.ok
        ? [{ rule, game: game.value, outcome: evaluateGame(rule, game.value, judgement.table) }]
        : [];
    });
    verdictsCache.set(judgement, verdicts);
  }
  return verdicts;
}

/** The verdicts of a table view (empty when it cannot be judged). */
export const useVerdicts = ({ scenario, judgement }: TableView): readonly Verdict[] =>
  judgement ? verdictsOf(scenario, judgement) : [];

/**
 * The current rule's game over the scenario's members: it depends on the scenario and the rule
 * only, never on positions, so it stays the same object while positions change (power indices
 * are asked for once per rule, not once per click).
 */
export function useRuleGame(): Game | null {
  const scenario = useScenario();
  const ruleId = useAppStore((s) => s.table.ruleId);
  return useMemo(() => {
    const rule = scenario.rules.find((r) => r.id === ruleId);
    const game = rule ? compileRule(rule.rule, scenario.members) : null;
    return game?.ok ? game.value : null;
  }, [scenario, ruleId]);
}

const questions = new WeakMap<Judgement, OddsQuestion>();
const NO_QUESTION: OddsQuestion = { seats: [], games: [], currentRuleId: '' };

/**
 * One odds question per table: every rule's probability, and the current rule's sensitivity.
 * The same object for the same table, so the odds are asked for once whoever shows them.
 */
export function useOddsQuestion(view: TableView): OddsQuestion {
  const verdicts = useVerdicts(view);
  const { judgement } = view;
  if (!judgement) return NO_QUESTION;
  let question = questions.get(judgement);
  if (!question) {
    question = {
      seats: judgement.table.seats,
      games: verdicts.map(({ rule, game }) => ({ ruleId: rule.id, game })),
      currentRuleId: judgement.rule.id,
    };
    questions.set(judgement, question);
  }
  return question;
}
