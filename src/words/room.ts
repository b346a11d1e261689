/**
 * A class room in words: a logged action, the count of answers, the room server's refusals, and
 * the debrief a teacher downloads before ending the room (Markdown: readable as it is, and in any
 * Markdown viewer). Times are the server's, shown on this computer's clock.
 */
import type { Action } from '../room/authority';
import { ROOM_LIMITS } from '../room/limits';
import {
  ACTION_REFUSALS,
  CONNECTION_REFUSALS,
  NEW_ROOM_REFUSALS,
  recogniseRefusal,
} from '../room/refusals';
import type { LogEntry, RoomSnapshot } from '../room/snapshot';
import { defineMessages, ENGLISH, type MessageDescriptor, type Words } from './intl';
import { positionLabel } from './labels';
import { clockTime, roundSentence } from './rounds';
import './parts/room';

const ACTION = defineMessages({
  claim: { id: 'room.action.claim', defaultMessage: 'claimed {member}' },
  set: { id: 'room.action.set', defaultMessage: 'set {member} to {position}' },
  unset: {
    id: 'room.action.unset',
    defaultMessage: 'took {member} back to the scenario’s stance',
  },
  lock: { id: 'room.action.lock', defaultMessage: 'locked the positions' },
  unlock: { id: 'room.action.unlock', defaultMessage: 'unlocked the positions' },
  reveal: { id: 'room.action.reveal', defaultMessage: 'revealed the outcome' },
  hide: { id: 'room.action.hide', defaultMessage: 'hid the outcome' },
  assign: { id: 'room.action.assign', defaultMessage: 'gave {member} to {student}' },
  free: { id: 'room.action.free', defaultMessage: 'freed {student} from the ally they held' },
  rule: { id: 'room.action.rule', defaultMessage: 'changed the rule to {rule}' },
  scenario: { id: 'room.action.scenario', defaultMessage: 'opened “{scenario}” under {rule}' },
  reset: { id: 'room.action.reset', defaultMessage: 'reset the table to the scenario' },
  end: { id: 'room.action.end', defaultMessage: 'ended the room' },
  silence: {
    id: 'room.action.silence',
    defaultMessage: 'put the question under silence for {duration}',
  },
  extend: { id: 'room.action.extend', defaultMessage: 'extended the silence by {duration}' },
  cancelSilence: {
    id: 'room.action.cancelSilence',
    defaultMessage: 'cancelled the round of silence',
  },
  break: { id: 'room.action.break', defaultMessage: 'broke silence: “{reason}”' },
  exerciseOff: { id: 'room.action.exerciseOff', defaultMessage: 'took the exercise off the room' },
  exercise: {
    id: 'room.action.exercise',
    defaultMessage: 'put the exercise “{exercise}” to the room',
  },
  answered: { id: 'room.action.answered', defaultMessage: 'answered the exercise “{exercise}”' },
});

const M = defineMessages({
  minutes: {
    id: 'room.duration.minutes',
    defaultMessage: '{minutes, plural, one {1 minute} other {{minutes} minutes}}',
  },
  seconds: {
    id: 'room.duration.seconds',
    defaultMessage: '{seconds} seconds',
    description: 'Never fewer than 2 seconds',
  },
  answered: {
    id: 'room.answered',
    defaultMessage:
      '{answered} of {students} {students, plural, one {student has} other {students have}} answered it.',
  },
  answeredCorrectly: {
    id: 'room.answered.correctly',
    defaultMessage:
      '{answered} of {students} {students, plural, one {student has} other {students have}} answered it; {correct} correctly.',
  },
  leaveAsk: { id: 'room.leave.ask', defaultMessage: 'Leave the room on this screen?' },
  leaveStudents: {
    id: 'room.leave.students',
    defaultMessage:
      '{students} {students, plural, one {student is in it and stays} other {students are in it and stay}}.',
  },
  leaveRound: {
    id: 'room.leave.round',
    defaultMessage: 'The round of silence runs on without you.',
  },
  leaveBack: {
    id: 'room.leave.back',
    defaultMessage: 'You can come back as its teacher by opening its join link in this browser.',
  },
  nameRule: {
    id: 'room.rule.name',
    defaultMessage:
      'Please check your name: a display name has 1 to {max} characters, without control characters, < or >.',
  },
  reasonRule: {
    id: 'room.rule.reason',
    defaultMessage:
      'Please check your reason: a reason is one line of 1 to {max} characters, without < or >.',
  },
});

