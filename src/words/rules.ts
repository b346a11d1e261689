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
import { seatName } from './allyNames';
import { aNoun, capitalise, listWords, nounIn } from './format';
import { defineMessages, ENGLISH, type MessageDescriptor, type Words } from './intl';

/** What the words about a rule need to know of the body: NATO or not, and its noun. */
export type Body = Pick<Scenario, 'isNato' | 'memberNoun'>;

const R = defineMessages({
  consensusNac: { id: 'rule.consensus.nac', defaultMessage: 'NAC consensus' },
  consensus: { id: 'rule.consensus', defaultMessage: 'Consensus' },
  unanimity: { id: 'rule.unanimity', defaultMessage: 'Unanimity (affirmative)' },
  majority: { id: 'rule.majority', defaultMessage: 'Simple majority' },
  twoThirds: { id: 'rule.twoThirds', defaultMessage: 'Two-thirds majority' },
  qmv: { id: 'rule.qmv', defaultMessage: 'EU-style qualified majority' },
  weighted: { id: 'rule.weighted', defaultMessage: 'Weighted by defence spending' },
  weightedPopulation: { id: 'rule.weightedPopulation', defaultMessage: 'Weighted by population' },
  vetoPlayers: { id: 'rule.vetoPlayers', defaultMessage: 'Nuclear-ally veto' },
});

const X = defineMessages({
  consensusNac: {
    id: 'rule.consensus.nac.explained',
    defaultMessage:
      'NATO practice: there is no vote; the decision is taken unless an ally objects (breaks silence).',
  },
  consensus: {
    id: 'rule.consensus.explained',
    defaultMessage: 'There is no vote: the decision is taken unless {aNoun} objects.',
    description: 'aNoun: "an ally", "a member" (English); one: the noun alone',
  },
  unanimity: {
    id: 'rule.unanimity.explained',
    defaultMessage: 'Passes only when every {one} has said yes.',
  },
  majority: {
    id: 'rule.majority.explained',
    defaultMessage: 'Passes when more than half of the {other} support it.',
  },
  twoThirds: {
    id: 'rule.twoThirds.explained',
    defaultMessage: 'Passes when at least two thirds of the {other} support it.',
  },
  qmv: {
    id: 'rule.qmv.explained',
    defaultMessage:
      'Passes with at least 55% of the {other} representing at least 65% of the population; a blocking minority needs at least 4 {other}.',
  },
  weighted: {
    id: 'rule.weighted.explained',
    defaultMessage:
      'Passes when its supporters account for at least two thirds of defence spending.',
  },
  weightedPopulation: {
    id: 'rule.weightedPopulation.explained',
    defaultMessage: 'Passes when its supporters account for at least two thirds of the population.',
  },
  vetoPlayers: {
    id: 'rule.vetoPlayers.explained',
    defaultMessage:
      'Security-Council style: the three nuclear allies (United States, United Kingdom, France) can each veto; otherwise a majority of allies decides.',
  },
});

const U = defineMessages({
  presumed: {
    id: 'rule.undecided.presumed',
    defaultMessage:
      'Undecided {other} do not block: under the silence procedure they are presumed to consent.',
  },
  abstains: {
    id: 'rule.undecided.abstains',
    defaultMessage:
      "An undecided veto player abstains: it neither blocks nor counts toward the quota, as a permanent member's abstention at the UN Security Council. Other undecided {other} are not counted as support: the outcome is pending while they could still change it.",
  },
  vetoPending: {
    id: 'rule.undecided.vetoPending',
    defaultMessage:
      'Undecided {other} are not counted as support, veto players included: an undecided veto player has not said yes, so the outcome is pending while it could still change it (unlike an abstention at the UN Security Council).',
  },
  pending: {
    id: 'rule.undecided.pending',
    defaultMessage:
      'Undecided {other} are not counted as support: the outcome is pending while they could still change it.',
  },
  noFigure: {
    id: 'rule.noFigure',
    defaultMessage:
      '{names} {count, plural, one {has} other {have}} no {weight, select, defence {defence-spending} population {population} other {{weight}}} figure in the data and {count, plural, one {counts} other {count}} as 0 under this rule: {count, plural, one {its} other {their}} support adds nothing toward the quota.',
  },
});

const MARGIN = defineMessages({
  notObjecting: { id: 'margin.notObjecting', defaultMessage: '{Other} not objecting' },
  inFavour: { id: 'margin.inFavour', defaultMessage: '{Other} in favour' },
  weight: {
    id: 'margin.weight',
    defaultMessage:
      '{unit, select, population {Population} defence {Defence} other {{Unit}}} in favour',
  },
  vetoesNotObjecting: {
    id: 'margin.vetoes.notObjecting',
    defaultMessage: 'Veto players not objecting',
  },
  vetoesInFavour: { id: 'margin.vetoes.inFavour', defaultMessage: 'Veto players in favour' },
  notInFavour: { id: 'margin.notInFavour', defaultMessage: '{Other} not in favour' },
});

type Text = (body: Body, words: Words) => string;

interface RuleText {
  readonly label: Text;
  readonly explanation: Text;
}

/** A sentence about the body's seats: its noun in the reader's language as arguments. */
const about =
  (m: MessageDescriptor): Text =>
  (b, words) => {
    const { one, other } = nounIn(b.memberNoun, words);
    return words.formatMessage(m, { one, other, aNoun: aNoun(b.memberNoun) });
  };
