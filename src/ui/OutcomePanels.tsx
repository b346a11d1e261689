import { memo } from 'react';
import type { Outcome } from '../engine/outcome';
import type { RuleDef } from '../engine/rules';
import type { AllyId } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { EVIDENCE_WORD, POSITION_LABEL } from '../words/labels';
import { defineMessages, languageOf } from '../words/intl';
import {
  marginSentence,
  presumedSentence,
  statusSentence,
  whatItWouldTake,
  type TableWords,
} from '../words/outcome';
import { ruleSentence } from '../words/rules';
import { useTableNow, useTableShown } from '../state/table';
import { SourceLine } from './AllyList';

/**
 * The outcome, announced: role="status" is a polite live region, and its text starts with
 * "Passes", "Blocked" or "Pending" (a contract the browser tests rely on).
 */
export function OutcomeBanner({ outcome, words }: { outcome: Outcome; words: TableWords }) {
  return (
    <div role="status" className="status" data-status={outcome.status}>
      {statusSentence(outcome, words)}
    </div>
  );
}

const M = defineMessages({
  heading: { id: 'why.heading', defaultMessage: 'Why' },
  rule: { id: 'why.term.rule', defaultMessage: 'The rule' },
  blockers: { id: 'why.term.blockers', defaultMessage: 'Who blocks, and why' },
  presumed: { id: 'why.term.presumed', defaultMessage: 'Presumed to consent' },
  take: { id: 'why.term.take', defaultMessage: 'What it would take' },
  margins: { id: 'why.term.margins', defaultMessage: 'Margins' },
});

/** Why: the rule in one sentence, each blocker's stated reason with its source, what it would take. */
export const WhyPanel = memo(function WhyPanel({
  scenario,
  rule,
  outcome,
  words,
}: {
  scenario: Scenario;
  rule: RuleDef;
  outcome: Outcome;
  words: TableWords;
}) {
  const { nameOf, intl } = words;
  // The rule, the blockers' reasons and the margins are not translated yet: marked English.
  const untranslated = languageOf(intl) === 'en' ? undefined : 'en';
  const stanceOf = (id: AllyId) => scenario.stances.find((s) => s.id === id);
  const sourcesOf = (id: AllyId) =>
    (stanceOf(id)?.sources ?? [])
      .map((s) => scenario.sources.find((x) => x.id === s))
      .filter((s) => s !== undefined);
  return (
    <section className="panel why" aria-labelledby="why-heading">
      <h2 id="why-heading">{intl.formatMessage(M.heading)}</h2>
      <dl>
        <dt>{intl.formatMessage(M.rule)}</dt>
        <dd lang={untranslated}>{ruleSentence(rule, scenario, scenario.members)}</dd>
        {outcome.blockers.length > 0 && (
          <>
            <dt>{intl.formatMessage(M.blockers)}</dt>
            <dd lang={untranslated}>
              <ul>
                {outcome.blockers.map((id) => {
                  const stance = stanceOf(id);
                  const leader = words.leaderOf(id);
                  const qualifier = words.qualifierOf(id);
                  // A position the user set rests on no source: say so, then what the
                  // scenario states and why.
                  const stated = !stance
                    ? ''
                    : words.standingOf(id) === 'your-change'
                      ? `. The scenario states ${POSITION_LABEL[stance.position].toLowerCase()} (${EVIDENCE_WORD[stance.evidence]}): ${stance.note}`
                      : `: ${stance.note}`;
                  return (
                    <li key={id}>
                      <strong>{nameOf(id)}</strong> ({qualifier}
                      {leader ? `, following ${nameOf(leader)}` : ''}){stated}
                      {sourcesOf(id).map((s) => (
                        <span key={s.id}>
                          {' '}
                          [<SourceLine source={s} />]
                        </span>
                      ))}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        )}
        {outcome.presumedConsent.length > 0 && (
          <>
            <dt>{intl.formatMessage(M.presumed)}</dt>
            <dd>{presumedSentence(outcome, words)}</dd>
          </>
        )}
        <dt>{intl.formatMessage(M.take)}</dt>
        <dd>{whatItWouldTake(outcome, words, scenario.members.length)}</dd>
        <dt>{intl.formatMessage(M.margins)}</dt>
        <dd lang={untranslated}>
          <ul>
            {outcome.margins.map((m) => (
              <li key={m.id}>{marginSentence(m, rule.rule, words.noun)}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
});

/** The banner of the table as it is now: a click paints it at once. */
export function CurrentOutcome() {
  const { judgement, words } = useTableNow();
  return judgement ? <OutcomeBanner outcome={judgement.outcome} words={words} /> : null;
}

/** Why, for the table the charts show (deferred: it follows the click by a frame). */
export function TableWhy() {
  const { scenario, judgement, words } = useTableShown();
  return judgement ? (
    <WhyPanel scenario={scenario} rule={judgement.rule} outcome={judgement.outcome} words={words} />
  ) : null;
}
