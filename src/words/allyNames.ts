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

/** A member's name by its id in the reader's language; the id itself if the table lacks it. */
export const memberName = (
  members: readonly { readonly id: string; readonly name: string }[],
  id: string,
  words: Words,
): string => seatName(id, members.find((m) => m.id === id)?.name ?? id, words);
