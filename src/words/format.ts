/**
 * The smallest words: numbers as English prints them, lists of names, and the noun a body calls
 * its seats ("ally/allies" at NATO, "member/members" elsewhere, or what a scenario file names).
 */
import type { AllyId } from '../engine/types';
import type { Noun } from '../scenario/model';
import { formatNumber } from '../scenario/number';

export type { Noun };
export type NameOf = (id: AllyId) => string;

/** "France", "France and Germany", "France, Germany and Hungary". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const listNames = (ids: readonly AllyId[], nameOf: NameOf): string =>
  listWords(ids.map(nameOf));

/**
 * Names for a line that must stay short (the sticky banner): all of them up to `max`, else the
 * first `max - 1` and a count, "A, B, C, D, E and 102 others". A body of 250 would otherwise list
 * a hundred names, and the banner would cover the screen.
 */
export function listSomeNames(ids: readonly AllyId[], nameOf: NameOf, max: number): string {
  if (ids.length <= max) return listNames(ids, nameOf);
  const shown = ids.slice(0, Math.max(1, max - 1)).map(nameOf);
  return `${shown.join(', ')} and ${formatNumber(ids.length - shown.length)} others`;
}

/** The noun for a count: "1 ally", "31 allies", "15 members". */
export const counted = (n: number, noun: Noun): string =>
  `${formatNumber(n)} ${n === 1 ? noun.one : noun.other}`;

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "an ally", "a member": the indefinite article a singular noun takes. */
export const aNoun = (noun: Noun): string =>
  `${/^[aeiou]/i.test(noun.one) ? 'an' : 'a'} ${noun.one}`;

export function formatQuantity(x: number, unit: string): string {
  if (unit === 'population') return `${formatNumber(x / 1e6, 1)} m people`;
  if (unit === 'defence') return `US$${formatNumber(x / 1e3, 1)} bn`;
  return formatNumber(x);
}
