/**
 * The words of the decision rules: each built-in rule's label and one-sentence explanation, how
 * a rule treats undecided seats, and which members it counts with no figure. A rule defined in a
 * scenario file brings its author's label and explanation; the engine knows rules by id only.
 */
import type { Margin } from '../engine/outcome';
import { presumesConsent, vetoAbstains, type Rule, type RuleDef } from '../engine/rules';
import type { Member } from '../engine/types';
import type { Noun, Scenario } from '../scenario/model';
import { ruleFor } from '../scenario/play';
import { aNoun, capitalise, listWords } from './format';

/** What the words about a rule need to know of the body: NATO or not, and its noun. */
export type Body = Pick<Scenario, 'isNato' | 'memberNoun'>;

interface RuleText {
  readonly label: (body: Body) => string;
  readonly explanation: (body: Body) => string;
}

const BUILT_IN_TEXT: Readonly<Record<string, RuleText>> = {
  consensus: {
    label: (b) => (b.isNato ? 'NAC consensus' : 'Consensus'),
    explanation: (b) =>
      b.isNato
        ? 'NATO practice: there is no vote; the decision is taken unless an ally objects (breaks silence).'
        : `There is no vote: the decision is taken unless ${aNoun(b.memberNoun)} objects.`,
  },
  unanimity: {
    label: () => 'Unanimity (affirmative)',
    explanation: (b) => `Passes only when every ${b.memberNoun.one} has said yes.`,
  },
  majority: {
    label: () => 'Simple majority',
    explanation: (b) => `Passes when more than half of the ${b.memberNoun.other} support it.`,
  },
  'two-thirds': {
    label: () => 'Two-thirds majority',
    explanation: (b) => `Passes when at least two thirds of the ${b.memberNoun.other} support it.`,
  },
  qmv: {
    label: () => 'EU-style qualified majority',
    explanation: (b) =>
      `Passes with at least 55% of the ${b.memberNoun.other} representing at least 65% of the population; a blocking minority needs at least 4 ${b.memberNoun.other}.`,
  },
  weighted: {
    label: () => 'Weighted by defence spending',
    explanation: () =>
      'Passes when its supporters account for at least two thirds of defence spending.',
  },
  'weighted-population': {
    label: () => 'Weighted by population',
    explanation: () =>
      'Passes when its supporters account for at least two thirds of the population.',
  },
  'veto-players': {
    label: () => 'Nuclear-ally veto',
    explanation: () =>
      'Security-Council style: the three nuclear allies (United States, United Kingdom, France) can each veto; otherwise a majority of allies decides.',
  },
};

/** The rule's name as people read it: the author's for a file's own rule. */
export function ruleLabel(def: RuleDef, body: Body): string {
  return def.authored?.label ?? BUILT_IN_TEXT[def.id]?.label(body) ?? def.id;
}

/** The rule in one sentence (without how undecided seats count: see `undecidedSemantics`). */
export function ruleExplanation(def: RuleDef, body: Body): string {
  return def.authored?.explanation ?? BUILT_IN_TEXT[def.id]?.explanation(body) ?? '';
}

/** How the rule treats undecided seats: a sentence every statement of the rule carries. */
export function undecidedSemantics(rule: Rule, noun: Noun): string {
  const Undecided = `Undecided ${noun.other}`;
  if (presumesConsent(rule))
    return `${Undecided} do not block: under the silence procedure they are presumed to consent.`;
  if (vetoAbstains(rule))
    return `An undecided veto player abstains: it neither blocks nor counts toward the quota, as a permanent member's abstention at the UN Security Council. Other undecided ${noun.other} are not counted as support: the outcome is pending while they could still change it.`;
  if (rule.kind === 'veto-players')
    return `${Undecided} are not counted as support, veto players included: an undecided veto player has not said yes, so the outcome is pending while it could still change it (unlike an abstention at the UN Security Council).`;
  return `${Undecided} are not counted as support: the outcome is pending while they could still change it.`;
}

/** The weight a rule counts, if any. */
export const weightOf = (rule: Rule): string | null =>
  rule.kind === 'qmv' || rule.kind === 'weighted' ? rule.weight : null;

const WEIGHT_NAME: Readonly<Record<string, string>> = {
  defence: 'defence-spending',
  population: 'population',
};

/** Members the rule weighs with no figure in the data (they count as 0). */
export function withoutFigure(rule: Rule, members: readonly Member[]): readonly Member[] {
  const key = weightOf(rule);
  return key === null ? [] : members.filter((m) => m.noFigure?.includes(key));
}

/**
 * "Iceland and Sweden have no defence-spending figure in the data and count as 0 under this rule:
 * their support adds nothing toward the quota." Null when every member has a figure.
 */
export function noFigureSentence(rule: Rule, members: readonly Member[]): string | null {
  const key = weightOf(rule);
  const missing = withoutFigure(rule, members);
  if (key === null || missing.length === 0) return null;
  const one = missing.length === 1;
  return `${listWords(missing.map((m) => m.name))} ${one ? 'has' : 'have'} no ${WEIGHT_NAME[key] ?? key} figure in the data and ${one ? 'counts' : 'count'} as 0 under this rule: ${one ? 'its' : 'their'} support adds nothing toward the quota.`;
}

/** The rule as one paragraph: label, explanation, undecided semantics, members with no figure. */
export function ruleSentence(def: RuleDef, body: Body, members: readonly Member[]): string {
  return [
    `${ruleLabel(def, body)}. ${ruleExplanation(def, body)}`,
    undecidedSemantics(def.rule, body.memberNoun),
    noFigureSentence(def.rule, members),
  ]
    .filter((x) => x !== null && x !== '')
    .join(' ');
}

/** A margin's name: "Allies not objecting", "Population in favour", "Veto players in favour". */
export function marginLabel(m: Margin, rule: Rule, noun: Noun): string {
  const Other = capitalise(noun.other);
  switch (m.id) {
    case 'allies':
      return presumesConsent(rule) ? `${Other} not objecting` : `${Other} in favour`;
    case 'weight':
      return `${capitalise(m.unit)} in favour`;
    case 'vetoes':
      return vetoAbstains(rule) ? 'Veto players not objecting' : 'Veto players in favour';
    case 'blocking-minority':
      return `${Other} not in favour`;
  }
}

/** Every margin of an outcome with its label, for the threshold bars. */
export const labelledMargins = (
  margins: readonly Margin[],
  rule: Rule,
  noun: Noun,
): (Margin & { readonly label: string })[] =>
  margins.map((m) => ({ ...m, label: marginLabel(m, rule, noun) }));

/** A rule of the scenario (or a built-in one) by id, as people read it; the id if unknown. */
export function ruleNameOf(scenario: Scenario, id: string): string {
  const def = ruleFor(scenario, id);
  return def ? ruleLabel(def, scenario) : id;
}
