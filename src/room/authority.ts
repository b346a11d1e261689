/**
 * Who may do what in a class room, as one pure function: the room server runs it on every action
 * a client asks for and writes only what it allows (clients never write the shared document
 * themselves; their connections are read-only). Kept free of Yjs and of the network so that every
 * rule of the room is tested directly.
 */
import * as z from 'zod';
import { POSITIONS, type Position } from '../engine/types';
import { breakReason, ROOM_LIMITS } from './limits';
import { ACTION_REFUSALS, refusal, type SlotValues } from './refusals';
import { runningRound, type RoomSnapshot, type SilenceRound } from './snapshot';

export {
  EMPTY_ROOM,
  runningRound,
  type ActionReply,
  type RoomAnswer,
  type Hello,
  type LogEntry,
  type RoomSnapshot,
  type SilenceRound,
} from './snapshot';

/** Who sent an action: the teacher (proved by the room's secret) or a student (by its id). */
export type Actor =
  | { readonly role: 'teacher' }
  | { readonly role: 'student'; readonly id: string; readonly name: string };

const member = z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/);
const id = z.string().regex(/^[a-z0-9-]{1,64}$/);

/**
 * A student's response to an exercise, in the shape a hand-in link carries it (ExerciseResponse,
 * src/scenario/exercises.ts): a set or a ranking of members or rules, one member, a number, the
 * changes it set on the table, or nothing. The server stores it as given; the teacher's screen
 * judges it with the engine (src/room/answers.ts). Its size is bounded here and by the action's.
 */
const response = z.union([
  z.null(),
  z.number(), // finite: zod refuses NaN and the infinities
  member,
  id,
  z.array(z.union([member, id])).max(250),
  z.record(
    member,
    z.strictObject({
      position: z.enum(POSITIONS).optional(),
      p: z.number().min(0).max(1).optional(),
    }),
  ),
]);

/** Every action a client can ask for; anything else is refused before it is considered. */
export const actionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('claim'), member }),
  z.strictObject({ type: z.literal('set'), member, position: z.enum(POSITIONS) }),
  // Back to the scenario's stance (and, for a follower, to following its leader).
  z.strictObject({ type: z.literal('unset'), member }),
  z.strictObject({ type: z.literal('lock') }),
  z.strictObject({ type: z.literal('unlock') }),
  z.strictObject({ type: z.literal('reveal') }),
  z.strictObject({ type: z.literal('hide') }),
  z.strictObject({ type: z.literal('assign'), student: id, member }),
  z.strictObject({ type: z.literal('free'), student: id }),
  z.strictObject({ type: z.literal('rule'), rule: id }),
  z.strictObject({
    type: z.literal('scenario'),
    scenario: id,
    rule: id,
    members: z.array(member).min(1).max(250),
  }),
  z.strictObject({ type: z.literal('reset') }),
  z.strictObject({ type: z.literal('end') }),
  // The silence procedure: the teacher puts the question under silence for some seconds, may
  // extend or cancel it; a student breaks silence for the member it holds, with a reason.
  z.strictObject({ type: z.literal('silence'), seconds: z.int().min(2).max(3600) }),
  z.strictObject({ type: z.literal('extend'), seconds: z.int().min(2).max(3600) }),
  z.strictObject({ type: z.literal('cancel-silence') }),
  z.strictObject({ type: z.literal('break'), reason: z.string().max(1000) }),
  // Exercises: the teacher puts one of the scenario's to the room (or none); a student sends its
  // response (never whether it is right: the teacher's screen judges it again).
  z.strictObject({ type: z.literal('exercise'), exercise: id.nullable() }),
  z.strictObject({ type: z.literal('answered'), exercise: id, response }),
]);
export type Action = z.infer<typeof actionSchema>;

/** A student's response to the room's exercise, as the room carries it. */
export type RoomResponse = z.infer<typeof response>;

/** Actions only the teacher may take. */
const TEACHER_ONLY: ReadonlySet<Action['type']> = new Set([
  'lock',
  'unlock',
  'reveal',
  'hide',
  'assign',
  'free',
  'rule',
  'scenario',
  'reset',
  'end',
  'silence',
  'extend',
  'cancel-silence',
  'exercise',
]);

/** What no one may do while the question is under silence: the table stands as it is. */
const FROZEN_IN_SILENCE: ReadonlySet<Action['type']> = new Set([
  'set',
  'unset',
  'rule',
  'scenario',
  'reset',
  'silence',
]);

export type Decision =
  | { readonly ok: true; readonly next: RoomSnapshot }
  | { readonly ok: false; readonly reason: string };

type Refusals = typeof ACTION_REFUSALS;
const refuse = <K extends keyof Refusals>(
  kind: K,
  ...values: SlotValues<Refusals[K]>
): Decision => ({
  ok: false,
  reason: refusal(ACTION_REFUSALS, kind, ...values),
});

/** The rounds with the running one replaced by `round` (or `round` added), the oldest dropped. */
const withRound = (room: RoomSnapshot, round: SilenceRound): readonly SilenceRound[] => {
  const earlier = runningRound(room) ? room.rounds.slice(0, -1) : room.rounds;
  return [...earlier, round].slice(-ROOM_LIMITS.rounds);
};

/**
 * What the room becomes if `actor` takes `action` at `now` (the server's clock), or why it may
 * not.
 */
