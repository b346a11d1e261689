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
      const needs = outcome.missing.length > 0 && !sameSet(outcome.missing, outcome.blockers);
      return `Blocked by ${list(outcome.blockers)} (${outcome.blockers.length === 1 ? 'objects' : 'object'}).${needs ? ` It would take ${list(outcome.missing)}.` : ''}`;
    }
    case 'pending':
      return `Pending: it still needs ${list(outcome.missing)}.`;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** "Allies not objecting: 29 of 31 (needs 31)". Weights in millions where they are large. */
export function marginSentence(m: Margin): string {
  const fmt = (x: number) => formatQuantity(x, m.unit);
  if (m.id === 'blocking-minority')
    return `${m.label}: ${fmt(m.have)} (${m.met ? 'enough to block' : `fewer than ${fmt(m.quota)}: cannot block`})`;
  return `${m.label}: ${fmt(m.have)} of ${fmt(m.total)} (needs ${fmt(m.quota)})`;
}

export function formatQuantity(x: number, unit: string): string {
  if (unit === 'population')
    return `${(x / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} m people`;
  if (unit === 'defence')
    return `US$${(x / 1e3).toLocaleString('en', { maximumFractionDigits: 1 })} bn`;
  return x.toLocaleString('en');
}
