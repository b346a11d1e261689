/**
 * The analysis client backed by a module Web Worker. Under the page's Trusted Types policy a
 * Worker needs a TrustedScriptURL: one named policy admits exactly the worker script Vite built,
 * and nothing else.
 */
import workerUrl from './analysis.worker.ts?worker&url';
import {
  cachedClient,
  type AnalysisClient,
  type AnalysisRequest,
  type AnalysisResponse,
} from '../state/analysis';
import type { PowerResult } from '../engine/power';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

function workerScriptUrl(): string | URL {
  const url = new URL(workerUrl, window.location.href).href;
  const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  const policy = tt.createPolicy('nac-worker', {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError('only the analysis worker may be loaded');
      return candidate;
    },
  });
  return policy.createScriptURL(url) as string;
}

export function createWorkerClient(): AnalysisClient {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<
    number,
    { resolve: (r: PowerResult) => void; reject: (e: Error) => void }
  >();
  const start = () => {
    const w = new Worker(workerScriptUrl(), { type: 'module', name: 'analysis' });
    w.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(new Error(reply.error));
    };
    w.onerror = (e) => {
      waiting.forEach((p) => p.reject(new Error(e.message || 'the analysis worker failed')));
      waiting.clear();
      worker = null;
    };
    return w;
  };
  return cachedClient(
    (game) =>
      new Promise<PowerResult>((resolve, reject) => {
        worker ??= start();
        const id = ++next;
        waiting.set(id, { resolve, reject });
        const request: AnalysisRequest = { id, game };
        worker.postMessage(request);
      }),
  );
}
