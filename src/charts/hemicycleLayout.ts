/**
 * Parliament-style semicircle: pure geometry, no DOM. The flat side is at the bottom and y grows
 * downward (SVG coordinates). Seats come back ordered left to right by angle (ties: inner row
 * first), so a caller can hand consecutive seats to allies sorted by position.
 */
import { sum } from 'd3';

export interface HemicycleSeat {
  readonly x: number;
  readonly y: number;
  /** Footprint radius: everything drawn for the seat (disc, rings) stays inside it. */
  readonly r: number;
  /** Angle on the half circle, pi (left) to 0 (right). */
  readonly angle: number;
  /** Row index, 0 = innermost. */
  readonly row: number;
}

export interface HemicycleLayout {
  readonly seats: readonly HemicycleSeat[];
  readonly width: number;
  readonly height: number;
  /** Free width on the flat side between the ends of the innermost row (room for a label). */
  readonly innerGap: number;
}

/** Innermost row radius as a share of the outer radius. */
export const INNER_RADIUS = 0.42;
/** Rows at one per 14 seats stop here; a larger body gets the count that gives most room. */
export const FEW_ROWS = 4;
/** Most rows drawn, however many seats (a body of 250 takes 8). */
export const MAX_ROWS = 12;
/** Seat radius as a share of the smallest distance between neighbouring seat centres. */
export const SEAT_SHARE = 0.4;
/** Largest seat radius as a share of the outer radius (few seats would otherwise be huge). */
export const MAX_SEAT_SHARE = 0.12;
/** Room kept around the drawing (focus rings), in px. */
export const PAD = 4;

/**
 * One row up to 12 seats, then one per 14 up to four rows (56 seats). Past that, four rows would
 * crowd each row with small seats far apart from the next row (250 seats: radius 4 in 560), so the
 * count is the one, from four to MAX_ROWS, whose seats are largest (250 seats: 8 rows, radius 8).
 */
export function rowCount(n: number): number {
  if (n <= 0) return 0;
  if (n <= 12) return 1;
  const few = Math.ceil(n / 14);
  if (few <= FEW_ROWS) return few;
  let best = FEW_ROWS;
  for (let rows = FEW_ROWS + 1; rows <= MAX_ROWS; rows++)
    if (spacingOf(n, rows) > spacingOf(n, best)) best = rows;
  return best;
}

/** Row radii as shares of the outer radius, evenly spaced from INNER_RADIUS to 1. */
export function rowRadii(rows: number): number[] {
  if (rows <= 0) return [];
  if (rows === 1) return [1];
  return Array.from(
    { length: rows },
    (_, i) => INNER_RADIUS + ((1 - INNER_RADIUS) * i) / (rows - 1),
  );
}

/** Seats per row, proportional to row radius, totalling exactly n (largest remainder). */
export function seatsPerRow(n: number, radii: readonly number[]): number[] {
  if (n <= 0 || radii.length === 0) return radii.map(() => 0);
  const total = sum(radii);
  const quotas = radii.map((r) => (n * r) / total);
  const counts = quotas.map(Math.floor);
  let left = n - sum(counts);
  const byRemainder = quotas
    .map((q, i) => ({ i, rest: q - Math.floor(q) }))
    // Largest remainder first; ties go to the outer (longer) row.
    .sort((a, b) => b.rest - a.rest || b.i - a.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}

/** Chord between neighbouring seats of a row of radius `radius` holding `k` seats. */
function chord(radius: number, k: number): number {
  return k >= 2 ? 2 * radius * Math.sin(Math.PI / (2 * (k - 1))) : Infinity;
}

/** Smallest spacing between neighbouring seats (along a row or across rows), scale-free. */
function spacingOf(n: number, rows: number): number {
  const radii = rowRadii(rows);
  const perRow = seatsPerRow(n, radii);
  let spacing = Infinity;
  radii.forEach((rho, i) => {
    spacing = Math.min(spacing, chord(rho, perRow[i] ?? 0));
  });
  if (radii.length > 1) spacing = Math.min(spacing, (1 - INNER_RADIUS) / (radii.length - 1));
  return spacing;
}

/** Angle of seat i of k in a row: pi, ..., 0 (a lone seat sits at the top). */
function seatAngle(i: number, k: number): number {
  return k >= 2 ? Math.PI * (1 - i / (k - 1)) : Math.PI / 2;
}

export function hemicycleLayout(n: number, width: number): HemicycleLayout {
  const count = Math.max(0, Math.floor(n));
  const rows = rowCount(count);
  const radii = rowRadii(rows);
  const perRow = seatsPerRow(count, radii);
  // Smallest spacing between neighbours, as a share of the outer radius.
  const seatShare = Math.min(MAX_SEAT_SHARE, SEAT_SHARE * spacingOf(count, rows));

  // The outer row and its seats span the width: R (1 + seatShare) = width / 2 - PAD.
  const outer = Math.max(0, (width / 2 - PAD) / (1 + seatShare));
  const r = outer * seatShare;
  const cx = width / 2;
  const cy = PAD + outer + r;
  const height = cy + r + PAD;

  const seats: HemicycleSeat[] = [];
  radii.forEach((rho, row) => {
    const k = perRow[row] ?? 0;
    for (let i = 0; i < k; i++) {
      const angle = seatAngle(i, k);
      seats.push({
        x: cx + outer * rho * Math.cos(angle),
        y: cy - outer * rho * Math.sin(angle),
        r,
        angle,
        row,
      });
    }
  });
  seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
  // With two seats or more, the innermost row ends on the flat side at +-outer * radii[0].
  const innerGap = (perRow[0] ?? 0) >= 2 ? Math.max(0, 2 * (outer * (radii[0] ?? 1) - r)) : width;
  return { seats, width, height, innerGap };
}
