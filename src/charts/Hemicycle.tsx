/**
 * The council as a hemicycle: one seat per ally, given in order by the caller (left to right).
 * D3-free DOM: the layout is pure maths (hemicycleLayout), React draws every element.
 * Seats are buttons with a roving tabindex: Tab enters the group, arrows move, Enter or Space
 * cycles the ally's position (through onCycle).
 */
import { memo, useMemo, type CSSProperties } from 'react';
import { ALLY, type Noun } from '../scenario/model';
import { useChartWords } from './useChartWords';
import { capitalise, nounIn } from '../words/format';
import { defineMessages } from '../words/intl';
import { ChartSvg } from './ChartSvg';
import { ChartTable, yesNo } from './ChartTable';
import { countPositions, describeSeats, positionWord, seatLabel, seatState } from './describe';
import { hemicycleLayout, PAD, type HemicycleLayout, type HemicycleSeat } from './hemicycleLayout';
import { PositionMark, SeatGlyph, type PositionMarkProps } from './marks';
import type { SeatDatum } from './types';
import { useRovingSeats } from './useRovingSeats';

const M = defineMessages({
  count: { id: 'hemicycle.count', defaultMessage: '{support} of {total} support' },
  support: { id: 'hemicycle.legend.support', defaultMessage: 'Support: filled disc.' },
  undecided: { id: 'hemicycle.legend.undecided', defaultMessage: 'Undecided: ring.' },
  object: { id: 'hemicycle.legend.object', defaultMessage: 'Object: disc with a cross.' },
  blocking: { id: 'hemicycle.legend.blocking', defaultMessage: 'Outlined: blocking.' },
  select: {
    id: 'hemicycle.legend.select',
    defaultMessage: 'Select a seat (arrow keys, then Enter) to change its position.',
  },
  position: { id: 'hemicycle.column.position', defaultMessage: 'Position' },
  blockingColumn: { id: 'hemicycle.column.blocking', defaultMessage: 'Blocking' },
  pivotal: { id: 'hemicycle.column.pivotal', defaultMessage: 'Pivotal' },
  follows: { id: 'hemicycle.column.follows', defaultMessage: 'Follows' },
});

export const HEMICYCLE_WIDTH = 560;
/** A generous width of a character of the 12 px count, and the strip the count takes below. */
const COUNT_CHAR_WIDTH = 6.8;
const COUNT_STRIP = 18;

export interface PlacedSeat {
  readonly datum: SeatDatum;
  readonly seat: HemicycleSeat;
}

export interface HemicycleModel {
  readonly layout: HemicycleLayout;
  readonly placed: readonly PlacedSeat[];
  readonly description: string;
  readonly counts: ReturnType<typeof countPositions>;
}

/** The hemicycle's layout and words, memoised: seat k of the layout goes to seats[k]. */
export function useHemicycle(seats: readonly SeatDatum[], width = HEMICYCLE_WIDTH): HemicycleModel {
  const layout = useMemo(() => hemicycleLayout(seats.length, width), [seats.length, width]);
  const placed = useMemo(
    () =>
      seats.flatMap((datum, i) => {
        const seat = layout.seats[i];
        return seat ? [{ datum, seat }] : [];
      }),
    [seats, layout],
  );
  const words = useChartWords();
  const description = useMemo(() => describeSeats(seats, words), [seats, words]);
  const counts = useMemo(() => countPositions(seats), [seats]);
  return { layout, placed, description, counts };
}

export interface HemicycleProps {
  /** In seat order, left to right (the chart does not sort). */
  readonly seats: readonly SeatDatum[];
  readonly title: string;
  /** Called with the ally's id on click, Enter or Space. */
  readonly onCycle: (id: string) => void;
  /** Width of the drawing in SVG units (the SVG scales to its container). */
  readonly width?: number;
  /** A seat to mark as selected (presenter mode), drawn with the focus ring. */
  readonly selectedId?: string | null;
  /** What the body calls its seats (allies, members): the words of captions and tables. */
  readonly noun?: Noun;
}

/** `.chart svg` stretches every svg in the figure: legend marks keep their size inline. */
const LEGEND_MARK_STYLE = {
  display: 'inline-block',
  width: '1em',
  height: '1em',
  verticalAlign: '-0.15em',
} as const;

const LegendMark = (props: Omit<PositionMarkProps, 'style'>) => (
  <PositionMark {...props} style={LEGEND_MARK_STYLE} />
);

