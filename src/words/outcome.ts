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
import { seatName } from './allyNames';
import {
  formatQuantity,
  listNames,
  listSomeNames,
  nounIn,
  num,
  percent,
  semicolon,
  type NameOf,
} from './format';
import { defineMessages, ENGLISH, languageOf, type Words } from './intl';
import { changeWordIn, evidenceWord, YOUR_CHANGE } from './labels';
import { marginLabel } from './rules';

/**
 * The status banner's sentences. In English they read as they always have; the French words are
 * the project's own. Counts go through ICU plurals, never through a sentence put together.
 */
const M = defineMessages({
  passesCounts: { id: 'outcome.passes.counts', defaultMessage: 'Passes: {counts}.' },
  passesRuleMet: { id: 'outcome.passes.ruleMet', defaultMessage: 'Passes: the rule is met.' },
  passesPresumed: {
    id: 'outcome.passes.presumed',
    defaultMessage:
      'Passes: no {noun} objects; {who} {count, plural, one {is} other {are}} presumed to consent.',
    description: 'who: names, or a count of undecided seats (outcome.undecidedCount)',
  },
  undecidedCount: {
    id: 'outcome.undecidedCount',
    defaultMessage: '{count, number} undecided {nouns}',
  },
  blocked: { id: 'outcome.blocked', defaultMessage: 'Blocked: {who}.' },
  blockedNeeds: {
    id: 'outcome.blocked.needs',
    defaultMessage: 'Blocked: {who}. To pass it needs {needed}.',
  },
  manyObject: {
    id: 'outcome.blockers.many',
    defaultMessage: '{count, number} {nouns} object: {groups}',
  },
  pending: { id: 'outcome.pending', defaultMessage: 'Pending: it still needs {needed}.' },
  neededSome: {
    id: 'outcome.needed.some',
    defaultMessage: '{count, number} more in favour, for example {names}',
  },
  objects: {
    id: 'outcome.group.objects',
    defaultMessage: '{who} {count, plural, one {objects} other {object}} ({qualifier})',
  },
  following: {
    id: 'outcome.group.following',
    defaultMessage: '{who}, following {leader} ({qualifier})',
  },
  listed: { id: 'outcome.group.listed', defaultMessage: '{who} ({qualifier})' },
  headCount: {
    id: 'outcome.counts.heads',
    defaultMessage: '{have} of {total} {nouns} in favour, {quota} needed',
  },
  weightCount: {
    id: 'outcome.counts.weight',
    defaultMessage: '{have} of {total}, {quota} needed',
  },
});

/** What a seat's position rests on: its stance's evidence, or the user's own change. */
export type Standing = Evidence | 'your-change';

