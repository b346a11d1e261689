/// <reference lib="webworker" />
/**
 * Analysis off the main thread: power indices, exact odds and exercises' answers. The page stays
 * responsive while a weighted rule's indices, the odds of a table with many undecided allies, or
 * a power exercise's ranking take their time.
 */
import { assertNever } from '../engine/types';
import { powerIndices } from '../engine/power';
import { provideWebAssemblyKernel } from '../engine/webAssembly';
import { exerciseAnswer } from '../scenario/exercises';
import { computeOdds, type AnalysisRequest, type AnalysisResponse } from '../state/analysis';

// Meet-in-the-middle as WebAssembly: the first answer fast (src/engine/README.md).
provideWebAssemblyKernel();

const answer = (request: AnalysisRequest) => {
  switch (request.kind) {
    case 'power':
      return powerIndices(request.game);
    case 'odds':
      return computeOdds(request.question);
    case 'exercise':
      return exerciseAnswer(request.scenario, request.exercise);
    default:
      return assertNever(request);
  }
};

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  const started = performance.now();
  let reply: AnalysisResponse;
  try {
    reply = { id: request.id, ok: true, result: answer(request), ms: performance.now() - started };
  } catch (e) {
    reply = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
