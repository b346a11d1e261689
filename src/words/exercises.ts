/**
 * The words of guided exercises: whether a student's response is right and why, in a sentence
 * that starts with "Correct" or "Not yet" and never gives the answer away; and the answer itself,
 * for the reveal. The judging is src/scenario/exercises.ts's.
 */
import type { Status } from '../engine/outcome';
import { asAllyId, type AllyId, type Result } from '../engine/types';
import {
  exerciseAnswer,
  judgeResponse,
  type ExerciseAnswer,
  type ExerciseResponse,
  type Verdict,
} from '../scenario/exercises';
import type { Exercise, Scenario } from '../scenario/model';
import { formatNumber } from '../scenario/number';
import { aNoun, counted, listNames, listWords } from './format';
import { tableWords } from './outcome';
import { ruleNameOf } from './rules';

export interface ExerciseCheck {
  readonly correct: boolean;
  /** Starts with "Correct" or "Not yet", and says why. */
  readonly words: string;
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