/** How long a round of silence lasts or is extended by: "2 minutes", "1 minute", "15 seconds". */
export const durationWords = (seconds: number, words: Words = ENGLISH): string =>
  seconds % 60 === 0
    ? words.formatMessage(M.minutes, { minutes: seconds / 60 })
    : words.formatMessage(M.seconds, { seconds });

/** Names for a debrief: members, rules and students by id (in the debrief's language). */
export interface RoomNames {
  member(id: string): string;
  rule(id: string): string;
  scenario(id: string): string;
  student(id: string): string;
}

/** What an action did, after its author's name ("Ana set France to Support"). */
export function actionWords(action: Action, names: RoomNames, words: Words = ENGLISH): string {
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    words.formatMessage(m, values);
  switch (action.type) {
    case 'claim':
      return say(ACTION.claim, { member: names.member(action.member) });
    case 'set':
      return say(ACTION.set, {
        member: names.member(action.member),
        position: positionLabel(action.position, words),
      });
    case 'unset':
      return say(ACTION.unset, { member: names.member(action.member) });
    case 'lock':
    case 'unlock':
    case 'reveal':
    case 'hide':
    case 'reset':
    case 'end':
      return say(ACTION[action.type]);
    case 'assign':
      return say(ACTION.assign, {
        member: names.member(action.member),
        student: names.student(action.student),
      });
    case 'free':
      return say(ACTION.free, { student: names.student(action.student) });
    case 'rule':
      return say(ACTION.rule, { rule: names.rule(action.rule) });
    case 'scenario':
      return say(ACTION.scenario, {
        scenario: names.scenario(action.scenario),
        rule: names.rule(action.rule),
      });
    case 'silence':
    case 'extend':
      return say(ACTION[action.type], { duration: durationWords(action.seconds, words) });
    case 'cancel-silence':
      return say(ACTION.cancelSilence);
    case 'break':
      return say(ACTION.break, { reason: action.reason });
    case 'exercise':
      return action.exercise === null
        ? say(ACTION.exerciseOff)
        : say(ACTION.exercise, { exercise: action.exercise });
    case 'answered':
      return say(ACTION.answered, { exercise: action.exercise });
  }
}

/**
 * How many students have answered the room's exercise and, once some have, how many rightly
 * ("3 of 5 students have answered it; 2 correctly."). `correct` is null for a question with no
 * answer to check (a discussion).
 */
export function answeredSentence(
  answered: number,
  students: number,
  correct: number | null,
  words: Words = ENGLISH,
): string {
  return answered === 0 || correct === null
    ? words.formatMessage(M.answered, { answered, students })
    : words.formatMessage(M.answeredCorrectly, { answered, students, correct });
}

/**
 * The question a teacher is asked before leaving a room that needs it: who stays behind, and how
 * to come back (the teacher's key stays in this browser). Whole sentences, one after another.
 */
export function leaveRoomWords(students: number, round: boolean, words: Words = ENGLISH): string {
  return [
    words.formatMessage(M.leaveAsk),
    ...(students > 0 ? [words.formatMessage(M.leaveStudents, { students })] : []),
    ...(round ? [words.formatMessage(M.leaveRound)] : []),
    words.formatMessage(M.leaveBack),
  ].join(' ');
}

/** What a student is asked to fix in a display name the room would refuse. */
export const nameProblem = (words: Words = ENGLISH): string =>
  words.formatMessage(M.nameRule, { max: ROOM_LIMITS.nameLength });

/** What a student is asked to fix in a reason for breaking silence the room would refuse. */
export const reasonProblem = (words: Words = ENGLISH): string =>
  words.formatMessage(M.reasonRule, { max: ROOM_LIMITS.reasonLength });

