/**
 * Loads the world map lazily: the TopoJSON (world-atlas, 108 kB) and its decoder are fetched as
 * their own chunks after the first paint, never in the first-visit bundle.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WorldAtlas } from '../charts/mapLayout';

export type AtlasState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly atlas: WorldAtlas }
  | { readonly status: 'error'; readonly message: string };

export type AtlasLoader = () => Promise<WorldAtlas>;

let pending: Promise<WorldAtlas> | null = null;

/** One load per page; a failed load is forgotten so that Retry fetches again. */
export const loadAtlas: AtlasLoader = () => {
  pending ??= Promise.all([
    import('world-atlas/countries-110m.json'),
    import('../charts/atlas'),
  ]).then(([topology, { decodeAtlas }]) => decodeAtlas(topology.default));
  pending.catch(() => {
    pending = null;
  });
  return pending;
};

export function useAtlas(load: AtlasLoader = loadAtlas): [AtlasState, () => void] {
  const [state, setState] = useState<AtlasState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (atlas) => {
        if (live) setState({ status: 'ready', atlas });
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
  }, [load, attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((a) => a + 1);
  }, []);
  return [state, retry];
}
