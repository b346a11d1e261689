/**
 * Decodes world-atlas's TopoJSON into the countries the map layout reads. The topology is a file
 * shipped inside the build (node_modules/world-atlas), not user input; it is still checked for the
 * one object the map needs, so a broken asset gives a clear error instead of a blank map.
 * Countries the atlas leaves out as too small to draw come from atlasSupplement.ts.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ATLAS_SUPPLEMENT } from './atlasSupplement';
import type { CountryFeature, CountryGeometry, WorldAtlas } from './mapLayout';

export function decodeAtlas(topology: unknown): WorldAtlas {
  const topo = topology as Partial<Topology<{ countries: GeometryCollection<{ name: string }> }>>;
  const countries = topo?.objects?.countries;
  if (topo?.type !== 'Topology' || countries?.type !== 'GeometryCollection')
    throw new Error('The world map file has no "countries" collection.');
  const decoded = feature(topo as Topology, countries);
  const out: CountryFeature[] = [];
  for (const f of decoded.features) {
    const g = f.geometry as CountryGeometry | null;
    // A few disputed areas (N. Cyprus, Kosovo, Somaliland) have no ISO code: background only.
    const id = f.id === undefined ? `x-${f.properties.name}` : String(f.id);
    if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon'))
      out.push({ type: 'Feature', id, properties: { name: f.properties.name }, geometry: g });
  }
  // Countries too small for this scale (Malta at 1:110m), from the 1:50m atlas.
  const ids = new Set(out.map((c) => c.id));
  for (const c of ATLAS_SUPPLEMENT) if (!ids.has(c.id)) out.push(c);
  return { countries: out };
}