/**
 * A sentence to say in the reader's language where it is shown (a notice, a room's problem): its
 * message and values, made where the room's controller learns what happened.
 */
export interface RoomPhrase {
  readonly descriptor: MessageDescriptor;
  readonly values?: Readonly<Record<string, string | number>>;
}

export const sayPhrase = (phrase: RoomPhrase, words: Words = ENGLISH): string =>
  words.formatMessage(phrase.descriptor, phrase.values);

const REFUSAL = defineMessages({
  action: {
    id: 'room.refused.action',
    defaultMessage:
      'The room did not take that: {reason, select, ended {the room has ended} teacherOnly {only the teacher can do that} silence {the question is under silence: positions stand until the round ends} noTable {there is no table to decide on yet} objecting {a round cannot start while an ally objects: {members}} noRound {no round of silence is under way} studentsAnswer {only students answer the room’s exercise} otherExercise {that is not the exercise put to the room now} holderBreaks {only an ally’s holder can break silence} tooLate {too late: the silence has already passed} holdNone {you hold no ally, so you have no silence to break} reasonRule {a reason is one line of 1 to {max} characters, without < or >} teacherAssigns {the teacher assigns members instead} notSeated {{member} is not at this table} held {{member} is already held; the teacher can add you to it} notYours {you do not hold {member}} locked {positions are locked} noStudent {no such student in the room} tooMany {too many actions, slow down} tooLarge {that message is too large} unknown {not an action this room knows} lost {the connection to the room was lost} other {{raw}}}.',
    description:
      'The room server refused an action; each case is one of its reasons (members: ids such as FR)',
  },
  noRoom: {
    id: 'room.refused.noRoom',
    defaultMessage:
      'This room does not exist on the server: it may have ended or expired, or the code may be mistyped.',
  },
  notTeacher: {
    id: 'room.refused.notTeacher',
    defaultMessage: 'This browser does not hold the teacher’s key to this room.',
  },
  teacher: {
    id: 'room.refused.teacher',
    defaultMessage:
      'The room server refused to open this room: {reason, select, full {The room is full: {count} students} token {Malformed token} nameRule {A display name has 1 to {max} characters, without control characters, < or >} other {{raw}}}.',
  },
  student: {
    id: 'room.refused.student',
    defaultMessage:
      'The room could not be joined: {reason, select, full {The room is full: {count} students} token {Malformed token} nameRule {A display name has 1 to {max} characters, without control characters, < or >} other {{raw}}}.',
  },
});

/** A reason's kind and the values it carries; `other`, with the reason as it came, if unknown. */
function reasonValues(
  reason: string,
  table: Readonly<Record<string, string>>,
): Record<string, string> {
  const known = recogniseRefusal(table, reason);
  return known
    ? { ...known.values, reason: known.kind, raw: reason }
    : { reason: 'other', raw: reason };
}

/** The notice for an action the room server refused ("The room did not take that: …."). */
export const actionRefusal = (reason: string): RoomPhrase => ({
  descriptor: REFUSAL.action,
  values: reasonValues(reason, ACTION_REFUSALS),
});

/** Why the room server refused a new room: the values of its notice (`reason`, `count`, `raw`). */
export const newRoomRefusal = (reason: string): Record<string, string> =>
  reasonValues(reason, NEW_ROOM_REFUSALS);

/** Why the room server refused a connection (its reason is a phrase, in lower case). */
export function connectionRefusal(reason: string, role: 'teacher' | 'student'): RoomPhrase {
  const values = reasonValues(reason, CONNECTION_REFUSALS);
  if (values.reason === 'noRoom') return { descriptor: REFUSAL.noRoom };
  if (values.reason === 'notTeacher') return { descriptor: REFUSAL.notTeacher };
  return {
    descriptor: REFUSAL[role],
    values: { ...values, raw: reason.charAt(0).toUpperCase() + reason.slice(1) },
  };
}

