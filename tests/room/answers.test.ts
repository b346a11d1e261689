// Students' answers to the room's exercise: what a phone sends, and the teacher's count of them,
// judged by the engine on the teacher's screen (a phone's own verdict is never part of it).
import { describe, expect, it } from 'vitest';
import { roomResponse, tallyAnswers } from '../../src/room/answers';
import { exerciseAnswer } from '../../src/scenario/exercises';
import type { RoomAnswer } from '../../src/room/snapshot';
import type { Exercise } from '../../src/scenario/model';
import { shippedScenario } from '../support/catalog';

const vilnius = shippedScenario('vilnius-2023');
const exercise = (id: string, scenario = vilnius): Exercise => {
  const found = scenario.exercises.find((e) => e.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};
// Whose yes is still missing under affirmative unanimity: France, Germany and Hungary.
const everyYes = exercise('vilnius-every-yes');
/** Its answer, as the teacher's screen gets it from the analysis worker. */
const answer = exerciseAnswer(vilnius, everyYes);

const room = (answers: Record<string, RoomAnswer>) => ({ answered: answers });
const to = (response: RoomAnswer['response'], id = everyYes.id): RoomAnswer => ({
  exercise: id,
  response,
});

describe('the teacher’s count of the room’s answers', () => {
  it('counts the answers to this exercise and judges each with the engine', () => {
    expect(tallyAnswers(vilnius, everyYes, room({}), answer)).toEqual({ answered: 0, correct: 0 });
    const answers = {
      ana: to(['FR', 'DE', 'HU']), // right
      ben: to(['HU', 'DE', 'FR']), // right, in another order
      chloe: to(['FR']), // not yet: Germany and Hungary are missing
      dev: to(['FR', 'DE', 'HU', 'US']), // not yet: the US supports already
      eve: to(null), // checked with nothing picked
      fay: to(['FR', 'DE', 'HU'], 'vilnius-who-can-veto'), // another exercise's answer
    };
    expect(tallyAnswers(vilnius, everyYes, room(answers), answer)).toEqual({
      answered: 5,
      correct: 2,
    });
  });

  it('takes no phone’s word: responses that are not the answer count as answered, not as right', () => {
    const forged = {
      ana: to('correct'),
      ben: to({ FR: { position: 'support' } }),
      chloe: to(1),
      dev: to(['correct', 'FR', 'DE', 'HU']),
    };
    expect(tallyAnswers(vilnius, everyYes, room(forged), answer)).toEqual({
      answered: 4,
      correct: 0,
    });
  });

  it('judges the same response the same way each time it is counted', () => {
    const answers = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`s${i}`, to(i % 3 ? ['FR', 'DE', 'HU'] : ['FR'])]),
    );
    for (let k = 0; k < 3; k++)
      expect(tallyAnswers(vilnius, everyYes, room(answers), answer)).toEqual({
        answered: 30,
        correct: 20,
      });
  });

  it('while the answer is being worked out, counts the answers and judges none', () => {
    expect(tallyAnswers(vilnius, everyYes, room({ ana: to(['FR', 'DE', 'HU']) }), null)).toEqual({
      answered: 1,
      correct: null,
    });
  });

  it('counts a discussion’s answers without a number right (nothing to check)', () => {
    const shelved = shippedScenario('shelved-2025');
    const discussion = shelved.exercises.find((e) => e.kind === 'discussion');
    if (!discussion) throw new Error('no discussion in shelved-2025');
    expect(tallyAnswers(shelved, discussion, room({ ana: to(null, discussion.id) }), null)).toEqual(
      {
        answered: 1,
        correct: null,
      },
    );
  });
});

describe('what a phone sends', () => {
  it('is the response as checked; a discussion’s notes and an empty answer go as null', () => {
    const picked: readonly string[] = ['FR', 'DE'];
    const sent = roomResponse(everyYes, picked);
    expect(sent).toEqual(['FR', 'DE']);
    expect(sent).not.toBe(picked);
    expect(roomResponse(everyYes, 0.5)).toBe(0.5);
    expect(roomResponse(everyYes, Number.NaN)).toBeNull();
    expect(roomResponse(everyYes, 'FR')).toBe('FR');
    expect(roomResponse(everyYes, undefined)).toBeNull();
    expect(roomResponse(everyYes, { FR: { position: 'support' } })).toEqual({
      FR: { position: 'support' },
    });
    const shelved = shippedScenario('shelved-2025');
    const discussion = shelved.exercises.find((e) => e.kind === 'discussion');
    if (!discussion) throw new Error('no discussion in shelved-2025');
    expect(roomResponse(discussion, 'My notes for the class')).toBeNull();
  });
});
