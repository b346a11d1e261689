/**
 * Analyses that never run on the main thread (power indices), behind one interface: the app
 * gives a Web Worker client; tests give an in-process one. Results are cached per game.
 */
import type { PowerResult } from '../engine/power';
import type { Game } from '../engine/rules';

export interface AnalysisRequest {
  readonly id: number;
  readonly game: Game;
}

export type AnalysisResponse =
  | { readonly id: number; readonly ok: true; readonly result: PowerResult; readonly ms: number }
  | { readonly id: number; readonly ok: false; readonly error: string };

export interface AnalysisClient {
  /** Power indices of a game; the same game is computed once. */
  power(game: Game): Promise<PowerResult>;
}

/** A stable key for a game: power indices depend on the game alone, never on positions. */
export const gameKey = (g: Game): string =>
  JSON.stringify([g.n, g.vetoes, g.minCount, g.weights, g.quota, g.waiver]);

/** Wraps a compute function with a per-game cache of promises (failures are not kept). */
export function cachedClient(compute: (game: Game) => Promise<PowerResult>): AnalysisClient {
  const cache = new Map<string, Promise<PowerResult>>();
  return {
    power(game) {
      const key = gameKey(game);
      let p = cache.get(key);
      if (!p) {
        p = compute(game);
        cache.set(key, p);
        p.catch(() => cache.delete(key));
      }
      return p;
    },
  };
}
