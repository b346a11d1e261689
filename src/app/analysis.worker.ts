/// <reference lib="webworker" />
/**
 * Analysis off the main thread: power indices (and later exact odds) for a compiled game. The page
 * stays responsive while a weighted rule's indices take tens of milliseconds.
 */
import { powerIndices } from '../engine/power';
import type { AnalysisRequest, AnalysisResponse } from '../state/analysis';

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, game } = event.data;
  const started = performance.now();
  try {
    const result = powerIndices(game);
    const reply: AnalysisResponse = { id, ok: true, result, ms: performance.now() - started };
    self.postMessage(reply);
  } catch (e) {
    const reply: AnalysisResponse = {
      id,
      ok: false,
      error: e instanceof Error ? e.message : String(e),
    };
    self.postMessage(reply);
  }
};
