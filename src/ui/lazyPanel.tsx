import { useEffect, useState, type ReactNode } from 'react';

/** A panel's component, as its module exports it (a function or a memo). */
type PanelComponent<P> = (props: P) => ReactNode;

export interface LazyPanel<P> {
  /** Renders the panel: at once once its module is here, else a busy line until it is. */
  readonly Panel: (props: P) => ReactNode;
  /** Fetches the panel's module (once; a failure is forgotten, so that Retry fetches again). */
  load(): Promise<PanelComponent<P>>;
}

/**
 * A panel whose code loads when it is first shown (or when `load` is called on a hint of intent,
 * such as a pointer over its tab). Not React.lazy: a Suspense fallback, once shown, is held for
 * about 300 ms by React 19, which would delay a panel that arrives in a few milliseconds; and
 * once loaded, the panel renders synchronously, as if it had been there all along.
 */
export function lazyPanel<P extends object>(
  importer: () => Promise<PanelComponent<P>>,
): LazyPanel<P> {
  let loaded: PanelComponent<P> | null = null;
  let pending: Promise<PanelComponent<P>> | null = null;
  const load = () =>
    (pending ??= importer().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));

  function Panel(props: P) {
    const [Component, setComponent] = useState<PanelComponent<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component || failed) return;
      let live = true;
      load().then(
        (c) => live && setComponent(() => c),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Component, failed]);
    if (Component) return <Component {...props} />;
    if (failed)
      return (
        <div role="alert">
          <p>
            This panel did not load: the network may be down. Retry, or reload the page if it still
            does not come.
          </p>
          <button type="button" onClick={() => setFailed(false)}>
            Retry
          </button>
        </div>
      );
    return (
      <p className="booting" aria-busy="true">
        Loading…
      </p>
    );
  }
  return { Panel, load };
}
