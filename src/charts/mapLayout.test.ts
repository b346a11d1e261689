import topology from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import { shippedScenario } from '../../tests/support/catalog';
import { NATO_ALLIES } from '../engine/members';
import { decodeAtlas } from './atlas';
import { ISO_NUMERIC } from './isoNumeric';
import { insetSpot, mapLayout, markerRadius, PAD, type MapLayout } from './mapLayout';

const atlas = decodeAtlas(topology);
const allies = NATO_ALLIES.map((m) => m.id as string);
const at = new Map<number, MapLayout>();
const layoutAt = (width: number) => {
  let l = at.get(width);
  if (!l) at.set(width, (l = mapLayout(atlas, allies, width)));
  return l;
};
const member = (l: MapLayout, id: string) => {
  const m = l.members.find((c) => c.id === id);
  if (!m) throw new Error(`${id} is not on the map`);
  return m;
};

describe('ISO numeric codes', () => {
  it('name the expected country in the atlas for every ally', () => {
    const names = new Map(atlas.countries.map((c) => [c.id, c.properties.name]));
    // world-atlas spells a few names its own way (Natural Earth's).
    const atlasName: Record<string, string> = {
      MK: 'Macedonia',
      TR: 'Turkey',
      US: 'United States of America',
    };
    for (const ally of NATO_ALLIES)
      expect(names.get(ISO_NUMERIC[ally.id] ?? ''), ally.id).toBe(atlasName[ally.id] ?? ally.name);
    expect(ISO_NUMERIC).toMatchObject({ FR: '250', DE: '276', US: '840', GB: '826', TR: '792' });
    expect(names.get(ISO_NUMERIC.JP ?? '')).toBe('Japan');
    // EU members that are not allies (the Council of the EU comparison); Malta from the supplement.
    for (const [id, name] of [
      ['AT', 'Austria'],
      ['CY', 'Cyprus'],
      ['IE', 'Ireland'],
      ['MT', 'Malta'],
    ] as const)
      expect(names.get(ISO_NUMERIC[id] ?? ''), id).toBe(name);
  });
});

