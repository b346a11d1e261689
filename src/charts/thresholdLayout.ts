/**
 * Threshold bars: one horizontal bar per margin of the rule. Pure geometry, no DOM.
 *
 * The track spans the margin's total. The solid part is what is certain and the lighter part
 * the range the undecided allies could still move: for the usual margins (in favour), solid up
 * to `have` and lighter up to `possible`; for the blocking minority (allies not in favour),
 * `possible` (the objecting allies) is below `have`, so solid up to `possible` and lighter up
 * to `have`. A vertical quota line marks what the rule needs.
 */
import { scaleLinear } from 'd3';
import type { MarginDatum } from './types';

export interface ThresholdBar {
  readonly margin: MarginDatum;
  /** 'favour' for counts in favour; 'against' for the blocking minority (allies not in favour). */
  readonly kind: 'favour' | 'against';
  /** Baseline of the label line above the bar. */
  readonly labelY: number;
  readonly barY: number;
  readonly barHeight: number;
  readonly trackX: number;
  readonly trackWidth: number;
  /** Solid fill: from trackX, this wide. */
  readonly solidWidth: number;
  /** Lighter (hatched) fill: from lightX, this wide (0 when now and at best agree). */
  readonly lightX: number;
  readonly lightWidth: number;
  readonly quotaX: number;
  /** Baseline of the "needs X" label under the bar. */
  readonly quotaLabelY: number;
  readonly quotaAnchor: 'start' | 'middle' | 'end';
}

export interface ThresholdLayout {
  readonly bars: readonly ThresholdBar[];
  readonly width: number;
  readonly height: number;
}

export const BAR_PAD_X = 6;
export const LABEL_HEIGHT = 18;
export const BAR_HEIGHT = 16;
export const QUOTA_LABEL_HEIGHT = 16;
export const ROW_GAP = 10;
export const ROW_HEIGHT = LABEL_HEIGHT + BAR_HEIGHT + QUOTA_LABEL_HEIGHT + ROW_GAP;

export function thresholdLayout(margins: readonly MarginDatum[], width: number): ThresholdLayout {
  const left = BAR_PAD_X;
  const right = Math.max(left, width - BAR_PAD_X);
  const bars = margins.map((margin, i): ThresholdBar => {
    const top = i * ROW_HEIGHT;
    const x = scaleLinear()
      .domain([0, margin.total > 0 ? margin.total : 1])
      .range([left, right])
      .clamp(true);
    const kind = margin.id === 'blocking-minority' ? 'against' : 'favour';
    const certain = Math.min(margin.have, margin.possible);
    const reach = Math.max(margin.have, margin.possible);
    const quotaX = x(margin.quota);
    const edge = (right - left) * 0.12;
    return {
      margin,
      kind,
      labelY: top + LABEL_HEIGHT - 5,
      barY: top + LABEL_HEIGHT,
      barHeight: BAR_HEIGHT,
      trackX: left,
      trackWidth: right - left,
      solidWidth: x(certain) - left,
      lightX: x(certain),
      lightWidth: x(reach) - x(certain),
      quotaX,
      quotaLabelY: top + LABEL_HEIGHT + BAR_HEIGHT + QUOTA_LABEL_HEIGHT - 3,
      quotaAnchor: quotaX > right - edge ? 'end' : quotaX < left + edge ? 'start' : 'middle',
    };
  });
  return { bars, width, height: Math.max(ROW_HEIGHT, margins.length * ROW_HEIGHT) - ROW_GAP };
}
