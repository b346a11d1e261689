import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { tableFor } from '../scenario/play';
import { shippedCatalog } from '../../tests/support/catalog';
import { defuseCell, TABLE_CSV_COLUMNS, tableCsv } from './tableCsv';

const catalog = shippedCatalog();
const vilnius = catalog.find((s) => s.id === 'vilnius-2023')!;
const seatsOf = (changes = {}) => {
  const t = tableFor(vilnius, changes);
  if (!t.ok) throw new Error(t.error);
  return t.value.seats;
};

describe('tableCsv', () => {
  it('has a header and one row per ally, France objecting as the scenario states', () => {
    const rows = csvParse(tableCsv(vilnius, seatsOf(), {}));
    expect(rows.columns).toEqual([...TABLE_CSV_COLUMNS]);
    expect(rows).toHaveLength(31);
    const fr = rows.find((r) => r.ally === 'FR')!;
    expect(fr).toMatchObject({ name: 'France', position: 'object', set_by: 'scenario' });
    expect(fr.evidence).not.toBe('');
    expect(fr.sources).not.toBe('');
    const de = rows.find((r) => r.ally === 'DE')!;
    expect(de).toMatchObject({ position: 'object', follows: 'FR', set_by: 'scenario' });
  });

  it("marks the user's changes and carries the chance of consent", () => {
    const changes = { FR: { position: 'support' as const }, HU: { p: 0.2 } };
    const rows = csvParse(tableCsv(vilnius, seatsOf(changes), changes));
    expect(rows.find((r) => r.ally === 'FR')).toMatchObject({
      position: 'support',
      set_by: 'user',
    });
    expect(rows.find((r) => r.ally === 'DE')).toMatchObject({ position: 'support' });
    expect(rows.find((r) => r.ally === 'HU')).toMatchObject({ position: 'undecided', p: '0.2' });
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas from a scenario file', () => {
    const hostile = {
      ...vilnius,
      stances: vilnius.stances.map((s, i) =>
        i === 0 ? { ...s, note: '=HYPERLINK("http://x", "a, b")' } : s,
      ),
    };
    const rows = csvParse(tableCsv(hostile, seatsOf(), {}));
    expect(rows[0]!.note).toBe('\'=HYPERLINK("http://x", "a, b")');
    expect(defuseCell('-1')).toBe("'-1");
    expect(defuseCell('France')).toBe('France');
  });
});
