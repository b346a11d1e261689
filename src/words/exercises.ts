/**
 * The words of guided exercises: whether a student's response is right and why, in a sentence
 * that starts with "Correct" or "Not yet" and never gives the answer away; the answer itself,
 * for the reveal; and, for the printed worksheet, the table an exercise starts from. The judging
 * is src/scenario/exercises.ts's.
 * (One module, loaded with the exercises: vite.config.ts keeps `words/exercises*` out of the
 * first visit's chunk, and with it the engine's search that exerciseStart brings.)
 */
import type { Status } from '../engine/outcome';
import { asAllyId, type AllyId, type Position, type Result, type Seat } from '../engine/types';
import {
  exerciseAnswer,
  exerciseStart,
  judgeResponse,
  type ExerciseAnswer,
  type ExerciseResponse,
  type Verdict,
} from '../scenario/exercises';
import type { Exercise, Scenario } from '../scenario/model';
import { formatNumber } from '../scenario/number';
import { ruleFor, tableFor } from '../scenario/play';
import { aNoun, capitalise, counted, listNames, listWords } from './format';
import { POSITION_LABEL } from './labels';
import { tableWords } from './outcome';
import { capitalise as upperFirst } from './format';
import { defineMessages, languageOf, type Words } from './intl';
import './parts/exercises';
import { ruleNameOf, weightOf } from './rules';

export interface ExerciseCheck {
  readonly correct: boolean;
  /** Starts with "Correct" or "Not yet", and says why. */
  readonly words: string;
}

const FEEDBACK = defineMessages({
  correct: {
    id: 'exercise.feedback.correct',
    defaultMessage: 'Correct.',
    description: 'The verdict before the reasons (which are not translated yet)',
  },
  notYet: { id: 'exercise.feedback.notYet', defaultMessage: 'Not yet.' },
});

/**
 * Feedback for the reader's language. English: the sentence as it is. Another language: the
 * verdict in that language ("Correct." or "Pas encore.") and then the reasons, which are not
 * translated yet: in English, without their English verdict, for the page to mark as English.
 */
export function feedbackIn(
  check: ExerciseCheck,
  intl: Words,
): { readonly lead: string | null; readonly detail: string } {
  if (languageOf(intl) === 'en') return { lead: null, detail: check.words };
  return {
    lead: intl.formatMessage(check.correct ? FEEDBACK.correct : FEEDBACK.notYet),
    detail: upperFirst(check.words.replace(/^(Correct|Not yet):\s*/, '')),
  };
}

/** While the engine works the answer out (off the main thread). */
export const WORKING_OUT = 'Working out the answer…';

const STATUS_WORD: Record<Status, string> = {
  passes: 'it passes',
  blocked: 'it is blocked',
  pending: 'it is pending',
};

const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/**
 * Checks a student's response to an exercise: right or not, and why, in one or two sentences.
 * `answer`: the engine's answer if already computed (the worker's), else computed here.
 */
export function checkResponse(
  scenario: Scenario,
  exercise: Exercise,
  response: ExerciseResponse,
  answer: Result<ExerciseAnswer> = exerciseAnswer(scenario, exercise),
): ExerciseCheck {
  const verdict = judgeResponse(scenario, exercise, response, answer);
  return { correct: verdict.correct, words: verdictWords(scenario, exercise, verdict, answer) };
}

