/**
 * What changed between two scenarios, in words: the one-sentence summary under the timeline and
 * the comparison, and each side's outcome as stated, blockers named with their evidence.
 */
import './parts/panels';
import type { OutcomeSummary, ScenarioComparison } from '../scenario/compare';
import type { Scenario } from '../scenario/model';
import { seatName } from './allyNames';
import { capitalise, listNames, listWords, nounIn, semicolon } from './format';
import { defineMessages, ENGLISH, type Words } from './intl';
import { blockedBy, tableWords, type TableWords } from './outcome';

const M = defineMessages({
  notJudged: {
    id: 'compare.outcome.notJudged',
    defaultMessage: 'cannot be judged under its default rule',
  },
  headline: {
    id: 'compare.outcome.headline',
    defaultMessage:
      '{status, select, passes {Passes} blocked {Blocked by {who}} other {Pending: needs {who}}}',
    description: 'A scenario as stated: who: the blockers with their evidence, or who is needed',
  },
  joined: {
    id: 'compare.joined',
    defaultMessage: '{names} joined the table',
    description: 'count: how many names (for the verb in other languages)',
  },
  left: {
    id: 'compare.left',
    defaultMessage: '{names} not at the table',
    description: 'count: how many names (for the verb in other languages)',
  },
  changed: {
    id: 'compare.changed',
    defaultMessage:
      '{name}: {from, select, support {Support} undecided {Undecided} other {Object}} to {to, select, support {Support} undecided {Undecided} other {Object}}',
  },
  defaults: {
    id: 'compare.defaults',
    defaultMessage:
      '{count, number} {nouns} with no public position: {from, select, support {Support} undecided {Undecided} other {Object}} to {to, select, support {Support} undecided {Undecided} other {Object}}',
  },
  reassessed: { id: 'compare.reassessed', defaultMessage: 'new evidence for {names}' },
  nothing: { id: 'compare.nothing', defaultMessage: 'no {noun} changed position or evidence' },
  outcome: {
    id: 'compare.outcome',
    defaultMessage:
      '{status, select, passes {passes} blocked {blocked by {who}} pending {pending, needs {who}} other {cannot be judged}}',
  },
  summary: {
    id: 'compare.summary',
    defaultMessage: '{changes}. Outcome{changed, select, true {} other { (unchanged)}}: {outcome}.',
    description: 'changes: the changes, separated by semicolons; outcome: compare.outcome',
  },
});

/** "Passes", "Blocked by France (named official); …", "Pending: needs Hungary" (as stated). */
export function outcomeWords(
  o: OutcomeSummary | null,
  scenario: Scenario,
  words: Words = ENGLISH,
): string {
  if (!o) return words.formatMessage(M.notJudged);
  const who = whoOf(o, tableWords(scenario, {}, undefined, words));
  return words.formatMessage(M.headline, { status: o.status, who });
}

/** Who decides an outcome: its blockers with their evidence, or the allies it still needs. */
const whoOf = (o: OutcomeSummary, table: TableWords): string =>
  o.status === 'blocked'
    ? blockedBy(o.allies, table)
    : listNames(o.allies, table.nameOf, table.intl);

/**
 * The comparison in one sentence, for the collapsed timeline and for screen readers: "Sweden
 * joined the table; United States: Support to Undecided; new evidence for France and Hungary.
 * Outcome (unchanged): blocked by France (named official); Germany, following France (reported)."
 */
export function summarizeComparison(c: ScenarioComparison, words: Words = ENGLISH): string {
  const noun = nounIn(c.to.memberNoun, words);
  const names = (xs: readonly { ally: string; name: string }[]) =>
    listWords(
      xs.map((x) => seatName(x.ally, x.name, words)),
      words,
    );
  const parts: string[] = [];
  if (c.joined.length > 0)
    parts.push(words.formatMessage(M.joined, { names: names(c.joined), count: c.joined.length }));
  if (c.left.length > 0)
    parts.push(words.formatMessage(M.left, { names: names(c.left), count: c.left.length }));
  for (const x of c.changed)
    parts.push(
      words.formatMessage(M.changed, {
        name: seatName(x.ally, x.name, words),
        from: x.from,
        to: x.to,
      }),
    );
  if (c.defaults)
    parts.push(
      words.formatMessage(M.defaults, {
        count: c.defaults.allies.length,
        nouns: noun.other,
        from: c.defaults.from,
        to: c.defaults.to,
      }),
    );
  if (c.reassessed.length > 0)
    parts.push(words.formatMessage(M.reassessed, { names: names(c.reassessed) }));
  const changes =
    parts.length > 0
      ? parts.join(semicolon(words))
      : words.formatMessage(M.nothing, { noun: noun.one });
  const o = c.outcomeTo;
  const who = o ? whoOf(o, tableWords(c.to, {}, undefined, words)) : '';
  return words.formatMessage(M.summary, {
    changes: capitalise(changes),
    changed: String(c.outcomeChanged),
    outcome: words.formatMessage(M.outcome, { status: o ? o.status : 'none', who }),
  });
}
