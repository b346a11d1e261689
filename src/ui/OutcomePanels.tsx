import { memo } from 'react';
import type { Outcome } from '../engine/outcome';
import { undecidedSemantics, type RuleDef } from '../engine/rules';
import type { AllyId } from '../engine/types';
import {
  bodyWords,
  listNames,
  marginSentence,
  statusSentence,
  type NameOf,
} from '../scenario/describe';
import type { Scenario } from '../scenario/model';
import { SourceLine } from './AllyList';
import { EVIDENCE_LABEL } from './labels';

/**
 * The outcome, announced: role="status" is a polite live region, and its text starts with
 * "Passes", "Blocked" or "Pending" (a contract the browser tests rely on).
 */
export function OutcomeBanner({ outcome, nameOf }: { outcome: Outcome; nameOf: NameOf }) {
  return (
    <div role="status" className="status" data-status={outcome.status}>
      {statusSentence(outcome, nameOf)}
    </div>
  );
}

/** Why: the rule in one sentence, each blocker's stated reason with its source, what it would take. */
export const WhyPanel = memo(function WhyPanel({
  scenario,
  rule,
  outcome,
  nameOf,
}: {
  scenario: Scenario;
  rule: RuleDef;
  outcome: Outcome;
  nameOf: NameOf;
}) {
  const stanceOf = (id: AllyId) => scenario.stances.find((s) => s.id === id);
  const sourcesOf = (id: AllyId) =>
    (stanceOf(id)?.sources ?? [])
      .map((s) => scenario.sources.find((x) => x.id === s))
      .filter((s) => s !== undefined);
  return (
    <section className="panel why" aria-labelledby="why-heading">
      <h2 id="why-heading">Why</h2>
      <dl>
        <dt>The rule</dt>
        <dd>
          {rule.label}: {rule.explanation}{' '}
          {undecidedSemantics(rule.rule, scenario.isNato ? 'allies' : 'members')}
        </dd>
        {outcome.blockers.length > 0 && (
          <>
            <dt>Who blocks, and why</dt>
            <dd>
              <ul>
                {outcome.blockers.map((id) => {
                  const stance = stanceOf(id);
                  const leader = scenario.stances.find((s) => s.id === id)?.follows;
                  return (
                    <li key={id}>
                      <strong>{nameOf(id)}</strong>
                      {stance
                        ? ` (${EVIDENCE_LABEL[stance.evidence].toLowerCase()}): ${stance.note}`
                        : ''}
                      {leader ? ` Follows ${nameOf(leader)}.` : ''}
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
            <dt>Presumed to consent</dt>
            <dd>
              {listNames(outcome.presumedConsent, nameOf)}: undecided, but silence holds under
              consensus.
            </dd>
          </>
        )}
        <dt>What it would take</dt>
        <dd>
          {outcome.status === 'passes'
            ? 'It passes as the table stands.'
            : outcome.missing.length > 0
              ? outcome.missingExact
                ? `It would take ${listNames(outcome.missing, nameOf)} coming round.`
                : `It would take ${outcome.missing.length} more in favour, for example ${listNames(outcome.missing, nameOf)}.`
              : 'No change of position can make it pass under this rule.'}
          {outcome.pivotal.length === scenario.members.length
            ? ' Every one is pivotal: a single change by any of them would flip the outcome.'
            : outcome.pivotal.length > 0 &&
              ` Pivotal (a single change of theirs would flip the outcome): ${listNames(outcome.pivotal, nameOf)}.`}
        </dd>
        <dt>Margins</dt>
        <dd>
          <ul>
            {outcome.margins.map((m) => (
              <li key={m.id}>{bodyWords(marginSentence(m), scenario.isNato)}</li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
});
