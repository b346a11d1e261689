/**
 * The words of guided exercises: whether a student's response is right and why, in a sentence
 * that starts with "Correct" or "Not yet" and never gives the answer away; the answer itself,
 * for the reveal; and, for the printed worksheet, the table an exercise starts from. The judging
 * is src/scenario/exercises.ts's.
 * (One module, loaded with the exercises: vite.config.ts keeps `words/exercises*` out of the
 * first visit's chunk, and with it the engine's search that exerciseStart brings.)
 */
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
import { ruleFor, tableFor } from '../scenario/play';
import { seatName } from './allyNames';
import { aNoun, capitalise, listNames, listWords, nounIn, num, semicolon } from './format';
import { positionLabel } from './labels';
import { tableWords } from './outcome';
import { defineMessages, ENGLISH, languageOf, type Words } from './intl';
import './parts/exercises';
import { ruleNameOf, weightOf } from './rules';

export interface ExerciseCheck {
  readonly correct: boolean;
  /** Starts with "Correct" or "Not yet" ("Pas encore" in French), and says why. */
  readonly words: string;
}

/** The answer as a student may not have typed it: an id in quotation marks. */
const quoted = (ids: readonly string[], intl: Words) =>
  listWords(
    ids.map((text) => intl.formatMessage(M.quoted, { text })),
    intl,
  );