describe('mapLayout', () => {
  it.each([560, 340, 1000])('frames every ally inside %i px, Europe and North America', (width) => {
    const l = layoutAt(width);
    expect(l.frame).toBe('atlantic');
    expect(l.width).toBe(width);
    // A wide frame: the Atlantic between the allies, about 2.5 times wider than high.
    expect(l.height / width).toBeGreaterThan(0.3);
    expect(l.height / width).toBeLessThan(0.5);
    expect(l.members.map((m) => m.id).sort()).toEqual([...allies].sort());
    expect(l.unplaced).toEqual([]);
    for (const m of l.members) {
      expect(m.d, m.id).not.toBe('');
      expect(m.anchor[0], m.id).toBeGreaterThanOrEqual(PAD);
      expect(m.anchor[0], m.id).toBeLessThanOrEqual(width - PAD);
      expect(m.anchor[1], m.id).toBeGreaterThanOrEqual(PAD);
      expect(m.anchor[1], m.id).toBeLessThanOrEqual(l.height - PAD);
    }
  });

  it('orders allies west to east: North America, then Iceland, ..., Türkiye last', () => {
    const l = layoutAt(560);
    const ids = l.members.map((m) => m.id);
    expect(ids.slice(0, 2).sort()).toEqual(['CA', 'US']);
    expect(ids[2]).toBe('IS');
    expect(ids.at(-1)).toBe('TR');
    const xs = l.members.map((m) => m.anchor[0]);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // Alaska and Hawaii are drawn but do not pull the United States' anchor west of Canada's.
    expect(member(l, 'US').anchor[0]).toBeGreaterThan(member(l, 'CA').anchor[0] - 40);
    expect(member(l, 'US').anchor[1]).toBeGreaterThan(member(l, 'CA').anchor[1]);
  });

  it('marks the smallest allies with discs that do not overlap, and not the large ones', () => {
    const l = layoutAt(560);
    const marked = l.members.filter((m) => m.marker).map((m) => m.id);
    for (const id of ['LU', 'ME', 'MK', 'SI', 'AL', 'EE', 'BE', 'NL']) expect(marked).toContain(id);
    for (const id of ['US', 'CA', 'FR', 'DE', 'TR', 'NO', 'IS', 'PL'])
      expect(marked).not.toContain(id);
    const discs = l.members.flatMap((m) => (m.marker ? [m.marker] : []));
    for (const a of discs) {
      expect(a.r).toBe(7);
      expect(a.x - a.r).toBeGreaterThanOrEqual(0);
      expect(a.x + a.r).toBeLessThanOrEqual(l.width);
      for (const b of discs)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(14);
    }
    // A disc stays near its country: Luxembourg's is within a few discs of Luxembourg.
    const lu = member(l, 'LU');
    expect(Math.hypot(lu.marker!.x - lu.anchor[0], lu.marker!.y - lu.anchor[1])).toBeLessThan(
      4 * 7,
    );
  });

  it('sizes discs for the screen: 5.5 px on a phone, 7 at 560 px, 8 on a projector', () => {
    expect([320, 560, 1000].map(markerRadius)).toEqual([5.5, 7, 8]);
    expect(layoutAt(340).members.find((m) => m.marker)?.marker?.r).toBe(5.5);
  });

  it('keeps the centre of every ally drawn large clear of discs', () => {
    for (const width of [340, 560, 1000]) {
      const l = layoutAt(width);
      const discs = l.members.flatMap((m) => (m.marker ? [m.marker] : []));
      for (const m of l.members.filter((c) => !c.marker))
        for (const d of discs)
          expect(
            Math.hypot(d.x - m.anchor[0], d.y - m.anchor[1]),
            `${m.id} at ${width}`,
          ).toBeGreaterThan(d.r);
    }
  });

  it('gives more allies a disc on a phone, where shapes are smaller', () => {
    const count = (w: number) => layoutAt(w).members.filter((m) => m.marker).length;
    expect(count(340)).toBeGreaterThan(count(560));
    expect(count(1000)).toBeLessThan(count(560));
  });

  it('puts Japan in an inset over open water with Tokyo inside it', () => {
    for (const width of [340, 560, 1000]) {
      const l = layoutAt(width);
      const inset = l.inset!;
      expect(inset.d).not.toBe('');
      expect(inset.x).toBeGreaterThanOrEqual(PAD);
      expect(inset.x + inset.width).toBeLessThanOrEqual(width - PAD);
      expect(inset.y + inset.height).toBeLessThanOrEqual(l.height - PAD);
      const [tx, ty] = l.tokyo;
      expect(tx).toBeGreaterThan(inset.x);
      expect(tx).toBeLessThan(inset.x + inset.width);
      expect(ty).toBeGreaterThan(inset.y);
      expect(ty).toBeLessThan(inset.y + inset.height);
      // The inset hides no ally's anchor or disc.
      for (const m of l.members) {
        const p = m.marker ?? { x: m.anchor[0], y: m.anchor[1] };
        const inside =
          p.x > inset.x &&
          p.x < inset.x + inset.width &&
          p.y > inset.y &&
          p.y < inset.y + inset.height;
        expect(inside, m.id).toBe(false);
      }
    }
  });

  it('is deterministic', () => {
    expect(mapLayout(atlas, allies, 560)).toEqual(layoutAt(560));
  });

  it('shows a custom body on a world map, with the seats that are not countries unplaced', () => {
    const unsc = ['CN', 'FR', 'RU', 'GB', 'US', 'E1', 'E2'];
    const l = mapLayout(atlas, unsc, 560);
    expect(l.frame).toBe('world');
    expect(l.inset).toBeNull();
    expect(l.members.map((m) => m.id).sort()).toEqual(['CN', 'FR', 'GB', 'RU', 'US']);
    expect(l.unplaced).toEqual(['E1', 'E2']);
    const [tx, ty] = l.tokyo;
    expect(tx).toBeGreaterThan(member(l, 'CN').anchor[0]);
    expect(tx).toBeLessThan(l.width);
    expect(ty).toBeGreaterThan(0);
    expect(ty).toBeLessThan(l.height);
  });

  it('places all 27 members of the Council of the EU, Malta included, with Japan in the inset', () => {
    const eu = shippedScenario('eu-council-comparison').members.map((m) => m.id as string);
    expect(eu).toHaveLength(27);
    const l = mapLayout(atlas, eu, 560);
    expect(l.frame).toBe('atlantic');
    expect(l.inset).not.toBeNull();
    expect(l.unplaced).toEqual([]);
    expect(l.members.map((m) => m.id).sort()).toEqual([...eu].sort());
    // Malta is a speck at this width: it gets a disc, like Luxembourg.
    expect(member(l, 'MT').marker).not.toBeNull();
    expect(member(l, 'MT').d).not.toBe('');
  });

  it('copes with a body that has no country at all', () => {
    const l = mapLayout(atlas, ['X1', 'X2'], 400);
    expect(l.members).toEqual([]);
    expect(l.unplaced).toEqual(['X1', 'X2']);
    expect(l.height).toBeGreaterThan(0);
  });
});

describe('insetSpot', () => {
  it('picks the middle of the widest free run along the bottom', () => {
    // Members at the left (0..100) and right (200..300) of a 300 x 100 map: the gap is 100..200.
    const spot = insetSpot(
      [
        [
          [0, 0],
          [100, 100],
        ],
        [
          [200, 0],
          [300, 100],
        ],
      ],
      50,
      300,
      100,
    );
    expect(spot).toEqual({ x: 125, y: 100 - PAD - 50 });
  });
});
