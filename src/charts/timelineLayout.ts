/**
 * The timeline: a vertical time axis, the story's scenarios on its left (the steps), the key
 * events on its right. Pure geometry; the component maps it to SVG.
 *
 * Why vertical: the same drawing reads on a projector and on a 360 px phone, and the labels run
 * as text lines rather than being squeezed between ticks. Why two scales in one: the story has
 * fifteen quiet years (2007-2021) and a crowded 2023, so the axis is a piecewise time scale (one
 * d3 UTC time scale with a domain stop at the break and, where needed, one at each new year): the
 * background years are compressed into a short first stretch, marked with a break, the years of
 * the dispute get most of the length, and a busy year gets the length its labels need (said in
 * the description). Labels that would overlap are moved apart as little as possible (see `dodge`)
 * and joined to their date on the axis by a leader line.
 */
import { scaleLinear, utcMonth, utcYear } from 'd3';
import '../words/parts/panels';
import { semicolon } from '../words/format';
import { defineMessages, ENGLISH, type Words } from '../words/intl';

const M = defineMessages({
  outsideTag: {
    id: 'timeline.outsideTag',
    defaultMessage: "non-member's view",
    description: "Ends the label of an event that is a non-member's view: 'China: … (tag)'",
  },
  labelled: { id: 'timeline.outsideLabel', defaultMessage: '{title} ({tag})' },
  span: {
    id: 'timeline.describe.span',
    defaultMessage:
      'Time line from {from} to {to}: {events, plural, one {# key event} other {# key events}}{outside, plural, =0 {} other { (# of them a {tag}, not a stance at the table)}} and {steps, plural, one {# scenario} other {# scenarios}}.',
  },
  compressed: {
    id: 'timeline.describe.compressed',
    defaultMessage: 'The years before {year} are compressed.',
  },
  stretched: {
    id: 'timeline.describe.stretched',
    defaultMessage: 'Busy years are drawn longer than quiet ones.',
  },
  current: { id: 'timeline.describe.current', defaultMessage: 'At the table: {label}.' },
  offLine: {
    id: 'timeline.describe.offLine',
    defaultMessage: 'The scenario at the table is not on the time line.',
  },
  event: { id: 'timeline.describe.event', defaultMessage: '{date}: {text}' },
  step: {
    id: 'timeline.describe.step',
    defaultMessage: 'scenario {label}{current, select, true { (at the table)} other {}}',
  },
  items: { id: 'timeline.describe.items', defaultMessage: '{items}.' },
});

/**
 * A piecewise-linear scale from dates to pixels: what d3's scaleUtc does for the layout, built on
 * scaleLinear over the dates' times. scaleUtc lives in the one d3-scale module that the page's
 * charts also use, and it would bring d3's time formatting (about 5 kB gzipped) into the first
 * visit; this keeps that with the timeline, which loads on demand.
 */
export interface DateScale {
  (date: Date): number;
  domain(): Date[];
}

function dateScale(domain: readonly Date[], range: readonly number[]): DateScale {
  const linear = scaleLinear()
    .domain(domain.map((d) => d.getTime()))
    .range(range);
  return Object.assign((d: Date) => linear(d.getTime()), { domain: () => [...domain] });
}

export interface TimelineEventInput {
  readonly id: string;
  readonly start: Date;
  /** Last day of a span (a summit over several days). */
  readonly end?: Date;
  /** The date in words, as precise as it is known ("Apr 2023", "9–11 Jul 2024"). */
  readonly dateText: string;
  readonly title: string;
  readonly kind: string;
  /**
   * A non-member's view (China's objections): pressure from outside the Council, not a stance at
   * the table. Its label says so in words ("non-member's view"), its mark is a hollow square.
   */
  readonly outside?: boolean;
}

/** The words that mark a non-member's view on the label, in the description and the legend. */
export const outsideTag = (words: Words = ENGLISH): string => words.formatMessage(M.outsideTag);

/** An event's title as drawn and described: a non-member's view says that it is one. */
export const eventText = (e: TimelineEventInput, words: Words = ENGLISH): string =>
  e.outside ? words.formatMessage(M.labelled, { title: e.title, tag: outsideTag(words) }) : e.title;

