/**
 * The allies on a map: each member's country filled by its position with a colour AND a pattern
 * (support solid, undecided hatched, object crossed: the hemicycle's disc, ring and cross), blockers
 * outlined, members too small to see marked with the hemicycle's seat glyph at their centroid.
 * Japan sits in an inset with Tokyo, the proposed office's site, marked.
 *
 * Props in, callbacks out: the atlas arrives decoded (src/app loads it lazily). Each member is a
 * button with a roving tabindex like the hemicycle's seats: Tab enters the map, arrows move west
 * to east, Enter or Space cycles the position (through onCycle).
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import '../words/parts/panels';
import { ChartSvg } from './ChartSvg';
import { useChartWords } from './useChartWords';
import { ChartTable, yesNo } from './ChartTable';
import { countPositions, seatState } from './describe';
import { useRovingSeats } from './useRovingSeats';
import { mapLayout, type MapCountry, type MapLayout, type WorldAtlas } from './mapLayout';
import { SeatGlyph } from './marks';
import type { SeatDatum } from './types';
import type { Position } from '../engine/types';
import { ALLY, type Noun } from '../scenario/model';
import { capitalise, colon, nounIn } from '../words/format';
import { defineMessages, ENGLISH, languageOf, type Words } from '../words/intl';
import { positionLabel } from '../words/labels';
import './map.css';

export const MAP_WIDTH = 560;

const M = defineMessages({
  seat: {
    id: 'map.seat',
    defaultMessage: '{name} on the map, {state}. Press Enter to change position.',
    description: "A country's accessible name; state: the seat's state, e.g. 'object, blocking'",
  },
  none: { id: 'map.none', defaultMessage: 'none', description: 'An empty list of names' },
  atlantic: {
    id: 'map.describe.atlantic',
    defaultMessage:
      'Map of Europe and North America, with Japan in an inset where Tokyo, the site of the proposed office, is marked.',
  },
  world: {
    id: 'map.describe.world',
    defaultMessage: 'World map; Tokyo, the site of the proposed office, is marked.',
  },
  counts: {
    id: 'map.describe.counts',
    defaultMessage:
      '{count} on the map: {support} support, {undecided} undecided, {object} object.',
  },
  blocking: { id: 'map.describe.blocking', defaultMessage: 'Blocking: {names}.' },
  small: {
    id: 'map.describe.small',
    defaultMessage: 'Too small to see, so also marked with a disc: {names}.',
  },
  unplaced: {
    id: 'map.describe.unplaced',
    defaultMessage: 'Not on the map (not a country): {names}.',
  },
  noCountry: {
    id: 'map.noCountry',
    defaultMessage:
      "None of this body's members is a country, so there is nothing to place on the map.",
  },
  inset: { id: 'map.inset', defaultMessage: 'Japan (inset)' },
  tokyo: { id: 'map.tokyo', defaultMessage: 'Tokyo' },
  keySupport: { id: 'map.key.support', defaultMessage: 'Support: solid' },
  keyUndecided: { id: 'map.key.undecided', defaultMessage: 'Undecided: hatched' },
  keyObject: { id: 'map.key.object', defaultMessage: 'Object: crossed' },
  keyBlocking: { id: 'map.key.blocking', defaultMessage: 'Outlined: blocking' },
  keyTokyo: { id: 'map.key.tokyo', defaultMessage: 'Tokyo: the proposed office' },
  legend: {
    id: 'map.legend',
    defaultMessage:
      "Small {nouns} also have a disc like the hemicycle's. Select a country (arrow keys, then Enter) to change its position.",
  },
  notOnMap: { id: 'map.notOnMap', defaultMessage: 'Not on the map: {names}.' },
  position: { id: 'map.table.position', defaultMessage: 'Position' },
  blocks: { id: 'map.table.blocking', defaultMessage: 'Blocking' },
  onMap: { id: 'map.table.onMap', defaultMessage: 'On the map' },
  notCountry: { id: 'map.table.notCountry', defaultMessage: 'Not a country' },
  shapeDisc: { id: 'map.table.shapeDisc', defaultMessage: 'Shape and disc' },
  shape: { id: 'map.table.shape', defaultMessage: 'Shape' },
});

/** Accessible name of a member on the map: the hemicycle's words, told apart by "on the map". */
export function mapSeatLabel(seat: SeatDatum, words: Words = ENGLISH): string {
  return words.formatMessage(M.seat, { name: seat.name, state: seatState(seat, words) });
}