const M = defineMessages({
  quoted: { id: 'exercise.quoted', defaultMessage: '“{text}”' },
  workingOut: { id: 'exercise.workingOut', defaultMessage: 'Working out the answer…' },
  right: {
    id: 'exercise.right',
    defaultMessage: 'Correct: {answer}',
    description: 'answer: the answer in a sentence (exercise.answer.*), from a lower-case letter',
  },
  rightPlain: { id: 'exercise.right.plain', defaultMessage: 'Correct: that is the answer.' },
  notCheckable: {
    id: 'exercise.notYet.notCheckable',
    defaultMessage:
      'Not yet: a discussion question has no single answer to check. Talk it through; the notes come with the reveal.',
  },
  noAnswer: {
    id: 'exercise.notYet.noAnswer',
    defaultMessage: 'Not yet: the answer cannot be computed here ({error}).',
  },
  unreadableChanges: {
    id: 'exercise.notYet.unreadable.changes',
    defaultMessage: 'Not yet: the answer is the table you set, as changes of position.',
  },
  unreadableRules: {
    id: 'exercise.notYet.unreadable.rules',
    defaultMessage: 'Not yet: the answer is a set of decision rules.',
  },
  unreadableIds: {
    id: 'exercise.notYet.unreadable.ids',
    defaultMessage: 'Not yet: the answer is a set of {nouns} (it may be empty).',
  },
  unreadableNumber: {
    id: 'exercise.notYet.unreadable.number',
    defaultMessage: 'Not yet: the answer is a probability from 0 to 1.',
  },
  unreadableId: {
    id: 'exercise.notYet.unreadable.id',
    defaultMessage: 'Not yet: the answer is one {noun}.',
  },
  unreadableRanking: {
    id: 'exercise.notYet.unreadable.ranking',
    defaultMessage: 'Not yet: the answer is every {noun} once, most powerful first.',
  },
  unknownAlly: {
    id: 'exercise.notYet.unknownAlly',
    defaultMessage:
      'Not yet: {ids} {count, plural, one {is not {aNoun}} other {are not {nouns}}} at this table.',
    description:
      'aNoun: the noun with its English article ("an ally"); ids: what was typed, quoted',
  },
  unknownRule: {
    id: 'exercise.notYet.unknownRule',
    defaultMessage:
      'Not yet: {ids} {count, plural, one {is not a rule} other {are not rules}} of this scenario.',
  },
  fixedMoved: {
    id: 'exercise.notYet.fixedMoved',
    defaultMessage: 'Not yet: {names} may not change in this exercise.',
  },
  goalMissed: {
    id: 'exercise.notYet.goalMissed',
    defaultMessage:
      'Not yet: {changes, plural, =0 {as the table stands} one {with # change} other {with # changes}} {status, select, passes {it passes} blocked {it is blocked} other {it is pending}}.',
  },
  tooManyChanges: {
    id: 'exercise.notYet.tooManyChanges',
    defaultMessage:
      'Not yet: {goal, select, pass {it passes} other {it is blocked}}, but with {changes, plural, one {# change} other {# changes}}; it can be done with {fewestText}. {fewest, plural, one {Which {noun} holds the key?} other {Which {nouns} hold the key?}}',
  },
  cannotReach: {
    id: 'exercise.notYet.cannotReach',
    defaultMessage:
      'Not yet: no change of the {nouns} free to move can make {goal, select, pass {it pass} other {it blocked}} under {rule}; that is the answer to find.',
  },
  wrongSet: {
    id: 'exercise.notYet.wrongSet',
    defaultMessage: 'Not yet: {reason}.',
    description: 'reason: exercise.wrongSet.* clauses, one or two (exercise.wrongSet.both)',
  },
  wrongBoth: {
    id: 'exercise.wrongSet.both',
    defaultMessage: '{wrong}, and {missing}',
  },
  wrongAllies: {
    id: 'exercise.wrongSet.allies',
    defaultMessage:
      '{names} {count, plural, one {is} other {are}} not {kind, select, pivotal {pivotal} blockers {blocking it} veto {able to block alone} other {right}}',
  },
  wrongRules: {
    id: 'exercise.wrongSet.rules',
    defaultMessage: 'it does not pass under {rules}',
    description: 'count: how many rules are named (a language may say "the rule" or "the rules")',
  },
  missingAllies: {
    id: 'exercise.wrongSet.missingAllies',
    defaultMessage: '{count, plural, one {# {noun} is} other {# {nouns} are}} missing',
  },
  missingRules: {
    id: 'exercise.wrongSet.missingRules',
    defaultMessage:
      '{count, plural, one {a rule under which it passes is} other {# rules under which it passes are}} missing',
  },
  alreadyInFavour: {
    id: 'exercise.notYet.alreadyInFavour',
    defaultMessage:
      'Not yet: {names} already {count, plural, one {counts} other {count}} in favour.',
  },
  notEnough: {
    id: 'exercise.notYet.notEnough',
    defaultMessage: 'Not yet: even with those {nouns} in favour it would not pass.',
  },
  moreThanNeeded: {
    id: 'exercise.notYet.moreThanNeeded',
    defaultMessage:
      'Not yet: with them in favour it passes, but it takes only {size, plural, one {# {noun}} other {# {nouns}}}, not {given}.',
  },
  cannotPass: {
    id: 'exercise.notYet.cannotPass',
    defaultMessage:
      "Not yet: no {noun}'s consent can make it pass under {rule}; that is the answer to find.",
  },
  percent: {
    id: 'exercise.notYet.percent',
    defaultMessage: 'Not yet: give it as a probability from 0 to 1 ({percent}% is {fraction}).',
  },
  off: {
    id: 'exercise.notYet.off',
    defaultMessage:
      'Not yet: {given} is more than {tolerance} away from the probability of passage.',
  },
  notMostPowerful: {
    id: 'exercise.notYet.notMostPowerful',
    defaultMessage: 'Not yet: {name} does not hold the most power under {rule}.',
  },
  rankMissing: {
    id: 'exercise.notYet.rankMissing',
    defaultMessage:
      'Not yet: rank every {noun} once; {count, plural, one {# {noun} is} other {# {nouns} are}} missing.',
  },
  rankTwice: {
    id: 'exercise.notYet.rankTwice',
    defaultMessage: 'Not yet: rank every {noun} once; some are listed twice.',
  },
  outOfOrder: {
    id: 'exercise.notYet.outOfOrder',
    defaultMessage: 'Not yet: {below} holds more power than {above} under {rule}.',
  },
  setUpFirst: {
    id: 'exercise.notYet.setUpFirst',
    defaultMessage: 'Not yet: set up the table for this exercise first ({rule}), then play.',
  },
  notHandedIn: {
    id: 'exercise.notYet.notHandedIn',
    defaultMessage: 'Not yet: no answer was handed in.',
  },
});

/** While the engine works the answer out (off the main thread). */
export const workingOut = (intl: Words = ENGLISH): string => intl.formatMessage(M.workingOut);