function verdictWords(
  scenario: Scenario,
  exercise: Exercise,
  v: Verdict,
  answer: Result<ExerciseAnswer>,
): string {
  const { noun, nameOf } = tableWords(scenario);
  const names = (ids: readonly string[]) => listNames(ids.map(asAllyId), nameOf);
  const label = (id: string) => ruleNameOf(scenario, id);
  const rule = 'rule' in exercise ? label(exercise.rule) : '';
  const changes = (n: number) => `${formatNumber(n)} ${n === 1 ? 'change' : 'changes'}`;
  switch (v.why) {
    case 'right':
      return `Correct: ${answer.ok ? answerSentence(scenario, answer.value, v.changes) : 'that is the answer.'}`;
    case 'not-checkable':
      return 'Not yet: a discussion question has no single answer to check. Talk it through; the notes come with the reveal.';
    case 'no-answer':
      return `Not yet: the answer cannot be computed here (${v.error}).`;
    case 'unreadable': {
      const what = {
        changes: 'the table you set, as changes of position',
        ids:
          exercise.kind === 'compare-rules'
            ? 'a set of decision rules'
            : `a set of ${noun.other} (it may be empty)`,
        number: 'a probability from 0 to 1',
        id: `one ${noun.one}`,
        ranking: `every ${noun.one} once, most powerful first`,
      }[v.expected];
      return `Not yet: the answer is ${what}.`;
    }
    case 'unknown':
      return v.what === 'ally'
        ? `Not yet: ${listWords(v.ids.map((id) => `“${id}”`))} ${isAre(v.ids.length)} not ${v.ids.length === 1 ? aNoun(noun) : noun.other} at this table.`
        : `Not yet: ${listWords(v.ids.map((id) => `“${id}”`))} ${isAre(v.ids.length)} not ${v.ids.length === 1 ? 'a rule' : 'rules'} of this scenario.`;
    case 'fixed-moved':
      return `Not yet: ${names(v.allies)} may not change in this exercise.`;
    case 'goal-missed': {
      const with_ = v.changes === 0 ? 'as the table stands' : `with ${changes(v.changes)}`;
      return `Not yet: ${with_} ${STATUS_WORD[v.status]}.`;
    }
    case 'too-many-changes': {
      const goal = v.goal === 'pass' ? 'it passes' : 'it is blocked';
      const who =
        v.fewest === 1 ? `Which ${noun.one} holds the key?` : `Which ${noun.other} hold the key?`;
      return `Not yet: ${goal}, but with ${changes(v.changes)}; it can be done with ${formatNumber(v.fewest)}. ${who}`;
    }
    case 'cannot-reach':
      return `Not yet: no change of the ${noun.other} free to move can make ${v.goal === 'pass' ? 'it pass' : 'it blocked'} under ${rule}; that is the answer to find.`;
    case 'wrong-set': {
      const what =
        exercise.kind === 'pivotal'
          ? 'pivotal'
          : exercise.kind === 'blockers'
            ? `blocking it`
            : exercise.kind === 'veto-players'
              ? 'able to block alone'
              : 'right';
      const parts: string[] = [];
      if (v.wrong.length > 0)
        parts.push(
          exercise.kind === 'compare-rules'
            ? `it does not pass under ${listWords(v.wrong.map(label))}`
            : `${names(v.wrong)} ${isAre(v.wrong.length)} not ${what}`,
        );
      if (v.missing > 0)
        parts.push(
          exercise.kind === 'compare-rules'
            ? `${v.missing === 1 ? 'a rule' : `${formatNumber(v.missing)} rules`} under which it passes ${isAre(v.missing)} missing`
            : `${counted(v.missing, noun)} ${isAre(v.missing)} missing`,
        );
      return `Not yet: ${parts.join(', and ')}.`;
    }
    case 'already-in-favour':
      return `Not yet: ${names(v.allies)} already ${v.allies.length === 1 ? 'counts' : 'count'} in favour.`;
    case 'not-enough':
      return `Not yet: even with those ${noun.other} in favour it would not pass.`;
    case 'more-than-needed':
      return `Not yet: with them in favour it passes, but it takes only ${counted(v.size, noun)}, not ${formatNumber(v.given)}.`;
    case 'cannot-pass':
      return `Not yet: no ${noun.one}'s consent can make it pass under ${rule}; that is the answer to find.`;
    case 'off':
      return v.percent
        ? `Not yet: give it as a probability from 0 to 1 (${formatNumber(v.given, 2)}% is ${formatNumber(v.given / 100, 4)}).`
        : `Not yet: ${formatNumber(v.given, 4)} is more than ${formatNumber(v.tolerance, 4)} away from the probability of passage.`;
    case 'not-most-powerful':
      return `Not yet: ${nameOf(v.given)} does not hold the most power under ${rule}.`;
    case 'incomplete-ranking':
      return v.missing > 0
        ? `Not yet: rank every ${noun.one} once; ${counted(v.missing, noun)} ${isAre(v.missing)} missing.`
        : `Not yet: rank every ${noun.one} once; some are listed twice.`;
    case 'out-of-order':
      return `Not yet: ${nameOf(v.below)} holds more power than ${nameOf(v.above)} under ${rule}.`;
  }
}

/**
 * The answer in a sentence, for the reveal: "1 change: France (Germany, following France, moves
 * with it)." `made`: the changes a right response made (said instead of the count).
 */
