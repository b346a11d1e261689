import { describe, expect, it } from 'vitest';
import { nameMatches } from './AllyList';

describe("a large body's find box", () => {
  it('matches part of a name, whatever the case, accents and surrounding spaces', () => {
    expect(nameMatches('Member 137', ' member 13 ')).toBe(true);
    expect(nameMatches('Türkiye', 'turk')).toBe(true);
    expect(nameMatches('Czechia', 'CZE')).toBe(true);
    expect(nameMatches('Member 7', 'member 13')).toBe(false);
    expect(nameMatches('France', '')).toBe(true);
  });
});
