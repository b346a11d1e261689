/**
 * Power indices as bars: for each member, normalized Banzhaf (solid) and Shapley-Shubik (outline),
 * on one scale; power to prevent action and the raw figures in the table view.
 */
import { scaleLinear } from 'd3';
import { useMemo } from 'react';
import '../words/parts/panels';
import { ChartSvg } from './ChartSvg';
import { formatCount } from '../scenario/number';
import { percent } from '../words/format';
import { defineMessages, ENGLISH, languageOf, type Words } from '../words/intl';
import { useChartWords } from './useChartWords';
import { ChartTable } from './ChartTable';

const M = defineMessages({
  none: { id: 'power.describe.none', defaultMessage: 'No power indices.' },
  equal: {
    id: 'power.describe.equal',
    defaultMessage:
      'All {count} members hold equal power: {share} each (Banzhaf and Shapley-Shubik).',
  },
  largest: {
    id: 'power.describe.largest',
    defaultMessage: 'Largest normalized Banzhaf power: {list}.',
    description: 'list: "France 3.2%, Germany 3.1%, …"',
  },
  legend: {
    id: 'power.legend',
    defaultMessage: 'Solid bar: normalized Banzhaf index. Outlined bar: Shapley-Shubik index.',
  },
  member: { id: 'power.table.member', defaultMessage: 'Member' },
  banzhaf: { id: 'power.table.banzhaf', defaultMessage: 'Banzhaf (normalized)' },
  shapley: { id: 'power.table.shapley', defaultMessage: 'Shapley-Shubik' },
  prevent: { id: 'power.table.prevent', defaultMessage: 'Power to prevent action' },
  swings: { id: 'power.table.swings', defaultMessage: 'Swings' },
});

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

/** A share as a percentage: "12.5%" as English has always printed it, "12,5 %" in French. */
const pct = (x: number, words: Words = ENGLISH) => percent(x, words, x < 0.1 ? 2 : 1);

/** A count of swings, exact at any size: "1,234" in English, "1 234" in French. */
const count = (x: bigint, words: Words) =>
  languageOf(words) === 'en' ? formatCount(x) : words.formatNumber(x);

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

export function describePower(data: readonly PowerDatum[], words: Words = ENGLISH): string {
  if (data.length === 0) return words.formatMessage(M.none);
  const top = [...data].sort((a, b) => b.banzhaf - a.banzhaf).slice(0, 5);
  const equal = data.every((d) => Math.abs(d.banzhaf - (data[0]?.banzhaf ?? 0)) < 1e-12);
  if (equal)
    return words.formatMessage(M.equal, {
      count: String(data.length),
      share: pct(data[0]?.banzhaf ?? 0, words),
    });
  return words.formatMessage(M.largest, {
    list: top.map((d) => `${d.name} ${pct(d.banzhaf, words)}`).join(', '),
  });
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
  const words = useChartWords();
  const layout = useMemo(() => powerLayout(data, width), [data, width]);
  const description = useMemo(() => describePower(data, words), [data, words]);
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
              {pct(d.banzhaf, words)}
            </text>
          </g>
        ))}
      </ChartSvg>
      <figcaption>{words.formatMessage(M.legend)}</figcaption>
      <ChartTable
        caption={title}
        columns={[
          words.formatMessage(M.member),
          words.formatMessage(M.banzhaf),
          words.formatMessage(M.shapley),
          words.formatMessage(M.prevent),
          words.formatMessage(M.swings),
        ]}
        rows={data.map((d) => ({
          key: d.id,
          cells: [
            d.name,
            pct(d.banzhaf, words),
            pct(d.shapleyShubik, words),
            pct(d.powerToPrevent, words),
            count(d.swings, words),
          ],
        }))}
      />
    </figure>
  );
}
