/**
 * Plain-English sentences about an outcome, shared by the status banner, the command line and the
 * charts' descriptions. The banner's first word is a contract: "Passes", "Blocked" or "Pending".
 */
import type { Margin, Outcome } from '../engine/outcome';
import type { AllyId } from '../engine/types';

export type NameOf = (id: AllyId) => string;

/** "France", "France and Germany", "France, Germany and Hungary". */
export function listNames(ids: readonly AllyId[], nameOf: NameOf): string {
  const names = ids.map(nameOf);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function statusSentence(outcome: Outcome, nameOf: NameOf): string {
  const list = (ids: readonly AllyId[]) => listNames(ids, nameOf);
  switch (outcome.status) {
    case 'passes': {
      const presumed = outcome.presumedConsent.length;
      if (presumed === 0) return 'Passes: the rule is met.';
      const who = presumed > 4 ? `${presumed} undecided allies` : list(outcome.presumedConsent);
      return `Passes: no ally objects; ${who} ${presumed === 1 ? 'is' : 'are'} presumed to consent.`;
    }
    case 'blocked': {
      const who =
        outcome.blockers.length > 6
          ? `${outcome.blockers.length} objections (${list(outcome.blockers)})`
          : list(outcome.blockers);
      const verb = outcome.blockers.length === 1 ? 'objects' : 'object';
      const needs = outcome.missing.length > 0 && !sameSet(outcome.missing, outcome.blockers);
      return `Blocked: ${who} ${outcome.blockers.length > 6 ? 'stand' : verb}.${needs ? ` To pass it needs ${needed(outcome, list)}.` : ''}`;
    }
    case 'pending':
      return `Pending: it still needs ${needed(outcome, list)}.`;
  }
}

/** "Hungary", or when other sets would do as well, "4 more, for example A, B, C and D". */
function needed(outcome: Outcome, list: (ids: readonly AllyId[]) => string): string {
  if (outcome.missingExact) return list(outcome.missing);
  return `${outcome.missing.length} more in favour, for example ${list(outcome.missing)}`;
}

/** Words for a custom body: its members are members, not allies. */
export function bodyWords(text: string, isNato: boolean): string {
  return isNato ? text : text.replace(/\bAllies\b/g, 'Members').replace(/\ballies\b/g, 'members');
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** "Allies not objecting: 29 of 31 (needs 31)". Weights in millions where they are large. */
export function marginSentence(m: Margin): string {
  const fmt = (x: number) => formatQuantity(x, m.unit);
  if (m.id === 'blocking-minority')
    return `${m.label}: ${fmt(m.have)} (a blocking minority needs ${fmt(m.quota)}: ${m.met ? 'formed' : 'not formed'})`;
  return `${m.label}: ${fmt(m.have)} of ${fmt(m.total)} (needs ${fmt(m.quota)})`;
}

export function formatQuantity(x: number, unit: string): string {
  if (unit === 'population') return `${formatNumber(x / 1e6, 1)} m people`;
  if (unit === 'defence') return `US$${formatNumber(x / 1e3, 1)} bn`;
  return formatNumber(x);
}

/**
 * A number in English with thousands separators and at most `fractionDigits` decimals, trailing
 * zeros dropped: what `toLocaleString('en', { maximumFractionDigits })` prints, rounding alike
 * (half away from zero, on the shortest decimal that reads back as the number, as ICU does);
 * except that a negative number that rounds to zero prints "0", not Intl's "-0".
 * Written out because the first Intl call in a page loads ICU's locale data: about 45 ms of main
 * thread while the page loads.
 */
export function formatNumber(x: number, fractionDigits = 0): string {
  if (!Number.isFinite(x)) return String(x);
  const shortest = String(Math.abs(x));
  // String() writes an exponent below 1e-7 (shown as 0 at any precision used here) and from 1e21
  // (no count or quantity here comes near: left as String() writes it).
  if (shortest.includes('e') && Math.abs(x) >= 1) return String(x);
  const plain = shortest.includes('e') ? '0' : shortest;
  const [whole = '0', fraction = ''] = plain.split('.');
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  if ((fraction[fractionDigits] ?? '0') >= '5') digits = addOne(digits);
  const cut = digits.length - fractionDigits;
  const grouped = digits.slice(0, cut).replace(/\B(?=(\d{3})+(?!\d))/g, ',') || '0';
  const decimals = digits.slice(cut).replace(/0+$/, '');
  const sign = x < 0 && /[1-9]/.test(digits) ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** A string of decimal digits plus one ("199" to "200", "99" to "100"). */
function addOne(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}
