/**
 * Odds charts: the distribution of the number of objections, and a tornado of how far each
 * undecided bloc moves the probability of passage (from "it objects" to "it consents").
 */
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { ALLY, type Noun } from '../scenario/model';
import { nounIn, percent } from '../words/format';
import { defineMessages, ENGLISH, type Words } from '../words/intl';
import '../words/parts/odds';
import { ChartSvg } from './ChartSvg';
import { ChartTable } from './ChartTable';
import { useChartWords } from './useChartWords';

const M = defineMessages({
  objections: {
    id: 'odds.objections.described',
    defaultMessage:
      'Most likely: {count, plural, one {{n} objection} other {{n} objections}} ({p}). Chance that no one objects: {none}.',
  },
  objectionsCaption: {
    id: 'odds.objections.caption',
    defaultMessage:
      'Number of {other} objecting at the decision (bars: probability; blue: no objection).',
  },
  objectionsColumn: { id: 'odds.objections.column', defaultMessage: 'Objections' },
  probability: { id: 'odds.column.probability', defaultMessage: 'Probability' },
  noneUndecided: {
    id: 'odds.tornado.noneUndecided',
    defaultMessage: 'No {one} is undecided: the probability of passage is {p}.',
  },
  tornado: {
    id: 'odds.tornado.described',
    defaultMessage:
      'Probability of passage: {p}. {label} moves it most: {ifObjects} if it objects, {ifConsents} if it consents.',
  },
  tornadoCaption: {
    id: 'odds.tornado.caption',
    defaultMessage:
      'Each bar runs from the odds if that {one} objects (orange end) to the odds if it consents; the dashed line is the current probability of passage.',
  },
  undecided: { id: 'odds.column.undecided', defaultMessage: 'Undecided' },
  ifObjects: { id: 'odds.column.ifObjects', defaultMessage: 'If it objects' },
  ifConsents: { id: 'odds.column.ifConsents', defaultMessage: 'If it consents' },
  swing: { id: 'odds.column.swing', defaultMessage: 'Swing' },
});

/** A chance as the charts print it: two decimals below 1%, else one. */
const pct = (x: number, words: Words) => percent(x, words, x > 0 && x < 0.01 ? 2 : 1);

/** Objection counts worth drawing: those with at least 0.1% chance, always including the likeliest. */
export function visibleCounts(distribution: readonly number[]): number[] {
  const shown = distribution.flatMap((p, k) => (p >= 0.001 ? [k] : []));
  return shown.length > 0 ? shown : [0];
}

export function describeObjections(
  distribution: readonly number[],
  words: Words = ENGLISH,
): string {
  let best = 0;
  distribution.forEach((p, k) => {
    if (p > (distribution[best] ?? 0)) best = k;
  });
  const none = distribution[0] ?? 0;
  return words.formatMessage(M.objections, {
    count: best,
    n: best,
    p: pct(distribution[best] ?? 0, words),
    none: pct(none, words),
  });
}

export function ObjectionChart({
  distribution,
  title,
  width = 560,
  noun = ALLY,
}: {
  distribution: readonly number[];
  title: string;
  width?: number;
  /** What the body calls its seats (allies, members): the words of captions and tables. */
  noun?: Noun;
}) {
  const words = useChartWords();
  const counts = useMemo(() => visibleCounts(distribution), [distribution]);
  const height = 150;
  const layout = useMemo(() => {
    const band = Math.max(8, Math.min(48, (width - 40) / counts.length));
    const y = scaleLinear()
      .domain([0, Math.max(...counts.map((k) => distribution[k] ?? 0), 0.0001)])
      .range([0, height - 40]);
    return counts.map((k, i) => ({
      k,
      x: 20 + i * band,
      w: band * 0.8,
      h: y(distribution[k] ?? 0),
    }));
  }, [counts, distribution, width]);
  return (
    <figure className="chart">
      <ChartSvg
        title={title}
        description={describeObjections(distribution, words)}
        width={width}
        height={height}
      >
        {layout.map(({ k, x, w, h }) => (
          <g key={k}>
            <rect
              x={x}
              y={height - 22 - h}
              width={w}
              height={h}
              fill={k === 0 ? 'var(--support)' : 'var(--object)'}
            />
            <text x={x + w / 2} y={height - 8} textAnchor="middle" className="muted">
              {k}
            </text>
          </g>
        ))}
      </ChartSvg>
      <figcaption>
        {words.formatMessage(M.objectionsCaption, { other: nounIn(noun, words).other })}
      </figcaption>
      <ChartTable
        caption={title}
        columns={[words.formatMessage(M.objectionsColumn), words.formatMessage(M.probability)]}
        rows={counts.map((k) => ({
          key: String(k),
          cells: [String(k), pct(distribution[k] ?? 0, words)],
        }))}
      />
    </figure>
  );
}

