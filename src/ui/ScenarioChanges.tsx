/**
 * What changed between two scenarios, in words: the outcome under each one's default rule, who
 * joined or left the table, whose position moved and why (the new note, evidence grade and
 * sources), whose evidence alone changed, and the allies whose assumed default moved together.
 */
import { Fragment, type ReactNode } from 'react';
import '../words/parts/panels';
import type { AllyId, Position } from '../engine/types';
import type { ScenarioComparison, StanceChange } from '../scenario/compare';
import { shortTitle } from '../scenario/compare';
import { useWords } from '../state/words';
import { memberName, seatName } from '../words/allyNames';
import { outcomeWords } from '../words/compare';
import { capitalise, listNames, nounIn } from '../words/format';
import { defineMessages, type MessageDescriptor, type Words } from '../words/intl';
import { ruleLabel } from '../words/rules';
import type { Evidence, SourceEntry } from '../scenario/model';
import { SourceLine } from './AllyList';
import { evidenceHint, evidenceLabel, positionLabel } from '../words/labels';

const M = defineMessages({
  outcome: { id: 'changes.outcome', defaultMessage: 'Outcome' },
  outcomes: {
    id: 'changes.outcomes',
    defaultMessage:
      "({rule}, each scenario's default rule): {from}: {fromOutcome}; {to}: {toOutcome}{changed, select, yes {.} other { (no change).}}",
    description: 'After the word Outcome: each scenario (short title) and its outcome',
  },
  sourcesFor: { id: 'changes.sourcesFor', defaultMessage: 'Sources for {who}' },
  notNamed: {
    id: 'changes.notNamedWho',
    defaultMessage: 'the {other} not named',
    description: 'Whose sources: the members (allies) not named in the sources',
  },
  to: {
    id: 'changes.to',
    defaultMessage: 'to',
    description: 'Read for an arrow: Support to Object',
  },
  still: {
    id: 'changes.stillEvidence',
    defaultMessage: 'still {position}; evidence {from} {arrow} {to}',
    description: 'A position unchanged, its evidence grade changed (from, to: grades)',
  },
  assumed: {
    id: 'changes.assumed',
    defaultMessage: 'Not named in the sources: the default stance.',
  },
  same: {
    id: 'changes.same',
    defaultMessage: 'No {one} changed position or evidence between these two scenarios.',
  },
  noMove: { id: 'changes.noMove', defaultMessage: 'No {one} changed position.' },
  joinedHeading: { id: 'changes.joinedHeading', defaultMessage: 'Joined the table' },
  joined: {
    id: 'changes.joined',
    defaultMessage:
      '{name} joined ({count, plural, one {{count, number} {one}} other {{count, number} {other}}}): {position} {evidence}',
  },
  leftHeading: { id: 'changes.leftHeading', defaultMessage: 'Not at the table' },
  left: {
    id: 'changes.left',
    defaultMessage:
      '{names} {count, plural, one {sits} other {sit}} at the table of {from} but not of {to}.',
  },
  changedHeading: { id: 'changes.changedHeading', defaultMessage: 'Changed position' },
  defaultsHeading: {
    id: 'changes.defaultsHeading',
    defaultMessage: '{Nouns} with no public position',
    description: 'Nouns: what the body calls its seats, plural, capitalised (Allies)',
  },
  defaults: {
    id: 'changes.defaults',
    defaultMessage:
      '{count, plural, one {{count, number} {one}} other {{count, number} {other}}} not named in the sources: {from} {arrow} {to} {evidence}',
  },
  reassessedHeading: {
    id: 'changes.reassessedHeading',
    defaultMessage: 'New evidence, same position',
  },
});

/** Marks where an element sits in a formatted sentence (a private-use character). */
const MARK = '\uE000';

/** A sentence with elements in it (a position, a badge): formatted, then the elements put in. */
function rich(
  words: Words,
  descriptor: MessageDescriptor,
  values: Readonly<Record<string, string | number>>,
  elements: Readonly<Record<string, ReactNode>>,
): ReactNode {
  const keys = Object.keys(elements);
  const marked: Record<string, string | number> = { ...values };
  keys.forEach((key, i) => {
    marked[key] = `${MARK}${i}${MARK}`;
  });
  // Between marks, the index of an element: even pieces are the sentence's own words.
  return words
    .formatMessage(descriptor, marked)
    .split(MARK)
    .map((piece, i) =>
      i % 2 === 0 ? piece : <Fragment key={i}>{elements[keys[Number(piece)] ?? '']}</Fragment>,
    );
}

function PositionWord({ position }: { position: Position }) {
  const words = useWords();
  return (
    <span className="sc-position" data-position={position}>
      {positionLabel(position, words)}
    </span>
  );
}

function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const words = useWords();
  return (
    <span className="evidence" data-grade={evidence} title={evidenceHint(evidence, words)}>
      {evidenceLabel(evidence, words)}
    </span>
  );
}

function Sources({ sources, who }: { sources: readonly SourceEntry[]; who: string }) {
  const words = useWords();
  if (sources.length === 0) return null;
  return (
    <ul className="sc-sources" aria-label={words.formatMessage(M.sourcesFor, { who })}>
      {sources.map((s) => (
        <li key={s.id}>
          <SourceLine source={s} />
        </li>
      ))}
    </ul>
  );
}

