import { describe, expect, it } from 'vitest';
import {
  describeTimeline,
  dodge,
  NARROW_WIDTH,
  timelineLayout,
  wrapText,
  type TimelineEventInput,
  type TimelineStepInput,
} from './timelineLayout';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const event = (id: string, date: string, title = id): TimelineEventInput => ({
  id,
  start: day(date),
  dateText: date,
  title,
  kind: 'dispute',
});
const step = (id: string, date: string, current = false): TimelineStepInput => ({
  id,
  date: day(date),
  label: id,
  current,
});

describe('wrapText', () => {
  it.each([
    ['Sweden joins: 32 allies', 13, ['Sweden joins:', '32 allies']],
    ['Sweden joins: 32 allies', 40, ['Sweden joins: 32 allies']],
    ['a verylongwordindeed b', 6, ['a', 'verylongwordindeed', 'b']],
    ['7\u00a0Mar\u00a02024 Sweden joins', 12, ['7\u00a0Mar\u00a02024', 'Sweden joins']],
    ['', 10, []],
  ])('%j at %i characters', (text, n, lines) => {
    expect(wrapText(text, n)).toEqual(lines);
  });
});

describe('dodge: labels apart, each as near its date as it can be', () => {
  it('leaves labels that do not overlap where they want to be', () => {
    expect(dodge([0, 50, 100], [20, 20, 20], 5)).toEqual([0, 50, 100]);
  });

  it('spreads two colliding labels both ways, about their wanted centre', () => {
    // Want 100 and 110, 20 high, 5 apart: a 45-high block whose mean wanted top is 105 - 12.5.
    expect(dodge([100, 110], [20, 20], 5)).toEqual([92.5, 117.5]);
  });

  it('a crowd pools into one block; a later free label stays put', () => {
    const tops = dodge([100, 100, 100, 300], [10, 10, 10, 10], 0);
    expect(tops).toEqual([90, 100, 110, 300]);
  });

  it('merges again when a pooled block grows into the one before it', () => {
    const tops = dodge([0, 30, 30, 30], [20, 20, 20, 20], 0);
    // Alone the three would sit at 10, 30, 50 and collide with the first (0..20): all four pool,
    // centred on their wanted tops less their offsets (0, 10, -10, -30: mean -7.5).
    expect(tops).toEqual([-7.5, 12.5, 32.5, 52.5]);
  });

  it('never above the minimum, never overlapping', () => {
    const tops = dodge([0, 0, 0], [10, 10, 10], 2, 16);
    expect(tops).toEqual([16, 28, 40]);
  });
});

