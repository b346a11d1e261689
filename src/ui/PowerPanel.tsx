import { memo, useEffect, useMemo, useState, startTransition } from 'react';
import '../words/parts/panels';
import { PowerBars, type PowerDatum } from '../charts/PowerBars';
import type { PowerResult } from '../engine/power';
import type { Game, RuleDef } from '../engine/rules';
import type { Member } from '../engine/types';
import type { AnalysisClient } from '../state/analysis';
import { useRuleGame, useTableNow } from '../state/table';
import { useWords } from '../state/words';
import { useWidth } from './useWidth';
import { Exportable } from './ExportButtons';
import { seatName } from '../words/allyNames';
import { aNoun, nounIn } from '../words/format';
import { defineMessages } from '../words/intl';
import type { Body } from '../words/rules';
import { counted } from '../words/format';
import { noFigureSentence, ruleLabel } from '../words/rules';

const M = defineMessages({
  heading: { id: 'power.heading', defaultMessage: 'Who holds the key: power indices' },
  unanimous: {
    id: 'power.unanimous',
    defaultMessage:
      'Under {rule} every one of the {counted} is a full veto player, since a single objection stops a decision; so each holds an equal share (1/{n}) and can prevent every action.',
    description: 'counted: "31 allies"; n: the number of members',
  },
  unequal: {
    id: 'power.unequal',
    defaultMessage:
      'Under {rule} power is not equal: it depends on how often {aNoun} can turn a losing coalition into a winning one.',
    description: 'aNoun: "an ally" (English); one: the noun alone ("ally")',
  },
  banzhafTerm: { id: 'power.help.banzhaf.term', defaultMessage: 'Banzhaf (normalized):' },
  banzhaf: {
    id: 'power.help.banzhaf',
    defaultMessage:
      "the member's share of all decisive swings, where one vote turns a losing coalition into a winning one.",
  },
  shapleyTerm: { id: 'power.help.shapley.term', defaultMessage: 'Shapley-Shubik:' },
  shapley: {
    id: 'power.help.shapley',
    defaultMessage:
      'the share of all orders of joining in which the member is the one who makes the coalition win.',
  },
  preventTerm: { id: 'power.help.prevent.term', defaultMessage: 'Power to prevent action:' },
  prevent: {
    id: 'power.help.prevent',
    defaultMessage: 'of all winning coalitions, the share that fail without the member.',
  },
  apriori: {
    id: 'power.apriori',
    defaultMessage:
      'These are a-priori indices: they depend on the rule and the weights, not on the positions taken.',
  },
  loading: { id: 'power.loading', defaultMessage: 'Computing power indices under {rule}…' },
  error: { id: 'power.error', defaultMessage: 'Power indices could not be computed: {error}' },
  subject: {
    id: 'power.exportSubject',
    defaultMessage: 'the power indices chart',
    description: 'What the download buttons save',
  },
  title: { id: 'power.title', defaultMessage: 'Power of each {one} under {rule}' },
});

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
  const words = useWords();
  const label = ruleLabel(rule, body, words);
  const noFigure = noFigureSentence(rule.rule, members, words);
  const noun = nounIn(body.memberNoun, words);
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
            name: seatName(m.id, m.name, words),
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
  }, [power, members, words]);
  const unanimous = game.minCount === game.n;
  return (
    <section
      className="panel"
      aria-labelledby="power-heading"
      aria-busy={power.status === 'loading'}
    >
      <h2 id="power-heading">{words.formatMessage(M.heading)}</h2>
      <p>
        {unanimous
          ? words.formatMessage(M.unanimous, {
              rule: label,
              counted: counted(members.length, body.memberNoun, words),
              n: String(members.length),
            })
          : words.formatMessage(M.unequal, {
              rule: label,
              aNoun: aNoun(body.memberNoun),
              one: noun.one,
            })}
        {noFigure && ` ${noFigure}`}
      </p>
      <ul className="power-help">
        <li>
          <strong>{words.formatMessage(M.banzhafTerm)}</strong> {words.formatMessage(M.banzhaf)}
        </li>
        <li>
          <strong>{words.formatMessage(M.shapleyTerm)}</strong> {words.formatMessage(M.shapley)}
        </li>
        <li>
          <strong>{words.formatMessage(M.preventTerm)}</strong> {words.formatMessage(M.prevent)}
        </li>
      </ul>
      <p className="muted-text">{words.formatMessage(M.apriori)}</p>
      <div ref={ref}>
        {power.status === 'loading' && (
          <p className="progress">{words.formatMessage(M.loading, { rule: label })}</p>
        )}
        {power.status === 'error' && (
          <p role="alert">{words.formatMessage(M.error, { error: power.error })}</p>
        )}
        {power.status === 'ready' && (
          <Exportable subject={words.formatMessage(M.subject)} fileName="power">
            <PowerBars
              data={data}
              title={words.formatMessage(M.title, { one: noun.one, rule: label })}
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
