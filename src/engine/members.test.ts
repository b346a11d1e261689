import { describe, expect, it } from 'vitest';
import { alliesOn, NATO_ALLIES } from './members';

describe('who sits at the table on a date', () => {
  it.each([
    ['2023-04-03', 30, false, false],
    ['2023-04-04', 31, true, false], // Finland joins
    ['2023-07-11', 31, true, false], // Vilnius
    ['2024-03-06', 31, true, false],
    ['2024-03-07', 32, true, true], // Sweden joins
    ['2025-06-24', 32, true, true],
  ])('on %s: %i allies (Finland %s, Sweden %s)', (date, count, finland, sweden) => {
    const allies = alliesOn(date);
    expect(allies).toHaveLength(count);
    expect(allies.some((m) => m.id === 'FI')).toBe(finland);
    expect(allies.some((m) => m.id === 'SE')).toBe(sweden);
  });

  it('carries whole-number populations from the reference data', () => {
    const us = NATO_ALLIES.find((m) => m.id === 'US');
    expect(us?.weights.population).toBe(336806231);
    expect(NATO_ALLIES.every((m) => Number.isSafeInteger(m.weights.population))).toBe(true);
    expect(NATO_ALLIES.find((m) => m.id === 'TR')?.name).toBe('Türkiye');
  });
});