export function decide(room: RoomSnapshot, actor: Actor, action: Action, now: number): Decision {
  if (room.ended) return refuse('ended');
  if (actor.role === 'student' && TEACHER_ONLY.has(action.type)) return refuse('teacherOnly');
  const round = runningRound(room);
  if (round && FROZEN_IN_SILENCE.has(action.type)) return refuse('silence');
  const seated = (m: string) => room.members.includes(m);
  const ok = (changes: Partial<RoomSnapshot>): Decision => ({
    ok: true,
    next: { ...room, ...changes },
  });
  switch (action.type) {
    case 'silence': {
      if (room.scenario === null) return refuse('noTable');
      // The server knows only the positions set in the room; the teacher's screen also checks
      // the scenario's own stances before it offers the round.
      const objecting = Object.entries(room.positions)
        .filter(([, p]) => p === 'object')
        .map(([m]) => m);
      if (objecting.length > 0) return refuse('objecting', { members: objecting.join(', ') });
      return ok({
        rounds: withRound(room, { started: now, deadline: now + action.seconds * 1000 }),
      });
    }
    case 'extend':
      if (!round) return refuse('noRound');
      return ok({
        rounds: withRound(room, { ...round, deadline: round.deadline + action.seconds * 1000 }),
      });
    case 'cancel-silence':
      if (!round) return refuse('noRound');
      return ok({ rounds: withRound(room, { ...round, ended: now, result: 'cancelled' }) });
    case 'exercise':
      // A new question: who has answered starts again.
      return ok({ exercise: action.exercise, answered: {} });
    case 'answered':
      if (actor.role !== 'student') return refuse('studentsAnswer');
      if (room.exercise !== action.exercise) return refuse('otherExercise');
      // A new answer replaces the student's last one.
      return ok({
        answered: {
          ...room.answered,
          [actor.id]: { exercise: action.exercise, response: action.response },
        },
      });
    case 'break': {
      if (actor.role !== 'student') return refuse('holderBreaks');
      if (!round) return refuse('noRound');
      if (now >= round.deadline) return refuse('tooLate');
      const member = room.holders[actor.id];
      if (member === undefined) return refuse('holdNone');
      const reason = breakReason(action.reason);
      if (reason === null) return refuse('reasonRule', { max: ROOM_LIMITS.reasonLength });
      // Breaking silence is an objection: the ally objects, and the table says so.
      return ok({
        positions: { ...room.positions, [member]: 'object' },
        rounds: withRound(room, {
          ...round,
          ended: now,
          result: 'broken',
          brokenBy: { member, name: actor.name, reason },
        }),
      });
    }
    case 'claim': {
      if (actor.role !== 'student') return refuse('teacherAssigns');
      if (!seated(action.member)) return refuse('notSeated', { member: action.member });
      if (room.holders[actor.id] === action.member) return ok({});
      if (Object.values(room.holders).includes(action.member))
        return refuse('held', { member: action.member });
      return ok({
        holders: { ...room.holders, [actor.id]: action.member },
        people: { ...room.people, [actor.id]: actor.name },
      });
    }
    case 'set':
    case 'unset': {
      if (!seated(action.member)) return refuse('notSeated', { member: action.member });
      if (actor.role === 'student') {
        if (room.holders[actor.id] !== action.member)
          return refuse('notYours', { member: action.member });
        if (room.locked) return refuse('locked');
      }
      if (action.type === 'unset') {
        const positions = Object.entries(room.positions).filter(([m]) => m !== action.member);
        return ok({ positions: Object.fromEntries(positions) });
      }
      return ok({ positions: { ...room.positions, [action.member]: action.position } });
    }
    case 'lock':
    case 'unlock':
      return ok({ locked: action.type === 'lock' });
    case 'reveal':
    case 'hide':
      return ok({ revealed: action.type === 'reveal' });
    case 'assign': {
      if (!seated(action.member)) return refuse('notSeated', { member: action.member });
      if (!(action.student in room.people)) return refuse('noStudent');
      return ok({ holders: { ...room.holders, [action.student]: action.member } });
    }
    case 'free':
      return ok({
        holders: Object.fromEntries(
          Object.entries(room.holders).filter(([student]) => student !== action.student),
        ),
      });
    case 'rule':
      return ok({ rule: action.rule });
    case 'scenario': {
      // Students keep their members where the new table has them.
      const holders = Object.fromEntries(
        Object.entries(room.holders).filter(([, m]) => action.members.includes(m)),
      );
      return ok({
        scenario: action.scenario,
        rule: action.rule,
        members: action.members,
        positions: {},
        holders,
        // The exercise belonged to the old scenario.
        exercise: null,
        answered: {},
      });
    }
    case 'reset':
      return ok({ positions: {} });
    case 'end':
      return ok({ ended: true });
  }
}

/**
 * The server's clock at work: a round whose deadline has passed in silence is adopted. Null if
 * nothing changes (no round, or its deadline is still ahead).
 */
export function expireSilence(room: RoomSnapshot, now: number): RoomSnapshot | null {
  const round = runningRound(room);
  if (!round || now < round.deadline || room.ended) return null;
  return {
    ...room,
    rounds: withRound(room, { ...round, ended: round.deadline, result: 'adopted' }),
  };
}

/** Parses a client's message; null if it is not an action. */
export function parseAction(text: string): Action | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = actionSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * An action as the room's log keeps it: a response stays out (the room holds each student's last
 * one; a log of every response given would grow with each Check answer).
 */
export const loggedAction = (action: Action): Action =>
  action.type === 'answered' ? { ...action, response: null } : action;

export type { Position };
