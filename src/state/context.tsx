import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { evaluateGame } from '../engine/outcome';
import { compileRule, type Game } from '../engine/rules';
import type { Scenario } from '../scenario/model';
import { judge, type Judgement } from '../scenario/play';
import { tableWords, type TableWords } from '../words/outcome';
import type { AppState, AppStore } from './store';

interface Ctx {
  readonly store: AppStore;
  readonly catalog: readonly Scenario[];
}

const StoreContext = createContext<Ctx | null>(null);

/** Gives the tree one store and the scenario catalogue; tests make a fresh store each. */
export function StoreProvider({
  store,
  catalog,
  children,
}: {
  store: AppStore;
  catalog: readonly Scenario[];
  children: ReactNode;
}) {
  const value = useMemo(() => ({ store, catalog }), [store, catalog]);
  return <StoreContext.Provider value={value}>{children}</StoreContext.Provider>;
}

function useCtx(): Ctx {
  const ctx = useContext(StoreContext);
  if (!ctx) throw new Error('StoreProvider is missing');
  return ctx;
}

/** Selects one value from the store. Select single values: a fresh object would re-render forever. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useCtx().store, selector);
}

const noSubscription = () => () => {};

/**
 * The id of the scenario in play, or null outside a StoreProvider: for parts that also render
 * on their own (a chart panel in a test), where the id only names a file.
 */
export function useScenarioIdIfAny(): string | null {
  const ctx = useContext(StoreContext);
  return useSyncExternalStore(ctx ? ctx.store.subscribe : noSubscription, () =>
    ctx ? ctx.store.getState().table.scenarioId : null,
  );
}

/** Every scenario on offer: the shipped ones, then those imported (a file or a shared link). */
export function useCatalog(): readonly Scenario[] {
  const shipped = useCtx().catalog;
  const imported = useAppStore((s) => s.imported);
  return useMemo(
    () => (imported.length > 0 ? [...shipped, ...imported] : shipped),
    [shipped, imported],
  );
}

/** The scenarios that were imported (the picker marks them). */
export const useImported = (): readonly Scenario[] => useAppStore((s) => s.imported);

/** The scenario in play (the catalogue always holds it: the store only ever points at known ids). */
export function useScenario(): Scenario {
  const catalog = useCatalog();
  const id = useAppStore((s) => s.table.scenarioId);
  const scenario = catalog.find((s) => s.id === id) ?? catalog[0];
  if (!scenario) throw new Error('no scenarios');
  return scenario;
}

/** The table judged under the current rule: derived, memoised, never stored. */
export function useJudgement(): Judgement | null {
  const scenario = useScenario();
  const ruleId = useAppStore((s) => s.table.ruleId);
  const changes = useAppStore((s) => s.table.changes);
  return useMemo(() => {
    const j = judge(scenario, ruleId, changes);
    return j.ok ? j.value : null;
  }, [scenario, ruleId, changes]);
}

/**
 * The same table under every rule the scenario offers (for the comparison strip). A deferred
 * judgement passes the scenario it was made for, which may lag the current one by a render.
 */
export function useVerdicts(judgement: Judgement | null, of?: Scenario) {
  const current = useScenario();
  const scenario = of ?? current;
  return useMemo(() => {
    if (!judgement) return [];
    return scenario.rules.flatMap((rule) => {
      const game = compileRule(rule.rule, judgement.table.members);
      return game.ok
        ? [{ rule, game: game.value, outcome: evaluateGame(rule, game.value, judgement.table) }]
        : [];
    });
  }, [scenario, judgement]);
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

/**
 * The words for the table in play: names, the body's noun, and each seat's standing (its
 * evidence, or "your change" for a position the user set).
 */
export function useTableWords(): TableWords {
  const scenario = useScenario();
  const changes = useAppStore((s) => s.table.changes);
  return useMemo(() => tableWords(scenario, changes), [scenario, changes]);
}
