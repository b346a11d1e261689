/**
 * The marks shared by the charts and the UI. Colour is never the only carrier of meaning:
 * support = filled disc, undecided = hollow ring, object = disc with a cross over it; a blocker
 * gets a thick outline ring. Status glyphs: passes = disc with a check, blocked = cross,
 * pending = dashed ring.
 */
import type { CSSProperties } from 'react';
import type { Status } from '../engine/outcome';
import type { Position } from '../engine/types';

const r2 = (v: number) => Math.round(v * 100) / 100;

/** An X of half-size `a` centred on (cx, cy). */
export function crossPath(cx: number, cy: number, a: number): string {
  return (
    `M${r2(cx - a)},${r2(cy - a)}L${r2(cx + a)},${r2(cy + a)}` +
    `M${r2(cx + a)},${r2(cy - a)}L${r2(cx - a)},${r2(cy + a)}`
  );
}

/** A check mark fitted inside a disc of radius r centred on (cx, cy). */
export function checkPath(cx: number, cy: number, r: number): string {
  return (
    `M${r2(cx - 0.5 * r)},${r2(cy + 0.02 * r)}` +
    `L${r2(cx - 0.12 * r)},${r2(cy + 0.4 * r)}` +
    `L${r2(cx + 0.52 * r)},${r2(cy - 0.38 * r)}`
  );
}

/** Proportions of a seat inside its footprint radius r. */
export function seatGeometry(r: number) {
  const body = 0.7 * r;
  const ringWidth = Math.max(2, 0.13 * r);
  const hollowWidth = Math.max(1.5, 0.2 * r);
  return {
    /** Disc radius (support, object). */
    body,
    /** Hollow ring of an undecided seat: its radius and stroke. */
    hollowR: body - hollowWidth / 2,
    hollowWidth,
    /** Cross over an object disc. */
    crossA: 0.42 * body,
    crossWidth: Math.max(1.25, 0.14 * r),
    /** Outline ring of a blocker (and the focus ring in the hemicycle). */
    ringR: r - ringWidth / 2,
    ringWidth,
  };
}

export interface SeatGlyphProps {
  readonly position: Position;
  readonly cx: number;
  readonly cy: number;
  /** Footprint radius: every shape stays inside it. */
  readonly r: number;
  readonly blocker?: boolean;
  /**
   * Always draw the outline ring (class seat-ring), transparent unless blocking, so the
   * hemicycle's hover and focus styles have something to colour.
   */
  readonly alwaysRing?: boolean;
}

/** The shapes of one seat, as SVG children (no wrapper, no role). */
export function SeatGlyph({
  position,
  cx,
  cy,
  r,
  blocker = false,
  alwaysRing = false,
}: SeatGlyphProps) {
  const g = seatGeometry(r);
  return (
    <>
      {position === 'support' && <circle cx={cx} cy={cy} r={g.body} fill="var(--support)" />}
      {position === 'undecided' && (
        <circle
          cx={cx}
          cy={cy}
          r={g.hollowR}
          fill="none"
          stroke="var(--undecided)"
          strokeWidth={g.hollowWidth}
        />
      )}
      {position === 'object' && (
        <>
          <circle cx={cx} cy={cy} r={g.body} fill="var(--object)" />
          <path
            d={crossPath(cx, cy, g.crossA)}
            fill="none"
            stroke="var(--bg)"
            strokeWidth={g.crossWidth}
            strokeLinecap="round"
          />
        </>
      )}
      {(blocker || alwaysRing) && (
        <circle
          className="seat-ring"
          cx={cx}
          cy={cy}
          r={g.ringR}
          fill="none"
          stroke={blocker ? 'var(--fg)' : 'transparent'}
          strokeWidth={g.ringWidth}
        />
      )}
    </>
  );
}

export interface PositionMarkProps {
  readonly position: Position;
  /** Side of the square mark in px (CSS .mark sets 0.8rem; this sets the drawing). */
  readonly size?: number;
  readonly blocker?: boolean;
  /** Inline size and alignment, e.g. inside a `.chart`, whose `svg` rule would stretch it. */
  readonly style?: CSSProperties;
}

/** A decorative mark of a position (aria-hidden): pair it with the position in words. */
export function PositionMark({ position, size = 16, blocker = false, style }: PositionMarkProps) {
  const half = size / 2;
  return (
    <svg
      className="mark"
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      style={style}
    >
      <SeatGlyph position={position} cx={half} cy={half} r={half} blocker={blocker} />
    </svg>
  );
}

export interface StatusGlyphProps {
  readonly status: Status;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** passes: filled disc with a check; blocked: a cross; pending: a dashed ring. */
export function StatusGlyph({ status, cx, cy, r }: StatusGlyphProps) {
  const stroke = Math.max(2, 0.2 * r);
  if (status === 'passes') {
    return (
      <>
        <circle cx={cx} cy={cy} r={r} fill="var(--pass)" />
        <path
          d={checkPath(cx, cy, r)}
          fill="none"
          stroke="var(--bg)"
          strokeWidth={stroke}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </>
    );
  }
  if (status === 'blocked') {
    return (
      <path
        d={crossPath(cx, cy, 0.72 * r)}
        fill="none"
        stroke="var(--block)"
        strokeWidth={stroke * 1.3}
        strokeLinecap="round"
      />
    );
  }
  return (
    <circle
      cx={cx}
      cy={cy}
      r={r - stroke / 2}
      fill="none"
      stroke="var(--pending)"
      strokeWidth={stroke}
      strokeDasharray={`${r2(r * 0.5)} ${r2(r * 0.35)}`}
    />
  );
}
