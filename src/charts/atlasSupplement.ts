/**
 * Countries that the 1:110m world atlas the map loads (world-atlas countries-110m.json) leaves out
 * as too small to draw, with their outline from the same package's 1:50m atlas
 * (world-atlas countries-50m.json, Natural Earth data), rounded to 0.001 degree. Loading the 1:50m
 * file instead would add some 650 kB for a handful of islands. `decodeAtlas` adds an entry only
 * when the atlas has no country with its id, so a fuller atlas keeps its own outline.
 *
 * Malta (ISO 3166-1 numeric 470, an EU member: the eu-council-comparison scenario) is the only
 * member of a shipped table missing at 1:110m; atlasSupplement.test.ts checks the outline against
 * the 1:50m file.
 */
import type { CountryFeature } from './mapLayout';

export const ATLAS_SUPPLEMENT: readonly CountryFeature[] = [
  {
    type: 'Feature',
    id: '470',
    properties: { name: 'Malta' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        // Malta
        [
          [
            [14.568, 35.853],
            [14.532, 35.82],
            [14.438, 35.821],
            [14.352, 35.872],
            [14.352, 35.978],
            [14.449, 35.957],
            [14.539, 35.886],
            [14.568, 35.853],
          ],
        ],
        // Gozo
        [
          [
            [14.312, 36.028],
            [14.254, 36.012],
            [14.193, 36.042],
            [14.179, 36.061],
            [14.262, 36.077],
            [14.305, 36.063],
            [14.319, 36.037],
            [14.312, 36.028],
          ],
        ],
      ],
    },
  },
];
