/**
 * The printed handout: one A4 page with the question, the outcome, the hemicycle, every ally's
 * position with its evidence grade, and the sources. It is rendered only while the browser prints
 * (between `beforeprint` and `afterprint`, which every print path fires: the button, Ctrl+P, the
 * menu), so the page never holds a second copy of the title, the outcome or the allies' names;
 * even then it is `hidden` on screen, and handout.css shows it, and only it, on paper.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useHemicycle } from '../charts/Hemicycle';
import { PositionMark, SeatGlyph, StatusGlyph } from '../charts/marks';
import type { SeatDatum } from '../charts/types';
import type { Outcome } from '../engine/outcome';
import type { RuleDef } from '../engine/rules';
import { asAllyId, type Position } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { useWords } from '../state/words';
import { bodyNameIn, capitalise, nounIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { evidenceLabel, positionLabel } from '../words/labels';
import { statusSentence, type TableWords } from '../words/outcome';
import { noFigureSentence, ruleExplanation, ruleLabel, undecidedSemantics } from '../words/rules';
import type { SilenceRound } from '../room/snapshot';
import { useAppStore } from '../state/context';
import { useRoom } from '../state/room';
import { roundSentence } from '../words/rounds';
import type { TableState } from '../state/store';
import { useTableNow } from '../state/table';
import { seatsOf } from './seats';
import './handout.css';

export interface HandoutProps {
  readonly scenario: Scenario;
  readonly rule: RuleDef;
  readonly outcome: Outcome;
  /** The hemicycle's seats (supporters left, objectors right), as on screen. */
  readonly seats: readonly SeatDatum[];
  /** Ids of the allies whose position was set by hand, not taken from the scenario. */
  readonly changed: ReadonlySet<string>;
  /** Names, and each blocker's evidence (or "your change"). */
  readonly words: TableWords;
  /** The share link of this table, printed so a reader can open it. */
  readonly link?: string;
  /** A class room's rounds of silence, printed with their results. */
  readonly rounds?: readonly SilenceRound[];
}

const ORDER: Record<Position, number> = { object: 0, undecided: 1, support: 2 };
const WIDTH = 360;

const M = defineMessages({
  label: { id: 'handout.label', defaultMessage: 'Printed handout' },
  kicker: { id: 'handout.kicker', defaultMessage: '{body} · {date} · decision rule: {rule}' },
  blocking: { id: 'handout.blocking', defaultMessage: 'outlined: blocking' },
  evidence: { id: 'handout.evidence', defaultMessage: 'Evidence' },
  position: { id: 'handout.position', defaultMessage: 'Position' },
  sources: { id: 'handout.sources', defaultMessage: 'Sources' },
  byHand: { id: 'handout.byHand', defaultMessage: 'set by hand' },
  follows: { id: 'handout.follows', defaultMessage: 'follows {leader}' },
  changedNote: {
    id: 'handout.changedNote',
    defaultMessage: '* Position set by hand, not the scenario’s stance.',
  },
  evidenceNote: {
    id: 'handout.evidenceNote',
    defaultMessage:
      'Evidence: Official (on-record statement or text), Named official, Anonymous source, Inference (an analyst’s or journalist’s reading), Assumption (no reporting found: the scenario’s default).',
  },
  rounds: { id: 'handout.rounds', defaultMessage: 'Rounds of silence in the class room' },
  foot: { id: 'handout.foot', defaultMessage: 'NAC consensus simulator' },
  footLink: { id: 'handout.foot.link', defaultMessage: 'NAC consensus simulator · this table:' },
});

/** Objectors first, then undecided, then supporters; by name within each (in `locale`). */
export function handoutOrder(seats: readonly SeatDatum[], locale = 'en'): SeatDatum[] {
  return [...seats].sort(
    (a, b) =>
      ORDER[a.position] - ORDER[b.position] ||
      a.name.localeCompare(b.name, locale, { numeric: true }),
  );
}

/** Splits rows into `n` columns of (nearly) equal length, filled top to bottom. */
export function splitColumns<T>(rows: readonly T[], n: number): T[][] {
  const per = Math.ceil(rows.length / n);
  return Array.from({ length: n }, (_, i) => rows.slice(i * per, (i + 1) * per)).filter(
    (c) => c.length > 0,
  );
}

/** True while the browser prints. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // The browser lays out the print right after `beforeprint`: render the handout now.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** The handout, present only while printing. */
export function PrintedHandout(props: HandoutProps) {
  return usePrinting() ? <Handout {...props} /> : null;
}

