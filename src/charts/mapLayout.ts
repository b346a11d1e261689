/**
 * The alliance map's geometry: pure functions, no DOM. Given decoded countries (GeoJSON, keyed by
 * ISO 3166-1 numeric id), the members at the table and a width, it fits a projection, draws every
 * country as a path string, finds each member's anchor and places markers for members too small
 * to point at. SVG coordinates: y grows downward.
 */
import {
  forceCollide,
  forceSimulation,
  forceX,
  forceY,
  geoArea,
  geoCentroid,
  geoDistance,
  geoMercator,
  geoNaturalEarth1,
  geoPath,
  type GeoProjection,
  type SimulationNodeDatum,
} from 'd3';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ISO_NUMERIC, JAPAN, TOKYO } from './isoNumeric';

export type CountryGeometry = Polygon | MultiPolygon;

/** One country of the atlas: `id` is its ISO 3166-1 numeric code ("250" for France). */
export type CountryFeature = Feature<CountryGeometry, { readonly name: string }> & {
  readonly id: string;
};

/** The decoded atlas (src/charts/atlas.ts builds it from world-atlas's TopoJSON). */
export interface WorldAtlas {
  readonly countries: readonly CountryFeature[];
}

export type Point = readonly [number, number];

export interface MapMarker {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface MapCountry {
  /** The member's id (ISO alpha-2 for allies). */
  readonly id: string;
  /** The whole country, clipped to the frame. */
  readonly d: string;
  /** Projected centroid of the country's main part (where a marker points). */
  readonly anchor: Point;
  /** Projected area of the main part, in square px. */
  readonly area: number;
  /** A disc for members whose shape is too small to see or point at; null otherwise. */
  readonly marker: MapMarker | null;
}

export interface MapInset {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Japan, drawn in the inset's own projection. */
  readonly d: string;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** `atlantic`: Europe and North America, Japan in an inset; `world`: everything, no inset. */
  readonly frame: 'atlantic' | 'world';
  /** Countries that are not members (background), clipped to the frame. */
  readonly land: readonly { readonly id: string; readonly d: string }[];
  /** Members on the map, west to east by anchor. */
  readonly members: readonly MapCountry[];
  /** Members with no country on the map (custom bodies' unnamed seats), in the given order. */
  readonly unplaced: readonly string[];
  /** Japan's inset (atlantic frame only). */
  readonly inset: MapInset | null;
  /** Tokyo, in the inset (atlantic) or on the main map (world). */
  readonly tokyo: Point;
}

/** Room kept around the drawing (focus outlines, marker rings), in px. */
export const PAD = 6;
/** A member whose main part covers less than this (px²) also gets a marker: ~10 px square. */
export const MARKER_AREA = 110;
/**
 * Radius of a marker's footprint, in px (the glyph and its rings stay inside it): smaller on a
 * phone, where Europe is crowded with discs, larger on a wide screen or projector.
 */
export const markerRadius = (width: number) =>
  Math.round(Math.max(5.5, Math.min(8, width / 80)) * 2) / 2;
/** Gap kept between neighbouring markers, in px. */
export const MARKER_GAP = 1.5;
/**
 * Polygons farther than this from a country's largest polygon (great-circle, radians) are not
 * its main part: Alaska and Hawaii for the United States, French Guiana for France. They are still
 * drawn, but do not widen the frame or move the anchor.
 */
export const MAIN_RADIUS = (30 * Math.PI) / 180;
/** The atlantic frame holds members whose main part lies in this box ([lon, lat] degrees). */
export const ATLANTIC_BOX = { west: -130, east: 50, south: 25, north: 85 } as const;
/** Antarctica: never in either frame (it only stretches the world view). */
const ANTARCTICA = '010';
/** Greatest share of the map's width the inset may take, and its size bounds in px. */
const INSET_SHARE = 0.18;
const INSET_MIN = 64;
const INSET_MAX = 150;

const polygonsOf = (g: CountryGeometry): Polygon[] =>
  g.type === 'Polygon'
    ? [g]
    : g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));

const asFeature = (geometry: CountryGeometry): Feature<CountryGeometry> => ({
  type: 'Feature',
  properties: {},
  geometry,
});