export function answerSentence(scenario: Scenario, answer: ExerciseAnswer, made?: number): string {
  const { noun, nameOf } = tableWords(scenario);
  const names = (ids: readonly AllyId[]) => listNames(ids, nameOf);
  const label = (id: string) => ruleNameOf(scenario, id);
  switch (answer.kind) {
    case 'fewest-changes': {
      const goal = answer.goal === 'pass' ? 'it passes' : 'it is blocked';
      const n = made ?? answer.fewest;
      if (answer.fewest === null)
        return `no change of the ${noun.other} free to move makes ${answer.goal === 'pass' ? 'it pass' : 'it blocked'} under ${label(answer.rule)}.`;
      if (answer.fewest === 0) return `${goal} as the table stands: it takes no change.`;
      const sets = answer.sets.slice(0, 5).map((s) => names(s.allies));
      const more = answer.complete && answer.sets.length <= 5 ? '' : ', among others';
      return `${goal} with ${formatNumber(n ?? 0)} ${n === 1 ? 'change' : 'changes'}, the fewest it takes under ${label(answer.rule)}: ${sets.join('; or ')}${more}.`;
    }
    case 'pivotal':
      return answer.allies.length === 0
        ? `no ${noun.one} is pivotal: no single change flips the outcome.`
        : `${names(answer.allies)} ${isAre(answer.allies.length)} pivotal: a single change of ${answer.allies.length === 1 ? 'its' : 'theirs'} flips the outcome.`;
    case 'blockers':
      return answer.allies.length === 0
        ? 'nothing blocks it.'
        : `${names(answer.allies)} ${answer.allies.length === 1 ? 'blocks' : 'block'} it.`;
    case 'veto-players':
      return answer.allies.length === 0
        ? `no ${noun.one} could block alone under ${label(answer.rule)}.`
        : `${answer.allies.length === scenario.members.length ? `every ${noun.one}` : names(answer.allies)} could block alone under ${label(answer.rule)}.`;
    case 'still-needed': {
      if (answer.size === null) return `no ${noun.one}'s consent can make it pass.`;
      if (answer.size === 0) return 'it passes already: no one more is needed.';
      const one = answer.sets[0] ?? [];
      const many = answer.sets.length > 1 || !answer.complete;
      return many
        ? `it takes ${counted(answer.size, noun)} more in favour, for example ${names(one)}.`
        : `it takes ${names(one)} coming round.`;
    }
    case 'probability':
      return `it passes with a probability of ${formatNumber(answer.probability, 3)} (${formatNumber(answer.probability * 100, 1)}%) under ${label(answer.rule)}.`;
    case 'power': {
      const index = answer.index === 'banzhaf' ? 'Banzhaf' : 'Shapley-Shubik';
      const top = answer.ranking[0];
      const share = top ? ` (${formatNumber(top.power * 100, 1)}% by the ${index} index)` : '';
      return `${names(answer.mostPowerful)} ${answer.mostPowerful.length === 1 ? 'holds' : 'share'} the most power under ${label(answer.rule)}${share}.`;
    }
    case 'compare-rules':
      return answer.passes.length === 0
        ? 'it passes under none of them.'
        : `it passes under ${listWords(answer.passes.map(label))}, and under no other of them.`;
    case 'discussion':
      return answer.notes ?? 'a discussion question has no single answer.';
  }
}

/*
 * The printed worksheet's tables: what a student on paper must see of the table an exercise
 * starts from (exerciseStart) to answer it without the screen: the rule or rules, the members by
 * position, and what the exercise fixes (members held, chances of consent) or counts (the
 * figures a weighted rule weighs). Never the hints: a student asks for those.
 */
export interface SettingRow {
  readonly position: Position;
  /** The row's header: "Object (2)". */
  readonly header: string;
  /** Its members by name, a follower said so: "France, Germany (follows France)"; or "none". */
  readonly names: string;
}

export interface ExerciseSetting {
  /** "Decision rule: NAC consensus." or "Rules compared: …". */
  readonly rules: string;
  /** The names column's header: "Allies", "Members". */
  readonly column: string;
  /** Support, Undecided, Object, in that order (the on-screen radios' order). */
  readonly rows: readonly SettingRow[];
  /** What the exercise fixes (members held, chances of consent), a sentence each. */
  readonly notes: readonly string[];
  /** The figures its rule or rules weigh, by weight: "Population in millions: Albania 2.4, …". */
  readonly figures: readonly WeightFigures[];
}

export interface WeightFigures {
  readonly key: string;
  /** "Population in millions". */
  readonly label: string;
  readonly sentence: string;
}

const ORDER: readonly Position[] = ['support', 'undecided', 'object'];

/** The figures of the weights printed, in the units a student can add up. */
const WEIGHT_WORDS: Readonly<Record<string, { label: string; scale: number }>> = {
  population: { label: 'Population in millions', scale: 1e6 },
  defence: { label: 'Defence spending in US$ billion', scale: 1e3 },
};

