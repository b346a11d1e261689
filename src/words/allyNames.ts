/**
 * Seats' names in the reader's language. French names come from CLDR, written ahead by
 * scripts/writeAllyNames.ts (Türkiye stays "Türkiye"); a seat without one (a custom body's own
 * member) keeps the name its scenario gives.
 */
import french from './data/allyNames.fr.json';
import { languageOf, type Words } from './intl';

const FRENCH: Readonly<Record<string, string>> = french;

/** The name of seat `id` (called `name` in its scenario) in the language of `intl`. */
export function seatName(id: string, name: string, intl: Words): string {
  if (languageOf(intl) === 'fr') return FRENCH[id] ?? name;
  return name;
}
