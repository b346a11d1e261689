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
  if (unit === 'population')
    return `${(x / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} m people`;
  if (unit === 'defence')
    return `US$${(x / 1e3).toLocaleString('en', { maximumFractionDigits: 1 })} bn`;
  return x.toLocaleString('en');
}
