/**
 * What changed between two scenarios, in words: the outcome under each one's default rule, who
 * joined or left the table, whose position moved and why (the new note, evidence grade and
 * sources), whose evidence alone changed, and the allies whose assumed default moved together.
 */
import type { AllyId, Position } from '../engine/types';
import type { ScenarioComparison, StanceChange } from '../scenario/compare';
import { shortTitle } from '../scenario/compare';
import { outcomeWords } from '../words/compare';
import { capitalise, counted, listNames } from '../words/format';
import { ruleLabel } from '../words/rules';
import type { Evidence, Scenario, SourceEntry } from '../scenario/model';
import { SourceLine } from './AllyList';
import { EVIDENCE_HINT, EVIDENCE_LABEL, POSITION_LABEL } from '../words/labels';

const nameIn = (s: Scenario) => (id: AllyId) => s.members.find((m) => m.id === id)?.name ?? id;

function PositionWord({ position }: { position: Position }) {
  return (
    <span className="sc-position" data-position={position}>
      {POSITION_LABEL[position]}
    </span>
  );
}

function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  return (
    <span className="evidence" data-grade={evidence} title={EVIDENCE_HINT[evidence]}>
      {EVIDENCE_LABEL[evidence]}
    </span>
  );
}

function Sources({ sources, who }: { sources: readonly SourceEntry[]; who: string }) {
  if (sources.length === 0) return null;
  return (
    <ul className="sc-sources" aria-label={`Sources for ${who}`}>
      {sources.map((s) => (
        <li key={s.id}>
          <SourceLine source={s} />
        </li>
      ))}
    </ul>
  );
}

/** An arrow to the eye, the word "to" to a screen reader. */
const Arrow = () => (
  <>
    <span aria-hidden="true"> → </span>
    <span className="visually-hidden"> to </span>
  </>
);

function ChangeItem({ change, evidenceOnly }: { change: StanceChange; evidenceOnly: boolean }) {
  return (
    <li className="sc-change" data-ally={change.ally}>
      <p className="sc-head">
        <strong>{change.name}</strong>:{' '}
        {evidenceOnly ? (
          <>
            still <PositionWord position={change.to} />; evidence{' '}
            <EvidenceBadge evidence={change.fromEvidence} /> <Arrow />{' '}
            <EvidenceBadge evidence={change.evidence} />
          </>
        ) : (
          <>
            <PositionWord position={change.from} /> <Arrow /> <PositionWord position={change.to} />{' '}
            <EvidenceBadge evidence={change.evidence} />
          </>
        )}
      </p>
      <p className="sc-note">
        {change.assumed ? 'Not named in the sources: the default stance. ' : ''}
        {change.note}
      </p>
      <Sources sources={change.sources} who={change.name} />
    </li>
  );
}

export interface ScenarioChangesProps {
  readonly comparison: ScenarioComparison;
  /** Heading level of the sections inside (the panel's own heading is one above). */
  readonly level?: 3 | 4;
}

export function ScenarioChanges({ comparison: c, level = 3 }: ScenarioChangesProps) {
  const H = level === 3 ? 'h3' : 'h4';
  const from = shortTitle(c.from);
  const to = shortTitle(c.to);
  const same =
    c.joined.length === 0 &&
    c.left.length === 0 &&
    c.changed.length === 0 &&
    c.reassessed.length === 0 &&
    c.defaults === null;
  const noun = c.to.memberNoun;
  return (
    <div className="scenario-changes">
      <p className="sc-outcome">
        <strong>Outcome</strong> (
        {c.outcomeTo ? ruleLabel(c.outcomeTo.rule, c.to) : c.to.defaultRule}, each scenario&apos;s
        default rule): {from}: {outcomeWords(c.outcomeFrom, c.from)}; {to}:{' '}
        {outcomeWords(c.outcomeTo, c.to)}
        {c.outcomeChanged ? '.' : ' (no change).'}
      </p>
      {same ? (
        <p>No {noun.one} changed position or evidence between these two scenarios.</p>
      ) : (
        c.changed.length === 0 && <p>No {noun.one} changed position.</p>
      )}
      {c.joined.length > 0 && (
        <section className="sc-section">
          <H>Joined the table</H>
          <ul className="sc-list">
            {c.joined.map((a) => (
              <li key={a.ally} className="sc-change" data-ally={a.ally}>
                <p className="sc-head">
                  <strong>{a.name}</strong> joined ({counted(c.to.members.length, noun)}):{' '}
                  <PositionWord position={a.position} /> <EvidenceBadge evidence={a.evidence} />
                </p>
                <p className="sc-note">{a.note}</p>
                <Sources sources={a.sources} who={a.name} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.left.length > 0 && (
        <section className="sc-section">
          <H>Not at the table</H>
          <p>
            {listNames(
              c.left.map((a) => a.ally),
              nameIn(c.from),
            )}{' '}
            {c.left.length === 1 ? 'sits' : 'sit'} at the table of {from} but not of {to}.
          </p>
        </section>
      )}
      {c.changed.length > 0 && (
        <section className="sc-section">
          <H>Changed position</H>
          <ul className="sc-list">
            {c.changed.map((x) => (
              <ChangeItem key={x.ally} change={x} evidenceOnly={false} />
            ))}
          </ul>
        </section>
      )}
      {c.defaults && (
        <section className="sc-section">
          <H>{capitalise(noun.other)} with no public position</H>
          <p className="sc-head">
            {counted(c.defaults.allies.length, noun)} not named in the sources:{' '}
            <PositionWord position={c.defaults.from} /> <Arrow />{' '}
            <PositionWord position={c.defaults.to} /> <EvidenceBadge evidence="assumption" />
          </p>
          <p className="sc-note">{c.defaults.note}</p>
          <Sources sources={c.defaults.sources} who={`the ${noun} not named`} />
        </section>
      )}
      {c.reassessed.length > 0 && (
        <section className="sc-section">
          <H>New evidence, same position</H>
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