export interface TornadoRow {
  readonly id: string;
  /** The bloc: "Hungary", or "France (with Germany)". */
  readonly label: string;
  readonly ifObjects: number;
  readonly ifConsents: number;
}

export function describeTornado(
  rows: readonly TornadoRow[],
  probability: number,
  noun: Noun = ALLY,
  words: Words = ENGLISH,
): string {
  const first = rows[0];
  const p = pct(probability, words);
  if (!first) return words.formatMessage(M.noneUndecided, { one: nounIn(noun, words).one, p });
  return words.formatMessage(M.tornado, {
    p,
    label: first.label,
    ifObjects: pct(first.ifObjects, words),
    ifConsents: pct(first.ifConsents, words),
  });
}

const LABEL = 150;

export function Tornado({
  rows,
  probability,
  title,
  width = 560,
  noun = ALLY,
}: {
  rows: readonly TornadoRow[];
  probability: number;
  title: string;
  width?: number;
  /** What the body calls its seats (allies, members): the words of captions and tables. */
  noun?: Noun;
}) {
  const words = useChartWords();
  const height = Math.max(1, rows.length) * 24 + 30;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1])
        .range([LABEL, Math.max(LABEL + 60, width - 16)]),
    [width],
  );
  return (
    <figure className="chart">
      <ChartSvg
        title={title}
        description={describeTornado(rows, probability, noun, words)}
        width={width}
        height={height}
      >
        <line
          x1={x(probability)}
          x2={x(probability)}
          y1={4}
          y2={height - 20}
          stroke="var(--fg)"
          strokeDasharray="3 3"
        />
        {rows.map((r, i) => {
          const y = 8 + i * 24;
          const lo = Math.min(r.ifObjects, r.ifConsents);
          const hi = Math.max(r.ifObjects, r.ifConsents);
          return (
            <g key={r.id}>
              <text x={LABEL - 6} y={y + 12} textAnchor="end">
                {r.label}
              </text>
              <rect
                x={x(lo)}
                y={y + 2}
                width={Math.max(2, x(hi) - x(lo))}
                height={14}
                fill="var(--support)"
                opacity={0.85}
              />
              <rect x={x(lo) - 1} y={y + 2} width={3} height={14} fill="var(--object)" />
            </g>
          );
        })}
        {[0, 0.5, 1].map((t) => (
          <text key={t} x={x(t)} y={height - 4} textAnchor="middle" className="muted">
            {pct(t, words)}
          </text>
        ))}
      </ChartSvg>
      <figcaption>
        {words.formatMessage(M.tornadoCaption, { one: nounIn(noun, words).one })}
      </figcaption>
      <ChartTable
        caption={title}
        columns={[
          words.formatMessage(M.undecided),
          words.formatMessage(M.ifObjects),
          words.formatMessage(M.ifConsents),
          words.formatMessage(M.swing),
        ]}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [
            r.label,
            pct(r.ifObjects, words),
            pct(r.ifConsents, words),
            pct(r.ifConsents - r.ifObjects, words),
          ],
        }))}
      />
    </figure>
  );
}
