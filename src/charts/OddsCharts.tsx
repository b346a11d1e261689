/**
 * Odds charts: the distribution of the number of objections, and a tornado of how far each
 * undecided bloc moves the probability of passage (from "it objects" to "it consents").
 */
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { ALLY, type Noun } from '../scenario/model';
import { ChartSvg } from './ChartSvg';
import { ChartTable } from './ChartTable';

const pct = (x: number) => `${(x * 100).toFixed(x > 0 && x < 0.01 ? 2 : 1)}%`;

/** Objection counts worth drawing: those with at least 0.1% chance, always including the likeliest. */
export function visibleCounts(distribution: readonly number[]): number[] {
  const shown = distribution.flatMap((p, k) => (p >= 0.001 ? [k] : []));
  return shown.length > 0 ? shown : [0];
}

export function describeObjections(distribution: readonly number[]): string {
  let best = 0;
  distribution.forEach((p, k) => {
    if (p > (distribution[best] ?? 0)) best = k;
  });
  const none = distribution[0] ?? 0;
  return `Most likely: ${best} objection${best === 1 ? '' : 's'} (${pct(distribution[best] ?? 0)}). Chance that no one objects: ${pct(none)}.`;
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
        description={describeObjections(distribution)}
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
        Number of {noun.other} objecting at the decision (bars: probability; blue: no objection).
      </figcaption>
      <ChartTable
        caption={title}
        columns={['Objections', 'Probability']}
        rows={counts.map((k) => ({
          key: String(k),
          cells: [String(k), pct(distribution[k] ?? 0)],
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
): string {
  const first = rows[0];
  if (!first)
    return `No ${noun.one} is undecided: the probability of passage is ${pct(probability)}.`;
  return `Probability of passage: ${pct(probability)}. ${first.label} moves it most: ${pct(first.ifObjects)} if it objects, ${pct(first.ifConsents)} if it consents.`;
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
        description={describeTornado(rows, probability, noun)}
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
            {pct(t)}
          </text>
        ))}
      </ChartSvg>
      <figcaption>
        Each bar runs from the odds if that {noun.one} objects (orange end) to the odds if it
        consents; the dashed line is the current probability of passage.
      </figcaption>
      <ChartTable
        caption={title}
        columns={['Undecided', 'If it objects', 'If it consents', 'Swing']}
        rows={rows.map((r) => ({
          key: r.id,
          cells: [r.label, pct(r.ifObjects), pct(r.ifConsents), pct(r.ifConsents - r.ifObjects)],
        }))}
      />
    </figure>
  );
}
