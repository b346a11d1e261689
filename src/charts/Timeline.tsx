/**
 * The story on a time axis: the scenarios (steps) and the key events, with the step in play
 * outlined. A non-member's view (China's objections) is drawn apart: a hollow square, an italic
 * label that ends "(non-member's view)", a line in the legend and its own kind in the table, so
 * it never passes for a stance at the table (and never rests on colour alone). A picture (role
 * img) with a generated description and a table view; stepping is done with real buttons beside
 * it (the panel's Previous / Next and step list), so the SVG holds nothing focusable.
 */
import { useMemo } from 'react';
import '../words/parts/panels';
import { defineMessages, ENGLISH, languageOf, type Words } from '../words/intl';
import { ChartSvg } from './ChartSvg';
import { useChartWords } from './useChartWords';
import { ChartTable } from './ChartTable';
import {
  describeTimeline,
  eventText,
  outsideTag,
  timelineLayout,
  type TimelineEventInput,
  type TimelineLayout,
  type TimelineStepInput,
} from './timelineLayout';
import './timeline.css';

export const TIMELINE_WIDTH = 560;

const M = defineMessages({
  legendMarks: {
    id: 'timeline.legend.marks',
    defaultMessage:
      'Diamonds: the scenarios you can step through (filled and outlined: the one at the table). Dots: key events, bars: events over several days.',
  },
  legendOutside: {
    id: 'timeline.legend.outside',
    defaultMessage:
      'Hollow squares with italic labels marked “{tag}”: a view from outside the Council (China is not a NATO member), pressure on the allies rather than a stance at the table.',
  },
  legendScale: {
    id: 'timeline.legend.scale',
    defaultMessage:
      'The years before {hasBreak, select, true {the break} other {the story}} are drawn compressed{stretched, select, true {; busy years are drawn longer than quiet ones, to hold their labels} other {}}.',
  },
  date: { id: 'timeline.table.date', defaultMessage: 'Date' },
  what: { id: 'timeline.table.what', defaultMessage: 'What' },
  kind: { id: 'timeline.table.kind', defaultMessage: 'Kind' },
  evidence: { id: 'timeline.table.evidence', defaultMessage: 'Evidence' },
  source: { id: 'timeline.table.source', defaultMessage: 'Source' },
  atTable: { id: 'timeline.table.atTable', defaultMessage: '{label} (at the table)' },
  scenario: { id: 'timeline.table.scenario', defaultMessage: 'Scenario' },
  graded: { id: 'timeline.table.graded', defaultMessage: 'Graded stance by stance' },
  file: { id: 'timeline.table.file', defaultMessage: 'Scenario file' },
});

export interface TimelineEventDatum extends TimelineEventInput {
  /** Where the event comes from, as the source list words it, with its address if known. */
  readonly source: string;
  readonly url?: string;
  /** The event's kind in words, for the table ("Summit", "Non-member's view"). */
  readonly kindLabel: string;
  /** The grade of the evidence for the event, in words ("Official", "Inference"). */
  readonly evidenceLabel: string;
}

export interface TimelineStepDatum extends TimelineStepInput {
  readonly dateText: string;
}

export interface TimelineProps {
  readonly events: readonly TimelineEventDatum[];
  readonly steps: readonly TimelineStepDatum[];
  readonly title: string;
  readonly width?: number;
}

export function useTimeline(
  events: readonly TimelineEventDatum[],
  steps: readonly TimelineStepDatum[],
  width = TIMELINE_WIDTH,
  words: Words = ENGLISH,
): { layout: TimelineLayout; description: string } {
  const layout = useMemo(
    () => timelineLayout(events, steps, width, { words }),
    [events, steps, width, words],
  );
  const description = useMemo(() => describeTimeline(layout, words), [layout, words]);
  return { layout, description };
}

/** A hollow diamond for a step; filled for the step in play (the outline box also marks it). */
function Diamond({ x, y, r, filled }: { x: number; y: number; r: number; filled: boolean }) {
  return (
    <path
      className={filled ? 'tl-step-mark tl-step-mark--current' : 'tl-step-mark'}
      d={`M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`}
    />
  );
}

