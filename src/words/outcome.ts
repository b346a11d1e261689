/**
 * Sentences about an outcome, shared by the status banner, the Why panel, the handout, the
 * command line and the charts' descriptions. The banner's first word is a contract: "Passes",
 * "Blocked" or "Pending". Every blocker is named with the strength of its evidence, so that a
 * reported stance never reads as one on record: "Blocked: France objects (named official);
 * Germany, following France (reported)."
 */
import type { Margin, Outcome } from '../engine/outcome';
import type { Rule } from '../engine/rules';
import type { AllyId } from '../engine/types';
import type { Evidence, Noun, Scenario } from '../scenario/model';
import type { Changes } from '../scenario/play';
import { formatNumber } from '../scenario/number';
import { formatQuantity, listNames, listSomeNames, type NameOf } from './format';
import { EVIDENCE_WORD, YOUR_CHANGE } from './labels';
import { marginLabel } from './rules';

/** What a seat's position rests on: its stance's evidence, or the user's own change. */
export type Standing = Evidence | 'your-change';

/** What sentences about a table need: names, the body's noun, and each seat's standing. */
export interface TableWords {
  readonly noun: Noun;
  readonly nameOf: NameOf;
  readonly standingOf: (id: AllyId) => Standing;
  /** The standing in words: "named official", "reported"... or "your change". */
  readonly qualifierOf: (id: AllyId) => string;
  /** The ally this one follows at the table as played, if it follows one. */
  readonly leaderOf: (id: AllyId) => AllyId | null;
}

/** The words for a scenario as played with these changes (none: the scenario as stated). */
/**
 * `changeWord`: what a position set on this table is called; in a class room the positions are
 * set by anyone in it, so "changed in the room" rather than "your change".
 */
export function tableWords(
  scenario: Scenario,
  changes: Changes = {},
  changeWord: string = YOUR_CHANGE,
): TableWords {
  const names = new Map<string, string>(scenario.members.map((m) => [m.id, m.name]));
  const stances = new Map(scenario.stances.map((s) => [s.id as string, s]));
  const setByUser = (id: AllyId) => changes[id]?.position !== undefined;
  const standingOf = (id: AllyId): Standing =>
    setByUser(id) ? 'your-change' : (stances.get(id)?.evidence ?? 'assumption');
  return {
    noun: scenario.memberNoun,
    nameOf: (id) => names.get(id) ?? id,
    standingOf,
    qualifierOf: (id) => {
      const standing = standingOf(id);
      return standing === 'your-change' ? changeWord : EVIDENCE_WORD[standing];
    },
    // Setting a follower directly cuts it loose from its leader (engine/follows.ts).
    leaderOf: (id) => (setByUser(id) ? null : (stances.get(id)?.follows ?? null)),
  };
}

/** Most names the banner gives in one list; past it, a few names and a count of the others. */
export const BANNER_NAMES = 6;

/**
 * Objectors grouped by what they rest on, in table order: "France objects (named official)",
 * "Germany, following France (reported)", "Hungary and Poland object (your change)". With
 * `verb` false the groups read as a list after "blocked by". Each group names at most `max`.
 */
export function blockerGroups(
  ids: readonly AllyId[],
  words: TableWords,
  verb = true,
  max = Infinity,
): string[] {
  const groups: { leader: AllyId | null; qualifier: string; ids: AllyId[] }[] = [];
  for (const id of ids) {
    const leader = words.leaderOf(id);
    const qualifier = words.qualifierOf(id);
    const group = groups.find((g) => g.leader === leader && g.qualifier === qualifier);
    if (group) group.ids.push(id);
    else groups.push({ leader, qualifier, ids: [id] });
  }
  return groups.map(({ leader, qualifier, ids: members }) => {
    const who = listSomeNames(members, words.nameOf, max);
    if (leader !== null) return `${who}, following ${words.nameOf(leader)} (${qualifier})`;
    if (!verb) return `${who} (${qualifier})`;
    return `${who} ${members.length === 1 ? 'objects' : 'object'} (${qualifier})`;
  });
}

/** "Blocked by …" in a summary: the blockers with their evidence, as a list. */
export const blockedBy = (ids: readonly AllyId[], words: TableWords): string =>
  blockerGroups(ids, words, false).join('; ');

export function statusSentence(outcome: Outcome, words: TableWords): string {
  const { noun } = words;
  const list = (ids: readonly AllyId[]) => listNames(ids, words.nameOf);
  switch (outcome.status) {
    case 'passes': {
      const presumed = outcome.presumedConsent.length;
      if (presumed === 0) {
        const counts = passingCounts(outcome, noun);
        return counts ? `Passes: ${counts}.` : 'Passes: the rule is met.';
      }
      const who =
        presumed > 4
          ? `${formatNumber(presumed)} undecided ${noun.other}`
          : list(outcome.presumedConsent);
      return `Passes: no ${noun.one} objects; ${who} ${presumed === 1 ? 'is' : 'are'} presumed to consent.`;
    }
    case 'blocked': {
      const many = outcome.blockers.length > 6;
      const groups = blockerGroups(outcome.blockers, words, !many, BANNER_NAMES).join('; ');
      const who = many
        ? `${formatNumber(outcome.blockers.length)} ${noun.other} object: ${groups}`
        : groups;
      const needs = outcome.missing.length > 0 && !sameSet(outcome.missing, outcome.blockers);
      const need = needs ? ` To pass it needs ${needed(outcome, words, BANNER_NAMES)}.` : '';
      return `Blocked: ${who}.${need}`;
    }
    case 'pending':
      return `Pending: it still needs ${needed(outcome, words, BANNER_NAMES)}.`;
  }
}

