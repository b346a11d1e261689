/**
 * How far the table is from each threshold of the rule: one bar per margin, with the quota
 * marked. A picture (role img) with a generated description and a table view.
 */
import { memo, useId, useMemo } from 'react';
import '../words/parts/panels';
import type { MarginDatum } from './types';
import { ALLY, type Noun } from '../scenario/model';
import { nounIn } from '../words/format';
import { defineMessages, ENGLISH, type Words } from '../words/intl';
import { ChartSvg } from './ChartSvg';
import { useChartWords } from './useChartWords';
import { ChartTable, yesNo } from './ChartTable';
import { describeMargins, type Format } from './describe';
import { thresholdLayout, type ThresholdLayout } from './thresholdLayout';

const M = defineMessages({
  have: {
    id: 'thresholds.bar.have',
    defaultMessage: '{have} of {total}: {met, select, true {met} other {not met}}',
  },
  needs: { id: 'thresholds.bar.needs', defaultMessage: 'needs {quota}' },
  legend: {
    id: 'thresholds.legend',
    defaultMessage:
      'Solid: counted both now and at best. Hatched: the part the undecided {nouns} decide. Vertical line: what the rule needs.',
  },
  criterion: { id: 'thresholds.table.criterion', defaultMessage: 'Criterion' },
  now: { id: 'thresholds.table.now', defaultMessage: 'Now' },
  atBest: { id: 'thresholds.table.atBest', defaultMessage: 'At best' },
  needed: { id: 'thresholds.table.needed', defaultMessage: 'Needed' },
  met: { id: 'thresholds.table.met', defaultMessage: 'Met' },
});

export const THRESHOLD_WIDTH = 560;

export interface ThresholdBarsModel {
  readonly layout: ThresholdLayout;
  readonly description: string;
}

export function useThresholdBars(
  margins: readonly MarginDatum[],
  format: Format,
  width = THRESHOLD_WIDTH,
  words: Words = ENGLISH,
): ThresholdBarsModel {
  const layout = useMemo(() => thresholdLayout(margins, width), [margins, width]);
  const description = useMemo(
    () => describeMargins(margins, format, words),
    [margins, format, words],
  );
  return { layout, description };
}

export interface ThresholdBarsProps {
  readonly margins: readonly MarginDatum[];
  readonly title: string;
  /** Formats a value in its unit, e.g. (29, 'allies') -> "29", (1.2e9, 'population') -> "1.2 bn". */
  readonly format: Format;
  readonly width?: number;
  /** What the body calls its seats (allies, members): the words of the caption. */
  readonly noun?: Noun;
}

/** SVG ids must not contain the punctuation useId may produce. */
const safeId = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '');

export const ThresholdBars = memo(function ThresholdBars({
  margins,
  title,
  format,
  width = THRESHOLD_WIDTH,
  noun = ALLY,
}: ThresholdBarsProps) {
  const words = useChartWords();
  const { layout, description } = useThresholdBars(margins, format, width, words);
  const uid = safeId(useId());
  const hatch = (kind: string) => `${uid}-hatch-${kind}`;

  return (
    <figure className="chart">
      <ChartSvg title={title} description={description} width={layout.width} height={layout.height}>
        <defs>
          {(['favour', 'against'] as const).map((kind) => (
            <pattern
              key={kind}
              id={hatch(kind)}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect
                width={6}
                height={6}
                fill={kind === 'favour' ? 'var(--support)' : 'var(--object)'}
                opacity={0.25}
              />
              <line
                x1={0}
                y1={0}
                x2={0}
                y2={6}
                stroke={kind === 'favour' ? 'var(--support)' : 'var(--object)'}
                strokeWidth={3}
              />
            </pattern>
          ))}
        </defs>
        {layout.bars.map((bar) => {
          const m = bar.margin;
          const colour = bar.kind === 'favour' ? 'var(--support)' : 'var(--object)';
          return (
            <g key={m.id} data-margin={m.id}>
              <text x={bar.trackX} y={bar.labelY}>
                {m.label}
              </text>
              <text x={bar.trackX + bar.trackWidth} y={bar.labelY} textAnchor="end">
                {words.formatMessage(M.have, {
                  have: format(m.have, m.unit),
                  total: format(m.total, m.unit),
                  met: String(m.met),
                })}
              </text>
              <rect
                x={bar.trackX}
                y={bar.barY}
                width={bar.trackWidth}
                height={bar.barHeight}
                fill="var(--bg)"
                stroke="var(--line)"
              />
              <rect
                x={bar.trackX}
                y={bar.barY}
                width={bar.solidWidth}
                height={bar.barHeight}
                fill={colour}
              />
              {bar.lightWidth > 0 && (
                <rect
                  x={bar.lightX}
                  y={bar.barY}
                  width={bar.lightWidth}
                  height={bar.barHeight}
                  fill={`url(#${hatch(bar.kind)})`}
                  stroke={colour}
                  strokeWidth={1}
                />
              )}
              <line
                x1={bar.quotaX}
                y1={bar.barY - 4}
                x2={bar.quotaX}
                y2={bar.barY + bar.barHeight + 4}
                stroke="var(--fg)"
                strokeWidth={2}
              />
              <text
                x={bar.quotaX}
                y={bar.quotaLabelY}
                textAnchor={bar.quotaAnchor}
                className="muted"
              >
                {words.formatMessage(M.needs, { quota: format(m.quota, m.unit) })}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <figcaption>{words.formatMessage(M.legend, { nouns: nounIn(noun, words).other })}</figcaption>
      <ChartTable
        caption={title}
        columns={[
          words.formatMessage(M.criterion),
          words.formatMessage(M.now),
          words.formatMessage(M.atBest),
          words.formatMessage(M.needed),
          words.formatMessage(M.met),
        ]}
        rows={margins.map((m) => ({
          key: m.id,
          cells: [
            m.label,
            format(m.have, m.unit),
            format(m.possible, m.unit),
            format(m.quota, m.unit),
            yesNo(m.met, words),
          ],
        }))}
      />
    </figure>
  );
});
