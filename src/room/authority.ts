/**
 * Who may do what in a class room, as one pure function: the room server runs it on every action
 * a client asks for and writes only what it allows (clients never write the shared document
 * themselves; their connections are read-only). Kept free of Yjs and of the network so that every
 * rule of the room is tested directly.
 */
import * as z from 'zod';
import { POSITIONS, type Position } from '../engine/types';
import type { RoomSnapshot } from './snapshot';

export { EMPTY_ROOM, type ActionReply, type Hello, type RoomSnapshot } from './snapshot';

/** Who sent an action: the teacher (proved by the room's secret) or a student (by its id). */
export type Actor =
  | { readonly role: 'teacher' }
  | { readonly role: 'student'; readonly id: string; readonly name: string };

const member = z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/);
const id = z.string().regex(/^[a-z0-9-]{1,64}$/);

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
]);
export type Action = z.infer<typeof actionSchema>;

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
]);

export type Decision =
  | { readonly ok: true; readonly next: RoomSnapshot }
  | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): Decision => ({ ok: false, reason });

/** What the room becomes if `actor` takes `action`, or why it may not. */
export function decide(room: RoomSnapshot, actor: Actor, action: Action): Decision {
  if (room.ended) return refuse('the room has ended');
  if (actor.role === 'student' && TEACHER_ONLY.has(action.type))
    return refuse('only the teacher can do that');
  const seated = (m: string) => room.members.includes(m);
  const ok = (changes: Partial<RoomSnapshot>): Decision => ({
    ok: true,
    next: { ...room, ...changes },
  });
  switch (action.type) {
    case 'claim': {
      if (actor.role !== 'student') return refuse('the teacher assigns members instead');
      if (!seated(action.member)) return refuse(`${action.member} is not at this table`);
      if (room.holders[actor.id] === action.member) return ok({});
      if (Object.values(room.holders).includes(action.member))
        return refuse(`${action.member} is already held; the teacher can add you to it`);
      return ok({
        holders: { ...room.holders, [actor.id]: action.member },
        people: { ...room.people, [actor.id]: actor.name },
      });
    }
    case 'set':
    case 'unset': {
      if (!seated(action.member)) return refuse(`${action.member} is not at this table`);
      if (actor.role === 'student') {
        if (room.holders[actor.id] !== action.member)
          return refuse(`you do not hold ${action.member}`);
        if (room.locked) return refuse('positions are locked');
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
      if (!seated(action.member)) return refuse(`${action.member} is not at this table`);
      if (!(action.student in room.people)) return refuse('no such student in the room');
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
      });
    }
    case 'reset':
      return ok({ positions: {} });
    case 'end':
      return ok({ ended: true });
  }
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

export type { Position };
