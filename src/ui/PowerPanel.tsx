import { memo, useEffect, useMemo, useState, startTransition } from 'react';
import { PowerBars, type PowerDatum } from '../charts/PowerBars';
import type { PowerResult } from '../engine/power';
import type { Game, RuleDef } from '../engine/rules';
import type { Member } from '../engine/types';
import type { AnalysisClient } from '../state/analysis';
import { useRuleGame, useTableNow } from '../state/table';
import { useWidth } from './useWidth';
import { Exportable } from './ExportButtons';
import { aNoun, counted } from '../words/format';
import { noFigureSentence, ruleLabel, type Body } from '../words/rules';

type PowerState =
  | { game: Game; status: 'loading' }
  | { game: Game; status: 'ready'; result: PowerResult; ms: number }
  | { game: Game; status: 'error'; error: string };

/** Asks the analysis client for a game's power indices; reports loading, result or error. */
export function usePower(client: AnalysisClient, game: Game): PowerState {
  const [state, setState] = useState<PowerState>({ game, status: 'loading' });
  useEffect(() => {
    let live = true;
    const started = performance.now();
    client.power(game).then(
      // A transition, like the odds: the bars and their table render in slices that yield.
      (result) => {
        const ms = performance.now() - started;
        if (live) startTransition(() => setState({ game, status: 'ready', result, ms }));
      },
      (e: unknown) =>
        live &&
        setState({ game, status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [client, game]);
  // A result for another game (the rule just changed) means this one is still loading.
  return state.game === game ? state : { game, status: 'loading' };
}

/** A-priori power of each member under the current rule, computed off the main thread. */
export const PowerPanel = memo(function PowerPanel({
  client,
  game,
  rule,
  members,
  body,
}: {
  client: AnalysisClient;
  game: Game;
  rule: RuleDef;
  members: readonly Member[];
  /** Whose power: NATO's allies or a custom body's members (for the words). */
  body: Body;
}) {
  const label = ruleLabel(rule, body);
  const noFigure = noFigureSentence(rule.rule, members);
  const power = usePower(client, game);
  const [ref, width] = useWidth();
  const data = useMemo<PowerDatum[]>(() => {
    if (power.status !== 'ready') return [];
    return (
      members
        .map((m, i) => {
          const p = power.result.members[i];
          return {
            id: m.id,
            name: m.name,
            banzhaf: p?.banzhaf ?? 0,
            shapleyShubik: p?.shapleyShubik ?? 0,
            powerToPrevent: p?.powerToPrevent ?? 0,
            swings: p?.swings ?? 0n,
          };
        })
        // Ties keep the table's order (by name for NATO): a stable sort, without loading ICU's
        // collation data for localeCompare while the page starts.
        .sort((a, b) => b.banzhaf - a.banzhaf)
    );
  }, [power, members]);
  const unanimous = game.minCount === game.n;
  return (
    <section
      className="panel"
      aria-labelledby="power-heading"
      aria-busy={power.status === 'loading'}
    >
      <h2 id="power-heading">Who holds the key: power indices</h2>
      <p>
        {unanimous
          ? `Under ${label} every one of the ${counted(members.length, body.memberNoun)} is a full veto player, since a single objection stops a decision; so each holds an equal share (1/${members.length}) and can prevent every action.`
          : `Under ${label} power is not equal: it depends on how often ${aNoun(body.memberNoun)} can turn a losing coalition into a winning one.`}
        {noFigure && ` ${noFigure}`}
      </p>
      <ul className="power-help">
        <li>
          <strong>Banzhaf (normalized):</strong> the member&apos;s share of all decisive swings,
          where one vote turns a losing coalition into a winning one.
        </li>
        <li>
          <strong>Shapley-Shubik:</strong> the share of all orders of joining in which the member is
          the one who makes the coalition win.
        </li>
        <li>
          <strong>Power to prevent action:</strong> of all winning coalitions, the share that fail
          without the member.
        </li>
      </ul>
      <p className="muted-text">
        These are a-priori indices: they depend on the rule and the weights, not on the positions
        taken.
      </p>
      <div ref={ref}>
        {power.status === 'loading' && (
          <p className="progress">Computing power indices under {label}…</p>
        )}
        {power.status === 'error' && (
          <p role="alert">Power indices could not be computed: {power.error}</p>
        )}
        {power.status === 'ready' && (
          <Exportable subject="the power indices chart" fileName="power">
            <PowerBars
              data={data}
              title={`Power of each ${body.memberNoun.one} under ${label}`}
              width={width}
            />
          </Exportable>
        )}
      </div>
    </section>
  );
});

/** The power of each member under the current rule (asked once per rule, not per click). */
export function RulePower({ analysis }: { analysis: AnalysisClient }) {
  const { scenario, judgement } = useTableNow();
  const ruleGame = useRuleGame();
  if (!judgement) return null;
  return (
    <PowerPanel
      client={analysis}
      game={ruleGame ?? judgement.game}
      rule={judgement.rule}
      members={scenario.members}
      body={scenario}
    />
  );
}
