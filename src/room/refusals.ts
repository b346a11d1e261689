/**
 * Every reason the room server gives for refusing something, one sentence per kind, in the one
 * table both sides read. The server says the sentence (in its replies and logs, in English); a
 * client recognises the kind and its values in it and says them in the reader's language
 * (words/room.ts, whose select cases are these kinds). A sentence changed here changes on both
 * sides at once, and a test checks that the client knows every kind.
 */
import { ROOM_LIMITS } from './limits';

/** An action refused by the room's authority, the server's limits, or the client (`lost`). */
export const ACTION_REFUSALS = {
  ended: 'the room has ended',
  teacherOnly: 'only the teacher can do that',
  silence: 'the question is under silence: positions stand until the round ends',
  noTable: 'there is no table to decide on yet',
  objecting: 'a round cannot start while an ally objects: {members}',
  noRound: 'no round of silence is under way',
  studentsAnswer: 'only students answer the room’s exercise',
  otherExercise: 'that is not the exercise put to the room now',
  holderBreaks: 'only an ally’s holder can break silence',
  tooLate: 'too late: the silence has already passed',
  holdNone: 'you hold no ally, so you have no silence to break',
  reasonRule: 'a reason is one line of 1 to {max} characters, without < or >',
  teacherAssigns: 'the teacher assigns members instead',
  notSeated: '{member} is not at this table',
  held: '{member} is already held; the teacher can add you to it',
  notYours: 'you do not hold {member}',
  locked: 'positions are locked',
  noStudent: 'no such student in the room',
  tooMany: 'too many actions, slow down',
  tooLarge: 'that message is too large',
  unknown: 'not an action this room knows',
  lost: 'the connection to the room was lost',
} as const;

/** A connection to a room refused when it is opened. */
export const CONNECTION_REFUSALS = {
  noRoom: 'no such room: it may have ended or expired',
  token: 'malformed token',
  notTeacher: 'not the teacher of this room',
  nameRule: 'a display name has 1 to {max} characters, without control characters, < or >',
  full: 'the room is full: {count} students',
} as const;

/** A new room refused (POST /rooms). */
export const NEW_ROOM_REFUSALS = {
  full: 'the server is full: {count} rooms; try again later',
} as const;

type Table = Readonly<Record<string, string>>;

/** The names of a sentence's slots: 'you do not hold {member}' has 'member'. */
type Slots<S extends string> = S extends `${string}{${infer Slot}}${infer Rest}`
  ? Slot | Slots<Rest>
  : never;

/** The values a kind's sentence needs: none for most, one per slot for the others. */
export type SlotValues<S extends string> = [Slots<S>] extends [never]
  ? []
  : [values: Record<Slots<S>, string | number>];

/** The sentence for one kind of refusal, its slots filled: refusal(ACTION_REFUSALS, 'notYours', { member: 'FR' }). */
export function refusal<T extends Table, K extends keyof T & string>(
  table: T,
  kind: K,
  ...[values]: SlotValues<T[K]>
): string {
  const slots: Readonly<Record<string, string | number>> = values ?? {};
  return (table[kind] as string).replace(/\{(\w+)\}/g, (_, slot: string) => String(slots[slot]));
}

/** Each sentence as a pattern whose named groups take its slots back (built once per table). */
const patterns = new WeakMap<Table, readonly (readonly [RegExp, string])[]>();

function patternsOf(table: Table) {
  let known = patterns.get(table);
  if (!known) {
    known = Object.entries(table).map(([kind, sentence]) => {
      const parts = sentence.split(/\{(\w+)\}/); // literal text and slot names, alternately
      const source = parts
        .map((part, i) => (i % 2 ? `(?<${part}>.+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
      return [new RegExp(`^${source}$`), kind] as const;
    });
    patterns.set(table, known);
  }
  return known;
}

/** The kind of a refusal the server said, with its slots' values; undefined if the table lacks it. */
export function recogniseRefusal(
  table: Table,
  reason: string,
): { readonly kind: string; readonly values: Readonly<Record<string, string>> } | undefined {
  for (const [pattern, kind] of patternsOf(table)) {
    const m = pattern.exec(reason);
    if (m) return { kind, values: { ...m.groups } };
  }
  return undefined;
}

/** The rule a display name breaks, as the server says it (the page says it first: limits.ts). */
export const DISPLAY_NAME_RULE = refusal(CONNECTION_REFUSALS, 'nameRule', {
  max: ROOM_LIMITS.nameLength,
});

/** The rule a reason for breaking silence breaks, as the server says it. */
export const REASON_RULE = refusal(ACTION_REFUSALS, 'reasonRule', {
  max: ROOM_LIMITS.reasonLength,
});
