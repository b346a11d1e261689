/**
 * The composition root's side of More ways to share (src/ui/SharePanel.tsx): the presenter link
 * and the embed code of the table in play, built from this page's address, and copied to the
 * clipboard with a notice that says what was copied (or, where copying is refused, where to find
 * it). Copy link itself stays in main.tsx.
 */
import { formatNumber } from '../scenario/number';
import type { Scenario } from '../scenario/model';
import type { AppStore, Notice, TableState } from '../state/store';
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

  const confirm = (message: string) => {
    const notice: Notice = { kind: 'copy', message };
    store.getState().showNotice(notice);
    win.setTimeout(() => {
      if (store.getState().notice === notice) store.getState().dismissNotice();
    }, CONFIRMATION_MS);
  };

  /** Copies; says so, or says when the imported scenario is too large to travel in the link. */
  async function copy(text: string, what: string, copied: string, refused: string) {
    const { table, imported } = store.getState();
    const reach = shareReach(win, table, imported, {
      present: true,
      lang: store.getState().language,
    });
    try {
      await writeText(text);
    } catch {
      store.getState().showNotice({ kind: 'copy', message: refused });
      return;
    }
    if (reach.imported && !reach.carries) {
      store.getState().showNotice({
        kind: 'info',
        message: `${what} copied, but this imported scenario is too large to travel in its link (${formatNumber(reach.length)} characters; the limit is ${formatNumber(reach.limit)}). It opens only in this browser: to share the table, send the scenario file (Download the scenario file).`,
      });
      return;
    }
    confirm(copied);
  }

  return {
    presenterUrlOf,
    copyPresenterLink: () => {
      const url = presenterUrlOf(store.getState().table);
      void copy(
        url,
        'Presenter link',
        'Presenter link copied: it opens this table in presenter mode (full screen takes one click).',
        `Copy this presenter link: ${url}`,
      );
    },
    copyEmbedCode: () => {
      void copy(
        embedOf(store.getState().table),
        'Embed code',
        'Embed code copied: paste it as HTML into a course page or a learning platform.',
        'Copying was refused by the browser: select the embed code in the box and copy it (Ctrl+C).',
      );
    },
  };
}