/** The starting table of an exercise, in words for paper; null if it cannot be set up. */
export function exerciseSetting(scenario: Scenario, exercise: Exercise): ExerciseSetting | null {
  const table = tableFor(scenario, exerciseStart(scenario, exercise));
  if (!table.ok) return null;
  const { noun, nameOf } = tableWords(scenario);
  const byName = (a: Seat, b: Seat) => nameOf(a.id).localeCompare(nameOf(b.id), 'en');
  const seats = [...table.value.seats].sort(byName);
  const rows = ORDER.map((position) => {
    const here = seats.filter((s) => s.position === position);
    return {
      position,
      header: `${POSITION_LABEL[position]} (${formatNumber(here.length)})`,
      names:
        here.length === 0
          ? 'none'
          : here
              .map((s) =>
                s.leader ? `${nameOf(s.id)} (follows ${nameOf(s.leader)})` : nameOf(s.id),
              )
              .join(', '),
    };
  });

  const ruleIds =
    exercise.kind === 'compare-rules'
      ? exercise.rules
      : [exercise.kind === 'discussion' ? scenario.defaultRule : exercise.rule];
  const rules =
    exercise.kind === 'compare-rules'
      ? // Semicolons: a rule's own name may hold a comma ("Council of the EU, qualified majority").
        `Rules compared: ${ruleIds.map((id) => ruleNameOf(scenario, id)).join('; ')}.`
      : `Decision rule: ${ruleNameOf(scenario, ruleIds[0] ?? '')}.`;

  const notes: string[] = [];
  if (exercise.kind === 'fewest-changes' && exercise.fixed.length > 0)
    notes.push(`${listNames(exercise.fixed, nameOf)} may not change in this exercise.`);
  if (exercise.kind === 'probability') {
    const chances = chancesSentence(seats, nameOf, noun.one);
    if (chances) notes.push(chances);
  }
  const weights = new Set(
    ruleIds.map((id) => ruleFor(scenario, id)).flatMap((def) => (def ? [weightOf(def.rule)] : [])),
  );
  const figures: WeightFigures[] = [];
  for (const key of weights) {
    if (key === null) continue;
    const { label, scale } = WEIGHT_WORDS[key] ?? { label: capitalise(key), scale: 1 };
    const each = [...scenario.members]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((m) =>
        m.noFigure?.includes(key)
          ? `${m.name} no figure (counts as 0)`
          : `${m.name} ${formatNumber((m.weights[key] ?? 0) / scale, 1)}`,
      );
    figures.push({ key, label, sentence: `${label}: ${each.join(', ')}.` });
  }
  return { rules, column: capitalise(noun.other), rows, notes, figures };
}

/**
 * The undecided members' chances of consent: "Each undecided ally consents with a chance of 0.5."
 * or, where they differ, the common chance and the exceptions. A follower moves with its leader
 * (one bloc), so its own chance does not count.
 */
function chancesSentence(
  seats: readonly Seat[],
  nameOf: (id: Seat['id']) => string,
  one: string,
): string | null {
  const free = seats.filter((s) => s.position === 'undecided' && s.leader === null);
  if (free.length === 0) return null;
  const count = new Map<number, number>();
  for (const s of free) count.set(s.p, (count.get(s.p) ?? 0) + 1);
  const [common = 0, shared = 0] =
    [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  const chance = (p: number) => formatNumber(p, 3);
  const followers = seats.some((s) => s.position === 'undecided' && s.leader !== null)
    ? ` A follower moves with the ${one} it follows.`
    : '';
  const [only] = free;
  if (free.length === 1 && only)
    return `${nameOf(only.id)} consents with a chance of ${chance(only.p)}.${followers}`;
  if (shared === free.length)
    return `Each undecided ${one} consents with a chance of ${chance(common)}.${followers}`;
  const named = (list: readonly Seat[]) =>
    listWords(list.map((s) => `${nameOf(s.id)} ${chance(s.p)}`));
  // No chance shared: each by name; else the exceptions, then the rest at once.
  if (shared === 1) return `Chances of consent: ${named(free)}.${followers}`;
  const except = named(free.filter((s) => s.p !== common));
  return `Chances of consent: ${except}; each other undecided ${one} ${chance(common)}.${followers}`;
}

/** The caption of an exercise's table on paper. */
export const tableCaption = (exercise: number): string => `The table for exercise ${exercise}`;

/** For an exercise that starts from a table printed above. */
export const sameTableSentence = (exercise: number): string =>
  `The table: as for exercise ${exercise}.`;

/** For figures printed above: "Population in millions: as for exercise 1." */
export const sameFiguresSentence = (label: string, exercise: number): string =>
  `${label}: as for exercise ${exercise}.`;
