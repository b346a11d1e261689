import topology50m from 'world-atlas/countries-50m.json';
import topology110m from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { decodeAtlas } from './atlas';
import { ATLAS_SUPPLEMENT } from './atlasSupplement';

const coords = (g: { type: string; coordinates: unknown }) =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];

describe('countries too small for the 1:110m atlas', () => {
  const fine = decodeAtlas(topology50m);
  const coarse = decodeAtlas(topology110m);

  it.each(ATLAS_SUPPLEMENT.map((c) => [c.properties.name, c] as const))(
    '%s: missing at 1:110m, its outline is the 1:50m one to within 0.001 degree',
    (name, supplement) => {
      expect(
        (topology110m.objects.countries.geometries as { id?: string }[]).some(
          (g) => g.id === supplement.id,
        ),
      ).toBe(false);
      const original = fine.countries.find((c) => c.id === supplement.id);
      expect(original?.properties.name).toBe(name);
      if (!original) throw new Error(`${name} is not in the 1:50m atlas`);
      const a = coords(original.geometry);
      const b = coords(supplement.geometry);
      expect(b.map((p) => p.map((r) => r.length))).toEqual(a.map((p) => p.map((r) => r.length)));
      a.forEach((polygon, i) =>
        polygon.forEach((ring, j) =>
          ring.forEach(([x = NaN, y = NaN], k) => {
            const [u = NaN, v = NaN] = b[i]?.[j]?.[k] ?? [];
            expect(Math.abs(u - x)).toBeLessThanOrEqual(0.0005 + 1e-9);
            expect(Math.abs(v - y)).toBeLessThanOrEqual(0.0005 + 1e-9);
          }),
        ),
      );
    },
  );

  it('are added to the decoded 1:110m atlas once, and never over a country the atlas has', () => {
    for (const c of ATLAS_SUPPLEMENT) {
      expect(coarse.countries.filter((x) => x.id === c.id)).toEqual([c]);
      // The 1:50m atlas has its own outline: it is kept, not replaced.
      const own = fine.countries.filter((x) => x.id === c.id);
      expect(own).toHaveLength(1);
      expect(own[0]).not.toBe(c);
    }
  });
});