export const Handout = memo(function Handout({
  scenario,
  rule,
  outcome,
  seats,
  changed,
  words,
  link,
  rounds = [],
}: HandoutProps) {
  const intl = useWords();
  const { layout, placed, counts } = useHemicycle(seats, WIDTH);
  const noun = capitalise(nounIn(scenario.memberNoun, intl).one);
  const sourceNumber = useMemo(
    () => new Map(scenario.sources.map((s, i) => [s.id, i + 1])),
    [scenario],
  );
  // Each ally by its name in the reader's language (the words' names), sorted in that language.
  const columns = useMemo(
    () =>
      splitColumns(
        handoutOrder(
          seats.map((s) => ({ ...s, name: words.nameOf(asAllyId(s.id)) })),
          intl.locale,
        ),
        2,
      ),
    [seats, words, intl.locale],
  );
  const label = ruleLabel(rule, scenario, intl);
  const stanceOf = (id: string) => scenario.stances.find((s) => s.id === id);
  const anyChanged = seats.some((s) => changed.has(s.id));

  return (
    <section className="handout" hidden aria-label={intl.formatMessage(M.label)}>
      <header className="handout-head">
        <p className="handout-kicker">
          {intl.formatMessage(M.kicker, {
            body: bodyNameIn(scenario.bodyName, intl),
            date: scenario.date,
            rule: label,
          })}
        </p>
        <h2>{scenario.title}</h2>
        <p className="handout-question">{scenario.question}</p>
      </header>

      <div className="handout-top">
        <svg
          className="handout-hemicycle"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
        >
          {placed.map(({ datum, seat }) => (
            <SeatGlyph
              key={datum.id}
              position={datum.position}
              cx={seat.x}
              cy={seat.y}
              r={seat.r}
              blocker={datum.blocker}
            />
          ))}
        </svg>
        <div className="handout-verdict">
          <p className="handout-outcome" data-status={outcome.status}>
            <svg className="handout-glyph" viewBox="0 0 24 24" aria-hidden="true">
              <StatusGlyph status={outcome.status} cx={12} cy={12} r={10} />
            </svg>
            <span>{statusSentence(outcome, words)}</span>
          </p>
          <p className="handout-counts">
            {(['support', 'undecided', 'object'] as const).map((p) => (
              <span key={p}>
                <PositionMark position={p} size={12} /> {positionLabel(p, intl)} {counts[p]}
              </span>
            ))}
            <span>
              <PositionMark position="object" size={12} blocker /> {intl.formatMessage(M.blocking)}
            </span>
          </p>
          <p className="handout-rule">
            <strong>{label}.</strong> {ruleExplanation(rule, scenario, intl)}{' '}
            {undecidedSemantics(rule.rule, scenario.memberNoun, intl)}{' '}
            {noFigureSentence(rule.rule, scenario.members, intl)}
          </p>
        </div>
      </div>

      <div className="handout-allies">
        {columns.map((column, c) => (
          <table key={c}>
            <thead>
              <tr>
                <th scope="col">{noun}</th>
                <th scope="col">{intl.formatMessage(M.position)}</th>
                <th scope="col">{intl.formatMessage(M.evidence)}</th>
                <th scope="col">{intl.formatMessage(M.sources)}</th>
              </tr>
            </thead>
            <tbody>
              {column.map((s) => {
                const stance = stanceOf(s.id);
                const refs = (stance?.sources ?? [])
                  .map((id) => sourceNumber.get(id))
                  .filter((n): n is number => n !== undefined)
                  .sort((a, b) => a - b);
                return (
                  <tr key={s.id} data-position={s.position}>
                    <th scope="row">
                      {s.name}
                      {changed.has(s.id) && <abbr title={intl.formatMessage(M.byHand)}>*</abbr>}
                      {s.follows && (
                        <span className="handout-follows">
                          {' '}
                          {intl.formatMessage(M.follows, { leader: s.follows })}
                        </span>
                      )}
                    </th>
                    <td>
                      <PositionMark position={s.position} size={10} blocker={s.blocker} />{' '}
                      {positionLabel(s.position, intl)}
                    </td>
                    <td>{stance ? evidenceLabel(stance.evidence, intl) : ''}</td>
                    <td>{refs.join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
      <p className="handout-note">
        {anyChanged && `${intl.formatMessage(M.changedNote)} `}
        {intl.formatMessage(M.evidenceNote)}
      </p>

      {rounds.length > 0 && (
        <>
          <h3>{intl.formatMessage(M.rounds)}</h3>
          <ol className="handout-rounds">
            {rounds.map((r) => (
              <li key={r.started}>{roundSentence(r, (id) => words.nameOf(asAllyId(id)), intl)}</li>
            ))}
          </ol>
        </>
      )}

      {scenario.sources.length > 0 && (
        <>
          <h3>{intl.formatMessage(M.sources)}</h3>
          <ol className="handout-sources">
            {scenario.sources.map((s) => (
              <li key={s.id}>
                {s.title}
                {[s.publisher, s.date].filter(Boolean).length > 0 &&
                  ` (${[s.publisher, s.date].filter(Boolean).join(', ')})`}
                {s.url && <span className="handout-url"> {s.url}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="handout-foot">
        {link ? (
          <>
            {intl.formatMessage(M.footLink)} <span className="handout-url">{link}</span>
          </>
        ) : (
          intl.formatMessage(M.foot)
        )}
      </p>
    </section>
  );
});

const NO_ROUNDS: readonly SilenceRound[] = [];

/** The handout of the table as it is now, rendered only while the browser prints. */
export function TableHandout({ linkOf }: { linkOf?: (table: TableState) => string }) {
  const printing = usePrinting();
  // A worksheet being printed takes the paper instead.
  const worksheet = useAppStore((s) => s.printJob !== null);
  return printing && !worksheet ? <HandoutNow linkOf={linkOf} /> : null;
}

function HandoutNow({ linkOf }: { linkOf?: (table: TableState) => string }) {
  const now = useTableNow();
  const table = useAppStore((s) => s.table);
  const changed = useMemo(
    () => new Set(Object.keys(table.changes).filter((id) => table.changes[id]?.position)),
    [table.changes],
  );
  const rounds = useRoom((r) => (r.code === null ? NO_ROUNDS : r.room.rounds));
  const { scenario, judgement, words } = now;
  if (!judgement) return null;
  return (
    <Handout
      scenario={scenario}
      rule={judgement.rule}
      outcome={judgement.outcome}
      seats={seatsOf(now)}
      changed={changed}
      words={words}
      link={linkOf?.(table)}
      rounds={rounds}
    />
  );
}
