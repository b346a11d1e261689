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
import type { Position } from '../engine/types';
import type { Scenario } from '../scenario/model';
import { capitalise } from '../words/format';
import { EVIDENCE_LABEL, POSITION_LABEL } from '../words/labels';
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

/** Objectors first, then undecided, then supporters; by name within each. */
export function handoutOrder(seats: readonly SeatDatum[]): SeatDatum[] {
  return [...seats].sort(
    (a, b) =>
      ORDER[a.position] - ORDER[b.position] ||
      a.name.localeCompare(b.name, 'en', { numeric: true }),
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
  const { layout, placed, counts } = useHemicycle(seats, WIDTH);
  const noun = capitalise(scenario.memberNoun.one);
  const sourceNumber = useMemo(
    () => new Map(scenario.sources.map((s, i) => [s.id, i + 1])),
    [scenario],
  );
  const columns = useMemo(() => splitColumns(handoutOrder(seats), 2), [seats]);
  const stanceOf = (id: string) => scenario.stances.find((s) => s.id === id);
  const anyChanged = seats.some((s) => changed.has(s.id));

  return (
    <section className="handout" hidden aria-label="Printed handout">
      <header className="handout-head">
        <p className="handout-kicker">
          {scenario.bodyName} · {scenario.date} · decision rule: {ruleLabel(rule, scenario)}
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
                <PositionMark position={p} size={12} /> {POSITION_LABEL[p]} {counts[p]}
              </span>
            ))}
            <span>
              <PositionMark position="object" size={12} blocker /> outlined: blocking
            </span>
          </p>
          <p className="handout-rule">
            <strong>{ruleLabel(rule, scenario)}.</strong> {ruleExplanation(rule, scenario)}{' '}
            {undecidedSemantics(rule.rule, scenario.memberNoun)}{' '}
            {noFigureSentence(rule.rule, scenario.members)}
          </p>
        </div>
      </div>

      <div className="handout-allies">
        {columns.map((column, c) => (
          <table key={c}>
            <thead>
              <tr>
                <th scope="col">{noun}</th>
                <th scope="col">Position</th>
                <th scope="col">Evidence</th>
                <th scope="col">Sources</th>
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
                      {changed.has(s.id) && <abbr title="set by hand">*</abbr>}
                      {s.follows && <span className="handout-follows"> follows {s.follows}</span>}
                    </th>
                    <td>
                      <PositionMark position={s.position} size={10} blocker={s.blocker} />{' '}
                      {POSITION_LABEL[s.position]}
                    </td>
                    <td>{stance ? EVIDENCE_LABEL[stance.evidence] : ''}</td>
                    <td>{refs.join(', ')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
      <p className="handout-note">
        {anyChanged && '* Position set by hand, not the scenario’s stance. '}
        Evidence: Official (on-record statement or text), Named official, Anonymous source,
        Inference (an analyst’s or journalist’s reading), Assumption (no reporting found: the
        scenario’s default).
      </p>

      {rounds.length > 0 && (
        <>
          <h3>Rounds of silence in the class room</h3>
          <ol className="handout-rounds">
            {rounds.map((r) => (
              <li key={r.started}>
                {roundSentence(r, (id) => scenario.members.find((m) => m.id === id)?.name ?? id)}
              </li>
            ))}
          </ol>
        </>
      )}

      {scenario.sources.length > 0 && (
        <>
          <h3>Sources</h3>
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
        NAC consensus simulator
        {link ? (
          <>
            {' '}
            · this table: <span className="handout-url">{link}</span>
          </>
        ) : (
          ''
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
