/**
 * ISO 3166-1 numeric codes of the countries the map can place, keyed by the alpha-2 code the
 * project uses for allies. Source: ISO 3166-1 (the UN M49 numeric codes it adopts), the same ids
 * world-atlas keys its countries by (as zero-padded strings, "008" for Albania). Checked against
 * node_modules/world-atlas/countries-110m.json: every code below names the expected country there
 * (Malta, missing at that scale, through atlasSupplement.ts).
 */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  // The 32 NATO allies.
  AL: '008', // Albania
  BE: '056', // Belgium
  BG: '100', // Bulgaria
  CA: '124', // Canada
  HR: '191', // Croatia
  CZ: '203', // Czechia
  DK: '208', // Denmark
  EE: '233', // Estonia
  FI: '246', // Finland
  FR: '250', // France
  DE: '276', // Germany
  GR: '300', // Greece
  HU: '348', // Hungary
  IS: '352', // Iceland
  IT: '380', // Italy
  LV: '428', // Latvia
  LT: '440', // Lithuania
  LU: '442', // Luxembourg
  ME: '499', // Montenegro
  NL: '528', // Netherlands
  MK: '807', // North Macedonia
  NO: '578', // Norway
  PL: '616', // Poland
  PT: '620', // Portugal
  RO: '642', // Romania
  SK: '703', // Slovakia
  SI: '705', // Slovenia
  ES: '724', // Spain
  SE: '752', // Sweden
  TR: '792', // Türkiye
  GB: '826', // United Kingdom
  US: '840', // United States
  // Not allies: the office's host, and the other permanent members of the UN Security Council
  // (the unsc-comparison scenario).
  JP: '392', // Japan
  CN: '156', // China
  RU: '643', // Russian Federation
  // EU members that are not NATO allies (the eu-council-comparison scenario). Malta is too small
  // for the 1:110m atlas: its outline comes from atlasSupplement.ts.
  AT: '040', // Austria
  CY: '196', // Cyprus
  IE: '372', // Ireland
  MT: '470', // Malta
};

/** Japan's numeric code: the host of the proposed office, drawn in the inset. */
export const JAPAN = '392';

/** Tokyo, [longitude, latitude] in degrees (WGS 84): the proposed office's site. */
export const TOKYO: readonly [number, number] = [139.6917, 35.6895];
