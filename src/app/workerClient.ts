/**
 * The analysis client backed by a module Web Worker. Under the page's Trusted Types policy a
 * Worker needs a TrustedScriptURL: one named policy admits exactly the worker script Vite built,
 * and nothing else.
 */
import workerUrl from './analysis.worker.ts?worker&url';
import {
  cachedClient,
  Superseded,
  type AnalysisClient,
  type AnalysisRequest,
  type AnalysisResponse,
  type OddsQuestion,
  type OddsResult,
} from '../state/analysis';
import type { PowerResult } from '../engine/power';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

let trustedUrl: string | null = null;

/** The worker's URL, through the page's one Trusted Types policy (created once: CSP forbids a second). */
function workerScriptUrl(): string | URL {
  if (trustedUrl !== null) return trustedUrl;
  const url = new URL(workerUrl, window.location.href).href;
  const tt = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  const policy = tt.createPolicy('nac-worker', {
    createScriptURL: (candidate) => {
      if (candidate !== url) throw new TypeError('only the analysis worker may be loaded');
      return candidate;
    },
  });
  trustedUrl = policy.createScriptURL(url) as string;
  return trustedUrl;
}

export function createWorkerClient(): AnalysisClient {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = new Worker(workerScriptUrl(), { type: 'module', name: 'analysis' });
    w.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      const reply = event.data;
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (!pending) return;
      if (reply.ok) pending.resolve(reply.result as never);
      else pending.reject(new Error(reply.error));
    };
    w.onerror = (e) => {
      waiting.forEach((p) => p.reject(new Error(e.message || 'the analysis worker failed')));
      waiting.clear();
      w.terminate();
      worker = null;
    };
    return w;
  };
  const ask = <T>(request: (id: number) => AnalysisRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      worker ??= start();
      const id = ++next;
      waiting.set(id, { resolve: resolve as (r: never) => void, reject });
      worker.postMessage(request(id));
    });

  // Odds: one question in the worker at a time; of those asked meanwhile only the latest waits.
  let busy = false;
  let queued: {
    question: OddsQuestion;
    resolve: (r: OddsResult) => void;
    reject: (e: Error) => void;
  } | null = null;
  const runOdds = (question: OddsQuestion): Promise<OddsResult> => {
    busy = true;
    const done = ask<OddsResult>((id) => ({ id, kind: 'odds', question }));
    void done.finally(() => {
      busy = false;
      const q = queued;
      queued = null;
      if (q) runOdds(q.question).then(q.resolve, q.reject);
    });
    return done;
  };

  return cachedClient({
    power: (game) => ask<PowerResult>((id) => ({ id, kind: 'power', game })),
    // The scenario goes whole (plain data, cloned): the worker runs exerciseAnswer on it.
    exercise: (scenario, exercise) => ask((id) => ({ id, kind: 'exercise', scenario, exercise })),
    odds: (question) => {
      if (!busy) return runOdds(question);
      queued?.reject(new Superseded());
      return new Promise<OddsResult>((resolve, reject) => {
        queued = { question, resolve, reject };
      });
    },
  });
}
