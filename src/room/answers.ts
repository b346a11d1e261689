/**
 * Students' answers to the exercise put to a class room: what a phone sends (its response, in the
 * hand-in's shape) and how the teacher's screen counts them. A phone never says whether it was
 * right: each response is judged here again by the engine, as untrusted input.
 */
import type { Result } from '../engine/types';
import { judgeResponse, type ExerciseAnswer, type ExerciseResponse } from '../scenario/exercises';
import type { Exercise, Scenario } from '../scenario/model';
import type { RoomResponse } from './authority';
import type { RoomSnapshot } from './snapshot';

/**
 * The response a phone sends for `exercise`: a discussion's notes stay on the phone (nothing to
 * check, and free text for the whole room to read), and no response at all is sent as null.
 */
export function roomResponse(exercise: Exercise, response: ExerciseResponse): RoomResponse {
  if (exercise.kind === 'discussion' || response === undefined || response === null) return null;
  if (typeof response === 'number') return Number.isFinite(response) ? response : null;
  if (typeof response === 'string') return response;
  if (isList(response)) return [...response];
  return { ...response };
}

// Array.isArray does not narrow a readonly array's union (TypeScript issue 17002).
const isList = (r: ExerciseResponse): r is readonly string[] => Array.isArray(r);

/**
 * How the room's exercise stands: answers to it, and how many are right (null: not checkable, or
 * its answer not worked out yet).
 */
export interface AnswerTally {
  readonly answered: number;
  readonly correct: number | null;
}

/**
 * Verdicts by response (its JSON), per worked-out answer: a class gives few distinct responses,
 * so each is judged once against the exercise's answer (kept by whoever worked it out).
 */
const verdicts = new WeakMap<Result<ExerciseAnswer>, Map<string, boolean>>();
/** Distinct responses remembered per answer before the memory starts again. */
const REMEMBERED = 500;

/**
 * Counts the answers to `exercise` in the room, judging each response with the engine against
 * `answer`, the exercise's answer as worked out (in the analysis worker); while it is not (null),
 * only the count. Nothing is worked out here: a power ranking takes 50-100 ms.
 */
export function tallyAnswers(
  scenario: Scenario,
  exercise: Exercise,
  room: Pick<RoomSnapshot, 'answered'>,
  answer: Result<ExerciseAnswer> | null,
): AnswerTally {
  const responses = Object.values(room.answered)
    .filter((a) => a.exercise === exercise.id)
    .map((a) => a.response);
  if (exercise.kind === 'discussion' || answer === null)
    return { answered: responses.length, correct: null };
  let known = verdicts.get(answer);
  if (!known || known.size > REMEMBERED) verdicts.set(answer, (known = new Map()));
  let correct = 0;
  for (const response of responses) {
    const key = JSON.stringify(response);
    let right = known.get(key);
    if (right === undefined) {
      right = judgeResponse(scenario, exercise, response, answer).correct;
      known.set(key, right);
    }
    if (right) correct++;
  }
  return { answered: responses.length, correct };
}
