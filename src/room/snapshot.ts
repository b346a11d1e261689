/**
 * The room's state and the server's messages, as plain types and values: what every screen reads.
 * Kept apart from the authority (src/room/authority.ts), whose validator (zod) only the server
 * and the room's lazily loaded client need, never the page's first load.
 */
import type { Position } from '../engine/types';

/** The room's shared state, as the server reads it from the document. */
export interface RoomSnapshot {
  readonly scenario: string | null;
  readonly rule: string | null;
  /** The ids of the members at the table (allies, or a custom body's members). */
  readonly members: readonly string[];
  /** Positions are locked: students cannot change them. */
  readonly locked: boolean;
  /** The outcome is shown on students' screens. */
  readonly revealed: boolean;
  readonly ended: boolean;
  /** Positions set in the room (members not listed keep the scenario's). */
  readonly positions: Readonly<Record<string, Position>>;
  /** Which member each student holds (several students may hold one member). */
  readonly holders: Readonly<Record<string, string>>;
  /** Students' display names, by id. */
  readonly people: Readonly<Record<string, string>>;
}

export const EMPTY_ROOM: RoomSnapshot = {
  scenario: null,
  rule: null,
  members: [],
  locked: false,
  revealed: false,
  ended: false,
  positions: {},
  holders: {},
  people: {},
};

/** The server's reply to an action, sent back to its sender only. */
export type ActionReply = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The server's first message to a student: the id it knows the student by (see roomServer). */
export interface Hello {
  readonly you: string;
}
