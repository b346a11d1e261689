/**
 * Where the exercises get the engine's answers: from the analysis worker in the app (a power
 * exercise on 32 allies takes 50-100 ms: it must not block the page), each computed once and
 * shared by the card, the teacher's notes, the handed-in answers and the worksheet.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { err, type Result } from '../engine/types';
import { exerciseAnswer, type ExerciseAnswer } from '../scenario/exercises';
import type { Exercise, Scenario } from '../scenario/model';
import type { AnalysisClient } from '../state/analysis';

export type Answer = Result<ExerciseAnswer>;

/** An exercise's answer, when it is ready; never rejects (a failure is an error answer). */
export type AnswerSource = (scenario: Scenario, exercise: Exercise) => Promise<Answer>;

/** Caches a computation by scenario object and exercise id; a failure is asked again. */
function cachedSource(compute: AnswerSource): AnswerSource {
  const cache = new WeakMap<Scenario, Map<string, Promise<Answer>>>();
  return (scenario, exercise) => {
    let byId = cache.get(scenario);
    if (!byId) cache.set(scenario, (byId = new Map()));
    let answer = byId.get(exercise.id);
    if (!answer) {
      const mine = compute(scenario, exercise).catch((e: unknown) => {
        byId.delete(exercise.id);
        return err(e instanceof Error ? e.message : String(e));
      });
      byId.set(exercise.id, mine);
      answer = mine;
    }
    return answer;
  };
}

const sources = new WeakMap<AnalysisClient, AnswerSource>();

/** The answers of one analysis client (the same cache for every part that asks it). */
export function answerSourceOf(client: AnalysisClient): AnswerSource {
  let source = sources.get(client);
  if (!source) {
    source = cachedSource((scenario, exercise) => client.exercise(scenario, exercise));
    sources.set(client, source);
  }
  return source;
}

/**
 * Where no analysis client is given (a card rendered alone, as in component tests) the answer is
 * computed on this thread.
 */
const onThisThread = cachedSource(async (scenario, exercise) => exerciseAnswer(scenario, exercise));

export const AnswersContext = createContext<AnswerSource>(onThisThread);

export const useAnswerSource = (): AnswerSource => useContext(AnswersContext);

const NONE: readonly Answer[] = [];

/**
 * The answers of these exercises, all at once, or null while any is being worked out. The list
 * must be stable (memoised or the scenario's own).
 */
export function useExerciseAnswers(
  scenario: Scenario,
  exercises: readonly Exercise[],
): readonly Answer[] | null {
  const source = useAnswerSource();
  const [got, setGot] = useState<{
    exercises: readonly Exercise[];
    answers: readonly Answer[];
  } | null>(null);
  useEffect(() => {
    if (exercises.length === 0) return;
    let live = true;
    void Promise.all(exercises.map((e) => source(scenario, e))).then(
      (answers) => live && setGot({ exercises, answers }),
    );
    return () => {
      live = false;
    };
  }, [source, scenario, exercises]);
  if (exercises.length === 0) return NONE;
  // Answers to another list (the scenario just changed) are no answers to this one.
  return got?.exercises === exercises ? got.answers : null;
}

/** One exercise's answer, or null while it is being worked out. */
export function useExerciseAnswer(scenario: Scenario, exercise: Exercise): Answer | null {
  const [one, setOne] = useState<{ exercise: Exercise; answer: Answer } | null>(null);
  const source = useAnswerSource();
  useEffect(() => {
    let live = true;
    void source(scenario, exercise).then((answer) => live && setOne({ exercise, answer }));
    return () => {
      live = false;
    };
  }, [source, scenario, exercise]);
  return one?.exercise === exercise ? one.answer : null;
}
