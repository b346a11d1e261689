import { memo, type ReactNode } from 'react';
import type { Outcome } from '../engine/outcome';
import type { RuleDef } from '../engine/rules';
import type { AllyId } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { evidenceWord, positionLabel } from '../words/labels';
import { defineMessages, languageOf } from '../words/intl';
import { textLang } from '../scenario/translate';
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
import { richText } from './richText';

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
  blocker: {
    id: 'why.blocker',
    defaultMessage:
      '{kind, select, changed {{name} ({qualifier}). The scenario states {position} ({evidence}): {note}} following {{name} ({qualifier}, following {leader}): {note}} bare {{name} ({qualifier})} other {{name} ({qualifier}): {note}}}',
    description:
      'A blocker and what the scenario says of it. changed: a position the user set; following: it follows leader; bare: no stance stated',
  },
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
  const stanceOf = (id: AllyId) => scenario.stances.find((s) => s.id === id);
  const sourcesOf = (id: AllyId) =>
    (stanceOf(id)?.sources ?? [])
      .map((s) => scenario.sources.find((x) => x.id === s))
      .filter((s) => s !== undefined);
  // A blocker's line: its standing, then the scenario's note (in the file's French where it has
  // one, else its English, marked). A position
  // the user set rests on no source: say so, then what the scenario states and why.
  const blockerLine = (id: AllyId): ReactNode => {
    const stance = stanceOf(id);
    const leader = words.leaderOf(id);
    const changed = words.standingOf(id) === 'your-change';
    return richText(intl, M.blocker, {
      kind: !stance ? 'bare' : changed ? 'changed' : leader ? 'following' : 'stated',
      name: <strong>{nameOf(id)}</strong>,
      qualifier: words.qualifierOf(id),
      leader: leader ? nameOf(leader) : '',
      position: stance ? positionLabel(stance.position, intl).toLocaleLowerCase(intl.locale) : '',
      evidence: stance ? evidenceWord(stance.evidence, intl) : '',
      note: <span lang={textLang(scenario, languageOf(intl))}>{stance?.note}</span>,
    });
  };
  return (
    <section className="panel why" aria-labelledby="why-heading">
      <h2 id="why-heading">{intl.formatMessage(M.heading)}</h2>
      <dl>
        <dt>{intl.formatMessage(M.rule)}</dt>
        <dd>{ruleSentence(rule, scenario, scenario.members, intl)}</dd>
        {outcome.blockers.length > 0 && (
          <>
            <dt>{intl.formatMessage(M.blockers)}</dt>
            <dd>
              <ul>
                {outcome.blockers.map((id) => (
                  <li key={id}>
                    {blockerLine(id)}
                    {sourcesOf(id).map((s) => (
                      <span key={s.id}>
                        {' '}
                        [<SourceLine source={s} />]
                      </span>
                    ))}
                  </li>
                ))}
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
        <dd>
          <ul>
            {outcome.margins.map((m) => (
              <li key={m.id}>{marginSentence(m, rule.rule, words.noun, intl)}</li>
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