/** Escapes what Markdown would read as markup in a cell or a line of text. */
const plain = (text: string) => text.replace(/([\\`*_[\]|<>#])/g, '\\$1');

const DEBRIEF = defineMessages({
  title: { id: 'room.debrief.title', defaultMessage: 'Class room {code}: debrief' },
  table: {
    id: 'room.debrief.table',
    defaultMessage: '{title}, under {rule}. Downloaded on {day} at {time}.',
  },
  finalTable: { id: 'room.debrief.finalTable', defaultMessage: 'The final table' },
  open: { id: 'room.debrief.open', defaultMessage: 'Open it: {link}' },
  rounds: { id: 'room.debrief.rounds', defaultMessage: 'Rounds of silence' },
  none: { id: 'room.debrief.none', defaultMessage: 'None.' },
  round: {
    id: 'room.debrief.round',
    defaultMessage: 'From {start}, deadline {deadline}: {result}',
  },
  students: { id: 'room.debrief.students', defaultMessage: 'Students' },
  noneJoined: { id: 'room.debrief.noneJoined', defaultMessage: 'None joined.' },
  student: { id: 'room.debrief.student', defaultMessage: '{name}: {ally}' },
  noAlly: { id: 'room.debrief.noAlly', defaultMessage: 'no ally' },
  changes: { id: 'room.debrief.changes', defaultMessage: 'Every change, in order' },
  time: { id: 'room.debrief.time', defaultMessage: 'Time' },
  who: { id: 'room.debrief.who', defaultMessage: 'Who' },
  what: { id: 'room.debrief.what', defaultMessage: 'What' },
  whoHolding: { id: 'room.debrief.whoHolding', defaultMessage: '{who} ({member})' },
});

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
  /** The debrief's language (the page's): English unless given. */
  readonly words?: Words;
}

/** The debrief of a class room, as Markdown. */
export function debriefMarkdown(d: Debrief): string {
  const words = d.words ?? ENGLISH;
  const say = (m: MessageDescriptor, values?: Record<string, string>) =>
    words.formatMessage(m, values);
  const day = new Date(d.at).toISOString().slice(0, 10);
  const students = Object.entries(d.room.people).sort(([, a], [, b]) =>
    a.localeCompare(b, words.locale),
  );
  const lines = [
    `# ${say(DEBRIEF.title, { code: d.code })}`,
    '',
    say(DEBRIEF.table, {
      title: plain(d.title),
      rule: plain(d.ruleLabel),
      day,
      time: clockTime(d.at),
    }),
    '',
    `## ${say(DEBRIEF.finalTable)}`,
    '',
    plain(d.outcome),
    '',
    say(DEBRIEF.open, { link: `<${d.link}>` }),
    '',
    `## ${say(DEBRIEF.rounds)}`,
    '',
    ...(d.room.rounds.length === 0
      ? [say(DEBRIEF.none)]
      : d.room.rounds.map(
          (r, i) =>
            `${i + 1}. ${say(DEBRIEF.round, {
              start: clockTime(r.started),
              deadline: clockTime(r.deadline),
              result: plain(roundSentence(r, d.names.member, words)),
            })}`,
        )),
    '',
    `## ${say(DEBRIEF.students)}`,
    '',
    ...(students.length === 0
      ? [say(DEBRIEF.noneJoined)]
      : students.map(([id, name]) => {
          const held = d.room.holders[id];
          return `- ${say(DEBRIEF.student, {
            name: plain(name),
            ally: held ? d.names.member(held) : say(DEBRIEF.noAlly),
          })}`;
        })),
    '',
    `## ${say(DEBRIEF.changes)}`,
    '',
    `| ${say(DEBRIEF.time)} | ${say(DEBRIEF.who)} | ${say(DEBRIEF.what)} |`,
    '| --- | --- | --- |',
    ...d.log.map((e) => {
      const who = e.member
        ? say(DEBRIEF.whoHolding, { who: plain(e.who), member: d.names.member(e.member) })
        : plain(e.who);
      return `| ${clockTime(e.at)} | ${who} | ${plain(actionWords(e.action, d.names, words))} |`;
    }),
    '',
  ];
  return lines.join('\n');
}