const pct = (v: number, of: number) => `${of > 0 ? (v / of) * 100 : 0}%`;

export const Hemicycle = memo(function Hemicycle({
  seats,
  title,
  onCycle,
  noun = ALLY,
  width = HEMICYCLE_WIDTH,
  selectedId = null,
}: HemicycleProps) {
  const words = useChartWords();
  const { layout, placed, description, counts } = useHemicycle(seats, width);
  const { setActiveId, setTipId, tip, seatProps } = useRovingSeats(placed, onCycle);
  // The count sits just above the flat side, between the ends of the inner row; where that gap is
  // too narrow for it (a phone's width), below the hemicycle instead, in a strip of its own.
  const countText = words.formatMessage(M.count, {
    support: counts.support,
    total: placed.length,
  });
  const cx = layout.width / 2;
  const countBelow = countText.length * COUNT_CHAR_WIDTH > layout.innerGap - 8;
  const countY = countBelow
    ? layout.height + COUNT_STRIP - 4
    : layout.height - (placed[0]?.seat.r ?? 0) - PAD - 4;
  const height = countBelow ? layout.height + COUNT_STRIP : layout.height;
  // How much larger the count could be and still fit the middle: the projector uses it (presenter.css).
  const countRoom = countBelow
    ? 1
    : Math.min(1.5, (layout.innerGap - 8) / (countText.length * COUNT_CHAR_WIDTH));

  return (
    <figure className="chart">
      <div style={{ position: 'relative' }}>
        <ChartSvg
          role="group"
          title={title}
          description={description}
          width={layout.width}
          height={height}
        >
          {placed.length > 0 && (
            <text
              aria-hidden="true"
              x={cx}
              y={countY}
              textAnchor="middle"
              className="muted count"
              style={{ '--count-room': countRoom.toFixed(2) } as CSSProperties}
            >
              {countText}
            </text>
          )}
          {placed.map(({ datum, seat }, index) => (
            <g
              key={datum.id}
              className="seat"
              role="button"
              aria-label={seatLabel(datum, words)}
              {...seatProps(datum.id, index)}
              data-position={datum.position}
              data-blocker={datum.blocker}
              data-selected={datum.id === selectedId || undefined}
              // The seat is placed by its group, its shapes drawn about the origin: when a change
              // moves a seat (every seat between its old and new place, in a large body), one
              // attribute changes, not the centre of every shape in it.
              transform={`translate(${seat.x} ${seat.y})`}
              onClick={() => {
                setActiveId(datum.id);
                setTipId(null); // the seat moves with its new position; a tap leaves no stale tip
                onCycle(datum.id);
              }}
            >
              <circle r={seat.r} fill="transparent" />
              <SeatGlyph
                position={datum.position}
                cx={0}
                cy={0}
                r={seat.r}
                blocker={datum.blocker}
                alwaysRing
              />
            </g>
          ))}
        </ChartSvg>
        {tip && (
          <div
            className="tooltip"
            role="tooltip"
            style={{
              // Kept inside the chart: seats at the edges would push the tip off screen.
              left: pct(
                Math.min(Math.max(tip.seat.x, layout.width * 0.2), layout.width * 0.8),
                layout.width,
              ),
              top: pct(tip.seat.y - tip.seat.r, height),
            }}
          >
            <strong>{tip.datum.name}</strong>: {seatState(tip.datum, words)}
          </div>
        )}
      </div>
      <figcaption>
        <LegendMark position="support" /> {words.formatMessage(M.support)}{' '}
        <LegendMark position="undecided" /> {words.formatMessage(M.undecided)}{' '}
        <LegendMark position="object" /> {words.formatMessage(M.object)}{' '}
        <LegendMark position="object" blocker /> {words.formatMessage(M.blocking)}{' '}
        {words.formatMessage(M.select)}
      </figcaption>
      <ChartTable
        caption={title}
        columns={[
          capitalise(nounIn(noun, words).one),
          words.formatMessage(M.position),
          words.formatMessage(M.blockingColumn),
          words.formatMessage(M.pivotal),
          words.formatMessage(M.follows),
        ]}
        rows={seats.map((s) => ({
          key: s.id,
          cells: [
            s.name,
            positionWord(s.position, words),
            yesNo(s.blocker, words),
            yesNo(s.pivotal, words),
            s.follows ?? '—',
          ],
        }))}
      />
    </figure>
  );
});
