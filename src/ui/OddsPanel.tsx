/**
 * The Odds panel: each undecided ally's chance of consent, the exact probability of passage and
 * its charts. Its code (and its words) load when the panel is first opened (ExplainTabs).
 */
import { memo, useMemo } from 'react';
import { ObjectionChart, Tornado, type TornadoRow } from '../charts/OddsCharts';
import { undecidedBlocs } from '../engine/probability';
import { presumesConsent } from '../engine/rules';
import type { Noun } from '../scenario/model';
import type { AnalysisClient, OddsQuestion } from '../state/analysis';
import { useAppStore } from '../state/context';
import { oddsQuestionOf, useTableShown } from '../state/table';
import { useWords } from '../state/words';
import { capitalise, listNames, nounIn, percent, type NameOf } from '../words/format';
import { defineMessages } from '../words/intl';
import '../words/parts/odds';
import { ruleLabel } from '../words/rules';
import { Exportable } from './ExportButtons';
import { useOdds, type OddsState } from './odds';
import { useWidth } from './useWidth';

const M = defineMessages({
  heading: { id: 'odds.heading', defaultMessage: 'Odds' },
  intro: {
    id: 'odds.intro',
    defaultMessage:
      'When it comes to the decision, each undecided {one} consents with the chance set below, or else {presumes, select, yes {breaks silence} other {does not vote yes}}. {Other} that follow another move with it.',
  },
  figure: { id: 'odds.figure', defaultMessage: 'Probability of passage under {rule}:' },
  computing: { id: 'odds.computing', defaultMessage: 'Computing the exact odds…' },
  certain: { id: 'odds.certain', defaultMessage: 'No {one} is undecided: the outcome is certain.' },
  chance: { id: 'odds.chance', defaultMessage: 'Chance {name} consents' },
  chancePercent: {
    id: 'odds.chance.percent',
    defaultMessage: 'Chance {name} consents, in percent',
  },
  followers: {
    id: 'odds.followers',
    defaultMessage:
      '{names} {count, plural, one {follows and moves} other {follow and move}} with it.',
  },
  failed: { id: 'odds.failed', defaultMessage: 'The odds could not be computed: {error}' },
  bloc: { id: 'odds.bloc', defaultMessage: '{name} (with {others})' },
  tornadoTitle: {
    id: 'odds.tornado.title',
    defaultMessage: 'How far each undecided {one} moves the odds under {rule}',
  },
  tornadoSubject: { id: 'odds.tornado.subject', defaultMessage: 'the odds sensitivity chart' },
  objectionsTitle: {
    id: 'odds.objections.title',
    defaultMessage: 'How many {other} are likely to object',
  },
  objectionsSubject: { id: 'odds.objections.subject', defaultMessage: 'the objections chart' },
});

/** The Odds panel for the table the charts show. */
export const OddsSection = memo(function OddsSection({ analysis }: { analysis: AnalysisClient }) {
  const shown = useTableShown();
  const question = oddsQuestionOf(shown);
  const odds = useOdds(analysis, question);
  const { scenario, judgement, words } = shown;
  if (!judgement) return null;
  return (
    <OddsPanel
      odds={odds}
      question={question}
      ruleLabel={ruleLabel(judgement.rule, scenario, words.intl)}
      presumes={presumesConsent(judgement.rule.rule)}
      nameOf={words.nameOf}
      noun={scenario.memberNoun}
    />
  );
});

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
  const words = useWords();
  const { one, other } = nounIn(noun, words);
  const pct = (x: number) => percent(x, words);
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
            ? words.formatMessage(M.bloc, {
                name: nameOf(s.root),
                others: listNames(others, nameOf, words),
              })
            : nameOf(s.root),
        ifObjects: s.ifObjects,
        ifConsents: s.ifConsents,
      };
    });
  }, [shown, nameOf, words]);
  return (
    <section className="panel" aria-labelledby="odds-heading" aria-busy={odds.status === 'loading'}>
      <h2 id="odds-heading">{words.formatMessage(M.heading)}</h2>
      <p>
        {words.formatMessage(M.intro, {
          one,
          presumes: presumes ? 'yes' : 'no',
          Other: capitalise(other),
        })}
      </p>
      <p className="odds-figure">
        {words.formatMessage(M.figure, { rule: ruleLabel })}{' '}
        <strong>{probability === undefined ? '…' : pct(probability)}</strong>
      </p>
      {/* Above the chances, not below them: a body of 250 has 250 sliders between. */}
      {odds.status === 'loading' && !shown && (
        <p className="progress">{words.formatMessage(M.computing)}</p>
      )}
      {blocs.length === 0 ? (
        <p className="muted-text">{words.formatMessage(M.certain, { one })}</p>
      ) : (
        <ul className="odds-controls">
          {blocs.map(({ root, members, p }) => {
            const followers = members.filter((m) => m !== root);
            return (
              <li key={root}>
                <label>
                  <span>{words.formatMessage(M.chance, { name: nameOf(root) })}</span>
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
                  aria-label={words.formatMessage(M.chancePercent, { name: nameOf(root) })}
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
                    {words.formatMessage(M.followers, {
                      names: listNames(followers, nameOf, words),
                      count: followers.length,
                    })}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {odds.status === 'error' && (
        <p role="alert">{words.formatMessage(M.failed, { error: odds.error })}</p>
      )}
      {odds.status !== 'error' && shown && shownProbability !== undefined && (
        <>
          <div ref={tornadoRef}>
            <Exportable subject={words.formatMessage(M.tornadoSubject)} fileName="sensitivity">
              <Tornado
                rows={rows}
                probability={shownProbability}
                title={words.formatMessage(M.tornadoTitle, { one, rule: ruleLabel })}
                width={tornadoWidth}
                noun={noun}
              />
            </Exportable>
          </div>
          <div ref={distRef}>
            <Exportable subject={words.formatMessage(M.objectionsSubject)} fileName="objections">
              <ObjectionChart
                distribution={shown.distribution}
                title={words.formatMessage(M.objectionsTitle, { other })}
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
