/**
 * The smallest words: numbers as English prints them, lists of names, and the noun a body calls
 * its seats ("ally/allies" at NATO, "member/members" elsewhere, or what a scenario file names).
 */
import type { AllyId } from '../engine/types';
import type { Noun } from '../scenario/model';
import { formatNumber } from '../scenario/number';
import { defineMessages, ENGLISH, languageOf, type Words } from './intl';

const M = defineMessages({
  someOthers: {
    id: 'list.someOthers',
    defaultMessage: '{names} and {count, plural, one {# other} other {# others}}',
    description: 'A list cut short: the first names, then how many more',
  },
  allyOne: { id: 'noun.ally.one', defaultMessage: 'ally' },
  allyOther: { id: 'noun.ally.other', defaultMessage: 'allies' },
  memberOne: { id: 'noun.member.one', defaultMessage: 'member' },
  memberOther: { id: 'noun.member.other', defaultMessage: 'members' },
  counted: {
    id: 'noun.counted',
    defaultMessage: '{count, plural, one {{n} {one}} other {{n} {other}}}',
    description: 'n: the count, formatted; one/other: the noun',
  },
  population: { id: 'quantity.population', defaultMessage: '{n} m people' },
  defence: { id: 'quantity.defence', defaultMessage: 'US${n} bn' },
});

export type { Noun };
export type NameOf = (id: AllyId) => string;

/**
 * "France", "France and Germany", "France, Germany and Hungary" (no serial comma, as the English
 * has always been written); other languages as their CLDR list pattern says ("France, Allemagne
 * et Hongrie").
 */
export function listWords(words: readonly string[], intl: Words = ENGLISH): string {
  if (languageOf(intl) !== 'en') return intl.formatList(words, { type: 'conjunction' });
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const listNames = (ids: readonly AllyId[], nameOf: NameOf, intl: Words = ENGLISH): string =>
  listWords(ids.map(nameOf), intl);

/**
 * Names for a line that must stay short (the sticky banner): all of them up to `max`, else the
 * first `max - 1` and a count, "A, B, C, D, E and 102 others". A body of 250 would otherwise list
 * a hundred names, and the banner would cover the screen.
 */
export function listSomeNames(
  ids: readonly AllyId[],
  nameOf: NameOf,
  max: number,
  intl: Words = ENGLISH,
): string {
  if (ids.length <= max) return listNames(ids, nameOf, intl);
  const shown = ids.slice(0, Math.max(1, max - 1)).map(nameOf);
  return intl.formatMessage(M.someOthers, {
    names: shown.join(', '),
    count: ids.length - shown.length,
  });
}

/** Between groups of a list: "; " in English; in French a no-break space before it. */
export const semicolon = (intl: Words = ENGLISH): string =>
  languageOf(intl) === 'fr' ? '\u00a0; ' : '; ';

/** Between a label and what it names: ": " in English; in French a no-break space before it. */
export const colon = (intl: Words = ENGLISH): string =>
  languageOf(intl) === 'fr' ? '\u00a0: ' : ': ';

const BODY = defineMessages({
  nac: { id: 'body.nac', defaultMessage: 'North Atlantic Council' },
});

/**
 * The body's name in the reader's language: the North Atlantic Council is translated; a body a
 * scenario file names is its own name and stays as written.
 */
export const bodyNameIn = (name: string, intl: Words = ENGLISH): string =>
  languageOf(intl) !== 'en' && name === 'North Atlantic Council'
    ? intl.formatMessage(BODY.nac)
    : name;

/**
 * The body's noun in the reader's language: the two the simulator knows ("ally", "member") are
 * translated; a noun a scenario file chose is its own word and stays as written.
 */
export function nounIn(noun: Noun, intl: Words = ENGLISH): Noun {
  if (languageOf(intl) === 'en') return noun;
  if (noun.one === 'ally' && noun.other === 'allies')
    return { one: intl.formatMessage(M.allyOne), other: intl.formatMessage(M.allyOther) };
  if (noun.one === 'member' && noun.other === 'members')
    return { one: intl.formatMessage(M.memberOne), other: intl.formatMessage(M.memberOther) };
  return noun;
}

/**
 * A number in the reader's language, at most `fractionDigits` decimals: English as it has always
 * printed (no Intl at start-up), other languages through their locale ("1\u202f234,5").
 */
export const num = (x: number, intl: Words = ENGLISH, fractionDigits = 0): string =>
  languageOf(intl) === 'en'
    ? formatNumber(x, fractionDigits)
    : intl.formatNumber(x, { maximumFractionDigits: fractionDigits });

/** A share as a percentage with `digits` decimals: "12.5%" in English, "12,5 %" in French. */
export const percent = (x: number, intl: Words = ENGLISH, digits = 1): string =>
  languageOf(intl) === 'en'
    ? `${(x * 100).toFixed(digits)}%`
    : intl.formatNumber(x, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });

/** The noun for a count: "1 ally", "31 allies", "15 members" ("31 alliés" in French). */
export function counted(n: number, noun: Noun, intl: Words = ENGLISH): string {
  if (languageOf(intl) === 'en') return `${formatNumber(n)} ${n === 1 ? noun.one : noun.other}`;
  const { one, other } = nounIn(noun, intl);
  return intl.formatMessage(M.counted, { count: n, n: num(n, intl), one, other });
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "an ally", "a member": the indefinite article a singular noun takes. */
export const aNoun = (noun: Noun): string =>
  `${/^[aeiou]/i.test(noun.one) ? 'an' : 'a'} ${noun.one}`;

/** A quantity of a weight: "48.3 m people", "US$1,234.5 bn", or a plain number. */
export function formatQuantity(x: number, unit: string, intl: Words = ENGLISH): string {
  if (unit === 'population') return intl.formatMessage(M.population, { n: num(x / 1e6, intl, 1) });
  if (unit === 'defence') return intl.formatMessage(M.defence, { n: num(x / 1e3, intl, 1) });
  return num(x, intl);
}
