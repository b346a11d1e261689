/** Inside "More ways to share": the presenter link and the embed code (loaded when opened). */
import { useAppStore, useScenario } from '../state/context';
import { useWords } from '../state/words';
import { SHARE } from '../words/share';
import { embedCode } from './embedCode';
import type { SharePort } from './SharePanel';

export function ShareOptions({ port, id }: { port: SharePort; id: string }) {
  const table = useAppStore((s) => s.table);
  const scenario = useScenario();
  const intl = useWords();
  const code = embedCode({ src: port.presenterUrlOf(table), title: scenario.title });
  return (
    <>
      <p className="share-more-row">
        <button type="button" className="button" onClick={port.copyPresenterLink}>
          {intl.formatMessage(SHARE.copyPresenter)}
        </button>
        <span className="share-more-hint">{intl.formatMessage(SHARE.presenterHint)}</span>
      </p>
      <label className="share-more-label" htmlFor={`${id}-code`}>
        {intl.formatMessage(SHARE.embed)}
      </label>
      <textarea
        id={`${id}-code`}
        className="share-more-code"
        readOnly
        rows={4}
        spellCheck={false}
        value={code}
        aria-describedby={`${id}-code-hint`}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="share-more-row">
        <button type="button" className="button" onClick={port.copyEmbedCode}>
          {intl.formatMessage(SHARE.copyEmbed)}
        </button>
        <span id={`${id}-code-hint`} className="share-more-hint">
          {intl.formatMessage(SHARE.embedHint)}
        </span>
      </p>
    </>
  );
}