const list = (names: readonly string[], words: Words) =>
  names.length === 0 ? words.formatMessage(M.none) : names.join(', ');

/** The map in words, from the same data the marks are drawn from. */
export function describeMap(
  layout: MapLayout,
  seats: readonly SeatDatum[],
  words: Words = ENGLISH,
): string {
  const byId = new Map(seats.map((s) => [s.id, s]));
  const onMap = layout.members.flatMap((m) => byId.get(m.id) ?? []);
  const c = countPositions(onMap);
  const parts = [
    words.formatMessage(layout.frame === 'atlantic' ? M.atlantic : M.world),
    words.formatMessage(M.counts, {
      count: String(onMap.length),
      support: String(c.support),
      undecided: String(c.undecided),
      object: String(c.object),
    }),
    words.formatMessage(M.blocking, {
      names: list(
        onMap.filter((s) => s.blocker).map((s) => s.name),
        words,
      ),
    }),
  ];
  const small = layout.members.filter((m) => m.marker).flatMap((m) => byId.get(m.id)?.name ?? []);
  if (small.length > 0) parts.push(words.formatMessage(M.small, { names: list(small, words) }));
  if (layout.unplaced.length > 0)
    parts.push(
      words.formatMessage(M.unplaced, {
        names: list(
          seats.filter((s) => layout.unplaced.includes(s.id)).map((s) => s.name),
          words,
        ),
      }),
    );
  return parts.join(' ');
}

/** Fill patterns per position, drawn in a tile of side TILE px. */
const TILE = 7;

function PositionPatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-support`} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
        <rect width={TILE} height={TILE} fill="var(--support)" />
      </pattern>
      {/* Undecided: grey hatching on the page colour, the hollow ring of the hemicycle. */}
      <pattern
        id={`${prefix}-undecided`}
        width={TILE}
        height={TILE}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={TILE} height={TILE} fill="var(--bg)" />
        <rect width={2.5} height={TILE} fill="var(--undecided)" />
      </pattern>
      {/* Object: the objection colour crossed with small Xs, the hemicycle's crossed disc. */}
      <pattern id={`${prefix}-object`} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
        <rect width={TILE} height={TILE} fill="var(--object)" />
        <path
          d="M1.75,1.75L5.25,5.25M5.25,1.75L1.75,5.25"
          stroke="var(--bg)"
          strokeWidth={1.1}
          strokeLinecap="round"
        />
      </pattern>
    </defs>
  );
}

/** A legend swatch: the country fill of a position, with its own pattern definitions. */
function Swatch({ position, blocker = false }: { position: Position; blocker?: boolean }) {
  const prefix = useId().replace(/[^\w-]/g, '');
  return (
    <svg className="map-swatch" aria-hidden="true" focusable="false" viewBox="0 0 18 14">
      <PositionPatterns prefix={prefix} />
      <rect
        x={1}
        y={1}
        width={16}
        height={12}
        rx={2}
        fill={`url(#${prefix}-${position})`}
        stroke={blocker ? 'var(--fg)' : 'var(--line)'}
        strokeWidth={blocker ? 2 : 1}
      />
    </svg>
  );
}

/** Tokyo's mark: a square, so it reads as a place, not a member's seat. */
function TokyoMark({
  x,
  y,
  labelBelow = false,
  label,
}: {
  x: number;
  y: number;
  labelBelow?: boolean;
  label: string;
}) {
  return (
    <g className="map-tokyo" aria-hidden="true">
      <rect x={x - 4} y={y - 4} width={8} height={8} fill="var(--fg)" stroke="var(--bg)" />
      <text x={x} y={labelBelow ? y + 16 : y - 8} textAnchor="end" className="map-label">
        {label}
      </text>
    </g>
  );
}