export interface TimelineStepInput {
  readonly id: string;
  readonly date: Date;
  readonly label: string;
  readonly current: boolean;
}

export interface PlacedLabel {
  /** Top of the label's first line box. */
  readonly top: number;
  /** Baselines of the wrapped lines. */
  readonly baselines: readonly number[];
  readonly lines: readonly string[];
  /** Where the leader line leaves the label (its middle, at the text's inner edge). */
  readonly anchorY: number;
}

export interface PlacedEvent extends PlacedLabel {
  readonly event: TimelineEventInput;
  readonly y: number;
  /** End of a span on the axis (equal to y for a single day). */
  readonly endY: number;
  /** Characters of lines[0] that are the date (drawn bold). */
  readonly dateLength: number;
}

export interface PlacedStep extends PlacedLabel {
  readonly step: TimelineStepInput;
  readonly y: number;
}

export interface Tick {
  readonly y: number;
  readonly label: string | null;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly axisX: number;
  readonly axisTop: number;
  readonly axisBottom: number;
  /** Where the compressed stretch ends and the detailed one begins (drawn as a break). */
  readonly breakY: number | null;
  /** Some years of the detailed stretch are drawn longer than others, to hold their labels. */
  readonly stretched: boolean;
  readonly ticks: readonly Tick[];
  readonly events: readonly PlacedEvent[];
  readonly steps: readonly PlacedStep[];
  /** x of the event labels' left edge; of the step labels' right edge (left edge if narrow). */
  readonly eventX: number;
  readonly stepX: number;
  /** False on a narrow screen: the steps then share the event column, on the right. */
  readonly stepsLeft: boolean;
  readonly lineHeight: number;
  readonly stepLineHeight: number;
  readonly scale: DateScale;
}

export interface TimelineOptions {
  /**
   * Length of the compressed background stretch and of the detailed one, in px (the detailed
   * one by default grows with the height of its labels).
   */
  readonly contextLength?: number;
  readonly focusLength?: number;
  /** Font sizes the label widths are estimated for. */
  readonly fontSize?: number;
  readonly stepFontSize?: number;
  /** The reader's language, for the labels' words (English by default). */
  readonly words?: Words;
}

export const TIMELINE_PAD = 16;
/** Below this width the steps move to the event column. */
export const NARROW_WIDTH = 560;
const LABEL_GAP = 8;
/** The least length of the detailed stretch, shared among its years by days. */
const MIN_FOCUS = 520;
/** Average advance of a character as a share of the font size (system-ui, mixed case). */
const CHAR_EM = 0.54;
const STEP_CHAR_EM = 0.58;

/**
 * Wraps text into lines of at most `maxChars` characters, breaking at spaces; a word longer than
 * a line stays whole on its own line. Non-breaking spaces keep a date together.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= maxChars) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Places boxes of the given heights along one axis, each as near its wanted top as it can be,
 * in order, never overlapping (at least `gap` apart) and never above `min`. Overlapping boxes
 * are pooled into a block centred on their wanted positions (the least-squares placement: the
 * pool-adjacent-violators algorithm), so a crowded month spreads both ways instead of pushing
 * every later label down.
 */
export function dodge(
  wanted: readonly number[],
  heights: readonly number[],
  gap: number,
  min = -Infinity,
): number[] {
  interface Block {
    first: number;
    last: number;
    /** Sum over members of (wanted top - offset within the block). */
    sum: number;
    size: number;
    top: number;
  }
  const offsets: number[] = [];
  const blocks: Block[] = [];
  wanted.forEach((w, i) => {
    offsets[i] = 0;
    let block: Block = { first: i, last: i, sum: w, size: 1, top: Math.max(min, w) };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev) break;
      const prevBottom = prev.top + blockHeight(prev) + gap;
      if (prevBottom <= block.top) break;
      // Merge: the later block's members sit below the earlier block's.
      const shift = blockHeight(prev) + gap;
      for (let k = block.first; k <= block.last; k++) offsets[k] = (offsets[k] ?? 0) + shift;
      const merged: Block = {
        first: prev.first,
        last: block.last,
        sum: prev.sum + block.sum - shift * block.size,
        size: prev.size + block.size,
        top: 0,
      };
      merged.top = Math.max(min, merged.sum / merged.size);
      blocks.pop();
      block = merged;
    }
    blocks.push(block);
  });
  function blockHeight(b: Block): number {
    const lastOffset = offsets[b.last] ?? 0;
    return lastOffset + (heights[b.last] ?? 0);
  }
  const tops: number[] = [];
  for (const b of blocks)
    for (let k = b.first; k <= b.last; k++) tops[k] = b.top + (offsets[k] ?? 0);
  return tops;
}