/** Feedback before any check: the table of a played exercise is not set up yet. */
export const setUpFirst = (
  scenario: Scenario,
  rule: string,
  intl: Words = ENGLISH,
): ExerciseCheck => ({
  correct: false,
  words: intl.formatMessage(M.setUpFirst, { rule: ruleNameOf(scenario, rule, intl) }),
});

/** A handed-in link without a response to this exercise. */
export const notHandedIn = (intl: Words = ENGLISH): ExerciseCheck => ({
  correct: false,
  words: intl.formatMessage(M.notHandedIn),
});

/**
 * Checks a student's response to an exercise: right or not, and why, in one or two sentences.
 * `answer`: the engine's answer if already computed (the worker's), else computed here.
 */
export function checkResponse(
  scenario: Scenario,
  exercise: Exercise,
  response: ExerciseResponse,
  answer: Result<ExerciseAnswer> = exerciseAnswer(scenario, exercise),
  intl: Words = ENGLISH,
): ExerciseCheck {
  const verdict = judgeResponse(scenario, exercise, response, answer);
  return {
    correct: verdict.correct,
    words: verdictWords(scenario, exercise, verdict, answer, intl),
  };
}

const KIND_WORD: Partial<Record<Exercise['kind'], string>> = {
  pivotal: 'pivotal',
  blockers: 'blockers',
  'veto-players': 'veto',
};

function verdictWords(
  scenario: Scenario,
  exercise: Exercise,
  v: Verdict,
  answer: Result<ExerciseAnswer>,
  intl: Words,
): string {
  const { nameOf } = tableWords(scenario, {}, undefined, intl);
  const noun = nounIn(scenario.memberNoun, intl);
  const nouns = { noun: noun.one, nouns: noun.other };
  const names = (ids: readonly string[]) => listNames(ids.map(asAllyId), nameOf, intl);
  const label = (id: string) => ruleNameOf(scenario, id, intl);
  const rule = 'rule' in exercise ? label(exercise.rule) : '';
  const f = intl.formatMessage;
  switch (v.why) {
    case 'right':
      return answer.ok
        ? f(M.right, { answer: answerSentence(scenario, answer.value, v.changes, intl) })
        : f(M.rightPlain);
    case 'not-checkable':
      return f(M.notCheckable);
    case 'no-answer':
      return f(M.noAnswer, { error: v.error });
    case 'unreadable':
      switch (v.expected) {
        case 'changes':
          return f(M.unreadableChanges);
        case 'ids':
          return exercise.kind === 'compare-rules'
            ? f(M.unreadableRules)
            : f(M.unreadableIds, nouns);
        case 'number':
          return f(M.unreadableNumber);
        case 'id':
          return f(M.unreadableId, nouns);
        case 'ranking':
          return f(M.unreadableRanking, nouns);
      }
      break;
    case 'unknown':
      return v.what === 'ally'
        ? f(M.unknownAlly, {
            ids: quoted(v.ids, intl),
            count: v.ids.length,
            aNoun: aNoun(noun),
            ...nouns,
          })
        : f(M.unknownRule, { ids: quoted(v.ids, intl), count: v.ids.length });
    case 'fixed-moved':
      return f(M.fixedMoved, { names: names(v.allies), count: v.allies.length });
    case 'goal-missed':
      return f(M.goalMissed, { changes: v.changes, status: v.status });
    case 'too-many-changes':
      return f(M.tooManyChanges, {
        goal: v.goal,
        changes: v.changes,
        fewestText: num(v.fewest, intl),
        fewest: v.fewest,
        ...nouns,
      });
    case 'cannot-reach':
      return f(M.cannotReach, { goal: v.goal, rule, ...nouns });
    case 'wrong-set': {
      const rules = exercise.kind === 'compare-rules';
      const wrong =
        v.wrong.length === 0
          ? null
          : rules
            ? f(M.wrongRules, { rules: listWords(v.wrong.map(label), intl), count: v.wrong.length })
            : f(M.wrongAllies, {
                names: names(v.wrong),
                count: v.wrong.length,
                kind: KIND_WORD[exercise.kind] ?? 'other',
              });
      const missing =
        v.missing === 0
          ? null
          : rules
            ? f(M.missingRules, { count: v.missing })
            : f(M.missingAllies, { count: v.missing, ...nouns });
      const reason =
        wrong !== null && missing !== null
          ? f(M.wrongBoth, { wrong, missing })
          : (wrong ?? missing ?? '');
      return f(M.wrongSet, { reason });
    }
    case 'already-in-favour':
      return f(M.alreadyInFavour, { names: names(v.allies), count: v.allies.length });
    case 'not-enough':
      return f(M.notEnough, nouns);
    case 'more-than-needed':
      return f(M.moreThanNeeded, { size: v.size, given: num(v.given, intl), ...nouns });
    case 'cannot-pass':
      return f(M.cannotPass, { rule, ...nouns });
    case 'off':
      return v.percent
        ? f(M.percent, { percent: num(v.given, intl, 2), fraction: num(v.given / 100, intl, 4) })
        : f(M.off, { given: num(v.given, intl, 4), tolerance: num(v.tolerance, intl, 4) });
    case 'not-most-powerful':
      return f(M.notMostPowerful, { name: nameOf(asAllyId(v.given)), rule });
    case 'incomplete-ranking':
      return v.missing > 0
        ? f(M.rankMissing, { count: v.missing, ...nouns })
        : f(M.rankTwice, nouns);
    case 'out-of-order':
      return f(M.outOfOrder, {
        below: nameOf(asAllyId(v.below)),
        above: nameOf(asAllyId(v.above)),
        rule,
      });
  }
}

