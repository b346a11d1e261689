/**
 * Power indices as bars: for each member, normalized Banzhaf (solid) and Shapley-Shubik (outline),
 * on one scale; power to prevent action and the raw figures in the table view.
 */
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import { ChartSvg } from './ChartSvg';
import { formatCount } from '../scenario/number';
import { ChartTable } from './ChartTable';

export interface PowerDatum {
  readonly id: string;
  readonly name: string;
  readonly banzhaf: number;
  readonly shapleyShubik: number;
  readonly powerToPrevent: number;
  readonly swings: bigint;
}

const ROW = 22;
const LABEL = 130;
const PAD = 8;

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 2 : 1)}%`;

/** Pure layout: bar lengths on a shared scale up to the largest index. */
export function powerLayout(data: readonly PowerDatum[], width: number) {
  const max = Math.max(0.0001, ...data.map((d) => Math.max(d.banzhaf, d.shapleyShubik)));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(40, width - LABEL - PAD * 2 - 56)]);
  return {
    height: data.length * ROW + PAD * 2,
    rows: data.map((d, i) => ({
      d,
      y: PAD + i * ROW,
      banzhaf: x(d.banzhaf),
      shapley: x(d.shapleyShubik),
    })),
  };
}

export function describePower(data: readonly PowerDatum[]): string {
  if (data.length === 0) return 'No power indices.';
  const top = [...data].sort((a, b) => b.banzhaf - a.banzhaf).slice(0, 5);
  const equal = data.every((d) => Math.abs(d.banzhaf - (data[0]?.banzhaf ?? 0)) < 1e-12);
  if (equal)
    return `All ${data.length} members hold equal power: ${pct(data[0]?.banzhaf ?? 0)} each (Banzhaf and Shapley-Shubik).`;
  return `Largest normalized Banzhaf power: ${top.map((d) => `${d.name} ${pct(d.banzhaf)}`).join(', ')}.`;
}

export function PowerBars({
  data,
  title,
  width = 560,
}: {
  data: readonly PowerDatum[];
  title: string;
  width?: number;
}) {
  const layout = useMemo(() => powerLayout(data, width), [data, width]);
  const description = useMemo(() => describePower(data), [data]);
  return (
    <figure className="chart">
      <ChartSvg title={title} description={description} width={width} height={layout.height}>
        {layout.rows.map(({ d, y, banzhaf, shapley }) => (
          <g key={d.id}>
            <text x={LABEL - 6} y={y + 14} textAnchor="end">
              {d.name}
            </text>
            <rect
              x={LABEL}
              y={y + 3}
              width={Math.max(1, banzhaf)}
              height={8}
              fill="var(--support)"
            />
            <rect
              x={LABEL}
              y={y + 12}
              width={Math.max(1, shapley)}
              height={7}
              fill="none"
              stroke="var(--fg)"
              strokeWidth={1}
            />
            <text x={LABEL + Math.max(banzhaf, shapley) + 6} y={y + 14} className="muted">
              {pct(d.banzhaf)}
            </text>
          </g>
        ))}
      </ChartSvg>
      <figcaption>
        Solid bar: normalized Banzhaf index. Outlined bar: Shapley-Shubik index.
      </figcaption>
      <ChartTable
        caption={title}
        columns={[
          'Member',
          'Banzhaf (normalized)',
          'Shapley-Shubik',
          'Power to prevent action',
          'Swings',
        ]}
        rows={data.map((d) => ({
          key: d.id,
          cells: [
            d.name,
            pct(d.banzhaf),
            pct(d.shapleyShubik),
            pct(d.powerToPrevent),
            formatCount(d.swings),
          ],
        }))}
      />
    </figure>
  );
}