describe('timelineLayout', () => {
  const events = [
    event('abe', '2007-01-12'),
    event('finland', '2023-04-04'),
    event('draft', '2023-04-15'),
    event('hague', '2025-06-24'),
  ];
  const steps = [step('spring', '2023-04-20'), step('vilnius', '2023-07-11', true)];

  it('compresses the years before the one preceding the first step', () => {
    const l = timelineLayout(events, steps, 900, { contextLength: 150, focusLength: 520 });
    expect(l.axisTop).toBe(34); // padding 16 + one 18 px line
    expect(l.breakY).toBe(184); // 1 Jan 2022: the end of the compressed stretch
    expect(l.axisBottom).toBe(704);
    // 2007..2021 are 15 years in 150 px: 10 px a year. 1 Jan 2022 to 1 Sep 2025 (three months
    // after the last date) are 1339 days in 520 px: 2023 starts 365 days in, 184 + 141.7.
    expect(l.ticks.filter((t) => t.label).map((t) => [t.label, t.y])).toEqual([
      ['2007', 34],
      ['2010', 64],
      ['2013', 94],
      ['2016', 124],
      ['2019', 154],
      ['2022', 184],
      ['2023', 325.7],
      ['2024', 467.5],
      ['2025', 609.6],
    ]);
    expect(l.scale(day('2007-01-01'))).toBe(34);
  });

  it('wide: steps left of the axis, events right, every label clear of the next', () => {
    const l = timelineLayout(events, steps, 900);
    expect(l.stepsLeft).toBe(true);
    expect(l.stepX).toBeLessThan(l.axisX);
    expect(l.eventX).toBe(l.axisX + 22);
    const sorted = l.events.slice().sort((a, b) => a.top - b.top);
    sorted.slice(1).forEach((e, i) => {
      const prev = sorted[i]!;
      expect(e.top).toBeGreaterThanOrEqual(prev.top + prev.lines.length * l.lineHeight + 8 - 0.1);
    });
    // Finland and the draft are 11 days apart: their labels are pushed apart around their dates.
    const [finland, draft] = [l.events[1]!, l.events[2]!];
    expect(finland.top).toBeLessThan(finland.y - l.lineHeight / 2);
    expect(draft.top).toBeGreaterThan(draft.y - l.lineHeight / 2);
    expect(l.height).toBeGreaterThanOrEqual(l.axisBottom);
  });

  it(`narrow (below ${NARROW_WIDTH} px): steps share the event column and dodge with events`, () => {
    const l = timelineLayout(events, steps, 360);
    expect(l.stepsLeft).toBe(false);
    expect(l.stepX).toBe(l.eventX);
    const labels = [...l.events, ...l.steps].sort((a, b) => a.top - b.top);
    labels.slice(1).forEach((x, i) => {
      const prev = labels[i]!;
      expect(x.top).toBeGreaterThanOrEqual(
        prev.top + prev.lines.length * l.stepLineHeight + 8 - 0.1,
      );
    });
    // Every line fits the width at the estimated character width.
    for (const e of l.events)
      for (const line of e.lines) expect(l.eventX + line.length * 14 * 0.54).toBeLessThan(360);
  });

  it('a span runs from its first to its last day', () => {
    const l = timelineLayout(
      [{ ...event('washington', '2024-07-09'), end: day('2024-07-11') }],
      [step('w', '2024-07-10')],
      900,
    );
    expect(l.events[0]!.endY).toBeGreaterThan(l.events[0]!.y);
  });

  it('no steps: no compressed stretch, no break; a given length is one plain stretch', () => {
    const l = timelineLayout(events, [], 900);
    expect(l.breakY).toBeNull();
    expect(l.scale.domain()[0]).toEqual(day('2007-01-01'));
    const plain = timelineLayout(events, [], 900, { focusLength: 520 });
    expect(plain.scale.domain()).toHaveLength(2);
    expect(plain.stretched).toBe(false);
  });

  it("a busy year is drawn longer, so its crowd does not push the next year's labels", () => {
    // Twelve events in May 2023 need far more than 2023's share of the minimum length.
    const busy = Array.from({ length: 12 }, (_, i) =>
      event(`may-${i}`, `2023-05-${String(i + 1).padStart(2, '0')}`, 'a label of some words'),
    );
    const all = [...events, ...busy, event('sweden', '2024-03-07')];
    const l = timelineLayout(all, steps, 900);
    expect(l.stretched).toBe(true);
    const y = (d: string) => l.scale(day(d));
    expect(y('2024-01-01') - y('2023-01-01')).toBeGreaterThan(
      2 * (y('2025-01-01') - y('2024-01-01')),
    );
    const drift = (x: ReturnType<typeof timelineLayout>, id: string) => {
      const e = x.events.find((v) => v.event.id === id)!;
      return Math.abs(e.anchorY - e.y);
    };
    // Drawn as one plain stretch of the same length, the May crowd pushes Sweden's label down.
    const plain = timelineLayout(all, steps, 900, { focusLength: l.axisBottom - l.axisTop - 150 });
    expect(drift(plain, 'sweden')).toBeGreaterThan(20);
    expect(drift(l, 'sweden')).toBeLessThan(1);
    expect(describeTimeline(l)).toContain('Busy years are drawn longer than quiet ones.');
  });

  it('is described in words from the same data', () => {
    const text = describeTimeline(timelineLayout(events, steps, 900));
    expect(text).toBe(
      'Time line from 2007 to 2025: 4 key events and 2 scenarios. The years before 2022 are ' +
        'compressed. At the table: vilnius. 2007-01-12: abe; 2023-04-04: finland; ' +
        '2023-04-15: draft; scenario spring; scenario vilnius (at the table); 2025-06-24: hague.',
    );
  });
});