/** The country's main part: its largest polygon and those within MAIN_RADIUS of it. */
export function mainPart(country: CountryFeature): Feature<CountryGeometry> {
  const polygons = polygonsOf(country.geometry);
  let largest = polygons[0];
  for (const p of polygons) if (largest && geoArea(p) > geoArea(largest)) largest = p;
  if (!largest || polygons.length === 1) return asFeature(country.geometry);
  const centre = geoCentroid(largest);
  const kept = polygons.filter((p) => geoDistance(geoCentroid(p), centre) <= MAIN_RADIUS);
  return asFeature({ type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) });
}

const inAtlanticBox = ([lon, lat]: [number, number]) =>
  lon >= ATLANTIC_BOX.west &&
  lon <= ATLANTIC_BOX.east &&
  lat >= ATLANTIC_BOX.south &&
  lat <= ATLANTIC_BOX.north;

/** Steps of the marker placement. */
const TICKS = 120;

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Markers near their anchors without overlapping: a small collision simulation, run to rest
 * synchronously. d3-force is deterministic (fixed initial jitter), so the layout is too.
 */
export function placeMarkers(
  anchors: readonly Point[],
  r: number,
  bounds: { readonly width: number; readonly height: number },
  /** Points to keep clear (the centres of members drawn large), so a disc never hides them. */
  obstacles: readonly Point[] = [],
): Point[] {
  interface Node extends SimulationNodeDatum {
    ax: number;
    ay: number;
  }
  const nodes: Node[] = anchors.map(([x, y]) => ({ x, y, ax: x, ay: y }));
  if (nodes.length === 0) return [];
  // Fixed nodes (fx, fy): they push discs away and never move themselves.
  const fixed: Node[] = obstacles.map(([x, y]) => ({ x, y, fx: x, fy: y, ax: x, ay: y }));
  // Cooled in TICKS steps (d3's default takes 300): the collisions settle well before.
  const sim = forceSimulation([...nodes, ...fixed])
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force('x', forceX<Node>((n) => n.ax).strength(0.25))
    .force('y', forceY<Node>((n) => n.ay).strength(0.25))
    .force('collide', forceCollide<Node>(r + MARKER_GAP / 2).iterations(2))
    .stop();
  const lo = r + 1;
  for (let i = 0; i < TICKS; i++) {
    sim.tick();
    for (const n of nodes) {
      n.x = Math.max(lo, Math.min(bounds.width - lo, n.x ?? n.ax));
      n.y = Math.max(lo, Math.min(bounds.height - lo, n.y ?? n.ay));
    }
  }
  return nodes.map((n) => [r1(n.x ?? n.ax), r1(n.y ?? n.ay)] as const);
}

type Box = [[number, number], [number, number]];

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a[1][0], b[1][0]) - Math.max(a[0][0], b[0][0])) *
  Math.max(0, Math.min(a[1][1], b[1][1]) - Math.max(a[0][1], b[0][1]));

/**
 * Where a square of side `size` covers the least of `boxes` (members' bounds), along the bottom
 * edge then the top edge: the middle of the best run of positions, so it sits in open water.
 */
export function insetSpot(
  boxes: readonly Box[],
  size: number,
  width: number,
  height: number,
): { x: number; y: number } {
  // best: the cheapest position found, and how far right the same cost runs from it.
  let best = { cost: Infinity, y: PAD, from: PAD, to: PAD };
  for (const y of [height - PAD - size, PAD]) {
    for (let x = PAD; x <= width - PAD - size; x += 2) {
      const box: Box = [
        [x, y],
        [x + size, y + size],
      ];
      const cost = boxes.reduce((s, b) => s + overlap(box, b), 0);
      if (cost < best.cost) best = { cost, y, from: x, to: x };
      else if (cost === best.cost && best.y === y && best.to === x - 2) best.to = x;
    }
  }
  return { x: Math.round((best.from + best.to) / 2), y: best.y };
}

function atlanticProjection(): GeoProjection {
  // Natural Earth centred on the mid-Atlantic: north stays up from Canada to Türkiye (a conic
  // tilts North America by some 50 degrees at this span), and shapes stay recognisable.
  return geoNaturalEarth1().rotate([35, 0]);
}

/**
 * The map for `members` (ids as in the scenario: ISO alpha-2 for real countries) at `width` px.
 * Members without a known country are listed in `unplaced`.
 */
