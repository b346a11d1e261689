/**
 * The composition root's side of More ways to share (src/ui/SharePanel.tsx): the presenter link
 * and the embed code of the table in play, built from this page's address, and copied to the
 * clipboard with a notice that says what was copied (or, where copying is refused, where to find
 * it). Copy link itself stays in main.tsx.
 */
import type { Scenario } from '../scenario/model';
import { noticeWords, type AppStore, type Notice, type TableState } from '../state/store';
import type * as ShareWords from '../words/share';
import { embedCode } from '../ui/embedCode';
import type { SharePort } from '../ui/SharePanel';
import { shareReach, shareUrl } from './sync';

/** How long a copy confirmation stays: it is a confirmation, not a warning. */
const CONFIRMATION_MS = 4000;

export function sharePort(
  win: Window,
  store: AppStore,
  shipped: readonly Scenario[],
  /** Writes the clipboard (navigator.clipboard.writeText in the browser). */
  writeText: (text: string) => Promise<void>,
): SharePort {
  const presenterUrlOf = (table: TableState) =>
    shareUrl(win, table, store.getState().imported, shipped, {
      present: true,
      lang: store.getState().language,
    });
  const titleOf = (table: TableState) =>
    [...shipped, ...store.getState().imported].find((s) => s.id === table.scenarioId)?.title ??
    'NAC consensus simulator';
  const embedOf = (table: TableState) =>
    embedCode({ src: presenterUrlOf(table), title: titleOf(table) });

  const confirm = (notice: Notice) => {
    store.getState().showNotice(notice);
    win.setTimeout(() => {
      if (store.getState().notice === notice) store.getState().dismissNotice();
    }, CONFIRMATION_MS);
  };

  /**
   * Copies; says so, or says when the imported scenario is too large to travel in the link. The
   * notices' words load with the panel that asks (the copy buttons are in it).
   */
  async function copy(text: string, notices: (words: typeof ShareWords) => ShareWords.CopyNotices) {
    // The clipboard first, while the click's activation lasts.
    const written = writeText(text).then(
      () => true,
      () => false,
    );
    const said = notices(await import('../words/share'));
    const { table, imported } = store.getState();
    const reach = shareReach(win, table, imported, {
      present: true,
      lang: store.getState().language,
    });
    if (!(await written)) {
      store.getState().showNotice({ kind: 'copy', ...noticeWords(said.refused) });
      return;
    }
    if (reach.imported && !reach.carries) {
      store.getState().showNotice({
        kind: 'info',
        ...noticeWords(said.tooLarge(reach.length, reach.limit)),
      });
      return;
    }
    confirm({ kind: 'copy', ...noticeWords(said.copied) });
  }

  return {
    presenterUrlOf,
    copyPresenterLink: () => {
      const url = presenterUrlOf(store.getState().table);
      void copy(url, (w) => w.presenterLinkNotices(url));
    },
    copyEmbedCode: () => {
      void copy(embedOf(store.getState().table), (w) => w.embedCodeNotices());
    },
  };
}