/** An arrow to the eye, the word "to" to a screen reader. */
function Arrow() {
  const words = useWords();
  return (
    <>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden"> {words.formatMessage(M.to)} </span>
    </>
  );
}

function ChangeItem({ change, evidenceOnly }: { change: StanceChange; evidenceOnly: boolean }) {
  const words = useWords();
  const name = seatName(change.ally, change.name, words);
  return (
    <li className="sc-change" data-ally={change.ally}>
      <p className="sc-head">
        <strong>{name}</strong>:{' '}
        {evidenceOnly ? (
          rich(
            words,
            M.still,
            {},
            {
              position: <PositionWord position={change.to} />,
              from: <EvidenceBadge evidence={change.fromEvidence} />,
              arrow: <Arrow />,
              to: <EvidenceBadge evidence={change.evidence} />,
            },
          )
        ) : (
          <>
            <PositionWord position={change.from} /> <Arrow /> <PositionWord position={change.to} />{' '}
            <EvidenceBadge evidence={change.evidence} />
          </>
        )}
      </p>
      <p className="sc-note">
        {change.assumed ? `${words.formatMessage(M.assumed)} ` : ''}
        {change.note}
      </p>
      <Sources sources={change.sources} who={name} />
    </li>
  );
}

export interface ScenarioChangesProps {
  readonly comparison: ScenarioComparison;
  /** Heading level of the sections inside (the panel's own heading is one above). */
  readonly level?: 3 | 4;
}

export function ScenarioChanges({ comparison: c, level = 3 }: ScenarioChangesProps) {
  const words = useWords();
  const H = level === 3 ? 'h3' : 'h4';
  const from = shortTitle(c.from);
  const to = shortTitle(c.to);
  const same =
    c.joined.length === 0 &&
    c.left.length === 0 &&
    c.changed.length === 0 &&
    c.reassessed.length === 0 &&
    c.defaults === null;
  const noun = nounIn(c.to.memberNoun, words);
  return (
    <div className="scenario-changes">
      <p className="sc-outcome">
        <strong>{words.formatMessage(M.outcome)}</strong>{' '}
        {words.formatMessage(M.outcomes, {
          rule: c.outcomeTo ? ruleLabel(c.outcomeTo.rule, c.to, words) : c.to.defaultRule,
          from,
          fromOutcome: outcomeWords(c.outcomeFrom, c.from, words),
          to,
          toOutcome: outcomeWords(c.outcomeTo, c.to, words),
          changed: c.outcomeChanged ? 'yes' : 'no',
        })}
      </p>
      {same ? (
        <p>{words.formatMessage(M.same, { one: noun.one })}</p>
      ) : (
        c.changed.length === 0 && <p>{words.formatMessage(M.noMove, { one: noun.one })}</p>
      )}
      {c.joined.length > 0 && (
        <section className="sc-section">
          <H>{words.formatMessage(M.joinedHeading)}</H>
          <ul className="sc-list">
            {c.joined.map((a) => {
              const name = seatName(a.ally, a.name, words);
              return (
                <li key={a.ally} className="sc-change" data-ally={a.ally}>
                  <p className="sc-head">
                    {rich(
                      words,
                      M.joined,
                      { count: c.to.members.length, ...noun },
                      {
                        name: <strong>{name}</strong>,
                        position: <PositionWord position={a.position} />,
                        evidence: <EvidenceBadge evidence={a.evidence} />,
                      },
                    )}
                  </p>
                  <p className="sc-note">{a.note}</p>
                  <Sources sources={a.sources} who={name} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {c.left.length > 0 && (
        <section className="sc-section">
          <H>{words.formatMessage(M.leftHeading)}</H>
          <p>
            {words.formatMessage(M.left, {
              names: listNames(
                c.left.map((a) => a.ally),
                (id: AllyId) => memberName(c.from.members, id, words),
                words,
              ),
              count: c.left.length,
              from,
              to,
            })}
          </p>
        </section>
      )}
      {c.changed.length > 0 && (
        <section className="sc-section">
          <H>{words.formatMessage(M.changedHeading)}</H>
          <ul className="sc-list">
            {c.changed.map((x) => (
              <ChangeItem key={x.ally} change={x} evidenceOnly={false} />
            ))}
          </ul>
        </section>
      )}
      {c.defaults && (
        <section className="sc-section">
          <H>{words.formatMessage(M.defaultsHeading, { Nouns: capitalise(noun.other) })}</H>
          <p className="sc-head">
            {rich(
              words,
              M.defaults,
              { count: c.defaults.allies.length, ...noun },
              {
                from: <PositionWord position={c.defaults.from} />,
                arrow: <Arrow />,
                to: <PositionWord position={c.defaults.to} />,
                evidence: <EvidenceBadge evidence="assumption" />,
              },
            )}
          </p>
          <p className="sc-note">{c.defaults.note}</p>
          <Sources
            sources={c.defaults.sources}
            who={words.formatMessage(M.notNamed, { other: noun.other })}
          />
        </section>
      )}
      {c.reassessed.length > 0 && (
        <section className="sc-section">
          <H>{words.formatMessage(M.reassessedHeading)}</H>
          <ul className="sc-list">
            {c.reassessed.map((x) => (
              <ChangeItem key={x.ally} change={x} evidenceOnly />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
