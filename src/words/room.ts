/**
 * A class room in words: a logged action, the count of answers, and the debrief a teacher
 * downloads before ending the room (Markdown: readable as it is, and in any Markdown viewer).
 * Times are the server's, shown on this computer's clock.
 */
import type { Action } from '../room/authority';
import type { LogEntry, RoomSnapshot } from '../room/snapshot';
import { clockTime, roundSentence } from './rounds';

/** Names for a debrief: members, rules and students by id. */
export interface RoomNames {
  member(id: string): string;
  rule(id: string): string;
  scenario(id: string): string;
  student(id: string): string;
}

const POSITION_WORD = { support: 'Support', undecided: 'Undecided', object: 'Object' } as const;

/** What an action did, after its author's name ("Ana set France to Support"). */
export function actionWords(action: Action, names: RoomNames): string {
  switch (action.type) {
    case 'claim':
      return `claimed ${names.member(action.member)}`;
    case 'set':
      return `set ${names.member(action.member)} to ${POSITION_WORD[action.position]}`;
    case 'unset':
      return `took ${names.member(action.member)} back to the scenario’s stance`;
    case 'lock':
      return 'locked the positions';
    case 'unlock':
      return 'unlocked the positions';
    case 'reveal':
      return 'revealed the outcome';
    case 'hide':
      return 'hid the outcome';
    case 'assign':
      return `gave ${names.member(action.member)} to ${names.student(action.student)}`;
    case 'free':
      return `freed ${names.student(action.student)} from the ally they held`;
    case 'rule':
      return `changed the rule to ${names.rule(action.rule)}`;
    case 'scenario':
      return `opened “${names.scenario(action.scenario)}” under ${names.rule(action.rule)}`;
    case 'reset':
      return 'reset the table to the scenario';
    case 'end':
      return 'ended the room';
    case 'silence':
      return `put the question under silence for ${durationWords(action.seconds)}`;
    case 'extend':
      return `extended the silence by ${durationWords(action.seconds)}`;
    case 'cancel-silence':
      return 'cancelled the round of silence';
    case 'break':
      return `broke silence: “${action.reason}”`;
    case 'exercise':
      return action.exercise === null
        ? 'took the exercise off the room'
        : `put the exercise “${action.exercise}” to the room`;
    case 'answered':
      return `answered the exercise “${action.exercise}”`;
  }
}

/**
 * How many students have answered the room's exercise and, once some have, how many rightly
 * ("3 of 5 students have answered it; 2 correctly."). `correct` is null for a question with no
 * answer to check (a discussion).
 */
export function answeredSentence(answered: number, students: number, correct: number | null) {
  const have = `${answered} of ${students} ${students === 1 ? 'student has' : 'students have'} answered it`;
  return answered === 0 || correct === null ? `${have}.` : `${have}; ${correct} correctly.`;
}

/**
 * The question a teacher is asked before leaving a room that needs it: who stays behind, and how
 * to come back (the teacher's key stays in this browser).
 */
export function leaveRoomWords(students: number, round: boolean): string {
  return [
    'Leave the room on this screen?',
    ...(students > 0
      ? [
          `${students} ${students === 1 ? 'student is in it and stays' : 'students are in it and stay'}.`,
        ]
      : []),
    ...(round ? ['The round of silence runs on without you.'] : []),
    'You can come back as its teacher by opening its join link in this browser.',
  ].join(' ');
}

const durationWords = (seconds: number) =>
  seconds % 60 === 0 ? `${seconds / 60} minute${seconds === 60 ? '' : 's'}` : `${seconds} seconds`;

/** Escapes what Markdown would read as markup in a cell or a line of text. */
const plain = (text: string) => text.replace(/([\\`*_[\]|<>#])/g, '\\$1');

export interface Debrief {
  readonly code: string;
  readonly title: string;
  readonly ruleLabel: string;
  /** The outcome of the final table, as the banner says it. */
  readonly outcome: string;
  /** The ordinary share link of the final table. */
  readonly link: string;
  readonly room: RoomSnapshot;
  readonly log: readonly LogEntry[];
  readonly names: RoomNames;
  /** When it was downloaded (this computer's clock). */
  readonly at: number;
}

/** The debrief of a class room, as Markdown. */
export function debriefMarkdown(d: Debrief): string {
  const day = new Date(d.at).toISOString().slice(0, 10);
  const students = Object.entries(d.room.people).sort(([, a], [, b]) => a.localeCompare(b, 'en'));
  const lines = [
    `# Class room ${d.code}: debrief`,
    '',
    `${plain(d.title)}, under ${plain(d.ruleLabel)}. Downloaded on ${day} at ${clockTime(d.at)}.`,
    '',
    '## The final table',
    '',
    plain(d.outcome),
    '',
    `Open it: <${d.link}>`,
    '',
    '## Rounds of silence',
    '',
    ...(d.room.rounds.length === 0
      ? ['None.']
      : d.room.rounds.map(
          (r, i) =>
            `${i + 1}. From ${clockTime(r.started)}, deadline ${clockTime(r.deadline)}: ${plain(roundSentence(r, d.names.member))}`,
        )),
    '',
    '## Students',
    '',
    ...(students.length === 0
      ? ['None joined.']
      : students.map(([id, name]) => {
          const held = d.room.holders[id];
          return `- ${plain(name)}: ${held ? d.names.member(held) : 'no ally'}`;
        })),
    '',
    '## Every change, in order',
    '',
    '| Time | Who | What |',
    '| --- | --- | --- |',
    ...d.log.map(
      (e) =>
        `| ${clockTime(e.at)} | ${plain(e.who)}${e.member ? ` (${d.names.member(e.member)})` : ''} | ${plain(actionWords(e.action, d.names))} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