const plain =
  (m: MessageDescriptor): Text =>
  (_, words) =>
    words.formatMessage(m);

const BUILT_IN_TEXT: Readonly<Record<string, RuleText>> = {
  consensus: {
    label: (b, w) => w.formatMessage(b.isNato ? R.consensusNac : R.consensus),
    explanation: (b, w) => (b.isNato ? plain(X.consensusNac) : about(X.consensus))(b, w),
  },
  unanimity: { label: plain(R.unanimity), explanation: about(X.unanimity) },
  majority: { label: plain(R.majority), explanation: about(X.majority) },
  'two-thirds': { label: plain(R.twoThirds), explanation: about(X.twoThirds) },
  qmv: { label: plain(R.qmv), explanation: about(X.qmv) },
  weighted: { label: plain(R.weighted), explanation: plain(X.weighted) },
  'weighted-population': {
    label: plain(R.weightedPopulation),
    explanation: plain(X.weightedPopulation),
  },
  'veto-players': { label: plain(R.vetoPlayers), explanation: plain(X.vetoPlayers) },
};

/** The rule's name as people read it: the author's for a file's own rule. */
export function ruleLabel(def: RuleDef, body: Body, words: Words = ENGLISH): string {
  return def.authored?.label ?? BUILT_IN_TEXT[def.id]?.label(body, words) ?? def.id;
}

/** The rule in one sentence (without how undecided seats count: see `undecidedSemantics`). */
export function ruleExplanation(def: RuleDef, body: Body, words: Words = ENGLISH): string {
  return def.authored?.explanation ?? BUILT_IN_TEXT[def.id]?.explanation(body, words) ?? '';
}

/** How the rule treats undecided seats: a sentence every statement of the rule carries. */
export function undecidedSemantics(rule: Rule, noun: Noun, words: Words = ENGLISH): string {
  const m = presumesConsent(rule)
    ? U.presumed
    : vetoAbstains(rule)
      ? U.abstains
      : rule.kind === 'veto-players'
        ? U.vetoPending
        : U.pending;
  return words.formatMessage(m, { other: nounIn(noun, words).other });
}

/** The weight a rule counts, if any. */
export const weightOf = (rule: Rule): string | null =>
  rule.kind === 'qmv' || rule.kind === 'weighted' ? rule.weight : null;

/** Members the rule weighs with no figure in the data (they count as 0). */
export function withoutFigure(rule: Rule, members: readonly Member[]): readonly Member[] {
  const key = weightOf(rule);
  return key === null ? [] : members.filter((m) => m.noFigure?.includes(key));
}

/**
 * "Iceland and Sweden have no defence-spending figure in the data and count as 0 under this rule:
 * their support adds nothing toward the quota." Null when every member has a figure.
 */
export function noFigureSentence(
  rule: Rule,
  members: readonly Member[],
  words: Words = ENGLISH,
): string | null {
  const key = weightOf(rule);
  const missing = withoutFigure(rule, members);
  if (key === null || missing.length === 0) return null;
  return words.formatMessage(U.noFigure, {
    names: listWords(
      missing.map((m) => seatName(m.id, m.name, words)),
      words,
    ),
    count: missing.length,
    weight: key,
  });
}

/** The rule as one paragraph: label, explanation, undecided semantics, members with no figure. */
export function ruleSentence(
  def: RuleDef,
  body: Body,
  members: readonly Member[],
  words: Words = ENGLISH,
): string {
  return [
    `${ruleLabel(def, body, words)}. ${ruleExplanation(def, body, words)}`,
    undecidedSemantics(def.rule, body.memberNoun, words),
    noFigureSentence(def.rule, members, words),
  ]
    .filter((x) => x !== null && x !== '')
    .join(' ');
}

/** A margin's name: "Allies not objecting", "Population in favour", "Veto players in favour". */
export function marginLabel(m: Margin, rule: Rule, noun: Noun, words: Words = ENGLISH): string {
  const Other = capitalise(nounIn(noun, words).other);
  switch (m.id) {
    case 'allies':
      return words.formatMessage(presumesConsent(rule) ? MARGIN.notObjecting : MARGIN.inFavour, {
        Other,
      });
    case 'weight':
      return words.formatMessage(MARGIN.weight, { unit: m.unit, Unit: capitalise(m.unit) });
    case 'vetoes':
      return words.formatMessage(
        vetoAbstains(rule) ? MARGIN.vetoesNotObjecting : MARGIN.vetoesInFavour,
      );
    case 'blocking-minority':
      return words.formatMessage(MARGIN.notInFavour, { Other });
  }
}

/** Every margin of an outcome with its label, for the threshold bars. */
export const labelledMargins = (
  margins: readonly Margin[],
  rule: Rule,
  noun: Noun,
  words: Words = ENGLISH,
): (Margin & { readonly label: string })[] =>
  margins.map((m) => ({ ...m, label: marginLabel(m, rule, noun, words) }));

/** A rule of the scenario (or a built-in one) by id, as people read it; the id if unknown. */
export function ruleNameOf(scenario: Scenario, id: string, words: Words = ENGLISH): string {
  const def = ruleFor(scenario, id);
  return def ? ruleLabel(def, scenario, words) : id;
}