/** What sentences about a table need: names, the body's noun, and each seat's standing. */
export interface TableWords {
  /** The language the sentences are in (English unless the reader chose another). */
  readonly intl: Words;
  /**
   * The body's noun as the scenario gives it (English); sentences translated so far put it in
   * their language with nounIn, the others (still English) use it as it is.
   */
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
  intl: Words = ENGLISH,
): TableWords {
  const names = new Map<string, string>(
    scenario.members.map((m) => [m.id, seatName(m.id, m.name, intl)]),
  );
  const change = changeWordIn(changeWord, intl);
  const stances = new Map(scenario.stances.map((s) => [s.id as string, s]));
  const setByUser = (id: AllyId) => changes[id]?.position !== undefined;
  const standingOf = (id: AllyId): Standing =>
    setByUser(id) ? 'your-change' : (stances.get(id)?.evidence ?? 'assumption');
  return {
    intl,
    noun: scenario.memberNoun,
    nameOf: (id) => names.get(id) ?? id,
    standingOf,
    qualifierOf: (id) => {
      const standing = standingOf(id);
      return standing === 'your-change' ? change : evidenceWord(standing, intl);
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
  const { intl } = words;
  return groups.map(({ leader, qualifier, ids: members }) => {
    const who = listSomeNames(members, words.nameOf, max, intl);
    if (leader !== null)
      return intl.formatMessage(M.following, { who, leader: words.nameOf(leader), qualifier });
    if (!verb) return intl.formatMessage(M.listed, { who, qualifier });
    return intl.formatMessage(M.objects, { who, count: members.length, qualifier });
  });
}

/** "Blocked by …" in a summary: the blockers with their evidence, as a list. */
export const blockedBy = (ids: readonly AllyId[], words: TableWords): string =>
  blockerGroups(ids, words, false).join(semicolon(words.intl));

export function statusSentence(outcome: Outcome, words: TableWords): string {
  const { intl } = words;
  const noun = nounIn(words.noun, intl);
  const list = (ids: readonly AllyId[]) => listNames(ids, words.nameOf, intl);
  switch (outcome.status) {
    case 'passes': {
      const presumed = outcome.presumedConsent.length;
      if (presumed === 0) {
        const counts = passingCounts(outcome, noun, intl);
        return counts
          ? intl.formatMessage(M.passesCounts, { counts })
          : intl.formatMessage(M.passesRuleMet);
      }
      const who =
        presumed > 4
          ? intl.formatMessage(M.undecidedCount, { count: presumed, nouns: noun.other })
          : list(outcome.presumedConsent);
      return intl.formatMessage(M.passesPresumed, { noun: noun.one, who, count: presumed });
    }
    case 'blocked': {
      const many = outcome.blockers.length > 6;
      const groups = blockerGroups(outcome.blockers, words, !many, BANNER_NAMES).join(
        semicolon(intl),
      );
      const who = many
        ? intl.formatMessage(M.manyObject, {
            count: outcome.blockers.length,
            nouns: noun.other,
            groups,
          })
        : groups;
      const needs = outcome.missing.length > 0 && !sameSet(outcome.missing, outcome.blockers);
      return needs
        ? intl.formatMessage(M.blockedNeeds, {
            who,
            needed: needed(outcome, words, BANNER_NAMES),
          })
        : intl.formatMessage(M.blocked, { who });
    }
    case 'pending':
      return intl.formatMessage(M.pending, { needed: needed(outcome, words, BANNER_NAMES) });
  }
}

/**
 * Why a majority-type rule passes, in numbers: "28 of 31 allies in favour, 16 needed" and, for a
 * weighted rule, its weight too. Null when every seat is needed (consensus, unanimity), where the
 * count says nothing the banner does not.
 */
function passingCounts(outcome: Outcome, noun: Noun, intl: Words): string | null {
  const heads = outcome.margins.find((m) => m.id === 'allies');
  if (!heads || heads.quota >= heads.total) return null;
  const n = (x: number) => (languageOf(intl) === 'en' ? formatNumber(x) : intl.formatNumber(x));
  const parts = [
    intl.formatMessage(M.headCount, {
      have: n(heads.have),
      total: n(heads.total),
      nouns: noun.other,
      quota: n(heads.quota),
    }),
  ];
  for (const m of outcome.margins)
    if (m.id === 'weight')
      parts.push(
        intl.formatMessage(M.weightCount, {
          have: formatQuantity(m.have, m.unit),
          total: formatQuantity(m.total, m.unit),
          quota: formatQuantity(m.quota, m.unit),
        }),
      );
  return parts.join(semicolon(intl));
}

/**
 * "Hungary", or when other sets would do as well, "4 more in favour, for example A, B, C and D";
 * at most `max` names.
 */
export function needed(outcome: Outcome, words: TableWords, max = Infinity): string {
  const { intl } = words;
  const names = listSomeNames(outcome.missing, words.nameOf, max, intl);
  if (outcome.missingExact) return names;
  return intl.formatMessage(M.neededSome, { count: outcome.missing.length, names });
}

const WHY = defineMessages({
  passesAsItStands: { id: 'why.take.passes', defaultMessage: 'It passes as the table stands.' },
  takeComingRound: {
    id: 'why.take.comingRound',
    defaultMessage: 'It would take {names} coming round.',
    description: 'count: how many allies the names are (for the verb in other languages)',
  },
  takeNeeded: { id: 'why.take.needed', defaultMessage: 'It would take {needed}.' },
  takeNothing: {
    id: 'why.take.nothing',
    defaultMessage: 'No change of position can make it pass under this rule.',
  },
  everyPivotal: {
    id: 'why.pivotal.every',
    defaultMessage: 'Every one is pivotal: a single change by any of them would flip the outcome.',
  },
  pivotal: {
    id: 'why.pivotal.some',
    defaultMessage: 'Pivotal (a single change of theirs would flip the outcome): {names}.',
  },
  presumed: {
    id: 'why.presumed',
    defaultMessage: '{names}: undecided, but silence holds under consensus.',
  },
});

/** What it would take to pass, as the Why panel says it: two whole sentences, or one. */
export function whatItWouldTake(outcome: Outcome, words: TableWords, size: number): string {
  const { intl } = words;
  const take =
    outcome.status === 'passes'
      ? intl.formatMessage(WHY.passesAsItStands)
      : outcome.missing.length > 0
        ? outcome.missingExact
          ? intl.formatMessage(WHY.takeComingRound, {
              names: listNames(outcome.missing, words.nameOf, intl),
              count: outcome.missing.length,
            })
          : intl.formatMessage(WHY.takeNeeded, { needed: needed(outcome, words) })
        : intl.formatMessage(WHY.takeNothing);
  const pivotal =
    outcome.pivotal.length === size
      ? intl.formatMessage(WHY.everyPivotal)
      : outcome.pivotal.length > 0
        ? intl.formatMessage(WHY.pivotal, { names: listNames(outcome.pivotal, words.nameOf, intl) })
        : null;
  return pivotal === null ? take : `${take} ${pivotal}`;
}

/** Undecided seats that silence counts as consenting, as the Why panel says it. */
export const presumedSentence = (outcome: Outcome, words: TableWords): string =>
  words.intl.formatMessage(WHY.presumed, {
    names: listNames(outcome.presumedConsent, words.nameOf, words.intl),
  });

const BRIEF = defineMessages({
  margin: { id: 'margin.sentence', defaultMessage: '{label}: {have} of {total} (needs {quota})' },
  blockingMinority: {
    id: 'margin.blockingMinority',
    defaultMessage:
      '{label}: {have} (a blocking minority needs {quota}: {met, select, yes {formed} other {not formed}})',
  },
  object: { id: 'reason.object', defaultMessage: '{count} {nouns} object' },
  needsNames: { id: 'reason.needs', defaultMessage: 'needs {names}' },
  needsCount: {
    id: 'reason.needsCount',
    defaultMessage: 'needs {count}{more, select, yes { more} other {}} {nouns}',
  },
  silence: { id: 'reason.silence', defaultMessage: 'no objection; silence holds' },
  met: { id: 'reason.met', defaultMessage: 'the rule is met' },
  odds: { id: 'reason.odds', defaultMessage: '{reason}; {p} likely to pass' },
  status: {
    id: 'outcome.status',
    defaultMessage: '{status, select, passes {Passes} blocked {Blocked} other {Pending}}',
  },
  blockedBy: { id: 'headline.blockedBy', defaultMessage: 'Blocked by {who}' },
  pendingNeeds: { id: 'headline.pending', defaultMessage: 'Pending: needs {names}' },
});

/** "Allies not objecting: 29 of 31 (needs 31)". Weights in millions where they are large. */
export function marginSentence(m: Margin, rule: Rule, noun: Noun, words: Words = ENGLISH): string {
  const fmt = (x: number) => formatQuantity(x, m.unit, words);
  const label = marginLabel(m, rule, noun, words);
  return m.id === 'blocking-minority'
    ? words.formatMessage(BRIEF.blockingMinority, {
        label,
        have: fmt(m.have),
        quota: fmt(m.quota),
        met: m.met ? 'yes' : 'no',
      })
    : words.formatMessage(BRIEF.margin, {
        label,
        have: fmt(m.have),
        total: fmt(m.total),
        quota: fmt(m.quota),
      });
}

/**
 * A short reason for the comparison of rules: names (with their evidence) when few, a count when
 * many.
 */
export function shortReason(outcome: Outcome, words: TableWords): string {
  const { intl } = words;
  const nouns = nounIn(words.noun, intl).other;
  const count = (ids: readonly AllyId[]) => num(ids.length, intl);
  if (outcome.status === 'blocked')
    return outcome.blockers.length <= 3
      ? blockerGroups(outcome.blockers, words).join(semicolon(intl))
      : intl.formatMessage(BRIEF.object, { count: count(outcome.blockers), nouns });
  if (outcome.status === 'pending')
    return outcome.missing.length <= 3
      ? intl.formatMessage(BRIEF.needsNames, {
          names: listNames(outcome.missing, words.nameOf, intl),
        })
      : intl.formatMessage(BRIEF.needsCount, {
          count: count(outcome.missing),
          more: outcome.missingExact ? 'no' : 'yes',
          nouns,
        });
  return intl.formatMessage(outcome.presumedConsent.length > 0 ? BRIEF.silence : BRIEF.met);
}

/** The reason, with the exact chance of passing once the odds are in. */
export const withOdds = (reason: string, p: number | undefined, words: Words = ENGLISH): string =>
  p === undefined ? reason : words.formatMessage(BRIEF.odds, { reason, p: percent(p, words) });

/** An outcome in a word: "Passes", "Blocked", "Pending" ("Adoptée", "Bloquée", "En attente"). */
export const statusWord = (status: Outcome['status'], words: Words = ENGLISH): string =>
  words.formatMessage(BRIEF.status, { status });

/** "Passes", "Blocked by France (named official); Germany, following France (reported)". */
export function outcomeHeadline(
  status: Outcome['status'],
  allies: readonly AllyId[],
  words: TableWords,
): string {
  const { intl } = words;
  switch (status) {
    case 'passes':
      return statusWord(status, intl);
    case 'blocked':
      return intl.formatMessage(BRIEF.blockedBy, {
        who: blockedBy(allies, words),
      });
    case 'pending':
      return intl.formatMessage(BRIEF.pendingNeeds, {
        names: listNames(allies, words.nameOf, intl),
      });
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));
