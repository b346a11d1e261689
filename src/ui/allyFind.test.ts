import { describe, expect, it } from 'vitest';
import { createWords, ENGLISH, type Catalog } from '../words/intl';
import french from '../words/compiled/fr.json';
import { memberMatches, nameMatches } from './AllyList';

describe("a large body's find box", () => {
  it('matches part of a name, whatever the case, accents and surrounding spaces', () => {
    expect(nameMatches('Member 137', ' member 13 ')).toBe(true);
    expect(nameMatches('Türkiye', 'turk')).toBe(true);
    expect(nameMatches('Czechia', 'CZE')).toBe(true);
    expect(nameMatches('Member 7', 'member 13')).toBe(false);
    expect(nameMatches('France', '')).toBe(true);
  });
});

describe('finding a member in French', () => {
  it('answers to the name on the page as well as the scenario’s', () => {
    const fr = createWords('fr', french as unknown as Catalog);
    expect(memberMatches({ id: 'DE', name: 'Germany' }, 'allem', fr)).toBe(true);
    expect(memberMatches({ id: 'DE', name: 'Germany' }, 'germ', fr)).toBe(true);
    expect(memberMatches({ id: 'DE', name: 'Germany' }, 'allem', ENGLISH)).toBe(false);
  });
});
