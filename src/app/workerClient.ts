/**
 * The analysis client backed by a module Web Worker, started from a TrustedScriptURL (the page's
 * one Trusted Types policy: ./trustedScripts.ts).
 */
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
import { trustedScriptUrl } from './trustedScripts';

export function createWorkerClient(): AnalysisClient {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, { resolve: (r: never) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = new Worker(trustedScriptUrl('analysis'), { type: 'module', name: 'analysis' });
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
      try {
        worker.postMessage(request(id));
      } catch (e) {
        // Not sent (a request that cannot be copied to the worker): nothing will answer it.
        waiting.delete(id);
        reject(e instanceof Error ? e : new Error(String(e)));
      }
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
