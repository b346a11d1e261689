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
import { ROOM_CHANGE, YOUR_CHANGE } from '../words/labels';
import { tableWords, type TableWords } from '../words/outcome';
import type { OddsQuestion } from './analysis';
import { useAppStore, useScenario } from './context';
import { useRoom } from './room';
import { useWords } from './words';
import type { Words } from '../words/intl';

/** The value cached on `key`, made once by `make`: every caller asking for it gets the same one. */
export function cachedOn<K extends object, V>(cache: WeakMap<K, V>, key: K, make: () => V): V {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as V;
}

/** Judgements by scenario, then by the changes object (the store replaces it on every change). */
const judgements = new WeakMap<Scenario, WeakMap<Changes, Map<string, Judgement | null>>>();

/** The scenario with changes judged under a rule, once: later calls get the same object. */
export function judgeOnce(scenario: Scenario, ruleId: string, changes: Changes): Judgement | null {
  const byChanges = cachedOn(judgements, scenario, () => new WeakMap());
  const byRule = cachedOn(byChanges, changes, () => new Map<string, Judgement | null>());
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

/** Words by language, then scenario and changes: names, the body's noun, each seat's standing. */
type WordsCache = WeakMap<Scenario, WeakMap<Changes, TableWords>>;
const wordsCaches = new WeakMap<Words, { own: WordsCache; room: WordsCache }>();

/**
 * The words for the table in play: names, the body's noun, and each seat's standing (its
 * evidence, or "your change" for a position the user set).
 */
export function useTableWords(): TableWords {
  const scenario = useScenario();
  const changes = useAppStore((s) => s.table.changes);
  const inRoom = useRoom((r) => r.code !== null);
  const intl = useWords();
  const caches = cachedOn(wordsCaches, intl, () => ({
    own: new WeakMap() as WordsCache,
    room: new WeakMap() as WordsCache,
  }));
  const byChanges = cachedOn(inRoom ? caches.room : caches.own, scenario, () => new WeakMap());
  return cachedOn(byChanges, changes, () =>
    tableWords(scenario, changes, inRoom ? ROOM_CHANGE : YOUR_CHANGE, intl),
  );
}

/** A table as a panel draws it: the scenario, its judgement and its words, which move together. */
export interface TableView {
  readonly scenario: Scenario;
  readonly judgement: Judgement | null;
  readonly words: TableWords;
}

/** The table as it is now: what the banner, the rows and the handout show. */
export function useTableNow(): TableView {
  const scenario = useScenario();
  const judgement = useJudgement();
  const words = useTableWords();
  return useMemo(() => ({ scenario, judgement, words }), [scenario, judgement, words]);
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
const NO_VERDICTS: readonly Verdict[] = [];

/**
 * The same table under every rule the scenario offers (the comparison strip and the odds), once
 * per judgement. The current rule's verdict is the judgement itself, not judged again.
 */
export function verdictsOf({ scenario, judgement }: TableView): readonly Verdict[] {
  if (!judgement) return NO_VERDICTS;
  return cachedOn(verdictsCache, judgement, () =>
    scenario.rules.flatMap((rule) => {
      if (rule.id === judgement.rule.id)
        return [{ rule, game: judgement.game, outcome: judgement.outcome }];
      const game = compileRule(rule.rule, judgement.table.members);
      return game.ok
        ? [{ rule, game: game.value, outcome: evaluateGame(rule, game.value, judgement.table) }]
        : [];
    }),
  );
}

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
export function oddsQuestionOf(view: TableView): OddsQuestion {
  const { judgement } = view;
  if (!judgement) return NO_QUESTION;
  return cachedOn(questions, judgement, () => ({
    seats: judgement.table.seats,
    games: verdictsOf(view).map(({ rule, game }) => ({ ruleId: rule.id, game })),
    currentRuleId: judgement.rule.id,
  }));
}