/**
 * Why a majority-type rule passes, in numbers: "28 of 31 allies in favour, 16 needed" and, for a
 * weighted rule, its weight too. Null when every seat is needed (consensus, unanimity), where the
 * count says nothing the banner does not.
 */
function passingCounts(outcome: Outcome, noun: Noun): string | null {
  const heads = outcome.margins.find((m) => m.id === 'allies');
  if (!heads || heads.quota >= heads.total) return null;
  const parts = [
    `${formatNumber(heads.have)} of ${formatNumber(heads.total)} ${noun.other} in favour, ${formatNumber(heads.quota)} needed`,
  ];
  for (const m of outcome.margins)
    if (m.id === 'weight')
      parts.push(
        `${formatQuantity(m.have, m.unit)} of ${formatQuantity(m.total, m.unit)}, ${formatQuantity(m.quota, m.unit)} needed`,
      );
  return parts.join('; ');
}

/**
 * "Hungary", or when other sets would do as well, "4 more in favour, for example A, B, C and D";
 * at most `max` names.
 */
export function needed(outcome: Outcome, words: TableWords, max = Infinity): string {
  const list = listSomeNames(outcome.missing, words.nameOf, max);
  if (outcome.missingExact) return list;
  return `${formatNumber(outcome.missing.length)} more in favour, for example ${list}`;
}

/** What it would take to pass, as the Why panel says it. */
export function whatItWouldTake(outcome: Outcome, words: TableWords, size: number): string {
  const take =
    outcome.status === 'passes'
      ? 'It passes as the table stands.'
      : outcome.missing.length > 0
        ? outcome.missingExact
          ? `It would take ${listNames(outcome.missing, words.nameOf)} coming round.`
          : `It would take ${needed(outcome, words)}.`
        : 'No change of position can make it pass under this rule.';
  const pivotal =
    outcome.pivotal.length === size
      ? ' Every one is pivotal: a single change by any of them would flip the outcome.'
      : outcome.pivotal.length > 0
        ? ` Pivotal (a single change of theirs would flip the outcome): ${listNames(outcome.pivotal, words.nameOf)}.`
        : '';
  return take + pivotal;
}

/** Undecided seats that silence counts as consenting, as the Why panel says it. */
export const presumedSentence = (outcome: Outcome, words: TableWords): string =>
  `${listNames(outcome.presumedConsent, words.nameOf)}: undecided, but silence holds under consensus.`;

/** "Allies not objecting: 29 of 31 (needs 31)". Weights in millions where they are large. */
export function marginSentence(m: Margin, rule: Rule, noun: Noun): string {
  const fmt = (x: number) => formatQuantity(x, m.unit);
  const label = marginLabel(m, rule, noun);
  if (m.id === 'blocking-minority')
    return `${label}: ${fmt(m.have)} (a blocking minority needs ${fmt(m.quota)}: ${m.met ? 'formed' : 'not formed'})`;
  return `${label}: ${fmt(m.have)} of ${fmt(m.total)} (needs ${fmt(m.quota)})`;
}

/**
 * A short reason for the comparison of rules: names (with their evidence) when few, a count when
 * many.
 */
export function shortReason(outcome: Outcome, words: TableWords): string {
  const count = (ids: readonly AllyId[], more: boolean) =>
    `${formatNumber(ids.length)}${more ? ' more' : ''} ${words.noun.other}`;
  if (outcome.status === 'blocked')
    return outcome.blockers.length <= 3
      ? blockerGroups(outcome.blockers, words).join('; ')
      : `${count(outcome.blockers, false)} object`;
  if (outcome.status === 'pending')
    return `needs ${
      outcome.missing.length <= 3
        ? listNames(outcome.missing, words.nameOf)
        : count(outcome.missing, !outcome.missingExact)
    }`;
  return outcome.presumedConsent.length > 0 ? 'no objection; silence holds' : 'the rule is met';
}

/** The reason, with the exact chance of passing once the odds are in. */
export const withOdds = (reason: string, p: number | undefined): string =>
  p === undefined ? reason : `${reason}; ${(p * 100).toFixed(1)}% likely to pass`;

/** "Passes", "Blocked by France (named official); Germany, following France (reported)". */
export function outcomeHeadline(
  status: Outcome['status'],
  allies: readonly AllyId[],
  words: TableWords,
): string {
  switch (status) {
    case 'passes':
      return 'Passes';
    case 'blocked':
      return `Blocked by ${blockedBy(allies, words)}`;
    case 'pending':
      return `Pending: needs ${listNames(allies, words.nameOf)}`;
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
