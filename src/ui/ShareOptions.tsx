/** Inside "More ways to share": the presenter link and the embed code (loaded when opened). */
import { useAppStore, useScenario } from '../state/context';
import { embedCode } from './embedCode';
import type { SharePort } from './SharePanel';

export function ShareOptions({ port, id }: { port: SharePort; id: string }) {
  const table = useAppStore((s) => s.table);
  const scenario = useScenario();
  const code = embedCode({ src: port.presenterUrlOf(table), title: scenario.title });
  return (
    <>
      <p className="share-more-row">
        <button type="button" className="button" onClick={port.copyPresenterLink}>
          Copy presenter link
        </button>
        <span className="share-more-hint">
          Opens this table in presenter mode, for a lesson&apos;s slides; full screen takes the
          viewer&apos;s click on Full screen.
        </span>
      </p>
      <label className="share-more-label" htmlFor={`${id}-code`}>
        Embed code
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
          Copy embed code
        </button>
        <span id={`${id}-code-hint`} className="share-more-hint">
          The same presenter link in a frame, to paste as HTML into a course page or a learning
          platform (LMS).
        </span>
      </p>
    </>
  );
}
