import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import scenarios from 'virtual:scenarios';
import { createOfflineStore, type OfflineStore } from '../state/offline';
import { loadSaved } from '../state/persistence';
import { StoreProvider } from '../state/context';
import { createRoomStore, RoomProvider } from '../state/room';
import { createAppStore, noticeWords, type Notice, type TableState } from '../state/store';
import { FullscreenContext } from '../ui/fullscreenContext';
import { App } from './App';
import { bootNeedsParser, bootState, DEFAULT_SCENARIO_ID, type ParseScenario } from './boot';
import { connectFullscreen } from './fullscreen';
import { loadScenarioParser } from './parser';
import { exercisesPort } from './exercises';
import { roomsOnDemand } from './roomsOnDemand';
import { browserDownload, scenarioFilesPort } from './scenarioFiles';
import { sharePort } from './share';
import { decodeLink } from '../scenario/link';
import { createWords, defineMessages, ENGLISH_CATALOG } from '../words/intl';
import { IntlRoot, type Shown } from './IntlRoot';
import { chooseLanguage, keepLanguage, loadCatalog, storedLanguage } from './language';
import { connectBrowser, shareReach, shareUrl } from './sync';
import { createWorkerClient } from './workerClient';
import './styles.css';

const COPY = defineMessages({
  copied: { id: 'notice.linkCopied', defaultMessage: 'Link copied: it opens this exact table.' },
  refused: {
    id: 'notice.copyThisLink',
    defaultMessage: 'Copy this link: {url}',
    description: 'The clipboard refused: the link is shown to copy by hand',
  },
  tooLarge: {
    id: 'notice.linkTooLarge',
    defaultMessage:
      'Link copied, but this imported scenario is too large to travel in it ({length, number} characters; the limit is {limit, number}). It opens only in this browser: to share the table, send the scenario file (Download the scenario file).',
  },
  // Before the page (and its IntlProvider) exists: in the language it opens in.
  opening: { id: 'boot.openingImported', defaultMessage: 'Opening the imported scenario…' },
});

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const storage = safeLocalStorage();
const loaded = loadSaved(storage);
const rootElement = document.getElementById('root');
const root = rootElement ? createRoot(rootElement) : null;

/** The link's language, else the one kept here, else the browser's (src/app/language.ts). */
const linked = decodeLink(window.location.hash);
const language = chooseLanguage(
  linked.ok ? linked.state.lang : undefined,
  storedLanguage(storage),
  navigator.languages.length > 0 ? navigator.languages : [navigator.language],
);

function start(shown: Shown, parse?: ParseScenario) {
  const boot = bootState(scenarios, window.location.hash, loaded, parse);
  const store = createAppStore(scenarios, {
    ...boot,
    language: shown.language,
    homeScenarioId: DEFAULT_SCENARIO_ID,
  });
  connectBrowser(store, scenarios, window, storage, boot.keptAside);
  keepLanguage(store, storage);
  const lang = () => store.getState().language;
  const rooms = createRoomStore();
  const analysis = createWorkerClient();
  const fullscreen = connectFullscreen(store, document);
  const print = () => window.print();
  const shareUrlOf = (table: TableState) =>
    shareUrl(window, table, store.getState().imported, scenarios, { lang: lang() });
  const download = browserDownload();
  const files = scenarioFilesPort(window, download);
  const exercises = exercisesPort(window, storage, store, scenarios);
  const roomPort = roomsOnDemand({
    store,
    rooms,
    catalog: scenarios,
    win: window,
    storage,
    shareUrl: shareUrlOf,
    download,
  });
  const offline = createOfflineStore();
  keepOfflineWhenIdle(offline);
  const share = sharePort(window, store, scenarios, (text) => navigator.clipboard.writeText(text));

  async function copyLink() {
    const { table, imported } = store.getState();
    const url = shareUrl(window, table, imported, scenarios, { lang: lang() });
    const reach = shareReach(window, table, imported, { lang: lang() });
    try {
      await navigator.clipboard.writeText(url);
      if (reach.imported && !reach.carries) {
        // Said, not hidden: this link opens the table only in a browser that has the scenario.
        store.getState().showNotice({
          kind: 'info',
          ...noticeWords({
            descriptor: COPY.tooLarge,
            values: { length: reach.length, limit: reach.limit },
          }),
        });
        return;
      }
      const notice: Notice = { kind: 'copy', ...noticeWords({ descriptor: COPY.copied }) };
      store.getState().showNotice(notice);
      // A confirmation, not a warning: it leaves by itself.
      setTimeout(() => {
        if (store.getState().notice === notice) store.getState().dismissNotice();
      }, 4000);
    } catch {
      store
        .getState()
        .showNotice({
          kind: 'copy',
          ...noticeWords({ descriptor: COPY.refused, values: { url } }),
        });
    }
  }

  // The first render as a transition: React renders the page in slices of a few milliseconds and
  // yields in between, instead of one long task that blocks input while the page loads.
  startTransition(() =>
    root?.render(
      <StrictMode>
        <StoreProvider store={store} catalog={scenarios}>
          <IntlRoot initial={shown}>
            <RoomProvider store={rooms} port={roomPort}>
              <FullscreenContext.Provider value={fullscreen.available ? fullscreen.enter : null}>
                <App
                  copyLink={() => void copyLink()}
                  analysis={analysis}
                  requestFullscreen={fullscreen.enter}
                  print={print}
                  shareUrlOf={shareUrlOf}
                  files={files}
                  share={share}
                  exercises={exercises}
                  offline={offline}
                />
              </FullscreenContext.Provider>
            </RoomProvider>
          </IntlRoot>
        </StoreProvider>
      </StrictMode>,
    ),
  );
}

/**
 * The offline build's service worker is registered once the page has loaded and is idle: neither
 * its code nor the precache it starts (every script of the build) competes with the first paint.
 * Only in a build: the dev server serves no worker.
 */
function keepOfflineWhenIdle(offline: OfflineStore) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void import('./offline')
      .then((m) => m.keepOffline(window, offline))
      .catch(() => {
        // No worker (storage refused, a private window): the simulator works online as before.
      });
  // (Safari has no requestIdleCallback: a pause after load stands in for it.)
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(start, { timeout: 5000 })
      : setTimeout(start, 2000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// Imported scenarios (a link that carries one, or imports kept here) need the lazy parser: the
// page says what it is opening meanwhile. Everything else starts at once, without the parser.
function open(shown: Shown) {
  if (bootNeedsParser(window.location.hash, loaded)) {
    const words = createWords(shown.language, shown.catalog);
    root?.render(<p className="booting">{words.formatMessage(COPY.opening)}</p>);
    loadScenarioParser().then(
      (m) => start(shown, m.parseScenario),
      () => start(shown),
    );
  } else start(shown);
}

// English is in this code; another language's catalog loads first, so that the page opens in
// it rather than switching after its first paint (if it cannot load, the page opens in English).
const english: Shown = { language: 'en', catalog: ENGLISH_CATALOG };
if (language === 'en') open(english);
else
  loadCatalog(language).then(
    (catalog) => open({ language, catalog }),
    () => open(english),
  );
