/**
 * The same table judged under every rule at once: one row per rule with a status glyph and
 * the status and reason in words; the current rule's row is bold and outlined. The SVG is a
 * picture (role img); anything interactive lives outside it, in the table view.
 */
import { useMemo } from 'react';
import { useChartWords } from './useChartWords';
import { defineMessages, type Words } from '../words/intl';
import { statusWord } from '../words/outcome';
import { ChartSvg } from './ChartSvg';
import { ChartTable } from './ChartTable';
import { comparisonLayout, fitText, type ComparisonLayout } from './comparisonLayout';
import { describeVerdicts, verdictRuleName } from './describe';
import { StatusGlyph } from './marks';
import type { RuleVerdict } from './types';

export const COMPARISON_WIDTH = 560;

export interface ComparisonStripModel {
  readonly layout: ComparisonLayout;
  readonly description: string;
}

export function useComparisonStrip(
  verdicts: readonly RuleVerdict[],
  width = COMPARISON_WIDTH,
): ComparisonStripModel {
  const layout = useMemo(() => comparisonLayout(verdicts, width), [verdicts, width]);
  const words = useChartWords();
  const description = useMemo(() => describeVerdicts(verdicts, words), [verdicts, words]);
  return { layout, description };
}

export interface ComparisonStripProps {
  readonly verdicts: readonly RuleVerdict[];
  readonly title: string;
  /**
   * Optional: when given, the table view's rule names become buttons that call it with the
   * rule's id (the SVG itself stays a non-interactive picture).
   */
  readonly onSelect?: (ruleId: string) => void;
  readonly width?: number;
}

const M = defineMessages({
  reason: { id: 'comparison.reason', defaultMessage: '{status}: {reason}' },
  caption: {
    id: 'comparison.caption',
    defaultMessage:
      'Filled disc with a check: passes. Cross: blocked. Dashed ring: pending. Outlined: the current rule.',
  },
  rule: { id: 'comparison.column.rule', defaultMessage: 'Rule' },
  outcome: { id: 'comparison.column.outcome', defaultMessage: 'Outcome' },
  // The Why panel's heading, the same word.
  why: { id: 'why.heading', defaultMessage: 'Why' },
});

const reasonLine = (v: RuleVerdict, words: Words) =>
  v.reason.trim() === ''
    ? statusWord(v.status, words)
    : words.formatMessage(M.reason, {
        status: statusWord(v.status, words),
        reason: v.reason.trim(),
      });

export function ComparisonStrip({
  verdicts,
  title,
  onSelect,
  width = COMPARISON_WIDTH,
}: ComparisonStripProps) {
  const { layout, description } = useComparisonStrip(verdicts, width);
  const words = useChartWords();
  const ruleName = (v: RuleVerdict) => verdictRuleName(v, words);

  return (
    <figure className="chart">
      <ChartSvg title={title} description={description} width={layout.width} height={layout.height}>
        {layout.rows.map((row) => {
          const v = row.verdict;
          return (
            <g key={v.ruleId} data-rule={v.ruleId} data-status={v.status} data-current={v.current}>
              {v.current && (
                <rect
                  x={row.x}
                  y={row.y}
                  width={row.width}
                  height={row.height}
                  rx={6}
                  fill="none"
                  stroke="var(--fg)"
                  strokeWidth={2}
                />
              )}
              <StatusGlyph status={v.status} cx={row.glyphX} cy={row.glyphY} r={row.glyphR} />
              {/* Cut to the row's width (the whole text is in the description and table view). */}
              <text x={row.textX} y={row.labelY} fontWeight={v.current ? 700 : 400}>
                {fitText(ruleName(v), row.textChars)}
              </text>
              <text x={row.textX} y={row.reasonY} className="muted">
                {fitText(reasonLine(v, words), row.textChars)}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <figcaption>{words.formatMessage(M.caption)}</figcaption>
      <ChartTable
        caption={title}
        columns={[
          words.formatMessage(M.rule),
          words.formatMessage(M.outcome),
          words.formatMessage(M.why),
        ]}
        rows={verdicts.map((v) => ({
          key: v.ruleId,
          cells: [
            onSelect ? (
              <button
                type="button"
                className="button"
                aria-current={v.current ? 'true' : undefined}
                onClick={() => onSelect(v.ruleId)}
              >
                {ruleName(v)}
              </button>
            ) : v.current ? (
              <strong>{ruleName(v)}</strong>
            ) : (
              ruleName(v)
            ),
            statusWord(v.status, words),
            v.reason,
          ],
        }))}
      />
    </figure>
  );
}
