import { useEffect, useMemo, useState, startTransition } from 'react';
import { ObjectionChart, Tornado, type TornadoRow } from '../charts/OddsCharts';
import { undecidedBlocs } from '../engine/probability';
import type { NameOf } from '../words/format';
import type { Noun } from '../scenario/model';
import { capitalise, listNames } from '../words/format';
import {
  Superseded,
  type AnalysisClient,
  type OddsQuestion,
  type OddsResult,
} from '../state/analysis';
import { useAppStore } from '../state/context';
import { useWidth } from './useWidth';
import { Exportable } from './ExportButtons';

type OddsState =
  // While a new question is computed, `stale` keeps the last answer so its charts stay mounted.
  | { question: OddsQuestion; status: 'loading'; stale?: OddsResult }
  | { question: OddsQuestion; status: 'ready'; result: OddsResult }
  | { question: OddsQuestion; status: 'error'; error: string };

/** Asks for the odds of a table; a superseded question simply waits for the newer one. */
export type { OddsState };

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

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The odds: each undecided ally's chance of consent, the exact probability of passage, why. */
export function OddsPanel({
  odds,
  question,
  ruleLabel,
  presumes,
  nameOf,
  noun,
}: {
  odds: OddsState;
  question: OddsQuestion;
  ruleLabel: string;
  presumes: boolean;
  nameOf: NameOf;
  /** What the body calls its seats (allies, members). */
  noun: Noun;
}) {
  const setProbability = useAppStore((s) => s.setProbability);
  const endGesture = useAppStore((s) => s.endGesture);
  // A drag ends on release, a key press on key up, typing on leaving the field: two drags of
  // the same slider are two steps of history, not one.
  const gestureEnds = { onPointerUp: endGesture, onKeyUp: endGesture, onBlur: endGesture };
  // The blocs whose chance can be set: each led by an undecided ally, its followers moving with it.
  const blocs = useMemo(() => undecidedBlocs(question.seats), [question.seats]);
  const [distRef, distWidth] = useWidth();
  const [tornadoRef, tornadoWidth] = useWidth();
  const probability =
    odds.status === 'ready' ? odds.result.probabilities[question.currentRuleId] : undefined;
  // The charts draw the latest answer, the previous one while a new one is computed.
  const shown =
    odds.status === 'ready' ? odds.result : odds.status === 'loading' ? odds.stale : undefined;
  const shownProbability = shown?.probabilities[question.currentRuleId];
  const rows = useMemo<TornadoRow[]>(() => {
    if (!shown) return [];
    return shown.sensitivity.map((s) => {
      const others = s.members.filter((m) => m !== s.root);
      return {
        id: s.root,
        label:
          others.length > 0
            ? `${nameOf(s.root)} (with ${listNames(others, nameOf)})`
            : nameOf(s.root),
        ifObjects: s.ifObjects,
        ifConsents: s.ifConsents,
      };
    });
  }, [shown, nameOf]);
  return (
    <section className="panel" aria-labelledby="odds-heading" aria-busy={odds.status === 'loading'}>
      <h2 id="odds-heading">Odds</h2>
      <p>
        When it comes to the decision, each undecided {noun.one} consents with the chance set below,
        or else {presumes ? 'breaks silence' : 'does not vote yes'}. {capitalise(noun.other)} that
        follow another move with it.
      </p>
      <p className="odds-figure">
        Probability of passage under {ruleLabel}:{' '}
        <strong>{probability === undefined ? '…' : pct(probability)}</strong>
      </p>
      {/* Above the chances, not below them: a body of 250 has 250 sliders between. */}
      {odds.status === 'loading' && !shown && <p className="progress">Computing the exact odds…</p>}
      {blocs.length === 0 ? (
        <p className="muted-text">No {noun.one} is undecided: the outcome is certain.</p>
      ) : (
        <ul className="odds-controls">
          {blocs.map(({ root, members, p }) => {
            const followers = members.filter((m) => m !== root);
            return (
              <li key={root}>
                <label>
                  <span>Chance {nameOf(root)} consents</span>
                  <input
                    type="range"
                    min={0}
                    max={100}
                    step={1}
                    value={Math.round(p * 100)}
                    onChange={(e) => setProbability(root, Number(e.target.value) / 100)}
                    {...gestureEnds}
                  />
                </label>
                <input
                  type="number"
                  min={0}
                  max={100}
                  step={1}
                  aria-label={`Chance ${nameOf(root)} consents, in percent`}
                  value={Math.round(p * 100)}
                  onChange={(e) => {
                    const v = Number(e.target.value);
                    if (Number.isFinite(v)) setProbability(root, v / 100);
                  }}
                  {...gestureEnds}
                />
                <span aria-hidden="true">%</span>
                {followers.length > 0 && (
                  <span className="follows-note">
                    {' '}
                    {listNames(followers, nameOf)} {followers.length === 1 ? 'follows' : 'follow'}{' '}
                    and {followers.length === 1 ? 'moves' : 'move'} with it.
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {odds.status === 'error' && <p role="alert">The odds could not be computed: {odds.error}</p>}
      {odds.status !== 'error' && shown && shownProbability !== undefined && (
        <>
          <div ref={tornadoRef}>
            <Exportable subject="the odds sensitivity chart" fileName="sensitivity">
              <Tornado
                rows={rows}
                probability={shownProbability}
                title={`How far each undecided ${noun.one} moves the odds under ${ruleLabel}`}
                width={tornadoWidth}
                noun={noun}
              />
            </Exportable>
          </div>
          <div ref={distRef}>
            <Exportable subject="the objections chart" fileName="objections">
              <ObjectionChart
                distribution={shown.distribution}
                title={`How many ${noun.other} are likely to object`}
                width={distWidth}
                noun={noun}
              />
            </Exportable>
          </div>
        </>
      )}
    </section>
  );
}