export function timelineLayout(
  events: readonly TimelineEventInput[],
  steps: readonly TimelineStepInput[],
  width: number,
  options: TimelineOptions = {},
): TimelineLayout {
  const fontSize = options.fontSize ?? 14;
  const stepFontSize = options.stepFontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.3);
  const stepLineHeight = Math.round(stepFontSize * 1.3);
  const contextLength = options.contextLength ?? 150;
  const words = options.words ?? ENGLISH;

  // Wide: step labels | year labels | axis | event labels. Narrow (a phone): year labels | axis |
  // steps and events in one column, so the event text keeps most of the width.
  const stepsLeft = width >= NARROW_WIDTH;
  const stepColumn = stepsLeft ? Math.round(Math.min(200, Math.max(110, width * 0.24))) : 0;
  const stepX = TIMELINE_PAD + stepColumn;
  const axisX = stepX + (stepsLeft ? 52 : 40);
  const eventX = axisX + 22;
  const eventChars = Math.max(
    12,
    Math.floor((width - eventX - TIMELINE_PAD) / (fontSize * CHAR_EM)),
  );
  const stepChars = stepsLeft
    ? Math.max(8, Math.floor(stepColumn / (stepFontSize * STEP_CHAR_EM)))
    : Math.max(8, Math.floor((width - eventX - TIMELINE_PAD) / (stepFontSize * STEP_CHAR_EM)));

  const sortedEvents = events.slice().sort((a, b) => a.start.getTime() - b.start.getTime());
  const eventLines = sortedEvents.map((e) =>
    // Non-breaking spaces keep the date on one line.
    wrapText(`${e.dateText.replace(/ /g, '\u00a0')} ${eventText(e, words)}`, eventChars),
  );
  const sortedSteps = steps.slice().sort((a, b) => a.date.getTime() - b.date.getTime());
  const stepLines = sortedSteps.map((s) => wrapText(s.label, stepChars));

  const dates = [
    ...events.flatMap((e) => (e.end ? [e.start, e.end] : [e.start])),
    ...steps.map((s) => s.date),
  ];
  const first = dates.reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null);
  const last = dates.reduce<Date | null>((m, d) => (m === null || d > m ? d : m), null);
  const axisTop = TIMELINE_PAD + lineHeight;
  const start = utcYear.floor(first ?? new Date(Date.UTC(2023, 0, 1)));
  const end = utcMonth.offset(utcMonth.floor(last ?? start), 3);
  // The detailed stretch starts the January of the year before the first step (the story's
  // run-up); everything earlier is background. No steps, or no background: one plain stretch.
  const firstStep = steps.reduce<Date | null>(
    (m, s) => (m === null || s.date < m ? s.date : m),
    null,
  );
  const focusStart = firstStep ? utcYear.offset(utcYear.floor(firstStep), -1) : start;
  const compressed = focusStart > start;

  // The detailed stretch, year by year: each year gets at least its share of MIN_FOCUS by days,
  // and more if the labels dated in it need more (a phone wraps them onto more lines), so a busy
  // year (2023) is drawn longer than a quiet one and leader lines stay short instead of trailing
  // into the next year. A given `focusLength` keeps one linear stretch of that length.
  const bounds = [...utcYear.range(focusStart, end), end];
  const focusDays = Math.max(1, end.getTime() - focusStart.getTime());
  const yearOf = (d: Date) => {
    let k = 0;
    while (k < bounds.length - 2 && d >= (bounds[k + 1] as Date)) k++;
    return k;
  };
  const needs = bounds.slice(1).map(() => ({ events: 0, steps: 0 }));
  // Labels of the compressed years that do not fit its length spill into the first year.
  let background = 0;
  sortedEvents.forEach((e, i) => {
    const lh = stepsLeft ? lineHeight : stepLineHeight;
    const height = (eventLines[i]?.length ?? 1) * lh + LABEL_GAP;
    if (e.start < focusStart) background += height;
    else {
      const need = needs[yearOf(e.start)];
      if (need) need.events += height;
    }
  });
  if (needs[0]) needs[0].events += Math.max(0, background - contextLength);
  sortedSteps.forEach((st, i) => {
    if (st.date < focusStart) return;
    const need = needs[yearOf(st.date)];
    if (need) need.steps += (stepLines[i]?.length ?? 1) * stepLineHeight + LABEL_GAP;
  });
  const shares = bounds.slice(1).map((to, k) => {
    const from = bounds[k] as Date;
    return (MIN_FOCUS * (to.getTime() - from.getTime())) / focusDays;
  });
  const lengths = shares.map((share, k) => {
    const need = needs[k] ?? { events: 0, steps: 0 };
    // Wide: events and steps have their own columns; narrow: they share one.
    const labels = stepsLeft ? Math.max(need.events, need.steps) : need.events + need.steps;
    return Math.max(share, labels);
  });
  const stretched =
    options.focusLength === undefined && lengths.some((l, k) => l > (shares[k] ?? 0) + 0.5);
  const focusLength = options.focusLength ?? Math.round(lengths.reduce((x, l) => x + l, 0));
  const axisBottom = axisTop + (compressed ? contextLength : 0) + focusLength;
  const focusTop = axisTop + (compressed ? contextLength : 0);
  let focusDomain: Date[] = [focusStart, end];
  let focusRange: number[] = [focusTop, axisBottom];
  if (stretched) {
    focusDomain = bounds;
    focusRange = [focusTop];
    for (const l of lengths) focusRange.push((focusRange[focusRange.length - 1] ?? 0) + l);
  }
  const scale = compressed
    ? dateScale([start, ...focusDomain], [axisTop, ...focusRange])
    : dateScale(focusDomain, focusRange);
  const yOf = (d: Date) => Math.round(scale(d) * 10) / 10;

  // Year ticks: every year on the detailed stretch; on the compressed one as often as fits.
  const ticks: Tick[] = [];
  if (compressed) {
    const perYear = contextLength / Math.max(1, utcYear.count(start, focusStart));
    const every = Math.max(1, Math.ceil((lineHeight + 6) / perYear));
    for (const d of utcYear.range(start, focusStart))
      ticks.push({
        y: yOf(d),
        label:
          (d.getUTCFullYear() - start.getUTCFullYear()) % every === 0
            ? String(d.getUTCFullYear())
            : null,
      });
  }
  for (const d of utcYear.range(focusStart, end))
    ticks.push({ y: yOf(d), label: String(d.getUTCFullYear()) });
  // Half years on the detailed stretch, unlabelled, to read months against.
  for (const d of utcMonth.every(6)?.range(focusStart, end) ?? [])
    if (d.getUTCMonth() === 6) ticks.push({ y: yOf(d), label: null });
  ticks.sort((a, b) => a.y - b.y);

  const place = (
    wantedY: readonly number[],
    lineSets: readonly (readonly string[])[],
    lh: number,
  ): PlacedLabel[] => {
    const heights = lineSets.map((l) => l.length * lh);
    // A label's first line is centred on its date when there is room.
    const tops = dodge(
      wantedY.map((y) => y - lh / 2),
      heights,
      LABEL_GAP,
      TIMELINE_PAD,
    );
    return lineSets.map((lines, i) => {
      const top = Math.round((tops[i] ?? 0) * 10) / 10;
      return {
        top,
        lines,
        baselines: lines.map((_, k) => Math.round((top + k * lh + lh * 0.75) * 10) / 10),
        anchorY: Math.round((top + lh / 2) * 10) / 10,
      };
    });
  };

  let eventLabels: PlacedLabel[];
  let stepLabels: PlacedLabel[];
  if (stepsLeft) {
    eventLabels = place(
      sortedEvents.map((e) => yOf(e.start)),
      eventLines,
      lineHeight,
    );
    stepLabels = place(
      sortedSteps.map((s) => yOf(s.date)),
      stepLines,
      stepLineHeight,
    );
  } else {
    // One column: steps and events dodge together, in date order (a step after the events of
    // its day). Step lines are taller; the column uses the taller line height for both.
    const items = [
      ...sortedEvents.map((e, i) => ({ y: yOf(e.start), kind: 0, i })),
      ...sortedSteps.map((s, i) => ({ y: yOf(s.date), kind: 1, i })),
    ].sort((a, b) => a.y - b.y || a.kind - b.kind);
    const placed = place(
      items.map((it) => it.y),
      items.map((it) => (it.kind === 0 ? eventLines[it.i] : stepLines[it.i]) ?? []),
      stepLineHeight,
    );
    eventLabels = [];
    stepLabels = [];
    items.forEach((it, k) => {
      const label = placed[k] as PlacedLabel;
      if (it.kind === 0) eventLabels[it.i] = label;
      else stepLabels[it.i] = label;
    });
  }
  const placedEvents: PlacedEvent[] = sortedEvents.map((event, i) => ({
    ...(eventLabels[i] as PlacedLabel),
    event,
    y: yOf(event.start),
    endY: yOf(event.end ?? event.start),
    dateLength: event.dateText.length,
  }));
  const placedSteps: PlacedStep[] = sortedSteps.map((step, i) => ({
    ...(stepLabels[i] as PlacedLabel),
    step,
    y: yOf(step.date),
  }));
  const eventLineHeight = stepsLeft ? lineHeight : stepLineHeight;

  const bottoms = [
    axisBottom,
    ...placedEvents.map((e) => e.top + e.lines.length * eventLineHeight),
    ...placedSteps.map((s) => s.top + s.lines.length * stepLineHeight),
  ];
  const height = Math.ceil(Math.max(...bottoms) + TIMELINE_PAD);

  return {
    width,
    height,
    axisX,
    axisTop,
    axisBottom,
    breakY: compressed ? yOf(focusStart) : null,
    stretched,
    ticks,
    events: placedEvents,
    steps: placedSteps,
    eventX,
    stepX: stepsLeft ? stepX : eventX,
    stepsLeft,
    lineHeight: eventLineHeight,
    stepLineHeight,
    scale,
  };
}

