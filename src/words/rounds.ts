/**
 * A round of silence in words (its result, its clock times): the room's panels and the printed
 * handout say it alike. Apart from the rest of the room's words (./room.ts), which only the room's
 * own parts load.
 */
import type { SilenceRound } from '../room/snapshot';

/** hh:mm:ss on this computer's clock. */
export const clockTime = (ms: number): string =>
  new Date(ms).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** What became of a round of silence, in a sentence. */
export function roundSentence(round: SilenceRound, nameOf: (id: string) => string): string {
  switch (round.result) {
    case 'adopted':
      return `Adopted under the silence procedure: no ally broke silence by ${clockTime(round.deadline)}.`;
    case 'broken': {
      const by = round.brokenBy;
      return by
        ? `Silence broken by ${nameOf(by.member)} (${by.name}) at ${clockTime(round.ended ?? round.deadline)}: “${by.reason}” The decision is blocked.`
        : 'Silence was broken: the decision is blocked.';
    }
    case 'cancelled':
      return 'The teacher cancelled the round of silence.';
    default:
      return `Under silence until ${clockTime(round.deadline)}.`;
  }
}
