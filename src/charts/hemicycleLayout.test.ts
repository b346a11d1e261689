import { describe, expect, it } from 'vitest';
import {
  hemicycleLayout,
  MAX_SEAT_SHARE,
  PAD,
  rowCount,
  rowRadii,
  seatsPerRow,
} from './hemicycleLayout';

const round = (v: number) => Math.round(v * 100) / 100;
const EPS = 1e-9;

describe('rowCount', () => {
  it('uses one row up to 12 seats, then one per 14 up to 4', () => {
    expect([0, 1, 12, 13, 14, 15, 28, 29, 32, 42, 43, 56].map(rowCount)).toEqual([
      0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4,
    ]);
  });

  it('past 56 seats, takes the count of rows whose seats are largest', () => {
    expect([57, 80, 100, 150, 200, 250].map(rowCount)).toEqual([4, 5, 5, 7, 8, 8]);
  });
});

describe('rowRadii', () => {
  it('spaces rows evenly from 0.42 to 1 of the outer radius', () => {
    expect(rowRadii(1)).toEqual([1]);
    expect(rowRadii(2)).toEqual([0.42, 1]);
    expect(rowRadii(3).map(round)).toEqual([0.42, 0.71, 1]);
  });
});

describe('seatsPerRow', () => {
  it('shares seats in proportion to row radius and totals exactly n', () => {
    // NATO's 32: 32 * [0.42, 0.71, 1] / 2.13 = [6.31, 10.67, 15.02].
    expect(seatsPerRow(32, rowRadii(3))).toEqual([6, 11, 15]);
    expect(seatsPerRow(15, rowRadii(2))).toEqual([4, 11]);
    for (let n = 13; n <= 120; n++) {
      const counts = seatsPerRow(n, rowRadii(rowCount(n)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      // Outer rows never hold fewer seats than inner ones.
      counts.slice(1).forEach((c, i) => expect(c).toBeGreaterThanOrEqual(counts[i]!));
    }
  });
});

describe('hemicycleLayout', () => {
  it('places exactly n seats for n = 0..40', () => {
    for (let n = 0; n <= 40; n++) expect(hemicycleLayout(n, 560).seats).toHaveLength(n);
  });

  it('never overlaps two seats', () => {
    for (let n = 1; n <= 60; n++) {
      const { seats } = hemicycleLayout(n, 560);
      let gap = Infinity;
      for (let i = 0; i < seats.length; i++) {
        for (let j = i + 1; j < seats.length; j++) {
          const a = seats[i]!;
          const b = seats[j]!;
          gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y) - (a.r + b.r));
        }
      }
      expect(gap).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps every seat inside the drawing', () => {
    for (const width of [120, 320, 560, 1000]) {
      for (let n = 1; n <= 40; n++) {
        const { seats, height } = hemicycleLayout(n, width);
        for (const s of seats) {
          expect(s.x - s.r).toBeGreaterThanOrEqual(-EPS);
          expect(s.x + s.r).toBeLessThanOrEqual(width + EPS);
          expect(s.y - s.r).toBeGreaterThanOrEqual(-EPS);
          expect(s.y + s.r).toBeLessThanOrEqual(height + EPS);
        }
      }
    }
  });

  it('orders seats left to right by angle, inner row first on ties', () => {
    for (let n = 1; n <= 60; n++) {
      const { seats } = hemicycleLayout(n, 560);
      for (let k = 1; k < seats.length; k++) {
        const prev = seats[k - 1]!;
        const next = seats[k]!;
        expect(next.angle).toBeLessThanOrEqual(prev.angle);
        if (next.angle === prev.angle) expect(next.row).toBeGreaterThan(prev.row);
      }
      // Within a row, x never decreases.
      const rows = new Map<number, number[]>();
      for (const s of seats) rows.set(s.row, [...(rows.get(s.row) ?? []), s.x]);
      for (const xs of rows.values()) {
        xs.slice(1).forEach((x, i) => expect(x).toBeGreaterThanOrEqual(xs[i]! - EPS));
      }
    }
  });

  it('puts three seats at angles pi, pi/2 and 0 on one row', () => {
    // R (1 + 0.12) = 300 / 2 - 4, so R = 130.357..., r = 15.643..., centre (150, 150).
    const { seats, width, height } = hemicycleLayout(3, 300);
    expect(width).toBe(300);
    expect(round(height)).toBe(169.64);
    expect(seats.map((s) => [round(s.x), round(s.y), round(s.r)])).toEqual([
      [19.64, 150, 15.64],
      [150, 19.64, 15.64],
      [280.36, 150, 15.64],
    ]);
    expect(seats.map((s) => s.angle)).toEqual([Math.PI, Math.PI / 2, 0]);
    expect(seats.every((s) => s.row === 0)).toBe(true);
  });

  it('sizes seats to 0.4 of the smallest spacing when that is below the cap', () => {
    // 32 seats on rows [6, 11, 15]: the smallest spacing is the middle row's chord,
    // 2 * 0.71 * sin(pi / 20) of the outer radius.
    const { seats } = hemicycleLayout(32, 560);
    const share = 0.4 * 2 * 0.71 * Math.sin(Math.PI / 20);
    expect(share).toBeLessThan(MAX_SEAT_SHARE);
    const outer = (280 - PAD) / (1 + share);
    expect(seats[0]!.r).toBeCloseTo(outer * share, 9);
  });

  it('lays out 250 seats on 8 rows, apart and inside the drawing, seats twice as large as on 4 rows', () => {
    const { seats, height } = hemicycleLayout(250, 560);
    expect(seats).toHaveLength(250);
    expect(new Set(seats.map((s) => s.row)).size).toBe(8);
    // Radius 7.81 in a drawing 560 wide (on four rows, as before: 3.97).
    expect(round(seats[0]!.r)).toBe(7.81);
    let gap = Infinity;
    for (let i = 0; i < seats.length; i++) {
      const a = seats[i]!;
      expect(a.x - a.r).toBeGreaterThanOrEqual(-EPS);
      expect(a.x + a.r).toBeLessThanOrEqual(560 + EPS);
      expect(a.y - a.r).toBeGreaterThanOrEqual(-EPS);
      expect(a.y + a.r).toBeLessThanOrEqual(height + EPS);
      for (let j = i + 1; j < seats.length; j++) {
        const b = seats[j]!;
        gap = Math.min(gap, Math.hypot(a.x - b.x, a.y - b.y) - (a.r + b.r));
      }
    }
    expect(gap).toBeGreaterThanOrEqual(0);
  });

  it('is deterministic', () => {
    expect(hemicycleLayout(31, 480)).toEqual(hemicycleLayout(31, 480));
  });
});
