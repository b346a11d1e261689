/// <reference lib="webworker" />
/**
 * Analysis off the main thread: power indices and exact odds. The page stays responsive while a
 * weighted rule's indices, or the odds of a table with many undecided allies, take their time.
 */
import { powerIndices } from '../engine/power';
import { provideWebAssemblyKernel } from '../engine/webAssembly';
import { computeOdds, type AnalysisRequest, type AnalysisResponse } from '../state/analysis';

// Meet-in-the-middle as WebAssembly: the first answer fast (src/engine/README.md).
provideWebAssemblyKernel();

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const started = performance.now();
  let reply: AnalysisResponse;
  try {
    const result =
      request.kind === 'power' ? powerIndices(request.game) : computeOdds(request.question);
    reply = { id: request.id, ok: true, result, ms: performance.now() - started };
  } catch (e) {
    reply = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