const ANSWER = defineMessages({
  noChange: {
    id: 'exercise.answer.fewest.none',
    defaultMessage:
      'no change of the {nouns} free to move makes {goal, select, pass {it pass} other {it blocked}} under {rule}.',
  },
  asItStands: {
    id: 'exercise.answer.fewest.zero',
    defaultMessage:
      '{goal, select, pass {it passes} other {it is blocked}} as the table stands: it takes no change.',
  },
  fewest: {
    id: 'exercise.answer.fewest',
    defaultMessage:
      '{goal, select, pass {it passes} other {it is blocked}} with {count, plural, one {# change} other {# changes}}, the fewest it takes under {rule}: {sets}{more, select, yes {, among others} other {}}.',
    description: 'sets: the sets of allies that would do, joined by exercise.answer.or',
  },
  or: {
    id: 'exercise.answer.or',
    defaultMessage: '{first}; or {next}',
    description: 'Two sets of allies, either of which would do',
  },
  noPivotal: {
    id: 'exercise.answer.pivotal.none',
    defaultMessage: 'no {noun} is pivotal: no single change flips the outcome.',
  },
  pivotal: {
    id: 'exercise.answer.pivotal',
    defaultMessage:
      '{names} {count, plural, one {is pivotal: a single change of its flips the outcome} other {are pivotal: a single change of theirs flips the outcome}}.',
  },
  noBlockers: { id: 'exercise.answer.blockers.none', defaultMessage: 'nothing blocks it.' },
  blockers: {
    id: 'exercise.answer.blockers',
    defaultMessage: '{names} {count, plural, one {blocks} other {block}} it.',
  },
  noVeto: {
    id: 'exercise.answer.veto.none',
    defaultMessage: 'no {noun} could block alone under {rule}.',
  },
  everyVeto: {
    id: 'exercise.answer.veto.every',
    defaultMessage: 'every {noun} could block alone under {rule}.',
  },
  veto: {
    id: 'exercise.answer.veto',
    defaultMessage: '{names} could block alone under {rule}.',
  },
  cannotPass: {
    id: 'exercise.answer.needed.impossible',
    defaultMessage: "no {noun}'s consent can make it pass.",
  },
  passesAlready: {
    id: 'exercise.answer.needed.none',
    defaultMessage: 'it passes already: no one more is needed.',
  },
  neededSome: {
    id: 'exercise.answer.needed.some',
    defaultMessage:
      'it takes {count, plural, one {# {noun}} other {# {nouns}}} more in favour, for example {names}.',
  },
  neededExact: {
    id: 'exercise.answer.needed.exact',
    defaultMessage: 'it takes {names} coming round.',
    description: 'count: how many allies the names are',
  },
  probability: {
    id: 'exercise.answer.probability',
    defaultMessage: 'it passes with a probability of {p} ({percent}%) under {rule}.',
  },
  power: {
    id: 'exercise.answer.power',
    defaultMessage:
      '{names} {count, plural, one {holds} other {share}} the most power under {rule} ({percent}% by the {index} index).',
  },
  powerNoShare: {
    id: 'exercise.answer.power.noShare',
    defaultMessage:
      '{names} {count, plural, one {holds} other {share}} the most power under {rule}.',
  },
  compareNone: {
    id: 'exercise.answer.compare.none',
    defaultMessage: 'it passes under none of them.',
  },
  compare: {
    id: 'exercise.answer.compare',
    defaultMessage: 'it passes under {rules}, and under no other of them.',
    description: 'count: how many rules are named (a language may say "the rule" or "the rules")',
  },
  discussion: {
    id: 'exercise.answer.discussion',
    defaultMessage: 'a discussion question has no single answer.',
  },
});