export function mapLayout(
  atlas: WorldAtlas,
  memberIds: readonly string[],
  width: number,
): MapLayout {
  const byNumeric = new Map(atlas.countries.map((c) => [c.id, c]));
  const placed: { id: string; country: CountryFeature; main: Feature<CountryGeometry> }[] = [];
  const unplaced: string[] = [];
  for (const id of memberIds) {
    const numeric = ISO_NUMERIC[id];
    const country = numeric === undefined ? undefined : byNumeric.get(numeric);
    if (country) placed.push({ id, country, main: mainPart(country) });
    else unplaced.push(id);
  }
  const memberNumeric = new Set(placed.map((p) => p.country.id));

  const frame: MapLayout['frame'] =
    placed.length > 0 && placed.every((p) => inAtlanticBox(geoCentroid(p.main)))
      ? 'atlantic'
      : 'world';

  // Fit the members' main parts (or the world) to the width; the height follows.
  const inner = Math.max(1, width - 2 * PAD);
  const projection = frame === 'atlantic' ? atlanticProjection() : geoNaturalEarth1();
  const fitTo =
    frame === 'atlantic'
      ? {
          type: 'FeatureCollection' as const,
          features: placed.map((p) => p.main),
        }
      : // The world's land without Antarctica: the sphere would leave a band of empty ocean.
        {
          type: 'FeatureCollection' as const,
          features: atlas.countries.filter((c) => c.id !== ANTARCTICA),
        };
  projection.fitWidth(inner, fitTo);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty + PAD]);
  const fitted = geoPath(projection).bounds(fitTo);
  const height = Math.ceil(fitted[1][1] + PAD);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);

  const land = atlas.countries
    .filter((c) => !memberNumeric.has(c.id) && c.id !== ANTARCTICA)
    .map((c) => ({ id: c.id, d: path(c) ?? '' }))
    .filter((c) => c.d !== '');

  const drawn = placed.map((p) => {
    const [x, y] = path.centroid(p.main);
    return {
      id: p.id,
      d: path(p.country) ?? '',
      anchor: [r1(x), r1(y)] as Point,
      area: path.area(p.main),
    };
  });
  const small = drawn.filter((m) => m.area < MARKER_AREA);
  const spots = placeMarkers(
    small.map((m) => m.anchor),
    markerRadius(width),
    { width, height },
    drawn.filter((m) => m.area >= MARKER_AREA).map((m) => m.anchor),
  );
  const markerOf = new Map(small.map((m, i) => [m.id, spots[i]]));
  const members: MapCountry[] = drawn
    .map((m) => {
      const spot = markerOf.get(m.id);
      return {
        ...m,
        area: r1(m.area),
        marker: spot ? { x: spot[0], y: spot[1], r: markerRadius(width) } : null,
      };
    })
    .sort((a, b) => a.anchor[0] - b.anchor[0] || a.anchor[1] - b.anchor[1]);

  const japan = byNumeric.get(JAPAN);
  if (frame === 'world' || !japan) {
    const [x, y] = projection([...TOKYO]) ?? [width / 2, height / 2];
    return { width, height, frame, land, members, unplaced, inset: null, tokyo: [r1(x), r1(y)] };
  }

  // Japan's inset goes where it hides the fewest members: the open Atlantic, in practice.
  const size = Math.round(
    Math.max(INSET_MIN, Math.min(INSET_MAX, width * INSET_SHARE, height * 0.6)),
  );
  const boxes = placed.flatMap((p) => polygonsOf(p.main.geometry).map((g) => path.bounds(g)));
  for (const m of members)
    if (m.marker)
      boxes.push([
        [m.marker.x - m.marker.r, m.marker.y - m.marker.r],
        [m.marker.x + m.marker.r, m.marker.y + m.marker.r],
      ]);
  const inset = { ...insetSpot(boxes, size, width, height), width: size, height: size };
  const margin = 8;
  const insetProjection = geoMercator().fitExtent(
    [
      [inset.x + margin, inset.y + margin + 12], // room for the label at the top
      [inset.x + inset.width - margin, inset.y + inset.height - margin],
    ],
    mainPart(japan),
  );
  const [kx, ky] = insetProjection([...TOKYO]) ?? [inset.x, inset.y];
  return {
    width,
    height,
    frame,
    land,
    members,
    unplaced,
    inset: { ...inset, d: geoPath(insetProjection).digits(1)(japan) ?? '' },
    tokyo: [r1(kx), r1(ky)],
  };
}
