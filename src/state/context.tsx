import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Scenario } from '../scenario/model';
import { inLanguage } from '../scenario/translate';
import { languageOf } from '../words/intl';
import { useWords } from './words';
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

/**
 * Every scenario on offer as the files give them (English texts): the shipped ones, then those
 * imported (a file or a shared link).
 */
export function useOriginalCatalog(): readonly Scenario[] {
  const shipped = useCtx().catalog;
  const imported = useAppStore((s) => s.imported);
  return useMemo(
    () => (imported.length > 0 ? [...shipped, ...imported] : shipped),
    [shipped, imported],
  );
}

/**
 * The language of the words on screen: the store's choice once its catalog (and the shipped
 * scenarios' translations, which come with it) has loaded.
 */
const useShownLanguage = () => languageOf(useWords());

/** Scenarios with their texts in the page's language where their files translate them. */
function useShown(scenarios: readonly Scenario[]): readonly Scenario[] {
  const language = useShownLanguage();
  return useMemo(
    () => (language === 'en' ? scenarios : scenarios.map((s) => inLanguage(s, language).scenario)),
    [scenarios, language],
  );
}

/** Every scenario on offer, to show: its texts in the page's language where translated. */
export const useCatalog = (): readonly Scenario[] => useShown(useOriginalCatalog());

/** The scenarios that were imported (the picker marks them), to show, as useCatalog gives them. */
export const useImported = (): readonly Scenario[] => useShown(useAppStore((s) => s.imported));

/**
 * The scenario in play as its file gives it: what an exported file, a link or the room carries
 * (the catalogue always holds it: the store only ever points at known ids).
 */
export function useOriginalScenario(): Scenario {
  const catalog = useOriginalCatalog();
  const id = useAppStore((s) => s.table.scenarioId);
  const scenario = catalog.find((s) => s.id === id) ?? catalog[0];
  if (!scenario) throw new Error('no scenarios');
  return scenario;
}

/**
 * The scenario in play, to show: its texts in the page's language where its file translates
 * them (translate.ts; the same object for the same language, so caches on it hold).
 */
export function useScenario(): Scenario {
  const scenario = useOriginalScenario();
  const language = useShownLanguage();
  return inLanguage(scenario, language).scenario;
}