/**
 * The answer in a sentence, for the reveal: "1 change: France (Germany, following France, moves
 * with it)." `made`: the changes a right response made (said instead of the count).
 */
export function answerSentence(
  scenario: Scenario,
  answer: ExerciseAnswer,
  made?: number,
  intl: Words = ENGLISH,
): string {
  const { nameOf } = tableWords(scenario, {}, undefined, intl);
  const noun = nounIn(scenario.memberNoun, intl);
  const nouns = { noun: noun.one, nouns: noun.other };
  const names = (ids: readonly AllyId[]) => listNames(ids, nameOf, intl);
  const label = (id: string) => ruleNameOf(scenario, id, intl);
  const f = intl.formatMessage;
  switch (answer.kind) {
    case 'fewest-changes': {
      if (answer.fewest === null)
        return f(ANSWER.noChange, { goal: answer.goal, rule: label(answer.rule), ...nouns });
      if (answer.fewest === 0) return f(ANSWER.asItStands, { goal: answer.goal });
      const sets = answer.sets
        .slice(0, 5)
        .map((s) => names(s.allies))
        .reduce((first, next) => f(ANSWER.or, { first, next }));
      const more = answer.complete && answer.sets.length <= 5 ? 'no' : 'yes';
      return f(ANSWER.fewest, {
        goal: answer.goal,
        count: made ?? answer.fewest,
        rule: label(answer.rule),
        sets,
        more,
      });
    }
    case 'pivotal':
      return answer.allies.length === 0
        ? f(ANSWER.noPivotal, nouns)
        : f(ANSWER.pivotal, { names: names(answer.allies), count: answer.allies.length });
    case 'blockers':
      return answer.allies.length === 0
        ? f(ANSWER.noBlockers)
        : f(ANSWER.blockers, { names: names(answer.allies), count: answer.allies.length });
    case 'veto-players': {
      const rule = label(answer.rule);
      if (answer.allies.length === 0) return f(ANSWER.noVeto, { rule, ...nouns });
      if (answer.allies.length === scenario.members.length)
        return f(ANSWER.everyVeto, { rule, ...nouns });
      return f(ANSWER.veto, { names: names(answer.allies), count: answer.allies.length, rule });
    }
    case 'still-needed': {
      if (answer.size === null) return f(ANSWER.cannotPass, nouns);
      if (answer.size === 0) return f(ANSWER.passesAlready);
      const one = answer.sets[0] ?? [];
      const many = answer.sets.length > 1 || !answer.complete;
      return many
        ? f(ANSWER.neededSome, { count: answer.size, names: names(one), ...nouns })
        : f(ANSWER.neededExact, { names: names(one), count: one.length });
    }
    case 'probability':
      return f(ANSWER.probability, {
        p: num(answer.probability, intl, 3),
        percent: num(answer.probability * 100, intl, 1),
        rule: label(answer.rule),
      });
    case 'power': {
      const index = answer.index === 'banzhaf' ? 'Banzhaf' : 'Shapley-Shubik';
      const top = answer.ranking[0];
      const values = {
        names: names(answer.mostPowerful),
        count: answer.mostPowerful.length,
        rule: label(answer.rule),
      };
      return top
        ? f(ANSWER.power, { ...values, percent: num(top.power * 100, intl, 1), index })
        : f(ANSWER.powerNoShare, values);
    }
    case 'compare-rules':
      return answer.passes.length === 0
        ? f(ANSWER.compareNone)
        : f(ANSWER.compare, {
            rules: listWords(answer.passes.map(label), intl),
            count: answer.passes.length,
          });
    case 'discussion':
      return answer.notes ?? f(ANSWER.discussion);
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

const SHEET = defineMessages({
  rowHeader: { id: 'worksheet.row', defaultMessage: '{position} ({count})' },
  none: { id: 'worksheet.none', defaultMessage: 'none' },
  follows: { id: 'worksheet.follows', defaultMessage: '{name} (follows {leader})' },
  rulesCompared: { id: 'worksheet.rulesCompared', defaultMessage: 'Rules compared: {rules}.' },
  rule: { id: 'worksheet.rule', defaultMessage: 'Decision rule: {rule}.' },
  fixed: {
    id: 'worksheet.fixed',
    defaultMessage: '{names} may not change in this exercise.',
    description: 'count: how many allies the names are',
  },
  population: { id: 'worksheet.weight.population', defaultMessage: 'Population in millions' },
  defence: { id: 'worksheet.weight.defence', defaultMessage: 'Defence spending in US$ billion' },
  noFigure: { id: 'worksheet.noFigure', defaultMessage: '{name} no figure (counts as 0)' },
  figures: { id: 'worksheet.figures', defaultMessage: '{label}: {figures}.' },
  follower: {
    id: 'worksheet.chances.follower',
    defaultMessage: 'A follower moves with the {noun} it follows.',
  },
  chanceOne: {
    id: 'worksheet.chances.one',
    defaultMessage: '{name} consents with a chance of {chance}.',
  },
  chanceEach: {
    id: 'worksheet.chances.each',
    defaultMessage: 'Each undecided {noun} consents with a chance of {chance}.',
  },
  chanceEachName: { id: 'worksheet.chances.named', defaultMessage: '{name} {chance}' },
  chancesNamed: { id: 'worksheet.chances.list', defaultMessage: 'Chances of consent: {list}.' },
  chancesExcept: {
    id: 'worksheet.chances.except',
    defaultMessage: 'Chances of consent: {list}; each other undecided {noun} {chance}.',
  },
  caption: { id: 'worksheet.caption', defaultMessage: 'The table for exercise {exercise}' },
  sameTable: {
    id: 'worksheet.sameTable',
    defaultMessage: 'The table: as for exercise {exercise}.',
  },
  sameFigures: {
    id: 'worksheet.sameFigures',
    defaultMessage: '{label}: as for exercise {exercise}.',
  },
});

/** The figures of the weights printed, in the units a student can add up. */
const WEIGHT_WORDS: Readonly<Record<string, { label: keyof typeof SHEET; scale: number }>> = {
  population: { label: 'population', scale: 1e6 },
  defence: { label: 'defence', scale: 1e3 },
};

/** The starting table of an exercise, in words for paper; null if it cannot be set up. */
export function exerciseSetting(
  scenario: Scenario,
  exercise: Exercise,
  intl: Words = ENGLISH,
): ExerciseSetting | null {
  const table = tableFor(scenario, exerciseStart(scenario, exercise));
  if (!table.ok) return null;
  const { nameOf } = tableWords(scenario, {}, undefined, intl);
  const noun = nounIn(scenario.memberNoun, intl);
  const f = intl.formatMessage;
  const lang = languageOf(intl);
  const byName = (a: Seat, b: Seat) => nameOf(a.id).localeCompare(nameOf(b.id), lang);
  const seats = [...table.value.seats].sort(byName);
  const rows = ORDER.map((position) => {
    const here = seats.filter((s) => s.position === position);
    return {
      position,
      header: f(SHEET.rowHeader, {
        position: positionLabel(position, intl),
        count: num(here.length, intl),
      }),
      names:
        here.length === 0
          ? f(SHEET.none)
          : here
              .map((s) =>
                s.leader
                  ? f(SHEET.follows, { name: nameOf(s.id), leader: nameOf(s.leader) })
                  : nameOf(s.id),
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
        f(SHEET.rulesCompared, {
          rules: ruleIds.map((id) => ruleNameOf(scenario, id, intl)).join(semicolon(intl)),
        })
      : f(SHEET.rule, { rule: ruleNameOf(scenario, ruleIds[0] ?? '', intl) });

  const notes: string[] = [];
  if (exercise.kind === 'fewest-changes' && exercise.fixed.length > 0)
    notes.push(
      f(SHEET.fixed, {
        names: listNames(exercise.fixed, nameOf, intl),
        count: exercise.fixed.length,
      }),
    );
  if (exercise.kind === 'probability') {
    const chances = chancesSentence(seats, nameOf, noun.one, intl);
    if (chances) notes.push(chances);
  }
  const weights = new Set(
    ruleIds.map((id) => ruleFor(scenario, id)).flatMap((def) => (def ? [weightOf(def.rule)] : [])),
  );
  const figures: WeightFigures[] = [];
  const memberName = (m: Scenario['members'][number]) => seatName(m.id, m.name, intl);
  for (const key of weights) {
    if (key === null) continue;
    const known = WEIGHT_WORDS[key];
    const label = known ? f(SHEET[known.label]) : capitalise(key);
    const scale = known?.scale ?? 1;
    const each = [...scenario.members]
      .sort((a, b) => memberName(a).localeCompare(memberName(b), lang))
      .map((m) =>
        m.noFigure?.includes(key)
          ? f(SHEET.noFigure, { name: memberName(m) })
          : `${memberName(m)} ${num((m.weights[key] ?? 0) / scale, intl, 1)}`,
      );
    figures.push({ key, label, sentence: f(SHEET.figures, { label, figures: each.join(', ') }) });
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
  intl: Words,
): string | null {
  const free = seats.filter((s) => s.position === 'undecided' && s.leader === null);
  if (free.length === 0) return null;
  const count = new Map<number, number>();
  for (const s of free) count.set(s.p, (count.get(s.p) ?? 0) + 1);
  const [common = 0, shared = 0] =
    [...count.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  const f = intl.formatMessage;
  const chance = (p: number) => num(p, intl, 3);
  // Sentences of their own, after the chances.
  const withFollowers = (sentence: string) =>
    seats.some((s) => s.position === 'undecided' && s.leader !== null)
      ? `${sentence} ${f(SHEET.follower, { noun: one })}`
      : sentence;
  const [only] = free;
  if (free.length === 1 && only)
    return withFollowers(f(SHEET.chanceOne, { name: nameOf(only.id), chance: chance(only.p) }));
  if (shared === free.length)
    return withFollowers(f(SHEET.chanceEach, { noun: one, chance: chance(common) }));
  const named = (list: readonly Seat[]) =>
    listWords(
      list.map((s) => f(SHEET.chanceEachName, { name: nameOf(s.id), chance: chance(s.p) })),
      intl,
    );
  // No chance shared: each by name; else the exceptions, then the rest at once.
  if (shared === 1) return withFollowers(f(SHEET.chancesNamed, { list: named(free) }));
  const except = named(free.filter((s) => s.p !== common));
  return withFollowers(f(SHEET.chancesExcept, { list: except, noun: one, chance: chance(common) }));
}

/** The caption of an exercise's table on paper. */
export const tableCaption = (exercise: number, intl: Words = ENGLISH): string =>
  intl.formatMessage(SHEET.caption, { exercise: num(exercise, intl) });

/** For an exercise that starts from a table printed above. */
export const sameTableSentence = (exercise: number, intl: Words = ENGLISH): string =>
  intl.formatMessage(SHEET.sameTable, { exercise: num(exercise, intl) });

/** For figures printed above: "Population in millions: as for exercise 1." */
export const sameFiguresSentence = (
  label: string,
  exercise: number,
  intl: Words = ENGLISH,
): string => intl.formatMessage(SHEET.sameFigures, { label, exercise: num(exercise, intl) });
