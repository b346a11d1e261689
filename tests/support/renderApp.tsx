// Renders the whole app as main.tsx does: boot from a URL fragment and storage, one fresh store,
// mirrored into the (jsdom) address bar and storage.
import { fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/app/App';
import { bootState, DEFAULT_SCENARIO_ID } from '../../src/app/boot';
import { exercisesPort } from '../../src/app/exercises';
import { scenarioFilesPort } from '../../src/app/scenarioFiles';
import { sharePort } from '../../src/app/share';
import { connectBrowser } from '../../src/app/sync';
import { parseScenario } from '../../src/scenario/parse';
import { StoreProvider } from '../../src/state/context';
import { loadSaved } from '../../src/state/persistence';
import { createAppStore } from '../../src/state/store';
import { loadExplanations } from '../../src/ui/ExplainTabs';
import { FullscreenContext } from '../../src/ui/fullscreenContext';
import { powerIndices } from '../../src/engine/power';
import { exerciseAnswer } from '../../src/scenario/exercises';
import { cachedClient, computeOdds, type AnalysisClient } from '../../src/state/analysis';
import { memoryStorage, shippedCatalog } from './catalog';
import { IntlRoot } from '../../src/app/IntlRoot';
import { keepLanguage } from '../../src/app/language';
import { ENGLISH_CATALOG, type Catalog, type Language } from '../../src/words/intl';
import frenchCatalog from '../../src/words/compiled/fr.json';
import { loadScenarioParser } from '../../src/app/parser';
import { presenterBar } from '../../src/ui/Presenter';

// The app boots with the parser loaded whenever it opens an imported scenario (src/app/main.tsx);
// renderApp boots synchronously, so it loads the parser (and the scenario writer) up front.
await loadScenarioParser();
// The presenter's strip too, so that presenter mode opens at once, as on a second visit.
await presenterBar.load();

const CATALOGS: Record<Language, Catalog> = {
  en: ENGLISH_CATALOG,
  fr: frenchCatalog as unknown as Catalog,
};

const catalog = shippedCatalog();
// The closed tabs' code loads on first open in the page; here it is loaded before any test, so
// that a click on a tab shows its panel at once, as a test reads it.
await loadExplanations();

export function renderApp({
  hash = '',
  storage = memoryStorage(),
  parserLoads = true,
  clipboardRefuses = false,
  exercises = false,
  analysis: given,
  language,
}: {
  /** Open in this language, under the app's IntlProvider (main.tsx's choice made already). */
  language?: Language;
  hash?: string;
  storage?: ReturnType<typeof memoryStorage>;
  /** false: start as main.tsx does when the lazy parser chunk fails to load. */
  parserLoads?: boolean;
  clipboardRefuses?: boolean;
  /** Show the Exercises panel (main.tsx's port, on this storage). */
  exercises?: boolean;
  /** The analysis client instead of the in-process one (a test that holds answers back). */
  analysis?: AnalysisClient;
} = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  const boot = bootState(
    catalog,
    window.location.hash,
    loadSaved(storage),
    parserLoads ? parseScenario : undefined,
  );
  const store = createAppStore(catalog, {
    ...boot,
    ...(language ? { language } : {}),
    homeScenarioId: DEFAULT_SCENARIO_ID,
  });
  const disconnectBrowser = connectBrowser(store, catalog, window, storage, boot.keptAside);
  const forgetLanguage = keepLanguage(store, storage);
  const disconnect = () => {
    disconnectBrowser();
    forgetLanguage();
  };
  const copyLink = vi.fn();
  const print = vi.fn();
  const requestFullscreen = vi.fn();
  // The clipboard is recorded (or refuses, with `clipboardRefuses`).
  const clipboard: string[] = [];
  const share = sharePort(window, store, catalog, async (text) => {
    if (clipboardRefuses) throw new Error('refused');
    clipboard.push(text);
  });
  // Downloads are recorded instead of saved (jsdom has no object URLs).
  const downloads: { name: string; text: string; type: string }[] = [];
  const files = scenarioFilesPort(window, (name, text, type) =>
    downloads.push({ name, text, type }),
  );
  // In-process analysis for jsdom (which has no Web Worker); the browser suite uses the worker.
  const analysis =
    given ??
    cachedClient({
      power: async (game) => powerIndices(game),
      odds: async (q) => computeOdds(q),
      exercise: async (scenario, exercise) => exerciseAnswer(scenario, exercise),
    });
  const app = (
    <FullscreenContext.Provider value={requestFullscreen}>
      <App
        copyLink={copyLink}
        analysis={analysis}
        print={print}
        requestFullscreen={requestFullscreen}
        files={files}
        share={share}
        exercises={exercises ? exercisesPort(window, storage, store, catalog) : undefined}
      />
    </FullscreenContext.Provider>
  );
  const view = render(
    <StoreProvider store={store} catalog={catalog}>
      {language ? (
        <IntlRoot initial={{ language, catalog: CATALOGS[language] }}>{app}</IntlRoot>
      ) : (
        app
      )}
    </StoreProvider>,
  );
  const unmount = () => {
    view.unmount();
    disconnect();
  };
  return {
    ...view,
    unmount,
    store,
    storage,
    copyLink,
    print,
    requestFullscreen,
    downloads,
    clipboard,
  };
}

let openedLast: (() => void) | undefined;
afterEach(() => {
  openedLast?.();
  openedLast = undefined;
});

/** renderApp for a test: the app last opened is unmounted and disconnected after each test. */
export function openApp(...args: Parameters<typeof renderApp>) {
  const r = renderApp(...args);
  openedLast = r.unmount;
  return r;
}

/** Opens one of the explanations' tabs below the table (Why, Odds, Power, Map, Timeline…). */
export async function openTab(user: { click: (e: Element) => Promise<void> }, name: string) {
  await user.click(screen.getByRole('tab', { name }));
}

/** openApp, then one tab of the explanations opened (as a click does). */
export function openAppOn(tab: string, ...args: Parameters<typeof renderApp>) {
  const r = openApp(...args);
  fireEvent.click(screen.getByRole('tab', { name: tab }));
  return r;
}
