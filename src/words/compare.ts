/**
 * What changed between two scenarios, in words: the one-sentence summary under the timeline and
 * the comparison, and each side's outcome as stated, blockers named with their evidence.
 */
import type { OutcomeSummary, ScenarioComparison } from '../scenario/compare';
import type { Scenario } from '../scenario/model';
import { formatNumber } from '../scenario/number';
import { capitalise, listNames, listWords } from './format';
import { POSITION_LABEL } from './labels';
import { blockedBy, outcomeHeadline, tableWords } from './outcome';

/** "Passes", "Blocked by France (named official); …", "Pending: needs Hungary" (as stated). */
export function outcomeWords(o: OutcomeSummary | null, scenario: Scenario): string {
  if (!o) return 'cannot be judged under its default rule';
  return outcomeHeadline(o.status, o.allies, tableWords(scenario));
}

/**
 * The comparison in one sentence, for the collapsed timeline and for screen readers: "Sweden
 * joined the table; United States: Support to Undecided; new evidence for France and Hungary.
 * Outcome (unchanged): blocked by France (named official); Germany, following France (reported)."
 */
export function summarizeComparison(c: ScenarioComparison): string {
  const noun = c.to.memberNoun;
  const parts: string[] = [];
  if (c.joined.length > 0) parts.push(`${listWords(c.joined.map((a) => a.name))} joined the table`);
  if (c.left.length > 0) parts.push(`${listWords(c.left.map((a) => a.name))} not at the table`);
  for (const x of c.changed)
    parts.push(`${x.name}: ${POSITION_LABEL[x.from]} to ${POSITION_LABEL[x.to]}`);
  if (c.defaults)
    parts.push(
      `${formatNumber(c.defaults.allies.length)} ${noun.other} with no public position: ${POSITION_LABEL[c.defaults.from]} to ${POSITION_LABEL[c.defaults.to]}`,
    );
  if (c.reassessed.length > 0)
    parts.push(`new evidence for ${listWords(c.reassessed.map((x) => x.name))}`);
  const changes =
    parts.length > 0 ? parts.join('; ') : `no ${noun.one} changed position or evidence`;
  const o = c.outcomeTo;
  const words = tableWords(c.to);
  const outcome = !o
    ? 'cannot be judged'
    : o.status === 'passes'
      ? 'passes'
      : o.status === 'blocked'
        ? `blocked by ${blockedBy(o.allies, words)}`
        : `pending, needs ${listNames(o.allies, words.nameOf)}`;
  return `${capitalise(changes)}. Outcome${c.outcomeChanged ? '' : ' (unchanged)'}: ${outcome}.`;
}