/**
 * The timeline in words, from the layout's own data: span, the compression, the step in play,
 * then every step and event in date order.
 */
export function describeTimeline(layout: TimelineLayout, words: Words = ENGLISH): string {
  const items = [
    ...layout.events.map((e) => ({
      t: e.event.start.getTime(),
      text: words.formatMessage(M.event, {
        date: e.event.dateText,
        text: eventText(e.event, words),
      }),
    })),
    ...layout.steps.map((s) => ({
      t: s.step.date.getTime(),
      text: words.formatMessage(M.step, { label: s.step.label, current: String(s.step.current) }),
    })),
  ].sort((a, b) => a.t - b.t);
  const stops = layout.scale.domain();
  const from = stops[0];
  const to = stops[stops.length - 1];
  const current = layout.steps.find((s) => s.step.current);
  const parts = [
    words.formatMessage(M.span, {
      // Years as written, not as numbers (no group separator in French).
      from: from ? String(from.getUTCFullYear()) : '',
      to: to ? String(utcMonth.offset(to, -1).getUTCFullYear()) : '',
      events: layout.events.length,
      outside: layout.events.filter((e) => e.event.outside).length,
      tag: outsideTag(words),
      steps: layout.steps.length,
    }),
  ];
  if (layout.breakY !== null) {
    const focus = stops[1];
    if (focus)
      parts.push(words.formatMessage(M.compressed, { year: String(focus.getUTCFullYear()) }));
  }
  if (layout.stretched) parts.push(words.formatMessage(M.stretched));
  parts.push(
    current
      ? words.formatMessage(M.current, { label: current.step.label })
      : words.formatMessage(M.offLine),
  );
  parts.push(
    words.formatMessage(M.items, { items: items.map((i) => i.text).join(semicolon(words)) }),
  );
  return parts.join(' ');
}