export interface AllianceMapProps {
  /** The members at the table, with positions (the hemicycle's data; order does not matter). */
  readonly seats: readonly SeatDatum[];
  readonly atlas: WorldAtlas;
  readonly title: string;
  /** Called with the member's id on click, Enter or Space. */
  readonly onCycle: (id: string) => void;
  /** Width of the drawing in px. */
  readonly width?: number;
  /** Called once the map is first drawn (the app records when). */
  readonly onReady?: () => void;
  /** What the body calls its seats (allies at NATO, members elsewhere). */
  readonly noun?: Noun;
}

interface Placed {
  readonly datum: SeatDatum;
  readonly country: MapCountry;
}

const pct = (v: number, of: number) => `${of > 0 ? (v / of) * 100 : 0}%`;

export function AllianceMap({
  seats,
  atlas,
  title,
  onCycle,
  width = MAP_WIDTH,
  onReady,
  noun = ALLY,
}: AllianceMapProps) {
  const words = useChartWords();
  // The geometry depends on who sits at the table, not on their positions: a change of position
  // only recolours.
  const idsKey = useMemo(
    () =>
      seats
        .map((s) => s.id)
        .sort()
        .join(','),
    [seats],
  );
  const layout = useMemo(
    () => mapLayout(atlas, idsKey === '' ? [] : idsKey.split(','), width),
    [atlas, idsKey, width],
  );
  const placed = useMemo<Placed[]>(() => {
    const byId = new Map(seats.map((s) => [s.id, s]));
    return layout.members.flatMap((country) => {
      const datum = byId.get(country.id);
      return datum ? [{ datum, country }] : [];
    });
  }, [layout, seats]);
  const description = useMemo(() => describeMap(layout, seats, words), [layout, seats, words]);
  const nouns = nounIn(noun, words);
  const tokyo = words.formatMessage(M.tokyo);

  const prefix = useId().replace(/[^\w-]/g, '');
  const { setActiveId, tip, seatProps } = useRovingSeats(placed, onCycle, {
    vertical: true,
  });
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current?.();
  }, []);

  const indexOf = new Map(placed.map((p, i) => [p.datum.id, i]));
  const large = placed.filter((p) => !p.country.marker);
  const small = placed.filter((p) => p.country.marker);

  const allyButton = ({ datum, country }: Placed) => {
    const m = country.marker;
    return (
      <g
        key={datum.id}
        className="seat map-ally"
        role="button"
        aria-label={mapSeatLabel(datum, words)}
        {...seatProps(datum.id, indexOf.get(datum.id) ?? 0)}
        data-position={datum.position}
        data-blocker={datum.blocker}
        onClick={() => {
          setActiveId(datum.id);
          onCycle(datum.id);
        }}
      >
        <path className="map-country" d={country.d} fill={`url(#${prefix}-${datum.position})`} />
        {m && (
          <>
            {datum.blocker && <path className="map-blocker" d={country.d} />}
            <line
              x1={country.anchor[0]}
              y1={country.anchor[1]}
              x2={m.x}
              y2={m.y}
              className="map-leader"
            />
            <circle cx={m.x} cy={m.y} r={m.r} className="map-marker-bg" />
            <SeatGlyph
              position={datum.position}
              cx={m.x}
              cy={m.y}
              r={m.r}
              blocker={datum.blocker}
              alwaysRing
            />
          </>
        )}
      </g>
    );
  };

  // In the table's order (the layout sorts ids for its memo key).
  const unplacedNames = seats.filter((s) => layout.unplaced.includes(s.id)).map((s) => s.name);
  const inset = layout.inset;
  const tipAt = tip
    ? (tip.country.marker ?? { x: tip.country.anchor[0], y: tip.country.anchor[1] })
    : null;

  return (
    <figure className="chart alliance-map">
      {placed.length === 0 ? (
        <p className="muted-text">{words.formatMessage(M.noCountry)}</p>
      ) : (
        <div style={{ position: 'relative' }}>
          <ChartSvg
            role="group"
            title={title}
            description={description}
            width={layout.width}
            height={layout.height}
          >
            <PositionPatterns prefix={prefix} />
            <g aria-hidden="true" className="map-land">
              {layout.land.map((c) => (
                <path key={c.id} d={c.d} />
              ))}
            </g>
            {/*
              Countries, then the blockers' outlines above them (a neighbour never paints over an
              outline), then the small allies with their markers on top, easy to point at. Arrow
              keys follow `placed` (west to east), not this drawing order.
            */}
            {large.map(allyButton)}
            <g aria-hidden="true" className="map-outlines">
              {large
                .filter((p) => p.datum.blocker)
                .map(({ datum, country }) => (
                  <path key={datum.id} className="map-blocker" d={country.d} />
                ))}
            </g>
            {small.map(allyButton)}
            {tip && <path aria-hidden="true" className="map-focus" d={tip.country.d} />}
            {inset ? (
              <g aria-hidden="true" className="map-inset">
                <rect
                  className="map-inset-frame"
                  x={inset.x}
                  y={inset.y}
                  width={inset.width}
                  height={inset.height}
                  rx={4}
                />
                <text x={inset.x + 6} y={inset.y + 14} className="map-label">
                  {words.formatMessage(M.inset)}
                </text>
                <path d={inset.d} className="map-japan" />
                <TokyoMark x={layout.tokyo[0]} y={layout.tokyo[1]} labelBelow label={tokyo} />
              </g>
            ) : (
              <TokyoMark x={layout.tokyo[0]} y={layout.tokyo[1]} label={tokyo} />
            )}
          </ChartSvg>
          {tip && tipAt && (
            <div
              className="tooltip"
              role="tooltip"
              style={{
                left: pct(
                  Math.min(Math.max(tipAt.x, layout.width * 0.2), layout.width * 0.8),
                  layout.width,
                ),
                top: pct(tipAt.y - 6, layout.height),
              }}
            >
              <strong>{tip.datum.name}</strong>
              {colon(words)}
              {seatState(tip.datum, words)}
            </div>
          )}
        </div>
      )}
      <figcaption>
        <span className="map-key">
          <Swatch position="support" /> {words.formatMessage(M.keySupport)}
        </span>{' '}
        <span className="map-key">
          <Swatch position="undecided" /> {words.formatMessage(M.keyUndecided)}
        </span>{' '}
        <span className="map-key">
          <Swatch position="object" /> {words.formatMessage(M.keyObject)}
        </span>{' '}
        <span className="map-key">
          <Swatch position="object" blocker /> {words.formatMessage(M.keyBlocking)}
        </span>{' '}
        <span className="map-key">
          <svg className="map-swatch" aria-hidden="true" focusable="false" viewBox="0 0 18 14">
            <rect x={5} y={3} width={8} height={8} fill="var(--fg)" />
          </svg>{' '}
          {words.formatMessage(M.keyTokyo)}
        </span>
        {'. '}
        {words.formatMessage(M.legend, { nouns: nouns.other })}
        {unplacedNames.length > 0 &&
          ` ${words.formatMessage(M.notOnMap, { names: unplacedNames.join(', ') })}`}
      </figcaption>
      <ChartTable
        caption={title}
        columns={[
          capitalise(nouns.one),
          words.formatMessage(M.position),
          words.formatMessage(M.blocks),
          words.formatMessage(M.onMap),
        ]}
        rows={seats.map((s) => {
          const country = layout.members.find((m) => m.id === s.id);
          return {
            key: s.id,
            cells: [
              s.name,
              // English has always said the position's id ("support"); others its name.
              languageOf(words) === 'en' ? s.position : positionLabel(s.position, words),
              yesNo(s.blocker, words),
              words.formatMessage(!country ? M.notCountry : country.marker ? M.shapeDisc : M.shape),
            ],
          };
        })}
      />
    </figure>
  );
}