export function Timeline({ events, steps, title, width = TIMELINE_WIDTH }: TimelineProps) {
  const words = useChartWords();
  const { layout, description } = useTimeline(events, steps, width, words);
  // The brief's source column as it gives it (English titles and notes), marked so elsewhere.
  const sourceLang = languageOf(words) === 'en' ? undefined : 'en';
  const { axisX, eventX, stepX, stepLineHeight, stepsLeft } = layout;
  const datum = (id: string) => events.find((e) => e.id === id);
  const anyOutside = layout.events.some((e) => e.event.outside);

  return (
    <figure className="chart timeline-chart">
      <ChartSvg title={title} description={description} width={layout.width} height={layout.height}>
        <line
          className="tl-axis"
          x1={axisX}
          x2={axisX}
          y1={layout.axisTop}
          y2={layout.axisBottom}
        />
        {layout.ticks.map((t) => (
          <g key={`tick-${t.y}`}>
            <line className="tl-tick" x1={axisX - (t.label ? 6 : 3)} x2={axisX} y1={t.y} y2={t.y} />
            {t.label && (
              <text className="tl-year" x={axisX - 10} y={t.y + 4} textAnchor="end">
                {t.label}
              </text>
            )}
          </g>
        ))}
        {layout.breakY !== null && (
          // The axis break: the years above it are drawn compressed.
          <g className="tl-break">
            <rect x={axisX - 8} y={layout.breakY - 12} width={16} height={8} />
            <line x1={axisX - 8} x2={axisX + 8} y1={layout.breakY - 9} y2={layout.breakY - 13} />
            <line x1={axisX - 8} x2={axisX + 8} y1={layout.breakY - 3} y2={layout.breakY - 7} />
          </g>
        )}
        {layout.events.map((e) => (
          <g
            key={e.event.id}
            className={e.event.outside ? 'tl-event tl-event--outside' : 'tl-event'}
            data-event={e.event.id}
            data-kind={e.event.kind}
          >
            {e.endY > e.y + 1 ? (
              <line className="tl-span" x1={axisX} x2={axisX} y1={e.y} y2={e.endY} />
            ) : null}
            {e.event.outside ? (
              // A non-member's view: a hollow square, not the members' filled dot.
              <rect className="tl-outside-mark" x={axisX - 5} y={e.y - 5} width={10} height={10} />
            ) : (
              <circle className="tl-dot" cx={axisX} cy={e.y} r={4} />
            )}
            <polyline
              className="tl-leader"
              points={`${axisX + 5},${e.y} ${eventX - 10},${e.anchorY} ${eventX - 3},${e.anchorY}`}
            />
            <text
              className={e.event.outside ? 'tl-label tl-label--outside' : 'tl-label'}
              x={eventX}
            >
              {e.lines.map((line, k) =>
                k === 0 ? (
                  <tspan key={k} x={eventX} y={e.baselines[k]}>
                    <tspan className="tl-date">{line.slice(0, e.dateLength)}</tspan>
                    {line.slice(e.dateLength)}
                  </tspan>
                ) : (
                  <tspan key={k} x={eventX} y={e.baselines[k]}>
                    {line}
                  </tspan>
                ),
              )}
            </text>
          </g>
        ))}
        {layout.steps.map((s) => {
          const lh = stepLineHeight;
          const longest = Math.max(...s.lines.map((l) => l.length));
          const boxWidth = Math.min(stepsLeft ? stepX - 8 : width - stepX, longest * 9 + 12);
          const boxX = stepsLeft ? stepX - boxWidth + 6 : stepX - 6;
          const textX = stepX;
          return (
            <g
              key={s.step.id}
              className={s.step.current ? 'tl-step tl-step--current' : 'tl-step'}
              data-step={s.step.id}
              data-current={s.step.current}
            >
              {s.step.current && (
                <rect
                  className="tl-current-box"
                  x={boxX}
                  y={s.top - 3}
                  width={boxWidth}
                  height={s.lines.length * lh + 6}
                  rx={6}
                />
              )}
              <polyline
                className="tl-leader tl-leader--step"
                points={
                  stepsLeft
                    ? `${axisX - 9},${s.y} ${stepX + 14},${s.anchorY} ${stepX + 8},${s.anchorY}`
                    : `${axisX + 9},${s.y} ${eventX - 10},${s.anchorY} ${eventX - 3},${s.anchorY}`
                }
              />
              <Diamond x={axisX} y={s.y} r={s.step.current ? 9 : 7} filled={s.step.current} />
              <text className="tl-step-label" x={textX} textAnchor={stepsLeft ? 'end' : 'start'}>
                {s.lines.map((line, k) => (
                  <tspan key={k} x={textX} y={s.baselines[k]}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </ChartSvg>
      <figcaption>
        {words.formatMessage(M.legendMarks)}{' '}
        {anyOutside && <>{words.formatMessage(M.legendOutside, { tag: outsideTag(words) })} </>}
        {words.formatMessage(M.legendScale, {
          hasBreak: String(layout.breakY !== null),
          stretched: String(layout.stretched),
        })}
      </figcaption>
      <ChartTable
        caption={title}
        columns={[
          words.formatMessage(M.date),
          words.formatMessage(M.what),
          words.formatMessage(M.kind),
          words.formatMessage(M.evidence),
          words.formatMessage(M.source),
        ]}
        rows={[
          ...layout.events.map((e) => ({
            t: e.event.start.getTime(),
            key: e.event.id,
            cells: [
              e.event.dateText,
              eventText(e.event, words),
              datum(e.event.id)?.kindLabel ?? '',
              datum(e.event.id)?.evidenceLabel ?? '',
              (() => {
                const d = datum(e.event.id);
                return d?.url ? (
                  <a href={d.url} rel="noreferrer noopener" target="_blank" lang={sourceLang}>
                    {d.source}
                  </a>
                ) : sourceLang ? (
                  <span lang={sourceLang}>{d?.source}</span>
                ) : (
                  (d?.source ?? '')
                );
              })(),
            ],
          })),
          ...steps.map((s) => ({
            t: s.date.getTime(),
            key: `step-${s.id}`,
            cells: [
              s.dateText,
              s.current ? words.formatMessage(M.atTable, { label: s.label }) : s.label,
              words.formatMessage(M.scenario),
              words.formatMessage(M.graded),
              words.formatMessage(M.file),
            ],
          })),
        ]
          .sort((a, b) => a.t - b.t)
          .map(({ key, cells }) => ({ key, cells }))}
      />
    </figure>
  );
}
