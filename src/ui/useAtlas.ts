/**
 * Loads the world map lazily: the TopoJSON (world-atlas, 108 kB), its decoder and the map's own
 * code are fetched as their own chunks once the map panel nears the viewport, never in the
 * first-visit bundle.
 * The component comes with the atlas rather than through React.lazy: a Suspense fallback, once
 * shown, is held for about 300 ms by React 19, which would delay the map for nothing.
 */
import { useCallback, useEffect, useState, type ComponentType } from 'react';
import type { AllianceMapProps } from '../charts/AllianceMap';
import type { WorldAtlas } from '../charts/mapLayout';

/** What the map panel needs: the decoded atlas and the component that draws it. */
export interface LoadedMap {
  readonly atlas: WorldAtlas;
  readonly AllianceMap: ComponentType<AllianceMapProps>;
}

export type AtlasState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly map: LoadedMap }
  | { readonly status: 'error'; readonly message: string };

export type AtlasLoader = () => Promise<LoadedMap>;

/** performance.mark name set when the atlas has arrived and been decoded. */
export const ATLAS_LOADED_MARK = 'nac:atlas-loaded';

let pending: Promise<LoadedMap> | null = null;

/** One load per page; a failed load is forgotten so that Retry fetches again. */
export const loadAtlas: AtlasLoader = () => {
  pending ??= Promise.all([
    import('world-atlas/countries-110m.json'),
    import('../charts/atlas'),
    import('../charts/AllianceMap'),
  ]).then(([topology, { decodeAtlas }, { AllianceMap }]) => {
    const atlas = decodeAtlas(topology.default);
    // With the map-ready mark, splits the map's ready time into loading and drawing.
    performance.mark(ATLAS_LOADED_MARK);
    return { atlas, AllianceMap };
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
};

/** The atlas, loaded once `wanted` (until then: loading). */
export function useAtlas(load: AtlasLoader = loadAtlas, wanted = true): [AtlasState, () => void] {
  const [state, setState] = useState<AtlasState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (map) => {
        if (live) setState({ status: 'ready', map });
      },
      (error: unknown) => {
        if (live)
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [load, attempt, wanted]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return [state, retry];
}
