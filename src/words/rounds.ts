/**
 * A round of silence in words (its result, its clock times): the room's panels and the printed
 * handout say it alike. Apart from the rest of the room's words (./room.ts), which only the room's
 * own parts load: the handout is on the first visit, so these few messages are too.
 */
import type { SilenceRound } from '../room/snapshot';
import { defineMessages, ENGLISH, type Words } from './intl';

const M = defineMessages({
  adopted: {
    id: 'round.adopted',
    defaultMessage: 'Adopted under the silence procedure: no ally broke silence by {deadline}.',
  },
  brokenBy: {
    id: 'round.brokenBy',
    defaultMessage:
      'Silence broken by {member} ({name}) at {time}: “{reason}” The decision is blocked.',
  },
  broken: { id: 'round.broken', defaultMessage: 'Silence was broken: the decision is blocked.' },
  cancelled: {
    id: 'round.cancelled',
    defaultMessage: 'The teacher cancelled the round of silence.',
  },
  running: { id: 'round.running', defaultMessage: 'Under silence until {deadline}.' },
});

/** hh:mm:ss on this computer's clock (24 hours: English and French write it alike). */
export const clockTime = (ms: number): string =>
  new Date(ms).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** What became of a round of silence, in a sentence. */
export function roundSentence(
  round: SilenceRound,
  nameOf: (id: string) => string,
  words: Words = ENGLISH,
): string {
  switch (round.result) {
    case 'adopted':
      return words.formatMessage(M.adopted, { deadline: clockTime(round.deadline) });
    case 'broken': {
      const by = round.brokenBy;
      return by
        ? words.formatMessage(M.brokenBy, {
            member: nameOf(by.member),
            name: by.name,
            time: clockTime(round.ended ?? round.deadline),
            reason: by.reason,
          })
        : words.formatMessage(M.broken);
    }
    case 'cancelled':
      return words.formatMessage(M.cancelled);
    default:
      return words.formatMessage(M.running, { deadline: clockTime(round.deadline) });
  }
}
