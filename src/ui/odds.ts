/**
 * The odds of a table, asked of the analysis worker: the comparison of rules (first visit) and
 * the Odds panel (loaded when opened) share the question and its answer.
 */
import { useEffect, useState, startTransition } from 'react';
import {
  Superseded,
  type AnalysisClient,
  type OddsQuestion,
  type OddsResult,
} from '../state/analysis';

export type OddsState =
  // While a new question is computed, `stale` keeps the last answer so its charts stay mounted.
  | { question: OddsQuestion; status: 'loading'; stale?: OddsResult }
  | { question: OddsQuestion; status: 'ready'; result: OddsResult }
  | { question: OddsQuestion; status: 'error'; error: string };

/** Asks for the odds of a table; a superseded question simply waits for the newer one. */
export function useOdds(client: AnalysisClient, question: OddsQuestion): OddsState {
  const [state, setState] = useState<OddsState>({ question, status: 'loading' });
  useEffect(() => {
    let live = true;
    client.odds(question).then(
      // A transition: the charts render in slices that yield to input (a click meanwhile wins).
      (result) => live && startTransition(() => setState({ question, status: 'ready', result })),
      (e: unknown) => {
        if (live && !(e instanceof Superseded))
          setState({
            question,
            status: 'error',
            error: e instanceof Error ? e.message : String(e),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [client, question]);
  if (state.question === question) return state;
  // A newer question is on its way: the last answer stays on screen (the panel is aria-busy)
  // instead of the charts being torn down and built again a few milliseconds later.
  return {
    question,
    status: 'loading',
    stale:
      state.status === 'ready'
        ? state.result
        : state.status === 'loading'
          ? state.stale
          : undefined,
  };
}
